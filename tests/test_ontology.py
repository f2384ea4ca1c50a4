"""The ontology file, its mirror in code, and the SHACL shapes agree."""

from __future__ import annotations

import rdflib
from rdflib import OWL, RDF, RDFS

from kg.model import RELATIONS, SYMMETRIC_RELATIONS
from kg.ontology import KG, ontology_path, shapes_path

NS = str(KG._NS)


def _ontology():
    return rdflib.Graph().parse(ontology_path(), format="turtle")


def test_namespace_and_ttl_declare_the_same_terms():
    g = _ontology()
    declared = {str(s)[len(NS):] for s in g.subjects(RDF.type, None) if str(s).startswith(NS)}
    in_code = {name for name in KG.__annotations__}
    assert declared == in_code


def test_unknown_term_fails():
    import pytest

    with pytest.raises(AttributeError):
        KG.foundedd  # noqa: B018 - a typo must not mint a property


def test_every_relation_has_label_comment_domain_range():
    g = _ontology()
    for rel in RELATIONS:
        iri = KG[rel]
        assert (iri, RDF.type, OWL.ObjectProperty) in g, rel
        for p in (RDFS.label, RDFS.comment, RDFS.domain, RDFS.range):
            assert g.value(iri, p) is not None, f"{rel} has no {p}"


def test_symmetric_inverse_and_subproperty():
    g = _ontology()
    symmetric = {str(s)[len(NS):] for s in g.subjects(RDF.type, OWL.SymmetricProperty)}
    assert symmetric == set(SYMMETRIC_RELATIONS)
    assert (KG.founded, OWL.inverseOf, KG.foundedBy) in g
    assert (KG.ceoOf, RDFS.subPropertyOf, KG.worksFor) in g


def test_shapes_parse_and_name_only_ontology_terms():
    shapes = rdflib.Graph().parse(shapes_path(), format="turtle")
    used = {str(t)[len(NS):] for t in shapes.all_nodes() if isinstance(t, rdflib.URIRef) and str(t).startswith(NS)}
    assert used <= set(KG.__annotations__)
