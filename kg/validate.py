"""``kg validate``: pySHACL over the graph with kg/data/ontology/shapes.ttl (and the ontology, so that
subclass reasoning applies)."""

from __future__ import annotations


def validate_graph(data_graph) -> tuple[bool, list[dict]]:
    """(conforms, violations) of an rdflib graph; each violation has focus, path and message."""
    import rdflib
    from pyshacl import validate

    from kg.ontology import ontology_path, shapes_path

    shapes = rdflib.Graph().parse(shapes_path(), format="turtle")
    ontology = rdflib.Graph().parse(ontology_path(), format="turtle")
    conforms, results, _ = validate(data_graph, shacl_graph=shapes, ont_graph=ontology, inference="none",
                                    allow_warnings=True)
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    violations = []
    for result in results.subjects(rdflib.RDF.type, sh.ValidationResult):
        violations.append({
            "focus": str(results.value(result, sh.focusNode)),
            "path": str(results.value(result, sh.resultPath) or ""),
            "message": str(results.value(result, sh.resultMessage) or ""),
            "severity": str(results.value(result, sh.resultSeverity)).rsplit("#", 1)[-1],
        })
    violations.sort(key=lambda v: (v["focus"], v["path"], v["message"]))
    return bool(conforms), violations
