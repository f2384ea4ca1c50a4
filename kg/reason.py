"""Optional reasoning: OWL-RL or RDFS closure (owlrl) materialised into a graph of its own.

The reasoner runs on an in-memory rdflib copy (owlrl raises on Oxigraph-backed graphs with
literals, ../shared/TOOLCHAIN.md) of just what it needs: the ontology, the entities' kg: types and
the direct facts between them (not the statements and their evidence). What it adds about our
resources, and nothing it merely restates, goes to the named graph ``kgr:graph/inferred``
(:data:`kg.rdf.INFERRED_GRAPH`), so inferred and asserted facts never mix: queries read the
asserted graph unless asked (``kg query --reason``). With OWL-RL this gives the inverses
(``X founded Y`` => ``Y foundedBy X``), symmetric facts (``rivalOf`` both ways) and
super-properties (``ceoOf`` => ``worksFor``, ``leads``); RDFS gives only the super-properties and
the domain and range types.

Any write to the store drops the inferred graph (it would be stale); ``kg reason`` or
``kg build --reason`` makes it again.
"""

from __future__ import annotations

PROFILES = ("owl-rl", "rdfs")


def inferred_triples(store, profile: str = "owl-rl") -> list:
    """The triples the reasoner adds about the store's resources (pyoxigraph Triples, sorted)."""
    import owlrl
    import pyoxigraph
    import rdflib

    from kg.namespace import RDF
    from kg.ontology import ontology_path
    from kg.rdf import KG_NS, RESOURCE_BASE

    if profile not in PROFILES:
        from kg.errors import QueryError

        raise QueryError(f"unknown reasoning profile {profile!r}; use owl-rl or rdfs")
    g = rdflib.Graph()
    g.parse(ontology_path(), format="turtle")
    facts = store.query(
        "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o . FILTER(isIRI(?o) && STRSTARTS(STR(?s), STR(kgr:)) && "
        "((STRSTARTS(STR(?p), STR(kg:)) && STRSTARTS(STR(?o), STR(kgr:))) || "
        "(?p = rdf:type && STRSTARTS(STR(?o), STR(kg:)) && ?o != kg:Document))) }")
    for t in facts:
        g.add((rdflib.URIRef(t.subject.value), rdflib.URIRef(t.predicate.value), rdflib.URIRef(t.object.value)))
    before = set(g)
    semantics = owlrl.OWLRL_Semantics if profile == "owl-rl" else owlrl.RDFS_Semantics
    owlrl.DeductiveClosure(semantics, axiomatic_triples=False, datatype_axioms=False).expand(g)
    out = []
    rdf_type = RDF.type
    for s, p, o in set(g) - before:
        s, p, o = str(s), str(p), str(o)
        if not s.startswith(RESOURCE_BASE) or not isinstance(o, str):
            continue
        if (p.startswith(KG_NS) and o.startswith(RESOURCE_BASE)) or (p == rdf_type and o.startswith(KG_NS)):
            if s == o and p.startswith(KG_NS):
                continue  # owl:sameAs-style reflexive noise; never a fact an article states
            out.append(pyoxigraph.Triple(pyoxigraph.NamedNode(s), pyoxigraph.NamedNode(p), pyoxigraph.NamedNode(o)))
    return sorted(out, key=str)


def materialise(store, profile: str = "owl-rl") -> int:
    """Replace the store's inferred graph with a fresh closure; returns its number of triples."""
    return store.replace_inferred(inferred_triples(store, profile))
