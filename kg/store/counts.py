"""The queried graph's counts (:class:`GraphCounts`): what the build summary, ``kg stats``,
``kg remove`` and ``kg import`` print. The embedded store keeps them in its meta graph, updated in
the transaction of every write of kg's own (see the README, "Counts"); a SPARQL server keeps none
(any client may write it), so they are counted there."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from kg.rdf import KG_NS, META_GRAPH, RDF_NS, RESOURCE_BASE

#: The queried graph's counts (:class:`GraphCounts`), kept in the meta graph as one JSON literal of
#: this node: ``<kgr:graph/default> kg:graphCounts "{...}"``.
COUNTS_NODE = RESOURCE_BASE + "graph/default"
GRAPH_COUNTS = KG_NS + "graphCounts"
#: The layout of that literal; a literal of another version (or tracking other classes or
#: relations) is not read: the graph is counted instead.
COUNTS_VERSION = 1
_RDF_TYPE = RDF_NS + "type"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def _tracked() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The classes (the entity types and kg:Document) and relations whose triples are counted."""
    from kg.model import ENTITY_TYPES, RELATIONS

    return (*ENTITY_TYPES, "Document"), tuple(RELATIONS)


@dataclass
class GraphCounts:
    """What the build summary and ``kg stats`` print about the queried (default) graph: its
    triples, the ``?x rdf:type kg:C`` triples of each tracked class and the triples of each
    relation (the graph is deduplicated, so these are its entities of each type, documents and
    facts). Every one is a number of triples of a kind, so a write that adds and removes known
    triples changes them by counting those (:meth:`changed`)."""

    triples: int = 0
    classes: dict[str, int] = field(default_factory=dict)
    relations: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        classes, relations = _tracked()
        self.classes = {c: int(self.classes.get(c, 0)) for c in classes}
        self.relations = {r: int(self.relations.get(r, 0)) for r in relations}

    def stats(self) -> dict:
        """As :func:`kg.build.graph_stats` reports them (types and relations with no triple left out)."""
        from collections import Counter

        from kg.model import ENTITY_TYPES

        return {"documents": self.classes["Document"], "triples": self.triples,
                "entities_by_type": Counter({t: self.classes[t] for t in ENTITY_TYPES if self.classes[t]}),
                "facts_by_relation": Counter({r: n for r, n in self.relations.items() if n})}

    def changed(self, added: Iterable[tuple], removed: Iterable[tuple]) -> GraphCounts:
        """The counts after ``added`` triples (absent before) came and ``removed`` ones (present
        before) went; (subject, predicate, object) pyoxigraph terms."""
        out = GraphCounts(self.triples, dict(self.classes), dict(self.relations))
        for triples, sign in ((added, 1), (removed, -1)):
            for _, p, o in triples:
                out.triples += sign
                p = p.value
                if p == _RDF_TYPE:
                    o = getattr(o, "value", "")
                    if o.startswith(KG_NS) and o[len(KG_NS):] in out.classes:
                        out.classes[o[len(KG_NS):]] += sign
                elif p.startswith(KG_NS) and p[len(KG_NS):] in out.relations:
                    out.relations[p[len(KG_NS):]] += sign
        return out

    def to_json(self) -> str:
        import json

        return json.dumps({"version": COUNTS_VERSION, "triples": self.triples, "classes": self.classes,
                           "relations": self.relations}, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> GraphCounts | None:
        """The counts a literal holds; None if it is not of this kg's layout or tracked kinds."""
        import json

        try:
            data = json.loads(text)
            classes, relations = _tracked()
            if (data.get("version") != COUNTS_VERSION or set(data["classes"]) != set(classes)
                    or set(data["relations"]) != set(relations)):
                return None
            return cls(int(data["triples"]), data["classes"], data["relations"])
        except (ValueError, TypeError, KeyError, AttributeError):
            return None


def canonical_triples(triples: Iterable[tuple]) -> set[tuple]:
    """``triples`` ((subject, predicate, object) pyoxigraph terms) as Oxigraph stores them: typed
    literals are stored by value, so ``"0.800"^^xsd:decimal`` reads back as ``"0.8"`` and the two
    are one triple in the store but two Python values. Each distinct typed literal (strings need
    nothing) goes through an in-memory store once."""
    import pyoxigraph

    triples = list(triples)
    string = pyoxigraph.NamedNode(XSD_STRING)
    typed = {t[2] for t in triples if isinstance(t[2], pyoxigraph.Literal) and t[2].datatype != string}
    if not typed:
        return set(triples)
    scratch = pyoxigraph.Store()
    value = pyoxigraph.NamedNode("urn:kg:value")
    order = list(typed)
    scratch.extend(pyoxigraph.Quad(pyoxigraph.NamedNode(f"urn:kg:{i}"), value, lit) for i, lit in enumerate(order))
    stored = {q.subject.value: q.object for q in scratch}
    form = {lit: stored[f"urn:kg:{i}"] for i, lit in enumerate(order)}
    return {(s, p, form.get(o, o)) for s, p, o in triples}


def counts_update(counts: GraphCounts | None) -> str:
    """SPARQL Update replacing the kept counts with ``counts`` (or dropping them: None), to run in
    the same transaction as the write whose result they count."""
    import pyoxigraph

    drop = f"DELETE WHERE {{ GRAPH <{META_GRAPH}> {{ <{COUNTS_NODE}> <{GRAPH_COUNTS}> ?counts }} }}"
    if counts is None:
        return drop
    return (f"{drop} ;\nINSERT DATA {{ GRAPH <{META_GRAPH}> {{ <{COUNTS_NODE}> <{GRAPH_COUNTS}> "
            f"{pyoxigraph.Literal(counts.to_json())} }} }}")

