"""The ontology: ``kg/data/ontology/kg.ttl``, the one source of kg's vocabulary.

Code reads the vocabulary from :mod:`kg.vocabulary`, which this module generates from kg.ttl (as
rdflib generates ``rdflib/namespace/_FOAF.py`` from FOAF): the ``KG`` namespace (every term kg.ttl
declares, and no other), the entity types, the relations, which are symmetric, their inverses,
domains, ranges and super-properties. It is plain Python, so the extractor reads the vocabulary
without parsing Turtle or importing rdflib. After changing kg.ttl, regenerate it::

    python -m kg.ontology --write      # or: make vocab

``python -m kg.ontology`` (no option) says whether kg/vocabulary.py is stale (exit 1), and
tests/test_vocabulary.py fails while it is.
"""

from __future__ import annotations

import sys
from pathlib import Path

from kg.data import data_path
from kg.vocabulary import KG, ONTOLOGY_IRI, SUPER_PROPERTIES  # noqa: F401 - KG is re-exported

RESOURCE_BASE = "http://kg.example.org/resource/"

_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_RDFS = "http://www.w3.org/2000/01/rdf-schema#"
_OWL = "http://www.w3.org/2002/07/owl#"
#: Names a term may not have: they are attributes of :class:`kg.namespace.DefinedNamespace`.
_RESERVED = frozenset({"terms", "local", "mro"})


def ontology_path() -> Path:
    """kg.ttl, the ontology (``kg/data/ontology/kg.ttl``)."""
    return data_path("ontology", "kg.ttl")


def shapes_path() -> Path:
    """shapes.ttl, the SHACL shapes ``kg validate`` checks (``kg/data/ontology/shapes.ttl``)."""
    return data_path("ontology", "shapes.ttl")


def super_properties() -> dict[str, frozenset[str]]:
    """Local name of each kg: property -> the local names of all its super-properties
    (rdfs:subPropertyOf, transitively), as kg.ttl states them: "ceoOf" -> {"worksFor", "leads"}."""
    return dict(SUPER_PROPERTIES)


# ---------------------------------------------------------------- generating kg/vocabulary.py


def read_ontology(path: Path | str | None = None) -> dict:
    """What kg.ttl declares, in the order it declares it: the namespace, each term (kind, label,
    comment), the classes under kg:Entity, the relations and their properties.

    Parsed with pyoxigraph (which keeps the file's order, so kg.vocabulary lists terms and
    relations as kg.ttl does). The relations are the kg: object properties whose domain and range
    are kg:Entity or classes under it, except those named as another's ``owl:inverseOf``."""
    import pyoxigraph

    path = Path(path) if path is not None else ontology_path()
    triples = [(t.subject.value, t.predicate.value, t.object.value)
               for t in pyoxigraph.parse(path=str(path), format=pyoxigraph.RdfFormat.TURTLE)]
    ontologies = [s for s, p, o in triples if p == _RDF + "type" and o == _OWL + "Ontology"]
    if len(ontologies) != 1:
        raise ValueError(f"{path} declares {len(ontologies)} owl:Ontology, not one")
    ns = ontologies[0] + "#"

    def local(iri: str) -> str | None:
        return iri[len(ns):] if iri.startswith(ns) else None

    def values(s: str, p: str) -> list[str]:
        return [o for s2, p2, o in triples if s2 == s and p2 == p]

    def one(s: str, p: str, what: str) -> str | None:
        found = values(s, p)
        if len(found) > 1:
            raise ValueError(f"kg:{local(s)} has {len(found)} {what}; kg reads one")
        return found[0] if found else None

    kinds = {_OWL + "Class": "class", _OWL + "ObjectProperty": "object", _OWL + "DatatypeProperty": "datatype"}
    terms: dict[str, dict] = {}
    for s, p, o in triples:
        name = local(s)
        if p != _RDF + "type" or name is None or o not in kinds:
            continue
        if name in _RESERVED or name.startswith("_") or not name.isidentifier():
            raise ValueError(f"kg:{name} cannot be a Python attribute of the KG namespace")
        if name in terms and terms[name]["kind"] != kinds[o]:
            raise ValueError(f"kg:{name} is declared both {terms[name]['kind']} and {kinds[o]}")
        terms.setdefault(name, {"kind": kinds[o], "label": one(s, _RDFS + "label", "labels"),
                                "comment": one(s, _RDFS + "comment", "comments")})
    undeclared = sorted({local(t) for tr in triples for t in tr if local(t) is not None} - set(terms))
    if undeclared:
        raise ValueError(f"{path} uses kg: terms it does not declare: {', '.join(undeclared)}")

    # classes under kg:Entity, and the entity types (those classes with no subclass)
    parents = {c: [local(o) for o in values(ns + c, _RDFS + "subClassOf") if local(o)]
               for c, t in terms.items() if t["kind"] == "class"}

    def ancestors(c: str) -> set[str]:
        out: set[str] = set()
        todo = list(parents.get(c, ()))
        while todo:
            a = todo.pop()
            if a not in out:
                out.add(a)
                todo += parents.get(a, ())
        return out

    if "Entity" not in parents:
        raise ValueError(f"{path} declares no kg:Entity")
    under = [c for c in parents if c == "Entity" or "Entity" in ancestors(c)]
    entity_types = [c for c in under if not any(c in parents[d] for d in under)]
    class_types = {c: [t for t in entity_types if t == c or c in ancestors(t)] for c in under}

    inverse_targets = {local(o) for s, p, o in triples if p == _OWL + "inverseOf"}
    relations: dict[str, dict] = {}
    for name, t in terms.items():
        if t["kind"] != "object" or name in inverse_targets:
            continue
        domain = one(ns + name, _RDFS + "domain", "domains")
        range_ = one(ns + name, _RDFS + "range", "ranges")
        if local(domain or "") not in class_types or local(range_ or "") not in class_types:
            continue  # not between entities (kg:mentionType, kg:resolvesTo)
        inverse = one(ns + name, _OWL + "inverseOf", "inverses")
        relations[name] = {"domain": local(domain), "range": local(range_),
                           "inverse": local(inverse) if inverse else None,
                           "symmetric": _OWL + "SymmetricProperty" in values(ns + name, _RDF + "type")}

    direct: dict[str, set[str]] = {}
    for s, p, o in triples:
        if p == _RDFS + "subPropertyOf" and local(s) and local(o):
            direct.setdefault(local(s), set()).add(local(o))
    supers = {}
    for prop in direct:
        seen: set[str] = set()
        todo = list(direct[prop])
        while todo:
            q = todo.pop()
            if q not in seen:
                seen.add(q)
                todo += direct.get(q, ())
        supers[prop] = sorted(seen - {prop})
    return {"ontology": ontologies[0], "namespace": ns, "terms": terms, "entity_types": entity_types,
            "class_types": class_types, "relations": relations, "super_properties": supers}


def vocabulary_source(path: Path | str | None = None) -> str:
    """The text of kg/vocabulary.py for the ontology at ``path`` (default: kg.ttl)."""
    import json
    import textwrap

    o = read_ontology(path)
    rels = o["relations"]

    def q(s: str) -> str:
        return json.dumps(s, ensure_ascii=False)

    def fset(items) -> str:
        return "frozenset({" + ", ".join(q(i) for i in sorted(items)) + "})" if items else "frozenset()"

    out = ['"""The kg: vocabulary, GENERATED from kg/data/ontology/kg.ttl: do not edit this file.',
           "",
           "Regenerate it after changing kg.ttl: ``python -m kg.ontology --write`` (``make vocab``);",
           "tests/test_vocabulary.py fails while the two differ. See :mod:`kg.ontology` for how it is read",
           "(the relations are kg.ttl's object properties between entities, inverses left out) and",
           ":mod:`kg.namespace` for the namespace class (no rdflib).",
           '"""',
           "",
           "from __future__ import annotations",
           "",
           "from kg.namespace import DefinedNamespace",
           "",
           f"ONTOLOGY_IRI = {q(o['ontology'])}",
           "",
           "",
           "class KG(DefinedNamespace):",
           '    """The terms kg.ttl declares: ``KG.founded`` is the IRI of kg:founded, ``KG["founded"]``',
           '    too; any other name raises :class:`kg.namespace.UnknownTermError`."""',
           "",
           f"    _NS = {q(o['namespace'])}"]
    headings = {"class": "classes", "object": "object properties", "datatype": "datatype properties"}
    for kind, heading in headings.items():
        out += ["", f"    # {heading}"]
        for name, t in o["terms"].items():
            if t["kind"] != kind:
                continue
            note = t["comment"] or t["label"] or ""
            if name in rels:
                r = rels[name]
                note = f"({r['domain']} -> {r['range']}) {note}"
            if note:
                out += textwrap.wrap(note, 96, initial_indent="    #: ", subsequent_indent="    #: ")
            out.append(f"    {name}: str")
    out.append("")

    def table(comment: str, name: str, entries: list[str], kind: str = "dict") -> None:
        opening, closing = {"dict": ("{", "}"), "tuple": ("(", ")"), "set": ("frozenset({", "})")}[kind]
        out.extend(["", *textwrap.wrap(comment, 98, initial_indent="#: ", subsequent_indent="#: ")])
        out.append(f"{name} = {opening}")
        out.extend(f"    {e}," for e in entries)
        out.append(closing)

    table("The entity types: the classes under kg:Entity with no subclass (an entity has one).",
          "ENTITY_TYPES", [q(t) for t in o["entity_types"]], "tuple")
    table("Each class under kg:Entity (and kg:Entity) -> the entity types it admits (itself or its "
          "subclasses): what a domain or range of that class allows.",
          "CLASS_TYPES", [f"{q(c)}: {fset(ts)}" for c, ts in o["class_types"].items()])
    table("The relations the extractor asserts, in kg.ttl's order (the order kg lists them in).",
          "RELATIONS", [q(r) for r in rels], "tuple")
    table("Relations whose direction carries no meaning (owl:SymmetricProperty): A rivalOf B is "
          "the same fact as B rivalOf A.",
          "SYMMETRIC_RELATIONS", [q(r) for r in rels if rels[r]["symmetric"]], "set")
    table("owl:inverseOf: relation -> the name of its inverse (``X founded Y`` is ``Y foundedBy X``).",
          "INVERSES", [f"{q(r)}: {q(v['inverse'])}" for r, v in rels.items() if v["inverse"]])
    table("rdfs:domain of each relation (a class).", "DOMAIN", [f"{q(r)}: {q(v['domain'])}" for r, v in rels.items()])
    table("rdfs:range of each relation (a class).", "RANGE", [f"{q(r)}: {q(v['range'])}" for r, v in rels.items()])
    table("The entity types each relation's domain admits.", "DOMAIN_TYPES",
          [f"{q(r)}: {fset(o['class_types'][v['domain']])}" for r, v in rels.items()])
    table("The entity types each relation's range admits.", "RANGE_TYPES",
          [f"{q(r)}: {fset(o['class_types'][v['range']])}" for r, v in rels.items()])
    table("rdfs:subPropertyOf, transitively: property -> all its super-properties (``ceoOf`` "
          "entails ``worksFor`` and ``leads``).", "SUPER_PROPERTIES",
          [f"{q(p)}: {fset(s)}" for p, s in o["super_properties"].items()])
    return "\n".join(out) + "\n"


def vocabulary_module_path() -> Path:
    return Path(__file__).with_name("vocabulary.py")


def main(argv: list[str] | None = None) -> int:
    """``python -m kg.ontology [--write]``: check (or rewrite) kg/vocabulary.py against kg.ttl."""
    argv = sys.argv[1:] if argv is None else argv
    if argv not in ([], ["--write"]):
        print("usage: python -m kg.ontology [--write]", file=sys.stderr)
        return 2
    target = vocabulary_module_path()
    fresh = vocabulary_source()
    current = target.read_text(encoding="utf-8") if target.exists() else ""
    if current == fresh:
        print(f"{target} is up to date with {ontology_path()}")
        return 0
    if argv == ["--write"]:
        target.write_text(fresh, encoding="utf-8")
        print(f"wrote {target}")
        return 0
    print(f"{target} is stale: run `python -m kg.ontology --write` (make vocab)", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
