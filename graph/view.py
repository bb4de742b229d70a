"""Render the knowledge graph as one self-contained, offline HTML page.

The page is a vis-network view of the entities of a graph written by the
builder (see the contract in :mod:`graph.namespace`):

* **Nodes** are entities only (Person, Organization, MediaOutlet, Country,
  Territory, Place); articles are not nodes, they are a filter and panel
  details.  Node size is the entity's importance: its weighted degree in a
  networkx graph of entity--article mentions, entity--entity facts and quotes
  (so "mentioned in many articles, in many facts, quoted often" is big).
* **Colours** have two modes, toggled on the page: one colour per class (with a
  legend) or one colour per community.  Communities are networkx Louvain
  communities (``louvain_communities(seed=seed)``) of the same
  entity--article graph, so entities that are written about together share a
  colour.
* **Quotations are not nodes.**  They are details of their speaker: the node
  label shows the count ("(3 quotes)") and clicking the speaker lists every
  quote with its cue, attribution status, article title, source file and
  evidence sentence.  This keeps the graph readable (a talkative speaker would
  otherwise be a hairball of quote nodes) while nothing is lost.
* **Edges** are facts between entities, with readable labels: recognises /
  doesNotRecognise (stances), holdsPosition (person -> organisation or country,
  labelled with the title, e.g. "holdsPosition: chief prosecutor"), spouse,
  sharesBorderWith, invaded, memberOf, locatedIn, annexed and claims.  Clicking
  an edge shows its evidence sentences and sources.  Symmetric relations
  (spouse, sharesBorderWith) are drawn once, without arrows.
* **Finding things**: a search box (name or alias, accent- and
  case-insensitive) selects and focuses a node; checkboxes filter by class and
  relation, selects filter by article and community.
* **Layout** is deterministic: every list is sorted, vis-network gets a fixed
  ``randomSeed``, physics stabilises (fewer iterations, Barnes-Hut, no
  ``improvedLayout`` for big graphs) and is then switched off.
* **Large graphs**: only the ``max_nodes`` most important entities are drawn;
  the page says "showing N of M nodes" and how to raise the cap.

Safety and offline use: vis-network's JavaScript and CSS are inlined from the
copy that pyvis ships (no CDN, no Bootstrap/tom-select); the graph data is
JSON in a ``<script type="application/json">`` block with ``<``, ``>``, ``&``
and U+2028/2029 escaped; the page's own script builds the DOM with
``textContent`` only and never hands vis a ``title`` string (vis renders those
as HTML).  A Content-Security-Policy meta tag allows only the page's own
scripts (by hash) and ``data:`` images, so no request can leave the page and
an injected inline event handler would not run even if escaping failed.

Hooks for tests and scripting: ``window.kgNetwork`` (the vis Network),
``window.kgNodes`` / ``window.kgEdges`` (its DataSets), ``window.kgData`` (the
embedded data), ``window.kgSelect(id, focus)``, ``window.kgStabilisedMs`` and
``window.kgTimings``; ``<body data-stabilised="true">`` once the layout is
done; ``#kg-graph[data-nodes]``; ``#kg-panel[data-node-id|data-edge-id]``.

Importance is weighted degree rather than PageRank because networkx 3.x's
``pagerank`` needs scipy, which the project does not depend on.

Nothing runs at import time; the vis-network files are read on first use.
"""
from __future__ import annotations

import base64
import hashlib
import html
import json
import os
import re
import tempfile
from functools import lru_cache
from importlib import resources
from pathlib import Path

import networkx as nx
from rdflib import RDF, RDFS, SKOS, Graph, Literal, URIRef
from rdflib.term import Node

from graph.namespace import NG, NG_IRI

# Most specific first: an entity typed MediaOutlet and Organization is a MediaOutlet.
CLASS_ORDER: tuple[str, ...] = (
    "MediaOutlet", "Person", "Organization", "Country", "Territory", "Place", "Entity",
)
CLASS_COLORS: dict[str, str] = {
    "Person": "#4e79a7",
    "Organization": "#f28e2b",
    "MediaOutlet": "#edc948",
    "Country": "#e15759",
    "Territory": "#b07aa1",
    "Place": "#59a14f",
    "Entity": "#9d9d9d",
}
RELATIONS: tuple[str, ...] = (
    "recognises", "doesNotRecognise", "holdsPosition", "spouse", "sharesBorderWith",
    "invaded", "memberOf", "locatedIn", "annexed", "claims",
)
SYMMETRIC: frozenset[str] = frozenset({"spouse", "sharesBorderWith"})
RELATION_STYLE: dict[str, dict] = {
    "recognises": {"color": "#2ca02c", "dashes": False},
    "doesNotRecognise": {"color": "#d62728", "dashes": True},
    "holdsPosition": {"color": "#1f77b4", "dashes": False},
    "spouse": {"color": "#e377c2", "dashes": False},
    "sharesBorderWith": {"color": "#8c564b", "dashes": True},
    "invaded": {"color": "#ff7f0e", "dashes": False},
    "memberOf": {"color": "#17becf", "dashes": False},
    "locatedIn": {"color": "#7f7f7f", "dashes": False},
    "annexed": {"color": "#9467bd", "dashes": False},
    "claims": {"color": "#bcbd22", "dashes": True},
}
COMMUNITY_PALETTE: tuple[str, ...] = (
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2",
    "#17becf", "#bcbd22", "#aec7e8", "#ffbb78", "#98df8a", "#ff9896", "#c5b0d5",
    "#c49c94", "#f7b6d2", "#9edae5", "#dbdb8d", "#393b79", "#637939",
)
COMMUNITY_OTHER = "#c7c7c7"
BIG_GRAPH = 200  # nodes; above this the layout uses the cheaper vis options
HUGE_GRAPH = 1000  # nodes; above this fewer and coarser (Barnes-Hut theta) physics iterations

_ENTITY_CLASSES = {URIRef(NG_IRI + c): c for c in CLASS_ORDER}
_CMD = "kg view --max-nodes N"


# --------------------------------------------------------------------------- data

def _local(term: Node) -> str:
    s = str(term)
    for sep in ("#", "/"):
        if sep in s.rstrip(sep):
            s = s.rstrip(sep).rsplit(sep, 1)[1]
            break
    return s


def _rel_name(term: Node | None) -> str | None:
    """The relation/stance name of an IRI (``ng:spouse``) or a literal ("spouse")."""
    if term is None:
        return None
    name = _local(term) if isinstance(term, URIRef) else str(term).strip()
    return name if name in RELATIONS else None


def _text(term: Node | None) -> str | None:
    return None if term is None else str(term)


def _int(term: Node | None) -> int | None:
    if term is None:
        return None
    try:
        return int(term.toPython() if isinstance(term, Literal) else str(term))
    except (TypeError, ValueError):
        return None


def _bool(term: Node | None) -> bool:
    if term is None:
        return False
    value = term.toPython() if isinstance(term, Literal) else term
    if isinstance(value, bool):
        return value
    return str(value).strip().lower() in {"true", "1", "yes"}


def _label(g: Graph, node: Node) -> str:
    labels = sorted(
        (lit.language not in (None, "en"), str(lit))
        for lit in g.objects(node, RDFS.label) if isinstance(lit, Literal)
    )
    return labels[0][1] if labels else _local(node)


def _sorted_texts(g: Graph, node: Node, pred: URIRef) -> list[str]:
    return sorted({str(o) for o in g.objects(node, pred) if isinstance(o, Literal)})


class _Extract:
    """Everything the page needs, read from the RDF graph in one pass per predicate."""

    def __init__(self, g: Graph) -> None:
        self.g = g
        self._read_entities()
        self._read_articles()
        self.nx_graph = nx.Graph()
        self.nx_graph.add_nodes_from(self.entity_order)
        self.nx_graph.add_nodes_from(f"article:{i}" for i in range(len(self.articles)))
        for ent in self.entity_order:
            for a in sorted(self.mentions.get(ent, ())):
                self._weight(ent, f"article:{a}")
        self._read_quotes()
        self._read_positions()
        self.edges: dict[tuple, dict] = {}
        self._read_stances()
        self._read_relations()
        for key in sorted(self.edges, key=lambda k: tuple(map(str, k))):
            self._weight(key[0], key[2])
        self.entity_order.sort(key=str)

    # ------------------------------------------------------------ entities
    def _read_entities(self) -> None:
        g = self.g
        types: dict[Node, set[str]] = {}
        for cls_iri, cls in _ENTITY_CLASSES.items():
            for s in g.subjects(RDF.type, cls_iri):
                if isinstance(s, URIRef):
                    types.setdefault(s, set()).add(cls)
        self.types = types
        self.entity_cls: dict[Node, str] = {
            s: next(c for c in CLASS_ORDER if c in cs) for s, cs in types.items()
        }
        self.labels: dict[Node, str] = {s: _label(g, s) for s in types}
        self._sort_entities()

    def _sort_entities(self) -> None:
        self.entity_order = sorted(self.entity_cls, key=str)

    def _entity(self, term: Node | None) -> Node | None:
        """An entity IRI; an untyped IRI used by a fact becomes an ``Entity`` node."""
        if not isinstance(term, URIRef):
            return None
        if term not in self.entity_cls:
            self.types[term] = {"Entity"}
            self.entity_cls[term] = "Entity"
            self.labels[term] = _label(self.g, term)
            self.entity_order.append(term)
            self.nx_graph.add_node(term)
        return term

    # ------------------------------------------------------------ articles
    def _read_articles(self) -> None:
        g = self.g
        iris = set(g.subjects(RDF.type, NG.Article))
        iris.update(s for s, _ in g.subject_objects(NG.mentions))
        iris.update(o for o in g.objects(None, NG.source) if isinstance(o, URIRef))
        iris.discard(None)
        info = {}
        for a in iris:
            info[a] = {
                "file": _text(g.value(a, NG.fileName)) or _local(a),
                "title": _text(g.value(a, NG.title)),
                "date": _text(g.value(a, NG.datePublished)),
                "url": _text(g.value(a, NG.url)),
            }
        order = sorted(iris, key=lambda a: (info[a]["file"], str(a)))
        self.article_index = {a: i for i, a in enumerate(order)}
        self.articles = [dict(info[a], iri=str(a)) for a in order]
        self.mentions: dict[Node, set[int]] = {}
        self.authored: dict[Node, set[int]] = {}
        for pred, target in ((NG.mentions, self.mentions), (NG.author, self.authored),
                             (NG.outlet, self.authored)):
            for a, ent in g.subject_objects(pred):
                if ent in self.entity_cls and a in self.article_index:
                    target.setdefault(ent, set()).add(self.article_index[a])

    # ------------------------------------------------------------ provenance
    def _prov(self, fact: Node) -> list[dict]:
        """Sources and evidence of a fact node (direct values and ng:occurrence nodes)."""
        out = []
        for node in [fact, *sorted(self.g.objects(fact, NG.occurrence), key=str)]:
            files = sorted(self.article_index[s] for s in self.g.objects(node, NG.source)
                           if s in self.article_index)
            evidence = _sorted_texts(self.g, node, NG.evidence)
            start, end = _int(self.g.value(node, NG.charStart)), _int(self.g.value(node, NG.charEnd))
            if not files and not evidence:
                continue
            for ev in evidence or [None]:
                out.append({"a": files, "ev": ev, "start": start, "end": end})
        return out

    def _weight(self, u: Node, v: Node) -> None:
        if u == v:
            return
        if self.nx_graph.has_edge(u, v):
            self.nx_graph[u][v]["weight"] += 1
        else:
            self.nx_graph.add_edge(u, v, weight=1)

    # ------------------------------------------------------------ quotes
    def _read_quotes(self) -> None:
        g = self.g
        pairs = set(g.subject_objects(NG.said))
        pairs.update((s, q) for q, s in g.subject_objects(NG.speaker))
        self.quotes: dict[Node, list[dict]] = {}
        self.unattributed = 0
        for speaker, q in sorted(pairs, key=lambda p: (str(p[0]), str(p[1]))):
            speaker = self._entity(speaker)
            if speaker is None:
                continue
            prov = self._prov(q)
            self.quotes.setdefault(speaker, []).append({
                "text": _text(g.value(q, NG.text)) or "",
                "cue": _text(g.value(q, NG.cue)),
                "status": _text(g.value(q, NG.attributionStatus)),
                "prov": prov,
            })
            for p in prov:
                for a in p["a"]:
                    self._weight(speaker, f"article:{a}")
        spoken = {q for _, q in pairs}
        self.unattributed = sum(1 for q in g.subjects(RDF.type, NG.Quotation) if q not in spoken)
        for items in self.quotes.values():
            items.sort(key=lambda d: (min((a for p in d["prov"] for a in p["a"]), default=-1),
                                      min((p["start"] or 0 for p in d["prov"]), default=0),
                                      d["text"]))

    # ------------------------------------------------------------ positions
    def _read_positions(self) -> None:
        g = self.g
        self.positions: dict[Node, list[dict]] = {}
        self.position_edges: list[tuple] = []
        for person, p in sorted(g.subject_objects(NG.holdsPosition), key=lambda t: (str(t[0]), str(t[1]))):
            person = self._entity(person)
            if person is None:
                continue
            org = g.value(p, NG.positionIn)
            org = self._entity(org)
            title = _text(g.value(p, NG.title)) or ""
            former = _bool(g.value(p, NG.former))
            prov = self._prov(p)
            self.positions.setdefault(person, []).append({
                "title": title, "org": org, "former": former, "prov": prov,
            })
            if org is not None:
                self.position_edges.append((person, org, title, former, prov))

    # ------------------------------------------------------------ edges
    def _edge(self, s: Node, rel: str, o: Node, extra: tuple = (), prov: list | None = None,
              label: str | None = None) -> None:
        s, o = self._entity(s), self._entity(o)
        if s is None or o is None:
            return
        if rel in SYMMETRIC and str(o) < str(s):
            s, o = o, s
        key = (s, rel, o, *extra)
        edge = self.edges.setdefault(key, {"label": label or rel, "prov": []})
        for p in prov or []:
            if p not in edge["prov"]:
                edge["prov"].append(p)

    def _read_stances(self) -> None:
        g = self.g
        for rel in ("recognises", "doesNotRecognise"):
            for s, o in g.subject_objects(NG[rel]):
                self._edge(s, rel, o)
        for st in sorted(g.subjects(RDF.type, NG.RecognitionStance), key=str):
            rel = _rel_name(g.value(st, NG.stance))
            country = g.value(st, NG.country) or g.value(st, NG.holder)
            if rel in ("recognises", "doesNotRecognise"):
                self._edge(country, rel, g.value(st, NG.territory), prov=self._prov(st))
        for person, org, title, former, prov in self.position_edges:
            label = "holdsPosition" + (" (former)" if former else "") + (f": {title}" if title else "")
            self._edge(person, "holdsPosition", org, (title, former), prov, label)

    def _read_relations(self) -> None:
        g = self.g
        for rel in ("spouse", "sharesBorderWith", "invaded", "memberOf", "locatedIn", "annexed", "claims"):
            for s, o in g.subject_objects(NG[rel]):
                self._edge(s, rel, o)
        for st in sorted(g.subjects(RDF.type, NG.RelationStatement), key=str):
            rel = _rel_name(g.value(st, NG.relation))
            if rel is not None:
                self._edge(g.value(st, NG.relSubject), rel, g.value(st, NG.relObject),
                           prov=self._prov(st))


def _importance(ex: _Extract) -> dict[Node, float]:
    return {e: float(ex.nx_graph.degree(e, weight="weight")) for e in ex.entity_order}


def _communities(ex: _Extract, seed: int) -> dict[Node, int]:
    """Louvain communities of the entity--article graph, numbered by size (largest first)."""
    graph = nx.Graph()
    graph.add_nodes_from(sorted(map(str, ex.nx_graph.nodes)))
    graph.add_weighted_edges_from(sorted(
        (min(str(u), str(v)), max(str(u), str(v)), d["weight"]) for u, v, d in ex.nx_graph.edges(data=True)
    ))
    if graph.number_of_edges() == 0:
        groups = [{n} for n in graph.nodes]
    else:
        groups = nx.community.louvain_communities(graph, weight="weight", seed=seed)
    by_str = {str(e): e for e in ex.entity_order}
    ents = [sorted(by_str[n] for n in grp if n in by_str) for grp in groups]
    ents = sorted((grp for grp in ents if grp), key=lambda grp: (-len(grp), str(grp[0])))
    return {e: i for i, grp in enumerate(ents) for e in grp}


def _build_data(g: Graph, max_nodes: int, title: str, seed: int) -> dict:
    ex = _Extract(g)
    score = _importance(ex)
    community = _communities(ex, seed)
    ranked = sorted(ex.entity_order, key=lambda e: (-score[e], ex.labels[e].casefold(), str(e)))
    shown = sorted(ranked[:max_nodes], key=lambda e: (ex.labels[e].casefold(), str(e)))
    index = {e: i for i, e in enumerate(shown)}
    top = max((score[e] for e in shown), default=0.0) or 1.0

    edges = []
    for key in sorted(ex.edges, key=lambda k: tuple(map(str, k))):
        s, rel, o = key[:3]
        if s in index and o in index:
            edges.append({
                "from": index[s], "to": index[o], "rel": rel, "label": ex.edges[key]["label"],
                "prov": sorted(ex.edges[key]["prov"], key=lambda p: (p["a"], p["ev"] or "", p["start"] or 0)),
            })
    pair_count: dict[tuple[int, int], int] = {}
    for i, e in enumerate(edges):
        e["id"] = i
        pair = (min(e["from"], e["to"]), max(e["from"], e["to"]))
        e["k"] = pair_count.get(pair, 0)
        pair_count[pair] = e["k"] + 1

    nodes = []
    for e in shown:
        arts = set(ex.mentions.get(e, ())) | ex.authored.get(e, set())
        quotes = ex.quotes.get(e, [])
        positions = [
            {"title": p["title"], "org": ex.labels.get(p["org"]) if p["org"] is not None else None,
             "orgId": index.get(p["org"]), "former": p["former"], "prov": p["prov"]}
            for p in ex.positions.get(e, [])
        ]
        for fact in [*quotes, *positions]:
            arts.update(a for p in fact["prov"] for a in p["a"])
        nodes.append({
            "id": index[e],
            "iri": str(e),
            "label": ex.labels[e],
            "cls": ex.entity_cls[e],
            "types": [c for c in CLASS_ORDER if c in ex.types[e]],
            "aliases": [a for a in _sorted_texts(g, e, SKOS.altLabel) if a != ex.labels[e]],
            "score": round(score[e], 3),
            "size": round(8 + 24 * (score[e] / top) ** 0.5, 2),
            "community": community.get(e, -1),
            "mentions": sorted(ex.mentions.get(e, ())),
            "authored": sorted(ex.authored.get(e, ())),
            "arts": sorted(arts),
            "quotes": quotes,
            "positions": positions,
        })
    for edge in edges:
        for end in ("from", "to"):
            nodes[edge[end]]["arts"] = sorted(
                set(nodes[edge[end]]["arts"]).union(a for p in edge["prov"] for a in p["a"]))

    groups: dict[int, list[dict]] = {}
    for n in nodes:
        groups.setdefault(n["community"], []).append(n)
    communities = []
    for rank, c in enumerate(sorted(groups, key=lambda c: (-len(groups[c]), c))):
        members = sorted(groups[c], key=lambda n: (-n["score"], n["label"].casefold(), n["id"]))
        big_enough = rank < len(COMMUNITY_PALETTE) and len(members) > 1
        communities.append({"id": c, "color": COMMUNITY_PALETTE[rank] if big_enough else COMMUNITY_OTHER,
                            "size": len(members), "top": [m["label"] for m in members[:3]]})

    classes = [{"name": c, "color": CLASS_COLORS[c], "count": sum(1 for n in nodes if n["cls"] == c)}
               for c in CLASS_ORDER]
    relations = [{"name": r, **RELATION_STYLE[r], "count": sum(1 for e in edges if e["rel"] == r)}
                 for r in RELATIONS]
    total = len(ex.entity_order)
    notice = None
    if total > len(shown):
        notice = (f"showing {len(shown)} of {total} nodes — rebuild with `{_CMD}` to raise")
    return {
        "meta": {
            "title": title, "seed": seed, "maxNodes": max_nodes, "totalNodes": total,
            "shownNodes": len(shown), "totalEdges": len(ex.edges), "shownEdges": len(edges),
            "articles": len(ex.articles), "quotes": sum(len(q) for q in ex.quotes.values()),
            "unattributedQuotes": ex.unattributed, "notice": notice, "big": len(shown) > BIG_GRAPH,
            # fewer, coarser physics iterations as the graph grows: stabilises in seconds at 3,000 nodes
            "iterations": 300 if len(shown) <= BIG_GRAPH else 200 if len(shown) <= HUGE_GRAPH else 120,
            "theta": 0.5 if len(shown) <= HUGE_GRAPH else 0.8,
        },
        "classes": classes,
        "relations": relations,
        "communities": communities,
        "articles": ex.articles,
        "nodes": nodes,
        "edges": edges,
    }


# --------------------------------------------------------------------------- page

@lru_cache(maxsize=1)
def _vis_assets() -> tuple[str, str]:
    """The vis-network JS and CSS bundled with pyvis, safe to inline."""
    lib = resources.files("pyvis") / "templates" / "lib"
    dirs = sorted((d for d in lib.iterdir() if d.name.startswith("vis-") and d.is_dir()),
                  key=lambda d: tuple(int(x) for x in re.findall(r"\d+", d.name)))
    for d in reversed(dirs):
        js, css = d / "vis-network.min.js", d / "vis-network.css"
        if js.is_file() and css.is_file():
            break
    else:
        raise FileNotFoundError(f"vis-network.min.js not found under {lib} (is pyvis installed?)")
    js_text = js.read_text(encoding="utf-8").replace("\r\n", "\n")
    css_text = css.read_text(encoding="utf-8").replace("\r\n", "\n")
    js_text = re.sub(r"^//# sourceMappingURL=.*$", "", js_text, flags=re.M)
    css_text = re.sub(r"/\*# sourceMappingURL=.*?\*/", "", css_text)
    # Inside <script>, "</script" ends the element and "<!--" changes the parser state;
    # both can only occur in strings, regexes or comments, where the escaped form is equivalent.
    js_text = re.sub(r"</(script)", r"<\\/\1", js_text, flags=re.I).replace("<!--", "<\\!--")
    css_text = re.sub(r"</(style)", r"<\\/\1", css_text, flags=re.I)
    return js_text, css_text


def _json_for_script(data: dict) -> str:
    text = json.dumps(data, ensure_ascii=True, sort_keys=True, separators=(",", ":"))
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _sha256(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode() + "'"


def render_view(g: Graph, *, max_nodes: int = 500, title: str = "kg — knowledge graph", seed: int = 7) -> str:
    """Render an interactive, self-contained HTML view of a knowledge graph.

    Args:
        g: the graph written by the builder (ng: entities, articles, facts).
        max_nodes: draw at most this many entities (the most important ones);
            the page says how many were left out.
        title: the page title (escaped).
        seed: seed of the Louvain communities and of the vis-network layout;
            the same graph and seed give the same page, byte for byte.

    Returns:
        The whole HTML page as a string (UTF-8 text, no external resources).

    Raises:
        ValueError: if ``max_nodes`` is smaller than 1.
        FileNotFoundError: if pyvis's bundled vis-network files are missing.
    """
    if max_nodes < 1:
        raise ValueError(f"max_nodes must be at least 1, not {max_nodes}")
    data = _build_data(g, max_nodes, title, seed)
    vis_js, vis_css = _vis_assets()
    scripts = [vis_js, _APP_JS]
    csp = ("default-src 'none'; script-src " + " ".join(_sha256(s) for s in scripts)
           + "; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'")
    esc_title = html.escape(title)
    notice = data["meta"]["notice"]
    if notice:
        before, _, after = notice.partition(f"`{_CMD}`")
        notice_html = (f'<div id="kg-notice" class="notice">{html.escape(before)}'
                       f"<code>{html.escape(_CMD)}</code>{html.escape(after)}</div>")
    else:
        notice_html = '<div id="kg-notice" class="notice" hidden></div>'
    values = {
        "__KG_CSP__": html.escape(csp),
        "__KG_TITLE__": esc_title,
        "__KG_SEED__": str(int(seed)),
        "__KG_NOTICE__": notice_html,
        "__KG_STYLE__": vis_css + "\n" + _APP_CSS,
        "__KG_DATA__": _json_for_script(data),
        "__KG_VIS_JS__": vis_js,
        "__KG_APP_JS__": _APP_JS,
    }
    # Split the template once, so no value is ever scanned for placeholders.
    return "".join(values.get(part, part) for part in re.split(r"(__KG_[A-Z_]+__)", _PAGE))


def write_view(g: Graph, path: Path, **kw) -> Path:
    """Render the view and write it atomically (temp file in the same directory, then rename).

    Args:
        g: the graph to render.
        path: the HTML file to write; missing parent directories are created.
        **kw: passed to :func:`render_view` (``max_nodes``, ``title``, ``seed``).

    Returns:
        The path written.

    Raises:
        ValueError: as :func:`render_view`.
        OSError: if the file cannot be written; no partial file is left behind.
    """
    path = Path(path)
    page = render_view(g, **kw)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(page.encode("utf-8"))
            fh.flush()
            os.fsync(fh.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    return path


_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="__KG_CSP__">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>__KG_TITLE__</title>
<style>
__KG_STYLE__
</style>
</head>
<body data-seed="__KG_SEED__">
<header id="kg-header">
  <h1>__KG_TITLE__</h1>
  <div class="search">
    <input id="kg-search" type="search" placeholder="Search name or alias…" autocomplete="off" aria-label="Search entities by name or alias">
    <ul id="kg-results" role="listbox" hidden></ul>
  </div>
  <div id="kg-stats" class="stats"></div>
  <div id="kg-status" class="status">Laying out…</div>
</header>
__KG_NOTICE__
<main id="kg-main">
  <aside id="kg-controls">
    <section>
      <h2>Colour by</h2>
      <label><input type="radio" name="kg-colour" value="class" checked> class</label>
      <label><input type="radio" name="kg-colour" value="community"> community (Louvain)</label>
    </section>
    <section>
      <h2>Classes</h2>
      <div id="kg-classes" class="legend"></div>
    </section>
    <section id="kg-community-section" hidden>
      <h2>Communities</h2>
      <select id="kg-community"><option value="">all communities</option></select>
      <div id="kg-communities" class="legend"></div>
    </section>
    <section>
      <h2>Article</h2>
      <select id="kg-article"><option value="">all articles</option></select>
    </section>
    <section>
      <h2>Relations</h2>
      <div id="kg-relations" class="legend"></div>
    </section>
  </aside>
  <div id="kg-graph"></div>
  <aside id="kg-panel" aria-live="polite"><p class="hint">Click a node or an edge for details. Search by name or alias.</p></aside>
</main>
<div id="kg-tooltip" hidden></div>
<script type="application/json" id="kg-data">__KG_DATA__</script>
<script>__KG_VIS_JS__</script>
<script>__KG_APP_JS__</script>
</body>
</html>
"""

_APP_CSS = """
* { box-sizing: border-box; }
html, body { margin: 0; height: 100%; font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #222; background: #fafafa; }
body { display: flex; flex-direction: column; }
#kg-header { display: flex; align-items: center; gap: 16px; padding: 6px 12px; background: #263238; color: #fff; }
#kg-header h1 { font-size: 16px; margin: 0; white-space: nowrap; }
.search { position: relative; }
#kg-search { width: 280px; padding: 5px 8px; border: 0; border-radius: 4px; font: inherit; }
#kg-results { position: absolute; z-index: 20; top: 100%; left: 0; width: 360px; max-height: 320px; overflow: auto; margin: 2px 0 0; padding: 0; list-style: none; background: #fff; color: #222; border: 1px solid #bbb; border-radius: 4px; box-shadow: 0 4px 12px rgba(0,0,0,.2); }
#kg-results li { padding: 4px 8px; cursor: pointer; }
#kg-results li:hover, #kg-results li.active { background: #e3f2fd; }
#kg-results .cls { color: #777; font-size: 11px; margin-left: 6px; }
.stats, .status { font-size: 12px; opacity: .85; white-space: nowrap; }
.status { margin-left: auto; }
.notice { padding: 5px 12px; background: #fff3cd; border-bottom: 1px solid #e0c96a; }
.notice code { background: #fff; padding: 0 3px; }
#kg-main { flex: 1; display: flex; min-height: 0; }
#kg-controls { width: 230px; overflow: auto; padding: 8px 10px; border-right: 1px solid #ddd; background: #fff; }
#kg-controls h2 { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: #555; margin: 10px 0 4px; }
#kg-controls label { display: flex; align-items: center; gap: 6px; cursor: pointer; }
#kg-controls select { width: 100%; }
.legend .row { display: flex; align-items: center; gap: 6px; margin: 2px 0; }
.swatch { display: inline-block; width: 12px; height: 12px; border-radius: 50%; flex: none; border: 1px solid rgba(0,0,0,.25); }
.line { display: inline-block; width: 18px; height: 0; border-top: 3px solid; flex: none; }
.line.dashed { border-top-style: dashed; }
.count { color: #888; margin-left: auto; font-size: 11px; }
#kg-graph { flex: 1; min-width: 0; position: relative; background: #fff; }
#kg-panel { width: 360px; overflow: auto; padding: 10px 12px; border-left: 1px solid #ddd; background: #fff; }
#kg-panel h2 { font-size: 17px; margin: 0 0 4px; }
#kg-panel h3 { font-size: 13px; margin: 12px 0 4px; border-bottom: 1px solid #eee; }
#kg-panel .type { display: inline-block; padding: 0 6px; border-radius: 8px; color: #fff; font-size: 11px; }
#kg-panel .iri { color: #888; font-size: 11px; word-break: break-all; }
#kg-panel ul { margin: 0; padding-left: 16px; }
#kg-panel li { margin: 4px 0; }
#kg-panel .quote { font-style: italic; }
#kg-panel .evidence { color: #555; border-left: 3px solid #ddd; padding-left: 6px; margin: 2px 0; }
#kg-panel .src { color: #777; font-size: 11px; }
#kg-panel button.link { background: none; border: 0; padding: 0; color: #1565c0; cursor: pointer; font: inherit; text-decoration: underline; }
#kg-panel .hint { color: #777; }
#kg-tooltip { position: fixed; z-index: 30; pointer-events: none; background: rgba(38,50,56,.95); color: #fff; padding: 4px 8px; border-radius: 4px; font-size: 12px; max-width: 320px; }
"""

_APP_JS = r"""
(function () {
  "use strict";
  var t0 = performance.now();
  var DATA = JSON.parse(document.getElementById("kg-data").textContent);
  var META = DATA.meta;
  var byId = {};
  DATA.nodes.forEach(function (n) { byId[n.id] = n; });
  var classColor = {}, relStyle = {}, commColor = {};
  DATA.classes.forEach(function (c) { classColor[c.name] = c.color; });
  DATA.relations.forEach(function (r) { relStyle[r.name] = r; });
  DATA.communities.forEach(function (c) { commColor[c.id] = c.color; });

  // ---------------------------------------------------------------- DOM helpers (textContent only)
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function add(parent) {
    for (var i = 1; i < arguments.length; i++) {
      var c = arguments[i];
      if (c === null || c === undefined) { continue; }
      parent.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    }
    return parent;
  }
  function fold(s) {
    return String(s).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/\s+/g, " ").trim();
  }
  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }

  // ---------------------------------------------------------------- vis data (no `title`: vis renders it as HTML)
  function nodeColour(n, mode) {
    var c = mode === "community" ? (commColor[n.community] || "#c7c7c7") : (classColor[n.cls] || "#999");
    return { background: c, border: "#37474f", highlight: { background: c, border: "#000" }, hover: { background: c, border: "#000" } };
  }
  function nodeLabel(n) {
    return n.quotes.length ? n.label + "\n(" + plural(n.quotes.length, "quote") + ")" : n.label;
  }
  var colourMode = "class";
  var visNodes = new vis.DataSet(DATA.nodes.map(function (n) {
    return { id: n.id, label: nodeLabel(n), size: n.size, color: nodeColour(n, colourMode), shape: "dot" };
  }));
  var visEdges = new vis.DataSet(DATA.edges.map(function (e) {
    var st = relStyle[e.rel] || { color: "#999", dashes: false };
    var symmetric = e.rel === "spouse" || e.rel === "sharesBorderWith";
    var edge = {
      id: e.id, from: e.from, to: e.to, label: e.label, dashes: st.dashes,
      color: { color: st.color, highlight: st.color, hover: st.color, opacity: 0.85 },
      arrows: { to: { enabled: !symmetric, scaleFactor: 0.6 } }
    };
    if (e.k > 0) { edge.smooth = { enabled: true, type: e.k % 2 ? "curvedCW" : "curvedCCW", roundness: 0.15 * Math.ceil(e.k / 2) + 0.1 }; }
    return edge;
  }));

  var big = META.big;
  var options = {
    layout: { randomSeed: Number(document.body.dataset.seed) || 7, improvedLayout: !big },
    physics: {
      enabled: true,
      solver: "barnesHut",
      barnesHut: { theta: META.theta, gravitationalConstant: big ? -6000 : -3500, centralGravity: big ? 0.25 : 0.45, springLength: big ? 120 : 140, springConstant: 0.03, damping: 0.3, avoidOverlap: big ? 0 : 0.3 },
      stabilization: { enabled: true, iterations: META.iterations, updateInterval: 20, fit: true },
      minVelocity: 1.0,
      timestep: 0.5
    },
    nodes: {
      shape: "dot", borderWidth: 1,
      font: { size: 14, face: "system-ui, sans-serif", color: "#212121", strokeWidth: 3, strokeColor: "#ffffff", multi: false },
      scaling: { label: { enabled: true, drawThreshold: big ? 6 : 3 } }
    },
    edges: {
      width: 1.2, selectionWidth: 2,
      font: { size: 10, face: "system-ui, sans-serif", color: "#37474f", strokeWidth: 3, strokeColor: "#ffffff", align: "middle" },
      smooth: big ? false : { enabled: true, type: "continuous", roundness: 0.3 },
      scaling: { label: { enabled: true, drawThreshold: big ? 6 : 4 } }
    },
    interaction: { hover: true, tooltipDelay: 200, hideEdgesOnDrag: big, hideEdgesOnZoom: big, multiselect: false, navigationButtons: false, keyboard: false }
  };
  var container = document.getElementById("kg-graph");
  container.dataset.nodes = String(DATA.nodes.length);
  container.dataset.edges = String(DATA.edges.length);
  var timings = { parsed: Math.round(performance.now() - t0) };
  var network = new vis.Network(container, { nodes: visNodes, edges: visEdges }, options);
  timings.constructed = Math.round(performance.now() - t0);
  window.kgTimings = timings;
  window.kgNetwork = network;
  window.kgNodes = visNodes;
  window.kgEdges = visEdges;
  window.kgData = DATA;

  var status = document.getElementById("kg-status");
  var stabilised = false;
  function done() {
    if (stabilised) { return; }
    stabilised = true;
    network.setOptions({ physics: { enabled: false } });
    var ms = Math.round(performance.now() - t0);
    window.kgStabilisedMs = ms;
    timings.stabilised = ms;
    document.body.dataset.stabilised = "true";
    status.textContent = "Layout done in " + (ms / 1000).toFixed(1) + " s";
  }
  network.on("stabilizationProgress", function (p) { status.textContent = "Laying out… " + p.iterations + "/" + p.total; });
  network.on("stabilizationIterationsDone", done);
  network.once("stabilized", done);
  if (DATA.nodes.length === 0) { done(); }

  document.getElementById("kg-stats").textContent =
    plural(META.shownNodes, "node") + " of " + META.totalNodes + " · " + plural(META.shownEdges, "edge") +
    " · " + plural(META.articles, "article") + " · " + plural(META.quotes, "quote");

  // ---------------------------------------------------------------- filters
  var hiddenClasses = {}, hiddenRels = {}, articleFilter = null, communityFilter = null;
  function nodeVisible(n) {
    if (hiddenClasses[n.cls]) { return false; }
    if (articleFilter !== null && n.arts.indexOf(articleFilter) < 0) { return false; }
    if (communityFilter !== null && n.community !== communityFilter) { return false; }
    return true;
  }
  function applyFilters() {
    var nu = [], eu = [];
    DATA.nodes.forEach(function (n) { nu.push({ id: n.id, hidden: !nodeVisible(n) }); });
    DATA.edges.forEach(function (e) { eu.push({ id: e.id, hidden: !!hiddenRels[e.rel] }); });
    visNodes.update(nu);
    visEdges.update(eu);
    var shown = nu.filter(function (u) { return !u.hidden; }).length;
    container.dataset.visible = String(shown);
  }
  function legendRow(swatch, name, count, checkbox) {
    var row = el(checkbox ? "label" : "div", "row");
    if (checkbox) { add(row, checkbox); }
    add(row, swatch, el("span", null, name), el("span", "count", count));
    return row;
  }
  var classBox = document.getElementById("kg-classes");
  DATA.classes.forEach(function (c) {
    if (!c.count) { return; }
    var cb = el("input"); cb.type = "checkbox"; cb.checked = true; cb.value = c.name;
    cb.addEventListener("change", function () { hiddenClasses[c.name] = !cb.checked; applyFilters(); });
    var sw = el("span", "swatch"); sw.style.background = c.color;
    add(classBox, legendRow(sw, c.name, c.count, cb));
  });
  var relBox = document.getElementById("kg-relations");
  DATA.relations.forEach(function (r) {
    if (!r.count) { return; }
    var cb = el("input"); cb.type = "checkbox"; cb.checked = true; cb.value = r.name;
    cb.addEventListener("change", function () { hiddenRels[r.name] = !cb.checked; applyFilters(); });
    var sw = el("span", "line" + (r.dashes ? " dashed" : "")); sw.style.borderTopColor = r.color;
    add(relBox, legendRow(sw, r.name, r.count, cb));
  });
  if (!relBox.firstChild) { add(relBox, el("div", "count", "no relations")); }
  var artSel = document.getElementById("kg-article");
  DATA.articles.forEach(function (a, i) {
    var o = el("option", null, a.file + (a.title ? " — " + a.title : "")); o.value = String(i);
    add(artSel, o);
  });
  artSel.addEventListener("change", function () {
    articleFilter = artSel.value === "" ? null : Number(artSel.value); applyFilters();
  });
  var commSel = document.getElementById("kg-community"), commBox = document.getElementById("kg-communities");
  DATA.communities.forEach(function (c, rank) {
    var name = "#" + (rank + 1) + " " + c.top.join(", ");
    var o = el("option", null, name + " (" + c.size + ")"); o.value = String(c.id);
    add(commSel, o);
    if (rank < 20) {
      var sw = el("span", "swatch"); sw.style.background = c.color;
      add(commBox, legendRow(sw, name, c.size));
    }
  });
  if (DATA.communities.length > 20) { add(commBox, el("div", "count", (DATA.communities.length - 20) + " more (grey)")); }
  commSel.addEventListener("change", function () {
    communityFilter = commSel.value === "" ? null : Number(commSel.value); applyFilters();
  });
  Array.prototype.forEach.call(document.querySelectorAll("input[name=kg-colour]"), function (radio) {
    radio.addEventListener("change", function () {
      if (!radio.checked) { return; }
      colourMode = radio.value;
      document.getElementById("kg-community-section").hidden = colourMode !== "community";
      visNodes.update(DATA.nodes.map(function (n) { return { id: n.id, color: nodeColour(n, colourMode) }; }));
    });
  });
  container.dataset.visible = String(DATA.nodes.length);

  // ---------------------------------------------------------------- details panel
  var panel = document.getElementById("kg-panel");
  function articleText(i) {
    var a = DATA.articles[i];
    if (!a) { return "?"; }
    return (a.title ? "“" + a.title + "” — " : "") + a.file + (a.date ? " (" + a.date + ")" : "");
  }
  function entityLink(id, fallback) {
    if (id === null || id === undefined || !byId[id]) { return el("span", null, fallback || "?"); }
    var b = el("button", "link", byId[id].label); b.type = "button";
    b.addEventListener("click", function () { selectNode(id, true); });
    return b;
  }
  function provBlock(prov) {
    var box = el("div");
    (prov || []).forEach(function (p) {
      if (p.ev) { add(box, el("div", "evidence", p.ev)); }
      var src = p.a.map(articleText).join("; ");
      var where = (p.start !== null && p.start !== undefined) ? " · chars " + p.start + "–" + p.end : "";
      if (src || where) { add(box, el("div", "src", "source: " + (src || "?") + where)); }
    });
    return box;
  }
  function section(title, items) {
    if (!items.length) { return null; }
    var frag = document.createDocumentFragment();
    add(frag, el("h3", null, title));
    var ul = el("ul");
    items.forEach(function (li) { add(ul, li); });
    add(frag, ul);
    return frag;
  }
  function showNode(id) {
    var n = byId[id];
    panel.textContent = "";
    panel.dataset.nodeId = String(id);
    delete panel.dataset.edgeId;
    if (!n) { return; }
    var badge = el("span", "type", n.types.join(" · ")); badge.style.background = classColor[n.cls] || "#999";
    add(panel, el("h2", null, n.label), badge);
    if (!nodeVisible(n)) { add(panel, el("p", "hint", "(hidden by the current filters)")); }
    add(panel, el("div", "iri", n.iri));
    var facts = [];
    if (n.aliases.length) { facts.push(add(el("li"), el("b", null, "Aliases: "), n.aliases.join("; "))); }
    facts.push(add(el("li"), el("b", null, "Importance: "), String(n.score) + " (" + plural(n.mentions.length, "article") + " mentioning, " + plural(n.quotes.length, "quote") + ")"));
    var comm = DATA.communities.filter(function (c) { return c.id === n.community; })[0];
    if (comm) { facts.push(add(el("li"), el("b", null, "Community: "), comm.top.join(", ") + " (" + comm.size + ")")); }
    add(panel, section("Overview", facts));
    add(panel, section("Positions", n.positions.map(function (p) {
      var li = el("li");
      add(li, el("b", null, (p.former ? "former " : "") + (p.title || "(position)")));
      if (p.org || p.orgId !== null) { add(li, " — ", entityLink(p.orgId, p.org)); }
      add(li, provBlock(p.prov));
      return li;
    })));
    add(panel, section("Quotes (" + n.quotes.length + ")", n.quotes.map(function (q) {
      var li = el("li");
      add(li, el("div", "quote", "“" + q.text + "”"));
      var cue = [];
      if (q.cue) { cue.push("cue: " + q.cue); }
      if (q.status) { cue.push("attribution: " + q.status); }
      if (cue.length) { add(li, el("div", "src", cue.join(" · "))); }
      add(li, provBlock(q.prov));
      return li;
    })));
    var rels = DATA.edges.filter(function (e) { return e.from === id || e.to === id; });
    add(panel, section("Relations (" + rels.length + ")", rels.map(function (e) {
      var li = el("li");
      var other = e.from === id ? e.to : e.from;
      if (e.from === id) { add(li, el("b", null, e.label), " → ", entityLink(other)); }
      else { add(li, entityLink(other), " ", el("b", null, e.label), " → this"); }
      add(li, provBlock(e.prov));
      return li;
    })));
    add(panel, section("Author or outlet of (" + n.authored.length + ")", n.authored.map(function (i) { return el("li", null, articleText(i)); })));
    add(panel, section("Articles mentioning it (" + n.mentions.length + ")", n.mentions.map(function (i) {
      var li = el("li", null, articleText(i));
      if (DATA.articles[i] && DATA.articles[i].url) { add(li, el("div", "src", DATA.articles[i].url)); }
      return li;
    })));
  }
  function showEdge(id) {
    var e = DATA.edges[id];
    panel.textContent = "";
    panel.dataset.edgeId = String(id);
    delete panel.dataset.nodeId;
    if (!e) { return; }
    add(panel, el("h2", null, e.label));
    add(panel, add(el("p"), entityLink(e.from), " → ", entityLink(e.to)));
    if (e.prov.length) { add(panel, el("h3", null, "Evidence"), provBlock(e.prov)); }
    else { add(panel, el("p", "hint", "No evidence sentence recorded.")); }
  }
  function selectNode(id, focus) {
    if (!byId[id]) { return; }
    network.selectNodes([id]);
    window.kgSelected = id;
    showNode(id);
    if (focus && nodeVisible(byId[id])) {
      network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: { duration: 400, easingFunction: "easeInOutQuad" } });
    }
  }
  window.kgSelect = selectNode;
  network.on("click", function (p) {
    if (p.nodes.length) { selectNode(p.nodes[0], false); }
    else if (p.edges.length) { showEdge(p.edges[0]); }
  });

  // ---------------------------------------------------------------- hover tooltip (own element, textContent)
  var tip = document.getElementById("kg-tooltip");
  network.on("hoverNode", function (p) {
    var n = byId[p.node];
    if (!n) { return; }
    tip.textContent = n.label + " — " + n.cls + (n.quotes.length ? " · " + plural(n.quotes.length, "quote") : "") + " · click for details";
    var box = container.getBoundingClientRect(), dom = (p.pointer && p.pointer.DOM) || { x: 0, y: 0 };
    tip.style.left = (box.left + dom.x + 14) + "px"; tip.style.top = (box.top + dom.y + 14) + "px";
    tip.hidden = false;
  });
  network.on("blurNode", function () { tip.hidden = true; });
  network.on("dragStart", function () { tip.hidden = true; });

  // ---------------------------------------------------------------- search
  var index = [];
  DATA.nodes.forEach(function (n) {
    index.push({ key: fold(n.label), id: n.id, via: null });
    n.aliases.forEach(function (a) { index.push({ key: fold(a), id: n.id, via: a }); });
  });
  var input = document.getElementById("kg-search"), results = document.getElementById("kg-results");
  var current = [];
  function search(q) {
    q = fold(q);
    if (!q) { return []; }
    var seen = {}, out = [];
    [function (k) { return k === q; },
     function (k) { return k.indexOf(q) === 0; },
     function (k) { return k.indexOf(" " + q) >= 0; },
     function (k) { return k.indexOf(q) >= 0; }].forEach(function (test) {
      index.forEach(function (item) {
        if (!seen[item.id] && test(item.key)) { seen[item.id] = true; out.push(item); }
      });
    });
    return out.slice(0, 15);
  }
  function renderResults() {
    results.textContent = "";
    current.forEach(function (item, i) {
      var li = el("li", i === 0 ? "active" : null, byId[item.id].label);
      li.setAttribute("role", "option");
      add(li, el("span", "cls", byId[item.id].cls + (item.via ? " · alias " + item.via : "")));
      li.addEventListener("mousedown", function (ev) { ev.preventDefault(); pick(item.id); });
      add(results, li);
    });
    if (!current.length && input.value.trim()) { add(results, el("li", "cls", "no match")); }
    results.hidden = !input.value.trim();
  }
  function pick(id) {
    results.hidden = true;
    input.value = byId[id].label;
    selectNode(id, true);
  }
  input.addEventListener("input", function () { current = search(input.value); renderResults(); });
  input.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") {
      current = search(input.value);
      if (current.length) { pick(current[0].id); } else { renderResults(); }
    } else if (ev.key === "Escape") { results.hidden = true; }
  });
  input.addEventListener("blur", function () { results.hidden = true; });
})();
"""
