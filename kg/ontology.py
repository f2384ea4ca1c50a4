"""The vocabulary of ``kg/data/ontology/kg.ttl`` mirrored in code.

A test checks that this namespace and the Turtle file declare exactly the same terms, so a typo in
either one fails the suite instead of minting a property nobody defined.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef

from kg.data import data_path

ONTOLOGY_IRI = "http://kg.example.org/ontology"
RESOURCE_BASE = "http://kg.example.org/resource/"


def ontology_path() -> Path:
    """kg.ttl, the ontology (``kg/data/ontology/kg.ttl``)."""
    return data_path("ontology", "kg.ttl")


def shapes_path() -> Path:
    """shapes.ttl, the SHACL shapes ``kg validate`` checks (``kg/data/ontology/shapes.ttl``)."""
    return data_path("ontology", "shapes.ttl")


def super_properties() -> dict[str, frozenset[str]]:
    """Local name of each kg: property -> the local names of all its super-properties
    (rdfs:subPropertyOf, transitively), read from kg.ttl: "ceoOf" -> {"worksFor", "leads"}."""
    return _super_properties(str(ontology_path()))


@lru_cache(maxsize=4)
def _super_properties(path: str) -> dict[str, frozenset[str]]:
    import rdflib
    from rdflib.namespace import RDFS

    g = rdflib.Graph().parse(path, format="turtle")
    ns = ONTOLOGY_IRI + "#"
    direct: dict[str, set[str]] = {}
    for sub, sup in g.subject_objects(RDFS.subPropertyOf):
        if str(sub).startswith(ns) and str(sup).startswith(ns):
            direct.setdefault(str(sub)[len(ns):], set()).add(str(sup)[len(ns):])
    closure: dict[str, frozenset[str]] = {}
    for prop in direct:
        seen: set[str] = set()
        todo = list(direct[prop])
        while todo:
            p = todo.pop()
            if p not in seen:
                seen.add(p)
                todo += direct.get(p, ())
        closure[prop] = frozenset(seen - {prop})
    return closure


class KG(DefinedNamespace):
    """kg: classes and properties (see kg/data/ontology/kg.ttl for labels, comments, domains, ranges)."""

    _fail = True
    _NS = Namespace(ONTOLOGY_IRI + "#")

    # classes
    Entity: URIRef
    Agent: URIRef
    Person: URIRef
    Organization: URIRef
    Product: URIRef
    Place: URIRef
    Document: URIRef

    # relations and their inverses
    founded: URIRef
    foundedBy: URIRef
    sued: URIRef
    suedBy: URIRef
    investedIn: URIRef
    hasInvestor: URIRef
    rivalOf: URIRef
    worksFor: URIRef
    employs: URIRef
    leads: URIRef
    ledBy: URIRef
    ceoOf: URIRef
    hasCEO: URIRef
    owns: URIRef
    ownedBy: URIRef
    develops: URIRef
    developedBy: URIRef
    acquired: URIRef
    acquiredBy: URIRef
    partneredWith: URIRef
    subsidiaryOf: URIRef
    hasSubsidiary: URIRef
    left: URIRef
    accused: URIRef
    criticized: URIRef

    # evidence and identity
    evidence: URIRef
    confidence: URIRef
    pattern: URIRef
    contentHash: URIRef
    extractorVersion: URIRef

    # what each document said, and its resolution (documents' graphs and the resolution graph)
    Mention: URIRef
    name: URIRef
    surfaceName: URIRef
    mentionType: URIRef
    resolvesTo: URIRef
    matchKey: URIRef
    mentionRecord: URIRef
    resolutionPolicy: URIRef
