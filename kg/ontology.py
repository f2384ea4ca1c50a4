"""The vocabulary of ``ontology/kg.ttl`` mirrored in code.

A test checks that this namespace and the Turtle file declare exactly the same terms, so a typo in
either one fails the suite instead of minting a property nobody defined.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef

ONTOLOGY_IRI = "http://kg.example.org/ontology"
RESOURCE_BASE = "http://kg.example.org/resource/"

ONTOLOGY_DIR = Path(__file__).resolve().parent.parent / "ontology"


def ontology_path() -> Path:
    """Path of kg.ttl: beside the package in a checkout, or shipped inside it when installed."""
    for candidate in (ONTOLOGY_DIR / "kg.ttl", Path(__file__).parent / "data" / "kg.ttl"):
        if candidate.exists():
            return candidate
    raise FileNotFoundError("ontology/kg.ttl not found; reinstall the package from its checkout")


def shapes_path() -> Path:
    for candidate in (ONTOLOGY_DIR / "shapes.ttl", Path(__file__).parent / "data" / "shapes.ttl"):
        if candidate.exists():
            return candidate
    raise FileNotFoundError("ontology/shapes.ttl not found; reinstall the package from its checkout")


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
    """kg: classes and properties (see ontology/kg.ttl for labels, comments, domains, ranges)."""

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
