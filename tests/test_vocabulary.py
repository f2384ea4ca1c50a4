"""One vocabulary: kg/data/ontology/kg.ttl is its source, and nothing in code drifts from it.

kg/vocabulary.py is generated from kg.ttl (``make vocab``); these tests fail on any difference
between the two, read kg.ttl again with rdflib (a second parser, so the generator's own reading
is checked too), check the extractor's signature is kg.ttl's or a stated subset of it, the SHACL
shapes state kg.ttl's domains and ranges, and that extraction never imports rdflib.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import textwrap

import pytest
import rdflib
from rdflib import OWL, RDF, RDFS, URIRef

from kg import vocabulary as V
from kg.data import data_path
from kg.namespace import DefinedNamespace, Namespace, UnknownTermError
from kg.ontology import ontology_path, shapes_path, vocabulary_module_path, vocabulary_source
from kg.vocabulary import KG

NS = str(KG)


@pytest.fixture(scope="module")
def ontology() -> rdflib.Graph:
    return rdflib.Graph().parse(ontology_path(), format="turtle")


def local(term) -> str:
    assert str(term).startswith(NS), term
    return str(term)[len(NS):]


# ---------------------------------------------------------------- the generated module


def test_vocabulary_module_is_generated_from_the_ontology():
    fresh = vocabulary_source()
    current = vocabulary_module_path().read_text(encoding="utf-8")
    assert current == fresh, "kg/vocabulary.py differs from kg.ttl: run `make vocab` (python -m kg.ontology --write)"


def test_the_check_command_says_whether_the_module_is_stale(tmp_path, monkeypatch):
    import kg.ontology as ontology

    assert ontology.main([]) == 0
    stale = tmp_path / "vocabulary.py"
    stale.write_text("# old\n")
    monkeypatch.setattr(ontology, "vocabulary_module_path", lambda: stale)
    assert ontology.main([]) == 1
    assert ontology.main(["--write"]) == 0
    assert stale.read_text() == vocabulary_source()
    assert ontology.main(["--bogus"]) == 2


def test_a_changed_ontology_changes_the_module(tmp_path):
    """The generator reads what kg.ttl says, not a list of its own: a narrowed range, a new
    symmetric relation and a new relation all show up."""
    text = ontology_path().read_text(encoding="utf-8")
    text = re.sub(r"(kg:owns a owl:ObjectProperty ;.*?rdfs:range )kg:Entity", r"\1kg:Organization", text, flags=re.S)
    text = text.replace("kg:accused a owl:ObjectProperty ;", "kg:accused a owl:ObjectProperty, owl:SymmetricProperty ;")
    text += textwrap.dedent("""
        kg:praised a owl:ObjectProperty ;
            rdfs:label "praised" ; rdfs:comment "The subject praised the object." ;
            rdfs:domain kg:Agent ; rdfs:range kg:Entity .
        """)
    changed = tmp_path / "kg.ttl"
    changed.write_text(text, encoding="utf-8")
    ns: dict = {}
    exec(compile(vocabulary_source(changed), "vocabulary.py", "exec"), ns)
    assert ns["RANGE"]["owns"] == "Organization" and ns["RANGE_TYPES"]["owns"] == {"Organization"}
    assert "accused" in ns["SYMMETRIC_RELATIONS"]
    assert ns["RELATIONS"][-1] == "praised" and ns["KG"].praised == NS + "praised"


def test_an_undeclared_term_in_the_ontology_is_refused(tmp_path):
    broken = tmp_path / "kg.ttl"
    broken.write_text(ontology_path().read_text(encoding="utf-8").replace(
        "rdfs:range kg:Product ;\n    owl:inverseOf kg:developedBy", "rdfs:range kg:Produkt ;\n    owl:inverseOf kg:developedBy"))
    with pytest.raises(ValueError, match="Produkt"):
        vocabulary_source(broken)


# ---------------------------------------------------------------- the module against rdflib's reading of kg.ttl


def test_namespace_declares_exactly_the_terms_of_the_ontology(ontology):
    declared = {local(s) for s in ontology.subjects(RDF.type, None) if str(s).startswith(NS)}
    assert set(KG.terms()) == declared
    assert len(KG.terms()) == len(set(KG.terms()))


def test_relations_symmetry_inverses_domains_and_ranges_are_the_ontology(ontology):
    inverse_targets = {local(o) for o in ontology.objects(None, OWL.inverseOf)}
    classes = set(V.CLASS_TYPES)
    relations = set()
    for p in ontology.subjects(RDF.type, OWL.ObjectProperty):
        domain, range_ = ontology.value(p, RDFS.domain), ontology.value(p, RDFS.range)
        if local(p) not in inverse_targets and str(domain)[len(NS):] in classes and str(range_)[len(NS):] in classes:
            relations.add(local(p))
    assert set(V.RELATIONS) == relations and len(V.RELATIONS) == len(relations)
    assert set(V.SYMMETRIC_RELATIONS) == {local(p) for p in ontology.subjects(RDF.type, OWL.SymmetricProperty)}
    assert V.INVERSES == {local(s): local(o) for s, o in ontology.subject_objects(OWL.inverseOf)}
    for rel in V.RELATIONS:
        iri = URIRef(KG[rel])
        assert V.DOMAIN[rel] == local(ontology.value(iri, RDFS.domain)), rel
        assert V.RANGE[rel] == local(ontology.value(iri, RDFS.range)), rel
        assert ontology.value(iri, RDFS.label) is not None and ontology.value(iri, RDFS.comment) is not None, rel


def test_entity_types_and_what_each_class_admits(ontology):
    def subclasses(cls: str) -> set[str]:
        return {local(c) for c in ontology.transitive_subjects(RDFS.subClassOf, URIRef(KG[cls]))}

    assert set(V.ENTITY_TYPES) == {c for c in subclasses("Entity") if subclasses(c) == {c}}
    for cls, types in V.CLASS_TYPES.items():
        assert types == subclasses(cls) & set(V.ENTITY_TYPES), cls
    for rel in V.RELATIONS:
        assert V.DOMAIN_TYPES[rel] == V.CLASS_TYPES[V.DOMAIN[rel]]
        assert V.RANGE_TYPES[rel] == V.CLASS_TYPES[V.RANGE[rel]]


def test_super_properties_are_the_ontology(ontology):
    expected = {}
    for p in set(ontology.subjects(RDFS.subPropertyOf, None)):
        supers = {local(s) for s in ontology.transitive_objects(p, RDFS.subPropertyOf)} - {local(p)}
        expected[local(p)] = supers
    assert V.SUPER_PROPERTIES == expected
    from kg.ontology import super_properties

    assert super_properties() == {"ceoOf": {"worksFor", "leads"}, "leads": {"worksFor"}}


def test_the_model_records_use_the_one_vocabulary():
    import kg.model

    assert kg.model.RELATIONS is V.RELATIONS
    assert kg.model.SYMMETRIC_RELATIONS is V.SYMMETRIC_RELATIONS
    assert kg.model.ENTITY_TYPES is V.ENTITY_TYPES


# ---------------------------------------------------------------- the namespace objects


def test_terms_are_iris_and_unknown_terms_fail():
    assert KG.founded == NS + "founded" == KG["founded"]
    assert isinstance(KG.founded, str) and str(KG) == NS
    assert KG.local(NS + "ceoOf") == "ceoOf" and NS + "ceoOf" in KG and NS + "ceoOff" not in KG
    with pytest.raises(AttributeError):
        KG.foundedd  # noqa: B018 - a typo must not mint a property
    with pytest.raises(KeyError):
        KG["foundedd"]
    with pytest.raises(UnknownTermError, match="not a term of KG"):
        KG.local(NS + "foundedd")
    assert not hasattr(KG, "graph_counts")
    with pytest.raises(TypeError):
        KG()


def test_a_defined_namespace_and_an_open_one():
    class EX(DefinedNamespace):
        _NS = "http://example.org/#"
        a: str
        b: str

    assert list(EX) == ["http://example.org/#a", "http://example.org/#b"] and len(EX) == 2
    with pytest.raises(AttributeError):
        EX.c  # noqa: B018
    open_ns = Namespace("http://example.org/o#")
    assert open_ns.anything == open_ns["anything"] == "http://example.org/o#anything"
    assert "http://example.org/o#x" in open_ns and str(open_ns) == "http://example.org/o#"


def test_standard_namespaces_match_rdflib():
    from kg import namespace

    for name in ("RDF", "RDFS", "OWL", "XSD", "PROV", "SKOS"):
        assert str(getattr(namespace, name)) == str(getattr(rdflib.namespace, name)), name
    assert str(namespace.DCTERMS) == str(rdflib.namespace.DCTERMS)


def test_no_module_of_kg_spells_the_ontology_namespace():
    """IRIs of kg: terms come from ``KG``; the namespace is written once, in kg.ttl (and the
    module generated from it)."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[1] / "kg"
    spelled = [str(p.relative_to(root)) for p in root.rglob("*.py")
               if NS in p.read_text(encoding="utf-8") and p.name != "vocabulary.py"]
    assert spelled == []


# ---------------------------------------------------------------- the extractor's signature


def test_the_extractor_signature_is_the_ontology_or_a_stated_subset_of_it():
    from kg.extract.candidates import NARROWER_THAN_ONTOLOGY, PERSON_TO_ORGANIZATION, SIGNATURE

    assert list(SIGNATURE) == list(V.RELATIONS)
    for rel, (domain, range_) in SIGNATURE.items():
        assert domain <= V.DOMAIN_TYPES[rel] and range_ <= V.RANGE_TYPES[rel], rel
        if rel not in NARROWER_THAN_ONTOLOGY:
            assert (domain, range_) == (V.DOMAIN_TYPES[rel], V.RANGE_TYPES[rel]), rel
    for rel, (domain, range_) in NARROWER_THAN_ONTOLOGY.items():
        # a narrowing that says no more than kg.ttl (the ontology was narrowed to it) is removed
        assert rel in V.RELATIONS
        assert domain is None or domain < V.DOMAIN_TYPES[rel], f"{rel}: the domain is kg.ttl's"
        assert range_ is None or range_ < V.RANGE_TYPES[rel], f"{rel}: the range is kg.ttl's"
        assert (domain, range_) != (None, None), rel
    assert PERSON_TO_ORGANIZATION == {"ceoOf", "worksFor", "left", "leads"}


def test_the_extraction_policy_as_it_stands():
    """What the extractor asserts where it asserts less than kg.ttl (README, "The graph")."""
    from kg.extract.candidates import SIGNATURE

    assert SIGNATURE["owns"][1] == SIGNATURE["acquired"][1] == {"Organization", "Product"}
    assert SIGNATURE["partneredWith"] == ({"Organization"}, {"Organization"})
    assert SIGNATURE["criticized"][1] == {"Person", "Organization", "Product"}


def test_relation_names_in_the_extractor_data_are_relations():
    triggers = json.loads(data_path("triggers.json").read_text(encoding="utf-8"))
    named = set()

    def walk(value):
        if isinstance(value, dict):
            if isinstance(value.get("relation"), str):
                named.add(value["relation"])
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    walk(triggers)
    assert named and named <= set(V.RELATIONS)


def test_named_queries_use_only_ontology_terms():
    used = set()
    for rq in data_path("queries").glob("*.rq"):
        used |= set(re.findall(r"\bkg:([A-Za-z_]\w*)", rq.read_text(encoding="utf-8")))
    assert used and used <= set(KG.terms())


# ---------------------------------------------------------------- the SHACL shapes


def test_shapes_state_the_domain_and_range_of_every_relation():
    """Each relation's subjects and objects are constrained to exactly kg.ttl's domain and range
    (as entity classes), by the shapes that target them."""
    SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    shapes = rdflib.Graph().parse(shapes_path(), format="turtle")
    used = {local(t) for t in shapes.all_nodes() if isinstance(t, URIRef) and str(t).startswith(NS)}
    assert used <= set(KG.terms())

    def allowed(shape) -> set[str]:
        if (shape, SH["class"], None) in shapes:
            return {local(c) for c in shapes.objects(shape, SH["class"])}
        out = set()
        for alternatives in shapes.objects(shape, SH["or"]):
            for alt in rdflib.collection.Collection(shapes, alternatives):
                out |= {local(c) for c in shapes.objects(alt, SH["class"])}
        return out

    seen: dict[tuple[str, str], set[str]] = {}
    for target, side in ((SH.targetSubjectsOf, "domain"), (SH.targetObjectsOf, "range")):
        for shape, rel in shapes.subject_objects(target):
            key = (local(rel), side)
            assert key not in seen, f"two shapes constrain the {side} of {key[0]}"
            seen[key] = allowed(shape)
    for rel in V.RELATIONS:
        assert seen.get((rel, "domain")) == set(V.DOMAIN_TYPES[rel]), f"{rel}: domain in shapes.ttl"
        assert seen.get((rel, "range")) == set(V.RANGE_TYPES[rel]), f"{rel}: range in shapes.ttl"


# ---------------------------------------------------------------- no rdflib in extraction


def test_extraction_modules_do_not_import_rdflib():
    code = ("import sys\n"
            "import kg.extract, kg.extract.candidates, kg.extract.constructions, kg.extract.mentions\n"
            "import kg.extract.scorer, kg.model, kg.rdf, kg.resolve, kg.distributed\n"
            "print(sorted(m for m in ('rdflib', 'owlrl', 'pyshacl') if m in sys.modules))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


@pytest.mark.model
def test_building_a_graph_does_not_import_rdflib(tmp_path):
    """``kg build`` (extraction, resolution, the store, graph.ttl and the page) in one process."""
    (tmp_path / "a.txt").write_text("Elon Musk founded xAI. In 2024 xAI sued OpenAI.\n")
    code = ("import sys\n"
            "from click.testing import CliRunner\n"
            "from kg.cli import cli\n"
            f"r = CliRunner().invoke(cli, ['build', {str(tmp_path / 'a.txt')!r}, '--out', {str(tmp_path / 'out')!r}])\n"
            "assert r.exit_code == 0 and 'facts: 0' not in r.output, r.output\n"
            "print(sorted(m for m in ('rdflib', 'owlrl', 'pyshacl') if m in sys.modules))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "[]"
    assert (tmp_path / "out" / "graph.ttl").stat().st_size > 0
