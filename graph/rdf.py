"""RDF: turn resolved entities and extracted facts into an rdflib graph.

Facts read from several articles (near-duplicates, repeated wire copy) become
one node with several ``ng:source`` values and one ``ng:Occurrence`` per
article, each with its own evidence sentence and raw character offsets.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Iterable

from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import OWL, PROV, SDO, SKOS

from .entities import Resolution
from .gazetteer import fold
from .models import Article, ArticleFacts, Evidence, Mention
from .namespace import NG, entity_namespace, mint_article, mint_entity, mint_fact

CLASS_IRI = {"Person": NG.Person, "Organization": NG.Organization, "Country": NG.Country,
             "Territory": NG.Territory, "Place": NG.Place, "MediaOutlet": NG.MediaOutlet}
SPELLING = [(re.compile(r"is(e|es|ed|ing|ation|ations|er|ers)\b"), r"iz\1"),
            (re.compile(r"our(s|ed|ing|able|ably|ite|ites|hood|hoods)?\b"), r"or\1"),
            (re.compile(r"ys(e|es|ed|ing)\b"), r"yz\1"), (re.compile(r"tre(s)?\b"), r"ter\1"),
            (re.compile(r"ll(ed|ing|er|ers)\b"), r"l\1"), (re.compile(r"ogue(s)?\b"), r"og\1")]


def fact_key(text: str) -> str:
    """Normalise a fact's text so that near-duplicate copies share one key.

    Case, punctuation, typographic marks and British/American spelling are
    folded ("recognise" == "recognize", "neighbour" == "neighbor").

    Args:
        text: a quote or territory description.

    Returns:
        The key.
    """
    words = re.findall(r"\w+", fold(text))
    out = []
    for w in words:
        for pat, rep in SPELLING:
            w = pat.sub(rep, w)
        out.append(w)
    return " ".join(out)


@dataclass
class GraphStats:
    """Counts for the build summary."""

    entities: Counter = field(default_factory=Counter)
    facts: Counter = field(default_factory=Counter)
    warnings: list[str] = field(default_factory=list)


class _Builder:
    def __init__(self, res: Resolution, base: str | None):
        self.res = res
        self.base = base
        self.g = Graph()
        self.stats = GraphStats()
        self.articles: dict[str, Article] = {}
        self.mentioned: dict[str, set[str]] = defaultdict(set)
        self.person_country: dict[str, Counter] = defaultdict(Counter)

    def ent(self, key: str) -> URIRef:
        return mint_entity(key, self.base)

    def art(self, aid: str) -> URIRef:
        return mint_article(aid, self.base)

    def cls(self, key: str) -> str:
        return self.res.entities[key].cls

    def occurrence(self, node: URIRef, ev: Evidence, start: int | None = None, end: int | None = None) -> None:
        """Attach source, evidence and offsets of one reading of a fact."""
        a = self.articles[ev.article]
        occ = mint_fact("occurrence", str(node), ev.article, str(start if start is not None else ev.start), base=self.base)
        g = self.g
        first = (node, NG.source, None) not in g
        g.add((node, NG.occurrence, occ))
        g.add((occ, RDF.type, NG.Occurrence))
        g.add((occ, NG.source, self.art(ev.article)))
        g.add((occ, NG.evidence, Literal(ev.sentence.strip())))
        if ev.start < 0:  # metadata (a byline): no offsets into the article text
            g.add((node, NG.source, self.art(ev.article)))
            if first:
                g.add((node, NG.evidence, Literal(ev.sentence.strip())))
            return
        if start is not None:
            s, e = start, end
        else:  # the sentence without its surrounding whitespace
            sent = ev.sentence
            s = ev.start + len(sent) - len(sent.lstrip())
            e = max(s, ev.start + len(sent.rstrip()))
        rs = a.to_raw(s)
        re_ = a.to_raw(e - 1) + 1 if e > s else rs  # map the last character, not the gap after it
        g.add((occ, NG.charStart, Literal(rs)))
        g.add((occ, NG.charEnd, Literal(re_)))
        g.add((node, NG.source, self.art(ev.article)))
        if first:
            g.add((node, NG.evidence, Literal(ev.sentence.strip())))
            if start is not None:
                g.add((node, NG.charStart, Literal(rs)))
                g.add((node, NG.charEnd, Literal(re_)))
            if a.date:
                g.add((node, NG.datePublished, Literal(a.date, datatype=XSD.date)))

    def mention(self, key: str, aid: str) -> None:
        self.mentioned[aid].add(key)


# a government office whose holder speaks for the country: "defense secretary", "interior minister"
STATE_VOICE_WORDS = frozenset({"minister", "secretary", "spokesman", "spokesperson", "spokeswoman",
                               "chancellor", "premier"})


def _speaks_for_state(title: str, head_titles) -> bool:
    """Whether the holder of ``title`` in a country's government speaks for it.

    Heads of state and government, ministers, secretaries of state and
    government spokespeople do; ambassadors ("ambassador to X" names the host)
    and officials of lower rank are left out.

    Args:
        title: the position title.
        head_titles: the gazetteer's heads of state and government.

    Returns:
        True when the holder's stance is the country's.
    """
    t = title.casefold()
    if t in head_titles:
        return True
    last = t.replace("-", " ").split()[-1] if t.split() else ""
    return last in STATE_VOICE_WORDS and not t.startswith(("deputy", "vice", "assistant", "junior", "under"))


def _seat_country(b: _Builder, key: str, article: str) -> str | None:
    """The country an entity stands for as its capital or seat of power ("Kremlin", "External
    Affairs Ministry"), or None."""
    res = b.res
    cap = res.gaz.capitals.get(fold(res.entities[key].name))
    return res.ensure(Mention(article, -1, -1, cap, "COUNTRY", kb_id=cap), "Country") if cap else None


def _named_body(m: Mention) -> bool:
    """Whether an organisation speaker is written as a proper name of two or more words
    ("Friends of Varn Library"), not a bare noun."""
    words = m.text.split()
    return m.label == "ORG" and len(words) >= 2 and words[0][:1].isupper() and words[-1][:1].isupper()


def holder_country(b: _Builder, m: Mention) -> str | None:
    """Map a stance holder to a country: the country itself, its capital or
    seat of power (a listed ministry too), or a leader through his position.
    """
    res = b.res
    key = res.resolve(m)
    if key is None and m.kb_id:
        key = res.ensure(m, "Country")
    if key is None:
        return None
    cls = b.cls(key)
    if cls != "Country" and m.label == "COUNTRY" and m.kb_id and res.gaz.lookup(m.kb_id) is not None:
        # a demonym inside a body's name ("the Ruritanian Ministry of X said the Kingdom ..."):
        # the mention stands for the state, not for the body it resolves into
        state = res.ensure(Mention(m.article, -1, -1, m.kb_id, "COUNTRY", kb_id=m.kb_id), "Country")
        if state is not None and b.cls(state) == "Country":
            return state

    if cls == "Country":
        return key
    seat = _seat_country(b, key, m.article)
    if seat:
        return seat
    if cls == "Person" and b.person_country.get(key):
        return b.person_country[key].most_common(1)[0][0]
    return None


def build_graph(all_facts: Iterable[ArticleFacts], res: Resolution, duplicates: dict[str, list[str]] | None = None,
                base: str | None = None) -> tuple[Graph, GraphStats]:
    """Build the knowledge graph.

    Args:
        all_facts: the facts of every article.
        res: the entity resolution.
        duplicates: article id -> ids of its near-duplicates.
        base: the entity base namespace.

    Returns:
        (graph, stats).
    """
    b = _Builder(res, base)
    g = b.g
    g.bind("ng", NG._NS)
    g.bind("skos", SKOS)
    g.bind("prov", PROV)
    g.bind("schema", SDO)
    g.bind("owl", OWL)
    g.bind("kgid", entity_namespace(base))
    facts = list(all_facts)
    for af in facts:
        b.articles[af.article.id] = af.article

    byline: list[tuple[str, Article]] = []
    staff: list[tuple[str, Article, str, str]] = []  # (person key, article, name, post) of closing credit lines
    # articles
    for af in facts:
        a = af.article
        node = b.art(a.id)
        g.add((node, RDF.type, NG.Article))
        g.add((node, NG.fileName, Literal(a.id)))
        if a.title:
            g.add((node, NG.title, Literal(a.title)))
        if a.date:
            g.add((node, NG.datePublished, Literal(a.date, datatype=XSD.date)))
        if a.url:
            g.add((node, NG.url, Literal(a.url, datatype=XSD.anyURI)))
        for credit in a.photo_credits:
            g.add((node, NG.photoCredit, Literal(credit)))
        for holder in a.copyright_holders:
            g.add((node, NG.copyrightHolder, Literal(holder)))
        authors = [n for n in re.split(r"\s+and\s+", a.author or "") if n.strip()]
        for name in authors:
            key = res.ensure(Mention(a.id, 0, 0, name, "PERSON"), "Person")
            if key and b.cls(key) == "Person":
                g.add((node, NG.author, b.ent(key)))
                b.mention(key, a.id)
                if a.author_title and len(authors) == 1:
                    byline.append((key, a))
        for name, post in a.staff_credits:  # "Editor: Karl Weber": a credit line's staff member
            key = res.ensure(Mention(a.id, 0, 0, name, "PERSON"), "Person")
            if key and b.cls(key) == "Person":
                b.mention(key, a.id)
                staff.append((key, a, name, post))
        outlet = None
        if a.url:
            dom = re.sub(r"^www\.", "", re.sub(r"^https?://", "", a.url).split("/")[0].lower())
            outlet = res.gaz.outlet_domains.get(dom)
        outlet = outlet or a.outlet
        if outlet:
            key = res.ensure(Mention(a.id, 0, 0, outlet, "ORG"), "Organization")
            if key:
                g.add((node, NG.outlet, b.ent(key)))
        for other in (duplicates or {}).get(a.id, []):
            g.add((node, NG.nearDuplicateOf, b.art(other)))
    for key, ent in res.entities.items():
        for aid in ent.articles:
            if aid in b.articles:
                b.mention(key, aid)

    # positions first: they tell which country a leader speaks for
    for af in facts:
        for p in af.positions:
            pk = res.resolve(p.person)
            if pk is None or b.cls(pk) != "Person":
                continue
            ok = None
            if p.org is not None:
                # (a seat or town named before the title, "Varn MP Name", is a place the post is held in)
                ok = res.ensure(p.org, "Place" if p.org.label in {"GPE", "LOC", "PLACE"} else "Organization")
                if ok and p.org.label == "COUNTRY" and p.org.kb_id and b.cls(ok) == "Place":
                    # a capital that stands for its state ("In Varnsk, the government ... its spokesperson"):
                    # the post is the state's, not the city's (a seat of power named as a body stays one)
                    ok = res.ensure(Mention(p.org.article, -1, -1, p.org.kb_id, "COUNTRY", p.org.kb_id),
                                    "Country") or ok
            elif p.org_name:
                ok = res.ensure(Mention(p.evidence.article, p.evidence.start, p.evidence.start, p.org_name, "ORG"),
                                "Organization")
            if ok == pk:
                ok = None
            title = p.title.strip()
            if not title:
                continue
            node = mint_fact("position", pk, fact_key(title), ok or "", "former" if p.former else "", base=base)
            g.add((b.ent(pk), NG.holdsPosition, node))
            g.add((node, RDF.type, NG.Position))
            if (node, NG.title, None) not in g:
                g.add((node, NG.title, Literal(title)))
            if ok:
                g.set((node, NG.positionIn, b.ent(ok)))
                b.mention(ok, p.evidence.article)
                if b.cls(ok) == "Country" and _speaks_for_state(title, res.gaz.head_titles) and not p.former:
                    b.person_country[pk][ok] += 1
                elif b.cls(ok) == "Organization" and _speaks_for_state(title, res.gaz.head_titles) and not p.former:
                    # "External Affairs Ministry spokesperson": a body the gazetteer ties to its state
                    ck = _seat_country(b, ok, p.evidence.article)
                    if ck:
                        b.person_country[pk][ck] += 1
            if p.former:
                g.set((node, NG.former, Literal(True)))
            b.occurrence(node, p.evidence)
            b.mention(pk, p.evidence.article)

    credited = [(pk, a.id, a.author_title, f"By {a.author}, {a.author_title}") for pk, a in byline]
    credited += [(pk, a.id, post, f"{post}: {name}") for pk, a, name, post in staff]
    for pk, aid, post, said in credited:  # "By Anna Berg, Asia correspondent"; "Editor: Karl Weber"
        title = post.strip().lower()
        node = mint_fact("position", pk, fact_key(title), "", "", base=base)
        g.add((b.ent(pk), NG.holdsPosition, node))
        g.add((node, RDF.type, NG.Position))
        if (node, NG.title, None) not in g:
            g.add((node, NG.title, Literal(title)))
        b.occurrence(node, Evidence(aid, -1, -1, said))

    # quotes
    for af in facts:
        for q in af.quotes:
            sk = res.resolve(q.speaker) if q.speaker is not None else None
            if sk is None and q.speaker is not None and _named_body(q.speaker):
                # a body the quote extractor named ("the Friends of X, which ..., said") that no
                # mention reading produced: the speaker still gets its node
                sk = res.ensure(q.speaker, "Organization")
            if sk is not None and b.cls(sk) not in {"Person", "Organization", "Country"}:
                sk = None
            node = mint_fact("quote", sk or "", fact_key(q.text), base=base)
            g.add((node, RDF.type, NG.Quotation))
            if (node, NG.text, None) not in g:
                g.add((node, NG.text, Literal(q.text)))
                if q.cue:
                    g.add((node, NG.cue, Literal(q.cue)))
                g.add((node, NG.attributionStatus, Literal(q.status)))
            if sk:
                g.add((b.ent(sk), NG.said, node))
                g.set((node, NG.speaker, b.ent(sk)))
                b.mention(sk, q.evidence.article)
            b.occurrence(node, q.evidence, q.start, q.end)

    # stances
    for af in facts:
        for st in af.stances:
            ck = holder_country(b, st.holder)
            if ck is None:
                b.stats.warnings.append(f"{st.evidence.article}: stance holder {st.holder.text!r} maps to no country; skipped")
                continue
            tm = st.territory.mention
            if tm is not None and tm.kb_id and fold(tm.kb_id) != fold(tm.text) and tm.start >= 0:
                # a capital written for its state ("switched recognition from Taipei"): the state's node
                tk = res.ensure(Mention(tm.article, -1, -1, tm.kb_id, tm.label, tm.kb_id), "Territory")
            elif tm is not None:
                tk = res.ensure(tm, "Territory")
            else:
                tk = res.ensure(Mention(st.evidence.article, -1, -1, st.territory.name, "TERRITORY"), "Territory")
            if tk is None or tk == ck:
                continue
            node = mint_fact("stance", ck, tk, st.stance, base=base)
            pred = NG.recognises if st.stance == "recognises" else NG.doesNotRecognise
            g.add((b.ent(ck), pred, b.ent(tk)))
            g.add((node, RDF.type, NG.RecognitionStance))
            g.set((node, NG.country, b.ent(ck)))
            g.set((node, NG.territory, b.ent(tk)))
            g.set((node, NG.stance, Literal(st.stance)))
            hk = res.resolve(st.holder)
            if hk and hk != ck:
                g.add((node, NG.holder, b.ent(hk)))
            if (node, NG.cue, None) not in g:
                g.add((node, NG.cue, Literal(st.cue)))
            b.occurrence(node, st.evidence)
            b.mention(ck, st.evidence.article)
            b.mention(tk, st.evidence.article)

    # relations
    for af in facts:
        for r in af.relations:
            sk = res.resolve(r.subject)
            if sk is None and r.subject.kb_id:
                sk = res.ensure(r.subject, "Country")
            if sk is None:
                continue
            if b.cls(sk) == "Place" and r.kind in {"invaded", "annexed", "claims", "sharesBorderWith"}:
                cap = res.gaz.capitals.get(fold(res.entities[sk].name))
                if cap:
                    sk = res.ensure(Mention(r.evidence.article, -1, -1, cap, "COUNTRY", kb_id=cap), "Country") or sk
            if r.object is not None:
                ok = res.ensure(r.object, "Territory" if r.kind in {"annexed", "claims"} else
                                "Person" if r.kind == "spouse" else
                                "Place" if r.kind == "locatedIn" and r.object.label == "PLACE" else "Organization")
            elif r.object_name:
                ok = res.ensure(Mention(r.evidence.article, -1, -1, r.object_name, "TERRITORY"), "Territory")
            else:
                ok = None
            if ok is None or ok == sk:
                continue
            s_, o_ = (sk, ok)
            if r.kind in {"spouse", "sharesBorderWith"} and o_ < s_:
                s_, o_ = o_, s_
            pred = getattr(NG, r.kind)
            g.add((b.ent(s_), pred, b.ent(o_)))
            node = mint_fact("relation", s_, r.kind, o_, base=base)
            g.add((node, RDF.type, NG.RelationStatement))
            g.set((node, NG.relSubject, b.ent(s_)))
            g.set((node, NG.relation, pred))
            g.set((node, NG.relObject, b.ent(o_)))
            b.occurrence(node, r.evidence)
            b.mention(sk, r.evidence.article)
            b.mention(ok, r.evidence.article)

    # entities (after facts: ensure() may have added some)
    for key, ent in res.entities.items():
        node = b.ent(key)
        cls = ent.cls
        entry = res.gaz.lookup(ent.name)
        iri = NG.MediaOutlet if entry is not None and entry.outlet and cls == "Organization" else CLASS_IRI[cls]
        g.add((node, RDF.type, iri))
        g.add((node, RDFS.label, Literal(ent.name)))
        for alias in sorted(ent.aliases):
            g.add((node, SKOS.altLabel, Literal(alias)))
        b.stats.entities[cls] += 1
    for aid, keys in b.mentioned.items():
        for key in keys:
            g.add((b.art(aid), NG.mentions, b.ent(key)))

    s = b.stats
    s.facts["quotations"] = len(set(g.subjects(RDF.type, NG.Quotation)))
    s.facts["attributed quotes"] = len(set(g.subject_objects(NG.said)))
    s.facts["recognition stances"] = len(set(g.subjects(RDF.type, NG.RecognitionStance)))
    s.facts["positions"] = len(set(g.subjects(RDF.type, NG.Position)))
    for kind in ("spouse", "sharesBorderWith", "invaded", "memberOf", "locatedIn", "annexed", "claims"):
        n = len(set(g.subject_objects(getattr(NG, kind))))
        if n:
            s.facts[kind] = n
    return g, s
