"""Mentions across documents -> entities: derived, recomputable, so the graph is a function of the
documents stored, whatever the order, the chunking, a crash or a removal that brought them there.

What is stored (see :mod:`kg.rdf`): each document's named graph keeps what the article said and
nothing else -- its mentions (one ``kg:Mention`` per thing it names: the name it gives it, the
other names it used, the type its evidence gives it, its Wikidata item) and its statements over
those mentions. No document's graph depends on any other document.

What is derived, by :func:`resolve` over the mentions of every stored document:

* the entities: which mentions are one real thing, its canonical name, its other names, its type,
  its Wikidata item and its IRI -- all from the resolved cluster of mentions, never from whichever
  document came first;
* the queried (default) graph: the documents, the entities, and every statement with its direct
  triple, subject and object being the entities its mentions resolved to;
* the resolution graph (``kgr:graph/resolution``): which entity each mention resolved to, and the
  mentions' match keys (an index, see below).

The merge policy (conservative: two nodes for one thing is a smaller error than one node for two):

1. Mentions join only when their types agree.
2. A person's full name (two words or more) joins the same full name elsewhere, compared without
   case, spacing and punctuation (``"J.P. Morgan"`` = ``"JP Morgan"``).
3. A person named by one word only (``"Musk"``) joins a full name only when exactly one full name
   of the store ends with that word (its surname), and never otherwise: ``"Musk"`` beside both
   ``"Elon Musk"`` and ``"Kimbal Musk"`` stays a node of its own; a first name alone
   (``"Mirko"`` beside ``"Mirko Tobias Schäfer"``) never joins, and two bare names in two
   documents are two nodes (nothing says they are one person).
4. Organizations, products and places join on their normalised name -- any name the document used
   for them, so a stated alias ("X, formerly known as Y") joins both -- where an organization's
   name is compared without a leading "the" or a legal suffix ("Apple Inc." = "Apple").
5. An organization named only by an acronym of three to eight capitals (``"DOGE"``) joins the one
   organization of the store whose name has those initials ("Department of Government
   Efficiency"), when exactly one does.
6. Mentions with the same Wikidata item (from the gazetteer) and type join.

Two entities whose canonical names give the same IRI (the same name with two types, or two bare
names that stayed apart) are told apart deterministically: the first by (type, most mentions,
smallest mention IRI) keeps the plain IRI, the others get a suffix hashed from their smallest
mention IRI.

Locality, which makes incremental resolution exact: every relation the policy looks at (a shared
normalised name, a surname, an acronym, a Wikidata item, a canonical name that would give the same
IRI) is a shared *match key* (:func:`index_keys`). Mentions connected through shared keys form a
component, and the resolution of a component depends on its mentions only. So when documents are
added or removed, only the components holding mentions that share a key with the added or removed
mentions can change (:func:`apply_changes` finds them through the key index), and the result is the
one a resolution of the whole store from scratch gives (:func:`resolve_everything`, ``kg
resolve``) -- which the tests check, along with the equality of the graphs built in any order.
"""

from __future__ import annotations

import hashlib
import re
import time
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from kg.errors import StoreError
from kg.model import ENTITY_TYPES
from kg.namespace import OWL, RDF, RDFS, SKOS, WD
from kg.rdf import (
    DOC_BASE,
    ENTITY_BASE,
    IMPORT_BASE,
    INFERRED_GRAPH,
    KG_NS,
    MENTION_BASE,
    META_GRAPH,
    RESOLUTION_GRAPH,
    STATEMENT_BASE,
    WD_NS,
    entity_key,
    mention_iri,
)
from kg.vocabulary import KG

#: Version of the merge policy and of the resolution graph's index. A store resolved under another
#: version (or by a kg that stored resolved entities in the documents' graphs) is resolved again,
#: whole, by its next writer.
POLICY_VERSION = "3"
#: The policy mark while a whole-store resolution is being written (not one transaction).
REBUILDING = "rebuilding"

RDF_TYPE = RDF.type
RDF_SUBJECT = RDF.subject
RDF_OBJECT = RDF.object
RDF_PREDICATE = RDF.predicate
RDF_STATEMENT = RDF.Statement
MENTION = KG.Mention
NAME = KG.name
SURFACE_NAME = KG.surfaceName
MENTION_TYPE = KG.mentionType
RESOLVES_TO = KG.resolvesTo
MATCH_KEY = KG.matchKey
MENTION_RECORD = KG.mentionRecord
POLICY = KG.resolutionPolicy
SAME_AS = OWL.sameAs

#: Legal-form words an organization's name is compared without ("Apple Inc." = "Apple").
LEGAL_SUFFIXES = frozenset({"inc", "incorporated", "corp", "corporation", "co", "ltd", "limited", "llc",
                            "plc", "gmbh", "ag", "sa", "nv", "bv", "lp", "llp"})
#: A name that is only an acronym: three to eight capitals (two are too often something else).
ACRONYM = re.compile(r"[A-Z]{3,8}")
_SURROGATES = re.compile("[\ud800-\udfff]")
_PUNCT = re.compile(r"[.,'\u2019`]")
_WORDS = re.compile(r"[^\W\d_]+")

#: How many IRIs or keys one query binds with VALUES (keeps every query text a few hundred KB).
BATCH = 1000
#: Restricts ``GRAPH ?g`` to the documents' graphs (imports may hold anything, even statements).
_IN_DOCS = f'FILTER(STRSTARTS(STR(?g), "{DOC_BASE}"))'


# ----------------------------------------------------------------------------- records
@dataclass(frozen=True)
class Cluster:
    """What one document says about one thing (a ``kg:Mention``)."""

    iri: str
    doc_id: str
    name: str
    type: str
    names: tuple[str, ...]  # every name the document used for it, the name included, sorted
    wikidata: str | None = None


@dataclass(frozen=True)
class Fact:
    """One statement of a document, over its mentions. ``rest`` holds every (predicate, object)
    of the statement but its subject and object (the terms as stored, so they are copied exactly)."""

    iri: str
    doc_id: str
    subject: str
    relation: str
    object: str
    rest: tuple = ()


@dataclass
class DocRecord:
    """One document's graph, read back: its own triples, mentions and statements."""

    doc_id: str
    meta: list = field(default_factory=list)  # (predicate, object) terms of the document node
    clusters: dict[str, Cluster] = field(default_factory=dict)
    facts: dict[str, Fact] = field(default_factory=dict)
    legacy: bool = False  # written by a kg that stored resolved entities in the document's graph


@dataclass(frozen=True)
class ResolvedEntity:
    iri: str
    name: str
    type: str
    aliases: tuple[str, ...]
    wikidata: str | None
    members: tuple[str, ...]  # mention IRIs, sorted


# ----------------------------------------------------------------------------- names and keys
@lru_cache(maxsize=1 << 16)
def basic_norm(name: str) -> str:
    """Case, compatibility forms and spacing folded. Two names whose entity keys (IRIs) are equal
    always have the same ``basic_norm`` (underscores count as spaces, as in the key)."""
    name = unicodedata.normalize("NFKC", _SURROGATES.sub("\ufffd", name))
    return " ".join(name.replace("_", " ").casefold().split())


@lru_cache(maxsize=1 << 16)
def link_norm(name: str, etype: str) -> str:
    """The form names are compared in: :func:`basic_norm` without periods, commas and
    apostrophes; an organization's also without a leading "the" and trailing legal suffixes."""
    words = _PUNCT.sub("", basic_norm(name)).split()
    if etype == "Organization":
        if len(words) > 1 and words[0] == "the":
            words = words[1:]
        while len(words) > 1 and words[-1] in LEGAL_SUFFIXES:
            words.pop()
    return " ".join(words)


@lru_cache(maxsize=1 << 16)
def acronyms(name: str) -> frozenset[str]:
    """The acronyms a multi-word organization name can go by: the initials of its capitalised
    words and of all its words ("Department of Government Efficiency": DGE and DOGE)."""
    words = _WORDS.findall(unicodedata.normalize("NFKC", name))
    if words and words[0].casefold() == "the":
        words = words[1:]
    while len(words) > 1 and words[-1].casefold() in LEGAL_SUFFIXES:
        words.pop()
    if len(words) < 2:
        return frozenset()
    caps = "".join(w[0] for w in words if w[0].isupper()).upper()
    every = "".join(w[0] for w in words).upper()
    return frozenset(a for a in (caps, every) if ACRONYM.fullmatch(a))


@lru_cache(maxsize=1 << 16)
def _is_full(name: str) -> bool:
    return len(link_norm(name, "Person").split()) >= 2


def index_keys(c: Cluster) -> set[str]:
    """The match keys of a mention: every relation the merge policy looks at between two mentions
    is a key they share, so mentions sharing no key, even through others, resolve independently."""
    return set(_index_keys(c))


@lru_cache(maxsize=1 << 16)
def _index_keys(c: Cluster) -> frozenset[str]:
    # (a write asks a new mention's keys three times: for its region, its index, the MentionIndex)
    # One namespace for the canonical name (same basic form: possibly the same IRI) and the names
    # mentions join on: usually the same string, so one key; a coincidence between the two kinds
    # only makes a component larger, never a resolution different.
    keys = {"n:" + basic_norm(c.name)}
    for n in c.names:
        ln = link_norm(n, c.type)
        if not ln:
            continue
        words = ln.split()
        if c.type == "Person":
            if len(words) >= 2:
                keys.add("n:" + ln)
            keys.add("s:" + words[-1])  # a surname, or a bare name looking its surname up
        else:
            keys.add("n:" + ln)
        if c.type == "Organization":
            keys.update("a:" + a for a in acronyms(n))
            if ACRONYM.fullmatch(n.strip()):
                keys.add("a:" + n.strip())
    if c.wikidata:
        keys.add("w:" + c.wikidata)
    return frozenset(keys)


def mention_record(c: Cluster) -> str:
    """A mention as one JSON literal of the resolution graph (name, type, Wikidata item, the other
    names): the index returns a component's mentions in one query, one row each, instead of
    reading every mention's triples from its document's graph (4x slower at a hub of 7,000)."""
    import json

    return json.dumps([c.name, c.type, c.wikidata, [n for n in c.names if n != c.name]], ensure_ascii=False)


def cluster_from_record(iri: str, record: str) -> Cluster:
    import json

    name, etype, wikidata, others = json.loads(record)
    return Cluster(iri=iri, doc_id=iri[len(MENTION_BASE):].split("/", 1)[0], name=name, type=etype,
                   names=tuple(sorted({name, *others})), wikidata=wikidata)


def index_triples(c: Cluster) -> set[tuple[str, str, str]]:
    """The resolution graph's index of a mention: its match keys and its record."""
    return {(c.iri, MATCH_KEY, k) for k in index_keys(c)} | {(c.iri, MENTION_RECORD, mention_record(c))}


def _link_keys(c: Cluster) -> set[tuple]:
    """Keys on which two mentions of the same type join (rules 2, 4 and 6)."""
    out = set()
    for n in c.names:
        ln = link_norm(n, c.type)
        if ln and (c.type != "Person" or len(ln.split()) >= 2):
            out.add(("l", c.type, ln))
    if c.wikidata:
        out.add(("w", c.type, c.wikidata))
    return out


# ----------------------------------------------------------------------------- resolution
class _UnionFind:
    def __init__(self, items: Iterable[str]):
        self.parent = {i: i for i in items}

    def find(self, x: str) -> str:
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # the smaller IRI is the root: the grouping never depends on the order of the unions
            if rb < ra:
                ra, rb = rb, ra
            self.parent[rb] = ra


def resolve(clusters: Iterable[Cluster]) -> list[ResolvedEntity]:
    """The entities of a set of mentions closed under shared match keys (one or more whole
    components, or the whole store): a pure function of the set, whatever its order."""
    by_iri = {c.iri: c for c in clusters}
    iris = sorted(by_iri)
    uf = _UnionFind(iris)
    first_with: dict[tuple, str] = {}
    for iri in iris:
        for key in _link_keys(by_iri[iri]):
            if key in first_with:
                uf.union(first_with[key], iri)
            else:
                first_with[key] = iri
    groups: dict[str, list[Cluster]] = defaultdict(list)
    for iri in iris:  # each group's members in IRI order
        groups[uf.find(iri)].append(by_iri[iri])

    # Rules 3 and 5: a bare surname or a bare acronym joins the one full name that fits.
    full_by_surname: dict[str, set[str]] = defaultdict(set)
    long_by_acronym: dict[str, set[str]] = defaultdict(set)
    for gid, members in groups.items():
        etype = members[0].type
        for c in members:
            for n in c.names:
                if etype == "Person" and _is_full(n):
                    full_by_surname[link_norm(n, etype).split()[-1]].add(gid)
                elif etype == "Organization":
                    for a in acronyms(n):
                        long_by_acronym[a].add(gid)
    head_of: dict[str, str] = {}
    for gid, members in groups.items():
        etype = members[0].type
        names = {n for c in members for n in c.names}
        candidates: set[str] = set()
        if etype == "Person" and not any(_is_full(n) for n in names):
            for n in names:
                candidates |= full_by_surname.get(link_norm(n, etype), set())
        elif etype == "Organization" and all(ACRONYM.fullmatch(n.strip()) for n in names):
            for n in names:
                candidates |= long_by_acronym.get(n.strip(), set())
        candidates.discard(gid)
        if len(candidates) == 1:
            head_of[gid] = next(iter(candidates))
    attached: dict[str, list[Cluster]] = defaultdict(list)
    for g, h in head_of.items():
        attached[h] += groups[g]

    entities = [_entity(members, attached.get(gid, ())) for gid, members in groups.items() if gid not in head_of]
    return _assign_iris(entities)


def _entity(head: list[Cluster], attached: Iterable[Cluster]) -> dict:
    """Name, type, aliases and Wikidata item of one entity: the canonical name is the name most of
    its head mentions give it (a person's full name before a bare one; ties by the name itself).
    ``head`` is in IRI order."""
    etype = head[0].type
    if len(head) == 1:
        name = head[0].name
    else:
        counts: dict[str, int] = {}
        for c in head:
            counts[c.name] = counts.get(c.name, 0) + 1
        name = min(counts, key=lambda n: (etype == "Person" and not _is_full(n), -counts[n], n))
    members = [*head, *attached]
    names = {n for c in members for n in c.names}
    names.discard(name)
    qids: dict[str, int] = {}
    for c in members:
        if c.wikidata:
            qids[c.wikidata] = qids.get(c.wikidata, 0) + 1
    wikidata = min(qids, key=lambda q: (-qids[q], q)) if qids else None
    iris = tuple(c.iri for c in members) if len(members) == len(head) else tuple(sorted(c.iri for c in members))
    return {"name": name, "type": etype, "aliases": tuple(sorted(names)), "wikidata": wikidata, "members": iris}


def _assign_iris(entities: list[dict]) -> list[ResolvedEntity]:
    by_key: dict[str, list[dict]] = defaultdict(list)
    for e in entities:
        by_key[entity_key(e["name"])].append(e)
    order = {t: i for i, t in enumerate(ENTITY_TYPES)}
    out = []
    for key, group in by_key.items():
        if len(group) > 1:
            group.sort(key=lambda e: (order.get(e["type"], len(order)), -len(e["members"]), e["members"][0]))
        for i, e in enumerate(group):
            iri_key = key if i == 0 else f"{key}_{hashlib.sha256(e['members'][0].encode()).hexdigest()[:8]}"
            out.append(ResolvedEntity(iri=ENTITY_BASE + iri_key, **e))
    out.sort(key=lambda e: e.iri)
    return out


def mapping(entities: Iterable[ResolvedEntity]) -> dict[str, str]:
    """Mention IRI -> entity IRI."""
    return {m: e.iri for e in entities for m in e.members}


# ----------------------------------------------------------------------------- derived triples
def entity_triples(e: ResolvedEntity) -> Iterator[tuple]:
    from kg.rdf import text_literal, vocabulary_node
    from pyoxigraph import NamedNode

    node = NamedNode(e.iri)
    yield node, vocabulary_node(RDF_TYPE), vocabulary_node(KG[e.type])
    yield node, vocabulary_node(RDFS.label), text_literal(e.name)
    if e.aliases:
        alt = vocabulary_node(SKOS.altLabel)
        for alias in e.aliases:
            yield node, alt, text_literal(alias)
    if e.wikidata:
        yield node, vocabulary_node(SAME_AS), NamedNode(WD[e.wikidata])


def fact_triples(f: Fact, subject: str, obj: str) -> tuple[list[tuple], tuple | None]:
    """(statement triples, direct triple) of a fact whose mentions resolved to ``subject`` and
    ``obj``; nothing when both are the same entity (a thing does not sue itself: two of the
    document's mentions turned out to be one)."""
    from kg.rdf import vocabulary_node
    from pyoxigraph import NamedNode

    if subject == obj:
        return [], None
    st, s, o = NamedNode(f.iri), NamedNode(subject), NamedNode(obj)
    triples = [(st, vocabulary_node(RDF_SUBJECT), s), (st, vocabulary_node(RDF_OBJECT), o)]
    triples += [(st, p, v) for p, v in f.rest]
    return triples, (s, vocabulary_node(f.relation), o)


def meta_triples(d: DocRecord) -> list[tuple]:
    from pyoxigraph import NamedNode

    node = NamedNode(DOC_BASE + d.doc_id)
    return [(node, p, o) for p, o in d.meta]


# ----------------------------------------------------------------------------- reading the store
def records_from_quads(quads: Iterable) -> dict[str, DocRecord]:
    """Documents' records from the quads of their graphs (``Quad``s or (s, p, o, g) rows)."""
    props: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    docs: dict[str, DocRecord] = {}
    own = (MENTION_BASE, STATEMENT_BASE)
    for q in quads:
        s, p, o, g = (q.subject, q.predicate, q.object, q.graph_name) if hasattr(q, "graph_name") else q
        graph = g.value
        if not graph.startswith(DOC_BASE):
            continue
        doc_id = graph[len(DOC_BASE):]
        d = docs.get(doc_id)
        if d is None:
            d = docs[doc_id] = DocRecord(doc_id)
        sv = s.value
        if sv == graph:
            d.meta.append((p, o))
        elif sv.startswith(own):
            ps = props[sv]
            ps[p.value].append(o)
            ps["\0doc"] = doc_id
        elif sv.startswith(ENTITY_BASE):
            d.legacy = True
    for iri, ps in props.items():
        d = docs[ps["\0doc"]]
        if iri.startswith(MENTION_BASE):
            if NAME not in ps:
                d.legacy = True
                continue
            name = min(v.value for v in ps[NAME])
            types = sorted(t.value[len(KG_NS):] for t in ps.get(MENTION_TYPE, ()))
            qids = sorted(v.value[len(WD_NS):] for v in ps.get(SAME_AS, ()) if v.value.startswith(WD_NS))
            d.clusters[iri] = Cluster(iri=iri, doc_id=d.doc_id, name=name, type=types[0] if types else "Organization",
                                      names=tuple(sorted({name, *(v.value for v in ps.get(SURFACE_NAME, ()))})),
                                      wikidata=qids[0] if qids else None)
        else:
            subj, obj, rel = ps.get(RDF_SUBJECT), ps.get(RDF_OBJECT), ps.get(RDF_PREDICATE)
            if not (subj and obj and rel) or not subj[0].value.startswith(MENTION_BASE):
                d.legacy = True
                continue
            rest = tuple(sorted(((_named(p), o) for p, vs in ps.items() if p not in ("\0doc", RDF_SUBJECT, RDF_OBJECT)
                                 for o in vs), key=lambda t: (t[0].value, str(t[1]))))
            d.facts[iri] = Fact(iri=iri, doc_id=d.doc_id, subject=subj[0].value, relation=rel[0].value,
                                object=obj[0].value, rest=rest)
    return docs


def _named(iri: str):
    from kg.rdf import vocabulary_node

    return vocabulary_node(iri)  # (a predicate of a statement)


def _iris(values: Iterable[str]) -> str:
    return " ".join(f"<{v}>" for v in values)


def _literals(values: Iterable[str]) -> str:
    from kg.rdf import text_literal

    return " ".join(str(text_literal(v)) for v in values)


def _batches(items: Iterable, size: int = BATCH) -> Iterator[list]:
    items = sorted(items)
    for i in range(0, len(items), size):
        yield items[i:i + size]


def read_documents(store, doc_ids: Iterable[str]) -> dict[str, DocRecord]:
    rows = []
    for batch in _batches(doc_ids, 200):
        rows += [(r["s"], r["p"], r["o"], r["g"]) for r in store.query(
            f"SELECT ?g ?s ?p ?o WHERE {{ VALUES ?g {{ {_iris(DOC_BASE + d for d in batch)} }} GRAPH ?g {{ ?s ?p ?o }} }}")]
    return records_from_quads(rows)


def stored_document_ids(store, doc_ids: Iterable[str]) -> set[str]:
    out = set()
    for batch in _batches(doc_ids):
        out |= {r["g"].value[len(DOC_BASE):] for r in store.query(
            f"SELECT ?g WHERE {{ VALUES ?g {{ {_iris(DOC_BASE + d for d in batch)} }} GRAPH ?g {{ ?g a kg:Document }} }}")}
    return out


def read_clusters(store, iris: Iterable[str]) -> dict[str, Cluster]:
    """The stored mentions ``iris`` (a row a triple: measured 4x faster than one aggregated row a
    mention, which Oxigraph groups slowly)."""
    rows = []
    for batch in _batches(iris):
        rows += [(r["m"], r["p"], r["o"], r["g"]) for r in store.query(
            f"SELECT ?g ?m ?p ?o WHERE {{ VALUES ?m {{ {_iris(batch)} }} GRAPH ?g {{ ?m ?p ?o }} {_IN_DOCS} }}")]
    return {iri: c for d in records_from_quads(rows).values() for iri, c in d.clusters.items()}


def read_facts_touching(store, mentions: Iterable[str]) -> dict[str, Fact]:
    """The stored statements whose subject or object is one of ``mentions``."""
    rows = []
    for batch in _batches(mentions, 500):
        rows += [(r["st"], r["p"], r["o"], r["g"]) for r in store.query(
            f"SELECT ?g ?st ?p ?o WHERE {{ VALUES ?m {{ {_iris(batch)} }} GRAPH ?g {{ "
            f"{{ ?st rdf:subject ?m }} UNION {{ ?st rdf:object ?m }} ?st ?p ?o }} {_IN_DOCS} }}")]
    return {iri: f for d in records_from_quads(rows).values() for iri, f in d.facts.items()}


def read_mapping(store, mentions: Iterable[str]) -> dict[str, str]:
    out = {}
    for batch in _batches(mentions):
        for r in store.query(f"SELECT ?m ?e WHERE {{ VALUES ?m {{ {_iris(batch)} }} "
                             f"GRAPH <{RESOLUTION_GRAPH}> {{ ?m kg:resolvesTo ?e }} }}"):
            out[r["m"].value] = r["e"].value
    return out


def region_of(store, seeds: set[str], exclude_docs: set[str], index: MentionIndex | None = None) -> dict[str, Cluster]:
    """The stored mentions connected to the match keys ``seeds`` through shared keys (the mentions
    of ``exclude_docs`` left out): whole components of the store as it will be. Read from the
    resolution graph's index: a step of the walk finds the mentions holding the new keys, then
    reads the records of those not seen yet (a hub's mentions share all their keys, so each step
    finds them again: their records are read once). With ``index`` (:class:`MentionIndex`), what
    it holds is not asked of the store again."""
    prefixes = tuple(mention_iri(d, "") for d in exclude_docs)
    found: dict[str, Cluster] = {}
    known = set(seeds)
    frontier = set(seeds)
    while frontier:
        fresh: set[str] = set()
        for m in (index.holders(store, frontier) if index is not None else _stored_holders(store, frontier)):
            if m not in found and not (prefixes and m.startswith(prefixes)):
                fresh.add(m)
        new: set[str] = set()
        if index is not None:
            records = index.records_of(store, fresh)
        else:
            records = {m: (c, index_keys(c)) for m, c in _stored_records(store, fresh).items()}
        for m, (c, keys) in records.items():
            found[m] = c
            for k in keys:
                if k not in known:
                    known.add(k)
                    new.add(k)
        frontier = new
    return found


def _stored_holders(store, keys: Iterable[str]) -> set[str]:
    """The stored mentions holding any of the match ``keys``."""
    out: set[str] = set()
    for batch in _batches(keys):
        out.update(r["m"].value for r in store.query(
            f"SELECT DISTINCT ?m WHERE {{ VALUES ?k {{ {_literals(batch)} }} "
            f"GRAPH <{RESOLUTION_GRAPH}> {{ ?m kg:matchKey ?k }} }}"))
    return out


def _stored_records(store, mentions: Iterable[str]) -> dict[str, Cluster]:
    """The stored mentions ``mentions``, from their records in the resolution graph."""
    out: dict[str, Cluster] = {}
    for batch in _batches(mentions):
        for r in store.query(f"SELECT ?m ?r WHERE {{ VALUES ?m {{ {_iris(batch)} }} "
                             f"GRAPH <{RESOLUTION_GRAPH}> {{ ?m kg:mentionRecord ?r }} }}"):
            m = r["m"].value
            out[m] = cluster_from_record(m, r["r"].value)
    return out


class MentionIndex:
    """The resolution graph's index (which stored mentions hold each match key, and each mention's
    record) as far as one writer has read or written it, kept in memory between its writes.

    ``kg build`` keeps one for its whole run (:func:`kg.build.build`): while it holds the store's
    writer lock nobody else writes the store, and each of its writes goes through
    :func:`apply_changes`, which brings the index in step once its transaction is committed. So a
    chunk finds the mentions sharing its keys here instead of querying the store for them again
    (into an empty store, it never queries: every key of the store is one this build wrote). What
    it does not hold, it reads from the store and keeps. A write that resolves the whole store
    again empties it; so does its size passing :attr:`LIMIT` mentions (it then fills again with
    what the next writes read), so that a build of any size keeps it bounded."""

    #: Mentions held at most (about 1.5 KB each, with their keys and key sets).
    LIMIT = 100_000

    def __init__(self) -> None:
        self.clear()

    def clear(self) -> None:
        self.records: dict[str, tuple[Cluster, frozenset[str]]] = {}  # mention -> (record, keys)
        self.holders_of: dict[str, set[str]] = {}  # key -> every stored mention holding it
        #: Whether ``holders_of`` has every key of the store (a key it lacks is held by no mention):
        #: None until first used, then whether the store held no mention at all.
        self.complete: bool | None = None

    def _start(self, store) -> None:
        if self.complete is None:
            self.complete = not bool(store.query(
                f"ASK {{ GRAPH <{RESOLUTION_GRAPH}> {{ ?m kg:matchKey ?k }} }}"))

    def holders(self, store, keys: Iterable[str]) -> set[str]:
        """The stored mentions holding any of the match ``keys`` (as :func:`_stored_holders`)."""
        self._start(store)
        keys = list(keys)
        if not self.complete:
            missing = [k for k in keys if k not in self.holders_of]
            for batch in _batches(missing):
                for k in batch:
                    self.holders_of[k] = set()
                for r in store.query(f"SELECT ?m ?k WHERE {{ VALUES ?k {{ {_literals(batch)} }} "
                                     f"GRAPH <{RESOLUTION_GRAPH}> {{ ?m kg:matchKey ?k }} }}"):
                    self.holders_of.setdefault(r["k"].value, set()).add(r["m"].value)
        out: set[str] = set()
        for k in keys:
            out.update(self.holders_of.get(k, ()))
        return out

    def records_of(self, store, mentions: Iterable[str]) -> dict[str, tuple[Cluster, frozenset[str]]]:
        """(record, match keys) of each of the stored ``mentions`` (as :func:`_stored_records`)."""
        self._start(store)
        mentions = list(mentions)
        missing = [m for m in mentions if m not in self.records]
        for m, c in _stored_records(store, missing).items():
            self.records[m] = (c, _index_keys(c))
        return {m: self.records[m] for m in mentions if m in self.records}

    def committed(self, gone: Iterable[Cluster], come: Iterable[Cluster]) -> None:
        """What a committed transaction did to the index: the mentions ``gone`` were removed from
        it, those of ``come`` written (:func:`index_triples`)."""
        for c in gone:
            self.records.pop(c.iri, None)
            for k in _index_keys(c):
                held = self.holders_of.get(k)
                if held is not None:
                    held.discard(c.iri)
        for c in come:
            stored = cluster_from_record(c.iri, mention_record(c))  # as it reads back
            keys = _index_keys(c)
            self.records[c.iri] = (stored, keys)
            for k in keys:
                held = self.holders_of.get(k)
                if held is None and self.complete:
                    held = self.holders_of[k] = set()
                if held is not None:
                    held.add(c.iri)
        if len(self.records) > self.LIMIT:
            self.clear()


def policy_of(store) -> str | None:
    rows = list(store.query(f"SELECT ?v WHERE {{ GRAPH <{META_GRAPH}> {{ <{RESOLUTION_GRAPH}> kg:resolutionPolicy ?v }} }}"))
    return rows[0]["v"].value if rows else None


def has_documents(store) -> bool:
    return bool(store.query("ASK { GRAPH ?g { ?g a kg:Document } }"))


def held_by_imports(store, triples: Iterable[tuple]) -> set[tuple]:
    """Which of ``triples`` an imported RDF file holds (they stay in the queried graph)."""
    from pyoxigraph import BlankNode

    triples = list(triples)
    if not triples or not store.has_imports():
        return set()
    held = set()
    # A blank node cannot be bound by VALUES: such triples (only an import brings them) are looked
    # up in each import's graph directly (the embedded store; a server holds no imports).
    blank = [t for t in triples if any(isinstance(x, BlankNode) for x in t)]
    if blank:
        triples = [t for t in triples if not any(isinstance(x, BlankNode) for x in t)]
        if store.supports_import:  # the backend that holds imports can look blank nodes up
            for imp in store.imports():
                held |= store.present(blank, graph=imp["iri"])
    for i in range(0, len(triples), BATCH):
        values = " ".join(f"({s} {p} {o})" for s, p, o in triples[i:i + BATCH])
        for r in store.query(f"SELECT ?s ?p ?o WHERE {{ VALUES (?s ?p ?o) {{ {values} }} GRAPH ?g {{ ?s ?p ?o }} "
                             f"FILTER(STRSTARTS(STR(?g), \"{IMPORT_BASE}\")) }}"):
            held.add((r["s"], r["p"], r["o"]))
    return held


def _supported(store, direct: set[tuple], ignore: set[str]) -> set[tuple]:
    """The direct triples among ``direct`` that a statement of the queried graph other than
    ``ignore`` (the statements being re-derived) still states."""
    out = set()
    items = sorted(direct, key=str)
    for i in range(0, len(items), BATCH):
        values = " ".join(f"({s} {p} {o})" for s, p, o in items[i:i + BATCH])
        for r in store.query(f"SELECT ?s ?p ?o ?st WHERE {{ VALUES (?s ?p ?o) {{ {values} }} "
                             f"?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o }}"):
            if r["st"].value not in ignore:
                out.add((r["s"], r["p"], r["o"]))
    return out


def derived_about(store, subjects: set[str]) -> set[tuple]:
    """Every derived triple of the queried graph whose subject is one of ``subjects`` (entities,
    statements, documents): what must stay when an import that also said them is removed."""
    from pyoxigraph import NamedNode

    out: set[tuple] = set()
    entities = {s for s in subjects if s.startswith(ENTITY_BASE)}
    if entities:
        members = set()
        for batch in _batches(entities):
            members |= {r["m"].value for r in store.query(
                f"SELECT ?m WHERE {{ VALUES ?e {{ {_iris(batch)} }} GRAPH <{RESOLUTION_GRAPH}> {{ ?m kg:resolvesTo ?e }} }}")}
        own = read_clusters(store, members)
        seeds = {k for c in own.values() for k in index_keys(c)}
        region = region_of(store, seeds, set()) if seeds else {}
        resolved = resolve(region.values())
        out |= {t for e in resolved if e.iri in entities for t in entity_triples(e)}
        facts = read_facts_touching(store, members)
        ends = read_mapping(store, {m for f in facts.values() for m in (f.subject, f.object)})
        for f in facts.values():
            if f.subject in ends and f.object in ends:
                _, direct = fact_triples(f, ends[f.subject], ends[f.object])
                if direct and direct[0].value in entities:
                    out.add(direct)
    others = {s for s in subjects if s.startswith((DOC_BASE, STATEMENT_BASE))}
    if others:
        rows = []
        for batch in _batches(others):
            rows += [(r["s"], r["p"], r["o"], r["g"]) for r in store.query(
                f"SELECT ?g ?s ?p ?o WHERE {{ VALUES ?s {{ {_iris(batch)} }} GRAPH ?g {{ ?s ?p ?o }} {_IN_DOCS} }}")]
        docs = records_from_quads(rows)
        facts = [f for d in docs.values() for f in d.facts.values()]
        ends = read_mapping(store, {m for f in facts for m in (f.subject, f.object)})
        for d in docs.values():
            out |= set(meta_triples(d))
        for f in facts:
            if f.subject in ends and f.object in ends:
                out |= set(fact_triples(f, ends[f.subject], ends[f.object])[0])
    return {t for t in out if t[0].value in subjects and isinstance(t[0], NamedNode)}


# ----------------------------------------------------------------------------- incremental writes
@dataclass
class ChangeReport:
    region: int = 0  # mentions re-resolved
    changed: int = 0  # mentions whose entity changed (or that came or went)
    facts: int = 0  # statements re-derived
    seconds: float = 0.0


def apply_changes(store, added: Mapping[str, list], removed: Iterable[str] = (),
                  index: MentionIndex | None = None) -> ChangeReport:
    """Write documents (``added``: document id -> the quads of its graph, from
    :func:`kg.rdf.extraction_quads`) and remove others (``removed``: ids), and bring the derived
    graph in step, all in **one transaction** (``store.transact``): a reader, or a store left by a
    crash, has the graph of the documents before or after, never of a mix.

    Only the components holding mentions that share a match key with the added or removed ones are
    re-resolved; the queried graph is rewritten where an entity's IRI, name, aliases or type
    changed, and for the statements of the mentions whose entity changed. ``index``: a
    :class:`MentionIndex` the caller keeps between its writes (only valid while every write to
    the store goes through here with it)."""
    started = time.perf_counter()
    if ensure_resolved(store) and index is not None:
        index.clear()
    new_docs = records_from_quads(q for quads in added.values() for q in quads)
    for doc_id in added:
        new_docs.setdefault(doc_id, DocRecord(doc_id))
    touched = set(added) | set(removed)
    gone = stored_document_ids(store, touched)
    old_docs = read_documents(store, gone)
    old_own = {iri: c for d in old_docs.values() for iri, c in d.clusters.items()}
    new_own = {iri: c for d in new_docs.values() for iri, c in d.clusters.items()}
    seeds = {k for c in (*old_own.values(), *new_own.values()) for k in index_keys(c)}
    region = region_of(store, seeds, gone, index) if seeds else {}
    old_entities = resolve({**region, **old_own}.values())
    new_entities = resolve({**region, **new_own}.values())
    old_map, new_map = mapping(old_entities), mapping(new_entities)
    changed = {m for m in set(old_map) | set(new_map) if old_map.get(m) != new_map.get(m)}

    # The statements to re-derive: those of the mentions whose entity changed, and those of the
    # documents that come or go.
    stored_facts = read_facts_touching(store, changed - set(old_own) - set(new_own))
    stored_facts = {i: f for i, f in stored_facts.items() if f.doc_id not in gone}
    old_facts = {**stored_facts, **{i: f for d in old_docs.values() for i, f in d.facts.items()}}
    new_facts = {**stored_facts, **{i: f for d in new_docs.values() for i, f in d.facts.items()}}
    far = {m for f in (*old_facts.values(), *new_facts.values()) for m in (f.subject, f.object)}
    far_map = read_mapping(store, far - set(old_map) - set(new_map))

    def derive(facts: dict[str, Fact], own: dict[str, str]) -> tuple[set, set]:
        triples, direct = set(), set()
        for f in facts.values():
            try:
                s = own.get(f.subject) or far_map[f.subject]
                o = own.get(f.object) or far_map[f.object]
            except KeyError as e:
                raise StoreError(f"the graph store has a statement ({f.iri}) about a mention that was never "
                                 f"resolved ({e.args[0]}); run `kg resolve` to resolve the whole store again") from e
            t, d = fact_triples(f, s, o)
            triples.update(t)
            if d:
                direct.add(d)
        return triples, direct

    old_st, old_direct = derive(old_facts, old_map)
    new_st, new_direct = derive(new_facts, new_map)
    # An entity's triples all have its IRI as subject, so only the IRIs of entities that are not
    # the same before and after can have triples that come or go: the others' cancel out.
    old_set, new_set = set(old_entities), set(new_entities)
    moved = {e.iri for e in old_set ^ new_set}
    old_ent = {t for e in old_entities if e.iri in moved for t in entity_triples(e)}
    new_ent = {t for e in new_entities if e.iri in moved for t in entity_triples(e)}
    old_meta = {t for d in old_docs.values() for t in meta_triples(d)}
    new_meta = {t for d in new_docs.values() for t in meta_triples(d)}

    dropped_direct = old_direct - new_direct
    dropped_direct -= _supported(store, dropped_direct, set(old_facts)) if dropped_direct else set()
    delete = (old_st - new_st) | (old_ent - new_ent) | (old_meta - new_meta) | dropped_direct
    delete -= held_by_imports(store, delete)
    insert = (new_st - old_st) | (new_ent - old_ent) | (new_meta - old_meta) | (new_direct - old_direct)

    res_delete, res_insert = set(), set()
    for m in changed:
        if m in old_map:
            res_delete.add((m, RESOLVES_TO, old_map[m]))
        if m in new_map:
            res_insert.add((m, RESOLVES_TO, new_map[m]))
    old_keys = {t for c in old_own.values() for t in index_triples(c)}
    new_keys = {t for c in new_own.values() for t in index_triples(c)}

    from kg.rdf import text_literal

    def res_lines(links, keys) -> str:
        return "\n".join([f"<{m}> <{RESOLVES_TO}> <{e}> ." for m, _, e in sorted(links)]
                         + [f"<{m}> <{p}> {text_literal(k)} ." for m, p, k in sorted(keys)])

    # The order of the operations matters to Oxigraph, not to the result (each touches triples
    # the others do not): a DROP or a pattern DELETE after the big INSERT DATA, or a DROP before
    # it, made the transaction 30-40% slower. So the counts come first, the inferred graph is
    # dropped only when there is one, and the big INSERT DATA is last.
    parts = [counts_after(store, delete, insert)] if store.keeps_counts else []
    if not store.supports_reason or store.has_inferred():  # a server's is never looked up
        parts.append(f"DROP SILENT GRAPH <{INFERRED_GRAPH}>")
    parts += [f"DROP SILENT GRAPH <{DOC_BASE}{d}>" for d in sorted(gone)]
    gone_keys, come_keys = old_keys - new_keys, new_keys - old_keys
    if delete or res_delete or gone_keys:
        parts.append("DELETE DATA {\n" + _lines(delete)
                     + f"\nGRAPH <{RESOLUTION_GRAPH}> {{\n{res_lines(res_delete, gone_keys)}\n}} }}")
    doc_graphs = "\n".join(f"GRAPH <{DOC_BASE}{d}> {{\n" + "\n".join(f"{q.subject} {q.predicate} {q.object} ."
                                                                      for q in added[d]) + "\n}"
                           for d in sorted(added))
    parts.append(f"INSERT DATA {{\n{doc_graphs}\n{_lines(insert)}\n"
                 f"GRAPH <{RESOLUTION_GRAPH}> {{\n{res_lines(res_insert, come_keys)}\n}}\n"
                 f"GRAPH <{META_GRAPH}> {{ <{RESOLUTION_GRAPH}> <{POLICY}> \"{POLICY_VERSION}\" }} }}")
    try:
        store.transact(" ;\n".join(parts))
    except BaseException:
        if index is not None:
            index.clear()
        raise
    if index is not None:
        index.committed(old_own.values(), new_own.values())
    return ChangeReport(region=len(set(old_map) | set(new_map)), changed=len(changed),
                        facts=len(set(old_facts) | set(new_facts)), seconds=time.perf_counter() - started)


def counts_after(store, delete: set[tuple], insert: set[tuple]) -> str:
    """The update of the kept counts (:class:`kg.store.counts.GraphCounts`) for a transaction that runs
    ``DELETE DATA`` of ``delete`` then ``INSERT DATA`` of ``insert`` on the queried graph: exact,
    since which of those triples the graph holds now is looked up (the writer's lock keeps it so
    until the transaction). A triple deleted counts only if it was there; one inserted only if it
    was not, or was deleted just before; both compared as the store holds them. Counts that are
    missing (a store written before they were kept, or after a write that dropped them) are
    counted first, once (an empty graph needs no count)."""
    from kg.store import GraphCounts, canonical_triples, counts_update

    base = store.stored_counts()
    if base is None:
        base = store.count_graph() if bool(store.query("ASK { ?s ?p ?o }")) else GraphCounts()
    # As the store holds them: a statement re-derived from a document's new record may give its
    # confidence as "0.800", which the store holds (and the old record read back) as "0.8".
    delete, insert = canonical_triples(delete), canonical_triples(insert)
    held = store.present(delete | insert)
    return counts_update(base.changed(added={t for t in insert if t not in held or t in delete},
                                      removed=delete & held))


def _lines(triples: Iterable[tuple]) -> str:
    return "\n".join(f"{s} {p} {o} ." for s, p, o in triples)


# ----------------------------------------------------------------------------- the whole store
def ensure_resolved(store) -> bool:
    """Resolve the whole store when its resolution is missing, of another policy, or was
    interrupted (or when it was written by a kg that kept resolved entities in the documents'
    graphs: those are converted first). Returns whether it did."""
    policy = policy_of(store)
    if policy == POLICY_VERSION and not needs_default_graph(store):
        return False
    if policy is None and not has_documents(store):
        return False
    resolve_everything(store)
    return True


def needs_default_graph(store) -> bool:
    """Documents stored but nothing in the queried graph: a store of the oldest layout, or a
    default graph dropped by hand."""
    return not bool(store.query("ASK { ?s ?p ?o }")) and has_documents(store)


@dataclass
class FullReport:
    documents: int = 0
    mentions: int = 0
    entities: int = 0
    statements: int = 0
    triples: int = 0
    converted: int = 0
    seconds: float = 0.0


def derive_everything(store) -> tuple[list[Cluster], list[ResolvedEntity], Iterator[tuple], dict]:
    """The whole derived graph from the documents' graphs: (mentions, entities, an iterator of the
    queried graph's derived triples, counts filled as it runs). Two passes over the documents'
    quads (``store.document_quads()``): the mentions and the statements' ends, then the triples,
    streamed (a million of them do not sit in memory)."""
    from pyoxigraph import NamedNode

    props: dict[str, list] = defaultdict(list)
    ends: dict[str, list] = defaultdict(lambda: [None, None])
    for q in store.document_quads():
        sv = q.subject.value
        if sv.startswith(MENTION_BASE):
            props[sv].append((q.subject, q.predicate, q.object, q.graph_name))
        elif q.predicate.value == RDF_SUBJECT:
            ends[sv][0] = q.object.value
        elif q.predicate.value == RDF_OBJECT:
            ends[sv][1] = q.object.value
    clusters = [c for d in records_from_quads(t for ts in props.values() for t in ts).values()
                for c in d.clusters.values()]
    del props
    entities = resolve(clusters)
    resolved = mapping(entities)
    loops = set()
    for st, (s, o) in ends.items():
        if s not in resolved or o not in resolved:
            raise StoreError(f"the statement {st} is about a mention that is not stored "
                             f"({s if s not in resolved else o}): the store is damaged; rebuild it from the articles")
        if resolved[s] == resolved[o]:
            loops.add(st)
    counts = {"mentions": len(clusters), "entities": len(entities), "statements": len(ends) - len(loops),
              "documents": 0}

    def triples() -> Iterator[tuple]:
        for e in entities:
            yield from entity_triples(e)
        direct = set()
        for q in store.document_quads():
            s, p, o = q.subject, q.predicate, q.object
            sv = s.value
            if sv == q.graph_name.value:
                if p.value == RDF_TYPE:
                    counts["documents"] += 1
                yield s, p, o
            elif sv.startswith(STATEMENT_BASE):
                if sv in loops:
                    continue
                if p.value in (RDF_SUBJECT, RDF_OBJECT):
                    yield s, p, NamedNode(resolved[o.value])
                else:
                    yield s, p, o
                if p.value == RDF_PREDICATE:
                    e = ends[sv]
                    direct.add((resolved[e[0]], o.value, resolved[e[1]]))
        for s, p, o in sorted(direct):
            yield NamedNode(s), NamedNode(p), NamedNode(o)

    return clusters, entities, triples(), counts


def resolution_triples(entities: Iterable[ResolvedEntity], clusters: Iterable[Cluster]) -> Iterator[tuple]:
    """The resolution graph: which entity each mention resolved to, and the mentions' index."""
    from kg.rdf import text_literal
    from pyoxigraph import NamedNode

    link = NamedNode(RESOLVES_TO)
    for e in entities:
        for m in e.members:
            yield NamedNode(m), link, NamedNode(e.iri)
    for c in clusters:
        for m, p, v in sorted(index_triples(c)):
            yield NamedNode(m), NamedNode(p), text_literal(v)


def resolve_everything(store) -> FullReport:
    """Resolve every stored mention from scratch and rewrite the queried graph (the documents'
    derived triples, then every import's) and the resolution graph.

    A whole store is too large for one transaction (a million triples), so this is marked: the
    policy mark reads "rebuilding" until the end, and a store left so by a crash is resolved again
    by its next writer (readers are told). Triples a user's SPARQL update added to the queried
    graph directly, which no document or import holds, are not kept."""
    from kg.store import counts_update

    started = time.perf_counter()
    report = FullReport()
    report.converted = convert_legacy_documents(store)
    # The kept counts go with the mark and come back, counted, with the policy.
    store.transact(_set_policy(REBUILDING) + (f" ;\n{counts_update(None)}" if store.keeps_counts else ""))
    clusters, entities, derived, counts = derive_everything(store)
    # The derived triples stream from the documents' graphs, which this does not write, into the
    # cleared default graph.
    store.clear_derived()
    n = store.bulk_insert(derived)
    n += store.copy_imports_to_default()
    store.bulk_insert(resolution_triples(entities, clusters), graph=RESOLUTION_GRAPH)
    kept = f" ;\n{counts_update(store.count_graph())}" if store.keeps_counts else ""
    store.transact(_set_policy(POLICY_VERSION) + f" ;\nDROP SILENT GRAPH <{INFERRED_GRAPH}>" + kept)
    report.documents = counts["documents"]
    report.mentions = counts["mentions"]
    report.entities = counts["entities"]
    report.statements = counts["statements"]
    report.triples = n
    report.seconds = time.perf_counter() - started
    return report


def _set_policy(value: str) -> str:
    return (f"DELETE WHERE {{ GRAPH <{META_GRAPH}> {{ <{RESOLUTION_GRAPH}> <{POLICY}> ?v }} }} ;\n"
            f"INSERT DATA {{ GRAPH <{META_GRAPH}> {{ <{RESOLUTION_GRAPH}> <{POLICY}> \"{value}\" }} }}")


def check_everything(store, limit: int = 10) -> list[str]:
    """Differences between what is stored and a resolution of the whole store from scratch
    (nothing is written): derived triples missing from the queried graph, triples there that no
    document or import gives, mentions the resolution graph maps elsewhere."""
    clusters, entities, derived, _ = derive_everything(store)
    want = set(derived)
    have = {(t.subject, t.predicate, t.object) for t in store.triples()}
    problems = [f"missing: {s} {p} {o}" for s, p, o in sorted(want - have, key=str)[:limit]]
    extra = have - want
    if extra:
        extra -= held_by_imports(store, extra)
    problems += [f"not derived from any document or import: {s} {p} {o}" for s, p, o in sorted(extra, key=str)[:limit]]
    stored = read_mapping_all(store)
    want_map = mapping(entities)
    wrong = sorted(m for m in set(want_map) | set(stored) if want_map.get(m) != stored.get(m))
    problems += [f"mention {m} resolves to {stored.get(m)} in the resolution graph, {want_map.get(m)} from scratch"
                 for m in wrong[:limit]]
    keys = {(r["m"].value, r["p"].value, r["k"].value) for r in store.query(
        f"SELECT ?m ?p ?k WHERE {{ GRAPH <{RESOLUTION_GRAPH}> {{ ?m ?p ?k }} "
        f"VALUES ?p {{ kg:matchKey kg:mentionRecord }} }}")}
    want_keys = {t for c in clusters for t in index_triples(c)}
    problems += [f"index of {m} missing: {p} {k!r}" for m, p, k in sorted(want_keys - keys)[:limit]]
    problems += [f"index of {m} left over: {p} {k!r}" for m, p, k in sorted(keys - want_keys)[:limit]]
    return problems + counts_problems(store)


def counts_problems(store) -> list[str]:
    """Differences between the counts the store keeps (if any) and a count of the queried graph."""
    kept = store.stored_counts()
    if kept is None:
        return []
    fresh = store.count_graph()
    problems = [] if kept.triples == fresh.triples else [f"kept count of triples {kept.triples}, counted {fresh.triples}"]
    for kind, a, b in (("class", kept.classes, fresh.classes), ("relation", kept.relations, fresh.relations)):
        problems += [f"kept count of {kind} kg:{k} {a[k]}, counted {b[k]}" for k in sorted(a) if a[k] != b[k]]
    return problems


def read_mapping_all(store) -> dict[str, str]:
    return {r["m"].value: r["e"].value for r in store.query(
        f"SELECT ?m ?e WHERE {{ GRAPH <{RESOLUTION_GRAPH}> {{ ?m kg:resolvesTo ?e }} }}")}


def consistency_problems(store, limit: int = 5) -> list[str]:
    """Invariants a reader can check cheaply (read-only): the resolution is complete, every
    mention resolved to an entity the queried graph has, every statement is in the queried graph
    with the entities its mentions resolved to, every document and import is in it."""
    problems = []
    policy = policy_of(store)
    if policy == REBUILDING:
        problems.append("a resolution of the whole store was interrupted: run `kg resolve` (or any build)")
    elif policy not in (None, POLICY_VERSION) or (policy is None and has_documents(store)):
        problems.append(f"the store was resolved by another kg (policy {policy}): the next write resolves it again")
    queries = {
        "a mention that resolved to no entity": (
            f"SELECT ?x WHERE {{ GRAPH ?g {{ ?x a kg:Mention }} {_IN_DOCS} FILTER NOT EXISTS {{ "
            f"GRAPH <{RESOLUTION_GRAPH}> {{ ?x kg:resolvesTo ?e }} }} }} LIMIT {limit}"),
        "an entity of the resolution missing from the queried graph": (
            f"SELECT DISTINCT ?x WHERE {{ GRAPH <{RESOLUTION_GRAPH}> {{ ?m kg:resolvesTo ?x }} "
            f"FILTER NOT EXISTS {{ ?x a ?t }} }} LIMIT {limit}"),
        "a statement missing from the queried graph": (
            f"SELECT ?x WHERE {{ GRAPH ?g {{ ?x rdf:subject ?ms ; rdf:object ?mo }} {_IN_DOCS} "
            f"GRAPH <{RESOLUTION_GRAPH}> {{ ?ms kg:resolvesTo ?s . ?mo kg:resolvesTo ?o }} FILTER(?s != ?o) "
            f"FILTER NOT EXISTS {{ ?x rdf:subject ?s ; rdf:object ?o }} }} LIMIT {limit}"),
        "a document missing from the queried graph": (
            f"SELECT ?x WHERE {{ GRAPH ?x {{ ?x a kg:Document }} FILTER NOT EXISTS {{ ?x a kg:Document }} }} LIMIT {limit}"),
        "an imported triple missing from the queried graph": (
            f"SELECT ?x WHERE {{ GRAPH ?x {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?x), \"{IMPORT_BASE}\")) "
            f"FILTER NOT EXISTS {{ ?s ?p ?o }} }} LIMIT {limit}"),
    }
    for what, sparql in queries.items():
        problems += [f"{what}: {r['x'].value}" for r in store.query(sparql)]
    return problems


# ----------------------------------------------------------------------------- older stores
def convert_legacy_documents(store) -> int:
    """Documents written by a kg that stored resolved entities in each document's graph are
    rewritten as mentions (one per entity node of the graph, its name and names as they were) and
    statements over them, one transaction each. Their extractor version is kept, and it is not
    the current one, so the next build of the same articles extracts them again."""
    rows = store.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s rdf:subject ?e FILTER(STRSTARTS(STR(?e), "
                       f"\"{ENTITY_BASE}\")) }} {_IN_DOCS} }}")
    legacy = {r["g"].value for r in rows}
    rows = store.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?e a ?t VALUES ?t { kg:Person kg:Organization "
                       f"kg:Product kg:Place }} }} FILTER(STRSTARTS(STR(?g), \"{DOC_BASE}\")) }}")
    legacy |= {r["g"].value for r in rows}
    for graph in sorted(legacy):
        quads = [(r["s"], r["p"], r["o"]) for r in store.query(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")]
        body = "\n".join(f"{s} {p} {o} ." for s, p, o in convert_legacy_graph(graph, quads))
        store.transact(f"DROP SILENT GRAPH <{graph}> ;\nINSERT DATA {{ GRAPH <{graph}> {{\n{body}\n}} }}")
    return len(legacy)


def convert_legacy_graph(graph: str, triples: list[tuple]) -> list[tuple]:
    from pyoxigraph import NamedNode

    from kg.rdf import text_literal

    doc_id = graph[len(DOC_BASE):]
    props: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for s, p, o in triples:
        props[s.value][p.value].append(o)
    types = {KG[t] for t in ENTITY_TYPES}

    def mention_of(iri: str) -> str:
        key = iri[len(ENTITY_BASE):] if iri.startswith(ENTITY_BASE) else hashlib.sha256(iri.encode()).hexdigest()[:16]
        return mention_iri(doc_id, key)

    out = []
    for s, p, o in triples:
        if s.value == graph:
            out.append((s, p, o))
    for iri, ps in props.items():
        kinds = sorted(t.value for t in ps.get(RDF_TYPE, ()) if t.value in types)
        if kinds and iri != graph:
            node = NamedNode(mention_of(iri))
            labels = sorted(v.value for v in ps.get(RDFS.label, ()))
            name = labels[0] if labels else iri.rsplit("/", 1)[-1]
            out.append((node, NamedNode(RDF_TYPE), NamedNode(MENTION)))
            out.append((node, NamedNode(NAME), text_literal(name)))
            out.append((node, NamedNode(MENTION_TYPE), NamedNode(kinds[0])))
            for alias in sorted({v.value for v in ps.get(SKOS.altLabel, ())} | set(labels[1:])):
                out.append((node, NamedNode(SURFACE_NAME), text_literal(alias)))
            for v in ps.get(SAME_AS, ()):
                out.append((node, NamedNode(SAME_AS), v))
        elif RDF_STATEMENT in {t.value for t in ps.get(RDF_TYPE, ())}:
            st = NamedNode(iri)
            for p, vs in ps.items():
                for v in vs:
                    if p in (RDF_SUBJECT, RDF_OBJECT):
                        node = NamedNode(mention_of(v.value))
                        out.append((st, NamedNode(p), node))
                        if not any(t.value in types for t in props.get(v.value, {}).get(RDF_TYPE, ())):
                            # a statement about a node the graph did not describe: a mention of it
                            out.append((node, NamedNode(RDF_TYPE), NamedNode(MENTION)))
                            out.append((node, NamedNode(NAME), text_literal(v.value.rsplit("/", 1)[-1])))
                            out.append((node, NamedNode(MENTION_TYPE), NamedNode(KG.Organization)))
                    else:
                        out.append((st, NamedNode(p), v))
    return list(dict.fromkeys(out))

