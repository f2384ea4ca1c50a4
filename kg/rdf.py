"""Records to RDF: the mapping every other tool relies on (see the contract in the README).

For each document D, its named graph (D's IRI) keeps what the article itself said, whatever else
is stored:

* D is a ``kg:Document`` with ``dcterms:source`` (the input path), ``kg:contentHash``, title, date.
* each thing it names is a ``kg:Mention`` (``kgr:mention/<D's hash>/<key>``): the name the document
  gives it (``kg:name``), the other names it used (``kg:surfaceName``), the type its evidence gives
  it (``kg:mentionType``) and ``owl:sameAs`` its Wikidata item when the gazetteer knew it.
* every fact is an ``rdf:Statement`` over those mentions, with ``prov:wasDerivedFrom D``,
  ``kg:evidence`` (the sentence), ``kg:confidence``, ``kg:pattern`` and ``dcterms:date`` when dated.

The queried (default) graph is derived from all documents by cross-document resolution
(:mod:`kg.resolve`): every entity has one ``rdf:type`` from the ontology, one ``rdfs:label`` (its
canonical name), ``skos:altLabel`` for the other names and ``owl:sameAs`` its Wikidata item; every
fact is a direct triple (``s kg:relation o``) and its statement, whose subject and object are the
entities the mentions resolved to.

IRIs are minted from names and hashes by percent-encoding, so they are always valid whatever the
article says, and the same input always gives the same IRIs (rebuilding changes nothing).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from functools import lru_cache
from urllib.parse import quote

from kg.model import Assertion, Document, Entity, Extraction
from kg.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, WD, XSD
from kg.ontology import RESOURCE_BASE
from kg.vocabulary import KG

#: The namespaces' IRIs as strings (for prefix tests and SPARQL text; terms come from the
#: namespace objects: ``KG.founded``, ``RDF.type``).
KG_NS = str(KG)
RDF_NS = str(RDF)
RDFS_NS = str(RDFS)
XSD_NS = str(XSD)
OWL_NS = str(OWL)
PROV_NS = str(PROV)
DCT_NS = str(DCTERMS)
SKOS_NS = str(SKOS)
WD_NS = str(WD)

ENTITY_BASE = RESOURCE_BASE + "entity/"
DOC_BASE = RESOURCE_BASE + "doc/"
STATEMENT_BASE = RESOURCE_BASE + "statement/"
MENTION_BASE = RESOURCE_BASE + "mention/"
IMPORT_BASE = RESOURCE_BASE + "import/"
#: Bookkeeping graphs (never queried by default): inferences, imports' sources and the resolution
#: policy mark, and which entity each mention resolved to (with the mentions' match keys).
INFERRED_GRAPH = RESOURCE_BASE + "graph/inferred"
META_GRAPH = RESOURCE_BASE + "graph/meta"
RESOLUTION_GRAPH = RESOURCE_BASE + "graph/resolution"

PREFIXES = {
    "kg": KG_NS,
    "kgr": RESOURCE_BASE,
    "ent": ENTITY_BASE,
    "doc": DOC_BASE,
    "rdf": RDF_NS,
    "rdfs": RDFS_NS,
    "xsd": XSD_NS,
    "owl": OWL_NS,
    "prov": PROV_NS,
    "dcterms": DCT_NS,
    "skos": SKOS_NS,
    "wd": WD_NS,
}

SPARQL_PREFIXES = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())

_DATE_TYPES = ((re.compile(r"^\d{4}$"), "gYear"), (re.compile(r"^\d{4}-\d{2}$"), "gYearMonth"),
               (re.compile(r"^\d{4}-\d{2}-\d{2}$"), "date"))


#: Longest entity key (the IRI's local name): a longer one is cut and made unique with a hash of
#: the full name, so an absurd "name" (a run of thousands of tokens) never makes a huge IRI.
MAX_KEY_CHARS = 200
_SURROGATES = re.compile("[\ud800-\udfff]")


@lru_cache(maxsize=1 << 16)
def entity_key(name: str) -> str:
    """The stable local name of an entity minted from its canonical name (always IRI-safe:
    everything but ``A-Za-z0-9-._~`` is percent-encoded, so no space, quote or angle bracket)."""
    name = _SURROGATES.sub("\ufffd", name)
    slug = re.sub(r"\s+", "_", name.strip())
    key = quote(slug, safe="-._~") or "_"
    if len(key) > MAX_KEY_CHARS:
        head = key[:MAX_KEY_CHARS - 20]
        if "%" in head[-2:]:  # do not cut a %XX escape in half
            head = head[:head.rindex("%")]
        key = f"{head}_{hashlib.sha256(name.encode('utf-8')).hexdigest()[:16]}"
    if key.endswith("."):
        # Turtle writes a local name ending in "." as "ent:Acme_Inc\.", which is valid but which
        # rdflib 7 cannot parse; "%2E" is the same character, percent-encoded.
        key = key[:-1] + "%2E"
    return key


@lru_cache(maxsize=1024)
def vocabulary_node(iri: str):
    """The ``NamedNode`` of a term of a vocabulary (a predicate, a class, a datatype), made once:
    pyoxigraph checks an IRI each time it makes a node, and a build writes the same few
    predicates hundreds of thousands of times. (Not for the IRIs of documents or entities, which
    are all different.)"""
    from pyoxigraph import NamedNode

    return NamedNode(iri)


def text_literal(value: str):
    """A plain literal of text from an article: lone surrogates (which a JSON file can hold and
    RDF cannot) become U+FFFD instead of failing the whole document."""
    from pyoxigraph import Literal

    return Literal(_SURROGATES.sub("\ufffd", value))


def entity_iri(key: str) -> str:
    return ENTITY_BASE + key


def doc_iri(doc_id: str) -> str:
    return DOC_BASE + doc_id


def mention_iri(doc_id: str, key: str) -> str:
    """A document's mention of one thing: the document's hash and the document's own key for it
    (so it names what *this* document said, whatever other documents say)."""
    return f"{MENTION_BASE}{doc_id}/{key}"


def statement_iri(a: Assertion) -> str:
    digest = hashlib.sha256(
        "\x1f".join((a.doc_id, a.subject, a.relation, a.object, str(a.sent_start))).encode()
    ).hexdigest()[:24]
    return STATEMENT_BASE + digest


def date_literal(value: str):
    """A typed literal for a date the text gives: xsd:gYear, xsd:gYearMonth or xsd:date."""
    from pyoxigraph import Literal, NamedNode

    for pattern, xsd_type in _DATE_TYPES:
        if pattern.match(value) and _valid_date(value):
            return Literal(value, datatype=NamedNode(XSD[xsd_type]))
    return text_literal(value)


def _valid_date(value: str) -> bool:
    """"2024-13-45" has the shape of an xsd:date but is not one (it would be an ill-typed literal)."""
    import datetime

    y, m, d = (value.split("-") + ["01", "01"])[:3]
    try:
        datetime.date(int(y), int(m), int(d))
    except ValueError:
        return False
    return True


def extraction_quads(ex: Extraction, extractor_version: str) -> Iterator:
    """All quads of a document's own named graph: the document, its mentions and its statements
    over them (what the article said, independent of every other document).

    The record's entities are the document's clusters; two with the same key are one cluster (their
    names are merged). A statement whose subject or object is no entity of the record is refused
    with a ValueError: a fact must be about something the document names."""
    from pyoxigraph import NamedNode, Quad

    doc = ex.document
    if "/" in doc.id:
        # a mention's IRI is <mention/DOC/KEY>: the document's part must be one path segment
        raise ValueError(f"the document id {doc.id!r} holds a '/'; ids are content hashes")
    graph = NamedNode(doc_iri(doc.id))
    rdf_type = vocabulary_node(RDF.type)
    mention, name, mention_type, surface_name, same_as = (
        vocabulary_node(iri) for iri in (KG.Mention, KG.name, KG.mentionType, KG.surfaceName, OWL.sameAs))

    def q(s, p, o):
        return Quad(s, p, o, graph)

    yield from _document_quads(doc, graph, extractor_version)
    clusters = document_clusters(ex)
    for key, ent in clusters.items():
        node = NamedNode(mention_iri(doc.id, key))
        yield q(node, rdf_type, mention)
        yield q(node, name, text_literal(ent.name))
        yield q(node, mention_type, vocabulary_node(KG[ent.type]))
        for alias in ent.aliases:
            if alias != ent.name:
                yield q(node, surface_name, text_literal(alias))
        if ent.wikidata:
            yield q(node, same_as, NamedNode(WD[ent.wikidata]))
    for a in ex.assertions:
        for key in (a.subject, a.object):
            if key not in clusters:
                raise ValueError(f"the fact {a.subject} {a.relation} {a.object} is about {key!r}, "
                                 "which is none of the document's entities")
        st = NamedNode(statement_iri(a))
        for p, o in statement_pairs(a, doc.id, graph):
            yield q(st, p, o)


def statement_pairs(a: Assertion, doc_id: str, graph) -> list[tuple]:
    """The (predicate, object) terms of a statement's node in the graph of its document
    (``doc_id``, ``graph`` its node), in the order they are written."""
    from pyoxigraph import Literal, NamedNode

    node = vocabulary_node
    pairs = [(node(RDF.type), node(RDF.Statement)),
             (node(RDF.subject), NamedNode(mention_iri(doc_id, a.subject))),
             (node(RDF.predicate), node(KG[a.relation])),
             (node(RDF.object), NamedNode(mention_iri(doc_id, a.object))),
             (node(PROV.wasDerivedFrom), graph),
             (node(KG.evidence), text_literal(a.sentence)),
             (node(KG.confidence), Literal(f"{a.confidence:.3f}", datatype=node(XSD.decimal))),
             (node(KG.pattern), text_literal(a.pattern))]
    if a.date:
        pairs.append((node(DCTERMS.date), date_literal(a.date)))
    return pairs


def document_clusters(ex: Extraction) -> dict[str, Entity]:
    """The document's clusters by key: entities sharing a key (two clusters the extractor gave the
    same name) are one, with the names of both; the first one's name, type and Wikidata item win
    (the record's order is the extractor's, so this is the same on every run)."""
    out: dict[str, Entity] = {}
    for ent in ex.entities:
        prev = out.get(ent.key)
        if prev is None:
            out[ent.key] = ent
        else:
            names = set(prev.aliases) | set(ent.aliases) | {ent.name}
            out[ent.key] = Entity(key=prev.key, name=prev.name, type=prev.type,
                                  aliases=tuple(sorted(names - {prev.name})), wikidata=prev.wikidata or ent.wikidata)
    return out


def entity_triples(ent: Entity) -> Iterator[tuple]:
    from pyoxigraph import NamedNode

    node = NamedNode(entity_iri(ent.key))
    yield node, NamedNode(RDF.type), NamedNode(KG[ent.type])
    yield node, NamedNode(RDFS.label), text_literal(ent.name)
    for alias in ent.aliases:
        if alias != ent.name:
            yield node, NamedNode(SKOS.altLabel), text_literal(alias)
    if ent.wikidata:
        yield node, NamedNode(OWL.sameAs), NamedNode(WD[ent.wikidata])


def _document_quads(doc: Document, graph, extractor_version: str) -> Iterator:
    from pyoxigraph import Literal, NamedNode, Quad

    def q(p, o):
        return Quad(graph, p, o, graph)

    yield q(NamedNode(RDF.type), NamedNode(KG.Document))
    # One rdfs:label like every other typed node, so generic tools can name the document.
    yield q(NamedNode(RDFS.label), text_literal(doc.title or doc.source.rsplit("/", 1)[-1]))
    yield q(NamedNode(DCTERMS.source), text_literal(doc.source))
    yield q(NamedNode(KG.contentHash), Literal(doc.id))
    yield q(NamedNode(KG.extractorVersion), Literal(extractor_version))
    if doc.title:
        yield q(NamedNode(DCTERMS.title), text_literal(doc.title))
    if doc.url:
        yield q(NamedNode(DCTERMS.identifier), text_literal(doc.url))
    if doc.date:
        yield q(NamedNode(DCTERMS.date), date_literal(doc.date))
