"""Tests of graph.view: the self-contained, offline HTML view of the graph.

Non-browser tests read the page as text; tests marked ``browser`` open it from
disk in headless Chromium (Debian's /usr/bin/chromium, driven by Python
playwright; no browser is downloaded).
"""
from __future__ import annotations

import base64
import hashlib
import html
import json
import os
import random
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, SKOS, Graph, Literal, URIRef

from graph.namespace import NG, mint_article, mint_entity, mint_fact
from graph.view import render_view, write_view

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
XSS_IMG = "<img src=x onerror=window.__xss=1>"
XSS_ALERT = "<img src=x onerror=alert(1)>"
QUOTE_TEXT = f"We will never accept it {XSS_IMG} {XSS_ALERT} </script><script>window.__xss=2</script>"
EVIDENCE = f"“{QUOTE_TEXT}”, Tokayev told reporters. </SCRIPT><!-- & \u2028 \u2029"
ENTITY_CLASSES = (NG.Person, NG.Organization, NG.MediaOutlet, NG.Country, NG.Territory, NG.Place)


# --------------------------------------------------------------------------- fixtures

def _entity(g: Graph, name: str, *classes: URIRef, aliases: tuple[str, ...] = ()) -> URIRef:
    e = mint_entity(name)
    for cls in classes:
        g.add((e, RDF.type, cls))
    g.add((e, RDFS.label, Literal(name)))
    for alias in aliases:
        g.add((e, SKOS.altLabel, Literal(alias)))
    return e


def _article(g: Graph, file_name: str, title: str, *mentions: URIRef) -> URIRef:
    from rdflib.namespace import XSD

    a = mint_article(file_name)
    g.add((a, RDF.type, NG.Article))
    g.add((a, NG.fileName, Literal(file_name)))
    g.add((a, NG.title, Literal(title)))
    g.add((a, NG.datePublished, Literal("2022-12-01", datatype=XSD.date)))
    g.add((a, NG.url, Literal(f"https://example.org/{file_name}")))
    for m in mentions:
        g.add((a, NG.mentions, m))
    return a


def build_small_graph() -> Graph:
    """A hand-made graph: every entity class, a hostile quote, a stance, a position, a spouse."""
    g = Graph()
    tokayev = _entity(g, "Kassym-Jomart Tokayev", NG.Person, aliases=("Tokayev", "President Tokayev"))
    keosayan = _entity(g, "Tigran Keosayan", NG.Person, aliases=("Keosayan",))
    simonyan = _entity(g, "Margarita Simonyan", NG.Person, aliases=("Simonyan",))
    author = _entity(g, "Jane Reporter", NG.Person)
    prosecutor = _entity(g, "Olga Prokurorova", NG.Person)
    rt = _entity(g, "RT", NG.MediaOutlet, NG.Organization, aliases=("Russia Today",))
    office = _entity(g, "Prosecutor General's Office", NG.Organization)
    kazakhstan = _entity(g, "Kazakhstan", NG.Country)
    russia = _entity(g, "Russia", NG.Country, aliases=("Russian Federation",))
    donetsk = _entity(g, "Donetsk People's Republic", NG.Territory, aliases=("DPR",))
    almaty = _entity(g, "Almaty", NG.Place)

    a0 = _article(g, "000_kazakh.txt", "Kazakhstan <b>distances</b> itself", tokayev, kazakhstan, russia, donetsk,
                  almaty, prosecutor, office)
    a1 = _article(g, "001_keosayan.txt", "A talk show & its fallout", keosayan, simonyan, rt, kazakhstan)
    g.add((a0, NG.author, author))
    g.add((a1, NG.outlet, rt))

    q = mint_fact("quote", "tokayev", QUOTE_TEXT)
    g.add((tokayev, NG.said, q))
    g.add((q, RDF.type, NG.Quotation))
    g.add((q, NG.text, Literal(QUOTE_TEXT)))
    g.add((q, NG.cue, Literal("tell")))
    g.add((q, NG.attributionStatus, Literal("direct")))
    g.add((q, NG.source, a0))
    g.add((q, NG.evidence, Literal(EVIDENCE)))
    g.add((q, NG.charStart, Literal(120)))
    g.add((q, NG.charEnd, Literal(180)))

    g.add((kazakhstan, NG.doesNotRecognise, donetsk))
    st = mint_fact("stance", "kazakhstan", "donetsk")
    g.add((st, RDF.type, NG.RecognitionStance))
    g.add((st, NG.country, kazakhstan))
    g.add((st, NG.territory, donetsk))
    g.add((st, NG.stance, NG.doesNotRecognise))
    g.add((st, NG.source, a0))
    g.add((st, NG.evidence, Literal("Tokayev has refused to recognise the Donetsk People's Republic.")))

    pos = mint_fact("position", "prokurorova", "chief prosecutor")
    g.add((prosecutor, NG.holdsPosition, pos))
    g.add((pos, RDF.type, NG.Position))
    g.add((pos, NG.title, Literal("chief prosecutor")))
    g.add((pos, NG.positionIn, office))
    g.add((pos, NG.source, a0))
    g.add((pos, NG.evidence, Literal("Chief prosecutor Olga Prokurorova said nothing.")))
    pos2 = mint_fact("position", "tokayev", "president")
    g.add((tokayev, NG.holdsPosition, pos2))
    g.add((pos2, RDF.type, NG.Position))
    g.add((pos2, NG.title, Literal("president")))
    g.add((pos2, NG.positionIn, kazakhstan))
    g.add((pos2, NG.source, a0))
    g.add((pos2, NG.evidence, Literal("The president, Kassym-Jomart Tokayev, has refused.")))

    g.add((keosayan, NG.spouse, simonyan))
    g.add((simonyan, NG.spouse, keosayan))
    rs = mint_fact("relation", "keosayan", "spouse", "simonyan")
    g.add((rs, RDF.type, NG.RelationStatement))
    g.add((rs, NG.relSubject, keosayan))
    g.add((rs, NG.relation, NG.spouse))
    g.add((rs, NG.relObject, simonyan))
    g.add((rs, NG.source, a1))
    g.add((rs, NG.evidence, Literal("Keosayan, who is married to the RT editor-in-chief Margarita Simonyan")))
    g.add((russia, NG.sharesBorderWith, kazakhstan))
    g.add((almaty, NG.locatedIn, kazakhstan))
    g.add((russia, NG.annexed, donetsk))
    return g


def entity_count(g: Graph) -> int:
    return len({s for cls in ENTITY_CLASSES for s in g.subjects(RDF.type, cls)})


def embedded_data(page: str) -> dict:
    m = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    assert m, "no embedded JSON data block"
    return json.loads(m.group(1))


def build_synthetic_graph(n_articles: int = 1000, n_entities: int = 3000, n_edges: int = 10000,
                          seed: int = 1) -> Graph:
    """A news-like graph: skewed mentions, quotes, positions, stances and relations."""
    rnd = random.Random(seed)
    g = Graph()
    classes = [NG.Person] * 45 + [NG.Organization] * 20 + [NG.MediaOutlet] * 5 + [NG.Country] * 10 + \
        [NG.Territory] * 5 + [NG.Place] * 15
    ents, by_cls = [], {}
    for i in range(n_entities):
        cls = rnd.choice(classes)
        e = URIRef(f"https://w3id.org/kg-news/id/synthetic-{i:05d}")
        g.add((e, RDF.type, cls))
        g.add((e, RDFS.label, Literal(f"Entity {i} {cls.split('#')[1]}")))
        if i % 3 == 0:
            g.add((e, SKOS.altLabel, Literal(f"E{i}")))
        ents.append(e)
        by_cls.setdefault(cls, []).append(e)
    weights = [1.0 / (i + 1) ** 0.8 for i in range(n_entities)]
    arts = []
    for j in range(n_articles):
        a = URIRef(f"https://w3id.org/kg-news/id/article/synthetic-{j:04d}")
        g.add((a, RDF.type, NG.Article))
        g.add((a, NG.fileName, Literal(f"{j:04d}_synthetic.txt")))
        g.add((a, NG.title, Literal(f"Synthetic article {j}")))
        for e in set(rnd.choices(ents, weights=weights, k=15)):
            g.add((a, NG.mentions, e))
        arts.append(a)
    people = by_cls[NG.Person]
    for k in range(2000):
        q = URIRef(f"https://w3id.org/kg-news/id/quote/synthetic-{k:05d}")
        g.add((rnd.choice(people[:600]), NG.said, q))
        g.add((q, RDF.type, NG.Quotation))
        g.add((q, NG.text, Literal(f"Quote number {k} with some words in it.")))
        g.add((q, NG.cue, Literal("say")))
        g.add((q, NG.source, rnd.choice(arts)))
        g.add((q, NG.evidence, Literal(f"Quote number {k} with some words in it, he said.")))
    orgs = by_cls[NG.Organization] + by_cls[NG.Country]
    countries, territories = by_cls[NG.Country], by_cls[NG.Territory]
    n_pos, n_stance = 1500, 500
    for k in range(n_pos):
        p = URIRef(f"https://w3id.org/kg-news/id/position/synthetic-{k:05d}")
        g.add((rnd.choice(people), NG.holdsPosition, p))
        g.add((p, NG.title, Literal(rnd.choice(["minister", "spokesman", "chief prosecutor", "director"]))))
        g.add((p, NG.positionIn, rnd.choice(orgs)))
        g.add((p, NG.source, rnd.choice(arts)))
    for _ in range(n_stance):
        g.add((rnd.choice(countries), rnd.choice([NG.recognises, NG.doesNotRecognise]), rnd.choice(territories)))
    rels = [NG.spouse, NG.sharesBorderWith, NG.invaded, NG.memberOf, NG.locatedIn, NG.annexed, NG.claims]
    for _ in range(n_edges - n_pos - n_stance):
        s, o = rnd.choices(ents, weights=weights, k=2)
        if s != o:
            g.add((s, rnd.choice(rels), o))
    return g


@pytest.fixture(scope="module")
def small_graph() -> Graph:
    return build_small_graph()


@pytest.fixture(scope="module")
def small_page(small_graph: Graph) -> str:
    return render_view(small_graph)


# --------------------------------------------------------------------------- non-browser tests

def test_view_has_no_external_urls(small_page: str) -> None:
    assert not re.search(r"""(?:src|href|action|poster|srcset)\s*=\s*["']?\s*(?:https?:)?//""", small_page, re.I)
    assert not re.search(r"<script[^>]*\bsrc\s*=", small_page, re.I)
    assert not re.search(r"<link\b", small_page, re.I)
    assert not re.search(r"@import|url\(\s*['\"]?(?:https?:)?//|@font-face", small_page, re.I)
    assert "sourceMappingURL" not in small_page
    assert "Content-Security-Policy" in small_page and "default-src 'none'" in html.unescape(small_page)


def test_view_inlines_vis_network(small_page: str) -> None:
    assert "vis-network" in small_page and "@version 9" in small_page
    assert "new vis.Network(" in small_page
    assert ".vis-network" in small_page  # the CSS
    for banned in ("bootstrap", "tom-select", "cdn.jsdelivr", "unpkg.com", "cdnjs"):
        assert banned not in small_page.lower()


def test_view_csp_hashes_match_inline_scripts(small_page: str) -> None:
    csp = html.unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', small_page).group(1))
    allowed = set(re.findall(r"'(sha256-[^']+)'", csp))
    scripts = re.findall(r"<script>(.*?)</script>", small_page, re.S)
    assert len(scripts) == 2
    for body in scripts:
        digest = "sha256-" + base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode()
        assert digest in allowed


@pytest.mark.parametrize("payload", [XSS_IMG, XSS_ALERT, "</script>", "</SCRIPT>", "<!--", "<b>distances</b>"])
def test_view_escapes_article_text(small_page: str, payload: str) -> None:
    block = re.search(r'id="kg-data">(.*?)</script>', small_page, re.S).group(1)
    assert payload not in block
    if payload.startswith("<img"):
        assert payload not in small_page
    data = json.loads(block)
    texts = json.dumps(data, ensure_ascii=False)
    assert payload in texts  # the text survives, as data


def test_view_script_elements_are_not_broken(small_page: str) -> None:
    assert len(re.findall(r"(?m)^<script\b", small_page)) == 3
    assert len(re.findall(r"</script", small_page, re.I)) == 3
    assert "\u2028" not in small_page and "\u2029" not in small_page
    block = re.search(r'id="kg-data">(.*?)</script>', small_page, re.S).group(1)
    assert "<" not in block and ">" not in block and "&" not in block


def test_view_quote_is_speaker_detail(small_page: str) -> None:
    data = embedded_data(small_page)
    tokayev = next(n for n in data["nodes"] if n["label"] == "Kassym-Jomart Tokayev")
    assert tokayev["aliases"] == ["President Tokayev", "Tokayev"]
    [quote] = tokayev["quotes"]
    assert quote["text"] == QUOTE_TEXT and quote["cue"] == "tell"
    [prov] = quote["prov"]
    assert prov["ev"] == EVIDENCE and prov["start"] == 120 and prov["end"] == 180
    assert data["articles"][prov["a"][0]]["file"] == "000_kazakh.txt"


def test_view_node_count_matches_entities(small_graph: Graph, small_page: str) -> None:
    data = embedded_data(small_page)
    assert len(data["nodes"]) == entity_count(small_graph) == data["meta"]["totalNodes"]
    assert sorted(n["iri"] for n in data["nodes"]) == sorted(
        str(s) for s in {s for c in ENTITY_CLASSES for s in small_graph.subjects(RDF.type, c)})
    assert data["meta"]["notice"] is None and 'id="kg-notice" class="notice" hidden' in small_page
    rt = next(n for n in data["nodes"] if n["label"] == "RT")
    assert rt["cls"] == "MediaOutlet" and rt["types"] == ["MediaOutlet", "Organization"]


@pytest.mark.parametrize(("rel", "label", "source", "target"), [
    ("holdsPosition", "holdsPosition: chief prosecutor", "Olga Prokurorova", "Prosecutor General's Office"),
    ("holdsPosition", "holdsPosition: president", "Kassym-Jomart Tokayev", "Kazakhstan"),
    ("doesNotRecognise", "doesNotRecognise", "Kazakhstan", "Donetsk People's Republic"),
    ("spouse", "spouse", "Margarita Simonyan", "Tigran Keosayan"),
    ("sharesBorderWith", "sharesBorderWith", "Kazakhstan", "Russia"),
    ("locatedIn", "locatedIn", "Almaty", "Kazakhstan"),
    ("annexed", "annexed", "Russia", "Donetsk People's Republic"),
])
def test_view_edges_have_readable_labels(small_page: str, rel: str, label: str, source: str, target: str) -> None:
    data = embedded_data(small_page)
    names = {n["id"]: n["label"] for n in data["nodes"]}
    found = [e for e in data["edges"] if e["rel"] == rel and e["label"] == label]
    assert len(found) == 1, found  # symmetric relations stated both ways are one edge
    assert {names[found[0]["from"]], names[found[0]["to"]]} == {source, target}
    if rel not in ("spouse", "sharesBorderWith"):
        assert (names[found[0]["from"]], names[found[0]["to"]]) == (source, target)


def test_view_edge_evidence_from_reified_statements(small_page: str) -> None:
    data = embedded_data(small_page)
    by_rel = {e["rel"]: e for e in data["edges"]}
    assert by_rel["spouse"]["prov"][0]["ev"].startswith("Keosayan, who is married")
    assert by_rel["doesNotRecognise"]["prov"][0]["ev"].startswith("Tokayev has refused")


@pytest.mark.parametrize(("max_nodes", "shown"), [(1, 1), (3, 3), (11, 11), (500, 11)])
def test_view_caps_nodes_and_says_so(small_graph: Graph, max_nodes: int, shown: int) -> None:
    page = render_view(small_graph, max_nodes=max_nodes)
    data = embedded_data(page)
    total = entity_count(small_graph)
    assert total == 11
    assert len(data["nodes"]) == shown == data["meta"]["shownNodes"]
    ids = {n["id"] for n in data["nodes"]}
    assert all(e["from"] in ids and e["to"] in ids for e in data["edges"])
    if shown < total:
        assert f"showing {shown} of {total} nodes — rebuild with <code>kg view --max-nodes N</code> to raise" in page
    else:
        assert "showing" not in page.split('id="kg-data"')[0]


def test_view_cap_keeps_most_important(small_graph: Graph) -> None:
    data = embedded_data(render_view(small_graph, max_nodes=1))
    assert [n["label"] for n in data["nodes"]] == ["Kazakhstan"]  # most mentioned and most connected


def test_view_is_deterministic(small_graph: Graph) -> None:
    first = render_view(small_graph, seed=3)
    assert render_view(small_graph, seed=3) == first
    shuffled = Graph()
    triples = sorted(small_graph, key=str)
    random.Random(5).shuffle(triples)
    for t in triples:
        shuffled.add(t)
    assert render_view(shuffled, seed=3) == first


def test_view_is_deterministic_across_processes(tmp_path: Path) -> None:
    code = (
        "import hashlib, sys; sys.path[:0] = [sys.argv[1], sys.argv[2]]\n"
        "from test_view import build_small_graph, build_synthetic_graph\n"
        "from graph.view import render_view\n"
        "g = build_synthetic_graph(n_articles=60, n_entities=200, n_edges=400) + build_small_graph()\n"
        "print(hashlib.sha256(render_view(g, max_nodes=150).encode()).hexdigest())\n"
    )
    digests = set()
    for hash_seed in ("1", "2"):
        env = dict(os.environ, PYTHONHASHSEED=hash_seed)
        run = subprocess.run([sys.executable, "-c", code, str(ROOT), str(ROOT / "tests")], env=env,
                             capture_output=True, text=True, check=True, timeout=300)
        digests.add(run.stdout.strip())
    assert len(digests) == 1


def test_view_escapes_title(small_graph: Graph) -> None:
    page = render_view(small_graph, title="<script>alert(1)</script> __KG_DATA__")
    assert "<title>&lt;script&gt;alert(1)&lt;/script&gt; __KG_DATA__</title>" in page
    assert len(re.findall(r"(?m)^<script\b", page)) == 3


def test_view_untyped_fact_endpoint_becomes_entity_node() -> None:
    g = Graph()
    russia = _entity(g, "Russia", NG.Country)
    region = URIRef("https://w3id.org/kg-news/id/some-region")
    g.add((region, RDFS.label, Literal("some region")))
    g.add((russia, NG.claims, region))
    g.add((russia, NG.claims, Literal("not an entity")))
    data = embedded_data(render_view(g))
    assert [(n["label"], n["cls"]) for n in data["nodes"]] == [("Russia", "Country"), ("some region", "Entity")]
    assert [(e["from"], e["rel"], e["to"]) for e in data["edges"]] == [(0, "claims", 1)]


def test_view_empty_graph_renders() -> None:
    data = embedded_data(render_view(Graph()))
    assert data["nodes"] == [] and data["edges"] == []


def test_view_rejects_bad_max_nodes(small_graph: Graph) -> None:
    with pytest.raises(ValueError):
        render_view(small_graph, max_nodes=0)


def test_view_write_is_atomic(small_graph: Graph, tmp_path: Path) -> None:
    out = tmp_path / "sub" / "view.html"
    assert write_view(small_graph, out, max_nodes=5) == out
    assert out.read_text(encoding="utf-8") == render_view(small_graph, max_nodes=5)
    write_view(small_graph, out)
    assert sorted(p.name for p in out.parent.iterdir()) == ["view.html"]


# --------------------------------------------------------------------------- browser tests

def _chromium_path() -> str:
    if not Path(CHROMIUM).exists() and os.geteuid() == 0 and shutil.which("apt-get"):
        subprocess.run(["apt-get", "install", "-y", "chromium"], check=False,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=900)
    if not Path(CHROMIUM).exists():
        pytest.skip(f"Chromium not installed: {CHROMIUM} is missing (apt-get install chromium)")
    return CHROMIUM


@pytest.fixture(scope="module")
def browser():
    path = _chromium_path()
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        yield b
        b.close()


class OpenPage:
    """A page opened from disk with everything it logs, requests and pops up recorded."""

    def __init__(self, browser, path: Path, timeout_ms: int = 60_000) -> None:
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page = browser.new_page(viewport={"width": 1400, "height": 900})
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("console", lambda m: m.type in ("error", "warning") and self.errors.append(f"{m.type}: {m.text}"))
        self.page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e}"))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        started = time.perf_counter()
        self.page.goto(path.resolve().as_uri())
        # Selector waits, not wait_for_function: polling a JS predicate needs eval, which the page's CSP forbids.
        self.page.wait_for_selector("body[data-stabilised=true]", state="attached", timeout=timeout_ms)
        self.wall_s = time.perf_counter() - started
        self.stabilised_ms = self.page.evaluate("window.kgStabilisedMs")

    def node_id(self, label: str) -> int:
        return self.page.evaluate("l => window.kgData.nodes.find(n => n.label === l).id", label)

    def panel(self) -> str:
        return self.page.inner_text("#kg-panel")

    def close(self) -> None:
        self.page.close()


@pytest.fixture
def small_view(browser, small_graph: Graph, tmp_path: Path):
    view = OpenPage(browser, write_view(small_graph, tmp_path / "view.html"))
    yield view
    view.close()


@pytest.mark.browser
def test_view_browser_loads_offline_without_errors(small_view: OpenPage) -> None:
    assert small_view.errors == []
    assert small_view.dialogs == []
    assert small_view.requests and all(u.startswith(("file://", "data:")) for u in small_view.requests), \
        small_view.requests
    assert small_view.page.evaluate("window.kgNetwork.physics.options.enabled") is False


@pytest.mark.browser
def test_view_browser_shows_every_entity(small_view: OpenPage, small_graph: Graph) -> None:
    count = small_view.page.evaluate("window.kgNetwork.body.data.nodes.length")
    assert count == entity_count(small_graph)
    assert small_view.page.get_attribute("#kg-graph", "data-nodes") == str(count)
    assert small_view.page.evaluate("window.kgNetwork.body.data.edges.length") == 7


@pytest.mark.browser
@pytest.mark.parametrize(("query", "label"), [
    ("Kassym-Jomart Tokayev", "Kassym-Jomart Tokayev"),
    ("tokayev", "Kassym-Jomart Tokayev"),
    ("Russian Federation", "Russia"),
    ("dpr", "Donetsk People's Republic"),
    ("simonyan", "Margarita Simonyan"),
])
def test_view_browser_search_selects_node(small_view: OpenPage, query: str, label: str) -> None:
    page = small_view.page
    page.fill("#kg-search", query)
    assert label in page.inner_text("#kg-results")
    page.press("#kg-search", "Enter")
    node = small_view.node_id(label)
    page.wait_for_selector(f'#kg-panel[data-node-id="{node}"]', state="attached")
    assert page.evaluate("() => window.kgNetwork.getSelectedNodes()") == [node]
    assert small_view.panel().splitlines()[0] == label
    assert page.get_attribute("#kg-panel", "data-node-id") == str(node)


@pytest.mark.browser
def test_view_browser_click_shows_details(small_view: OpenPage) -> None:
    page = small_view.page
    node = small_view.node_id("Kassym-Jomart Tokayev")
    xy = page.evaluate("""id => {
        const net = window.kgNetwork, box = document.getElementById('kg-graph').getBoundingClientRect();
        const p = net.canvasToDOM(net.getPositions([id])[id]);
        return [box.left + p.x, box.top + p.y];
    }""", node)
    page.mouse.move(*xy)
    page.wait_for_selector("#kg-tooltip:not([hidden])")
    assert page.inner_text("#kg-tooltip").startswith("Kassym-Jomart Tokayev — Person · 1 quote")
    page.mouse.click(*xy)
    page.wait_for_selector(f'#kg-panel[data-node-id="{node}"]', state="attached")
    text = small_view.panel()
    for expected in ("Kassym-Jomart Tokayev", "Person", "Tokayev", "President Tokayev", "president",
                     "We will never accept it", XSS_IMG, "cue: tell", "Tokayev told reporters",
                     "000_kazakh.txt", "Kazakhstan <b>distances</b> itself", "chars 120–180"):
        assert expected in text, expected
    assert page.evaluate("window.__xss") is None
    assert small_view.dialogs == [] and small_view.errors == []


@pytest.mark.browser
def test_view_browser_click_edge_shows_evidence(small_view: OpenPage) -> None:
    page = small_view.page
    edge = page.evaluate("() => window.kgData.edges.find(e => e.rel === 'spouse').id")
    xy = page.evaluate("""id => {
        const net = window.kgNetwork, box = document.getElementById('kg-graph').getBoundingClientRect();
        const p = net.canvasToDOM(net.body.edges[id].edgeType.getPoint(0.5));
        return [box.left + p.x, box.top + p.y];
    }""", edge)
    page.mouse.click(*xy)
    page.wait_for_selector(f'#kg-panel[data-edge-id="{edge}"]', state="attached")
    text = small_view.panel()
    for expected in ("spouse", "Margarita Simonyan", "Tigran Keosayan", "who is married to the RT editor-in-chief",
                     "001_keosayan.txt"):
        assert expected in text, expected


@pytest.mark.browser
def test_view_browser_injected_script_does_not_run(small_view: OpenPage) -> None:
    page = small_view.page
    for label in ("Kassym-Jomart Tokayev", "Kazakhstan", "Margarita Simonyan"):
        page.evaluate("id => window.kgSelect(id, false)", small_view.node_id(label))
    page.hover("#kg-graph")
    page.wait_for_timeout(300)
    assert page.evaluate("window.__xss") is None
    assert page.evaluate("document.querySelectorAll('#kg-panel img, #kg-panel script').length") == 0
    assert small_view.dialogs == []
    assert small_view.errors == []


@pytest.mark.browser
def test_view_browser_filters_hide_nodes(small_view: OpenPage) -> None:
    page = small_view.page
    hidden = "() => window.kgNodes.get().filter(n => n.hidden).map(n => window.kgData.nodes[n.id].label).sort()"
    page.uncheck("#kg-classes input[value=Person]")
    assert page.evaluate(hidden) == sorted(["Kassym-Jomart Tokayev", "Tigran Keosayan", "Margarita Simonyan",
                                            "Jane Reporter", "Olga Prokurorova"])
    page.check("#kg-classes input[value=Person]")
    assert page.evaluate(hidden) == []
    page.select_option("#kg-article", label="001_keosayan.txt — A talk show & its fallout")
    assert page.evaluate(hidden) == sorted(["Kassym-Jomart Tokayev", "Jane Reporter", "Olga Prokurorova",
                                            "Prosecutor General's Office", "Russia", "Donetsk People's Republic",
                                            "Almaty"])
    page.select_option("#kg-article", value="")
    page.uncheck("#kg-relations input[value=spouse]")
    assert page.evaluate("window.kgEdges.get().filter(e => e.hidden).map(e => window.kgData.edges[e.id].rel)") \
        == ["spouse"]


@pytest.mark.browser
def test_view_browser_colour_modes(small_view: OpenPage) -> None:
    page = small_view.page
    colours = "() => window.kgNodes.get().map(n => n.color.background)"
    by_class = page.evaluate(colours)
    page.check("input[name=kg-colour][value=community]")
    by_community = page.evaluate(colours)
    assert by_community != by_class
    assert page.is_visible("#kg-community-section")
    page.check("input[name=kg-colour][value=class]")
    assert page.evaluate(colours) == by_class


@pytest.mark.browser
def test_view_browser_layout_is_reproducible(browser, small_graph: Graph, tmp_path: Path) -> None:
    path = write_view(small_graph, tmp_path / "view.html")
    positions = []
    for _ in range(2):
        view = OpenPage(browser, path)
        positions.append(view.page.evaluate("() => JSON.stringify(window.kgNetwork.getPositions())"))
        view.close()
    assert positions[0] == positions[1]


@pytest.mark.browser
@pytest.mark.slow
@pytest.mark.parametrize("max_nodes", [500, 5000])
def test_view_browser_large_graph_stabilises(browser, tmp_path: Path, max_nodes: int) -> None:
    g = build_synthetic_graph()
    started = time.perf_counter()
    path = write_view(g, tmp_path / "big.html", max_nodes=max_nodes)
    render_s = time.perf_counter() - started
    view = OpenPage(browser, path, timeout_ms=120_000)
    try:
        shown = view.page.evaluate("window.kgNetwork.body.data.nodes.length")
        edges = view.page.evaluate("window.kgNetwork.body.data.edges.length")
        print(f"\nsynthetic graph, {len(g)} triples, max_nodes={max_nodes}: {shown} nodes, {edges} edges, "
              f"{path.stat().st_size / 1e6:.1f} MB; render {render_s:.1f} s; "
              f"stabilised in {view.stabilised_ms / 1000:.2f} s (page load to layout done {view.wall_s:.2f} s)")
        assert shown == min(max_nodes, 3000)
        assert view.errors == [] and all(u.startswith(("file://", "data:")) for u in view.requests)
        assert view.stabilised_ms < 60_000
        if max_nodes < 3000:
            assert "showing 500 of 3000 nodes" in view.page.inner_text("#kg-notice")
    finally:
        view.close()


@pytest.mark.browser
def test_view_screenshot_of_seed_graph(browser, tmp_path: Path) -> None:
    ttl = ROOT / "output" / "graph.ttl"
    if not ttl.exists():
        pytest.skip(f"{ttl} not built yet (run the builder on seeds/ first)")
    g = Graph().parse(ttl)
    # The README's picture is refreshed only on request (make screenshot), so a test run leaves
    # the work tree clean.
    out = Path(os.environ.get("KG_SCREENSHOT") or tmp_path / "view.png")
    out.parent.mkdir(parents=True, exist_ok=True)
    html_path = write_view(g, tmp_path / "view.html")
    view = OpenPage(browser, html_path)
    try:
        assert view.errors == []
        view.page.wait_for_timeout(300)
        view.page.screenshot(path=str(out), full_page=False)
    finally:
        view.close()
    assert out.stat().st_size > 10_000
