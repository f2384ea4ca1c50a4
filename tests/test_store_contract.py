"""The store contract (kg.store.contract.Store), one suite run against both backends: the embedded
Oxigraph store in a folder and a real SPARQL server (`oxigraph serve`, the fixture of conftest.py).

Each test takes ``location`` (a folder or the server's URL, emptied) and opens it through
kg.store.open_store / open_graph, as every command does; what the backend writes is compared with
an in-memory embedded store given the same writes (the same graph, byte for byte)."""

from __future__ import annotations

import inspect
import json
import sys

import pytest

from kg.errors import QueryError, StoreError
from kg.store import GraphStore, SparqlStore, Store, Writer, open_graph, open_store, open_writer
from kg.store.contract import Store as StoreProtocol
from test_resolve import CORPUS, VERSION

BACKENDS = {"embedded": GraphStore, "server": SparqlStore}


@pytest.fixture(params=list(BACKENDS))
def location(request, tmp_path):
    """Where the store is: a new folder, or the (emptied) SPARQL server."""
    if request.param == "server":
        return request.getfixturevalue("server")
    return tmp_path / "store"


def reference(extractions=CORPUS):
    """An in-memory embedded store given the same writes."""
    ref = GraphStore(None)
    ref.write_extractions(extractions, VERSION)
    return ref


def written(location, extractions=CORPUS):
    with open_store(location) as st:
        results = st.write_extractions(extractions, VERSION)
    assert all(error is None for _, error in results)


# ------------------------------------------------------------------------- the contract itself

#: Set by each opening, not by the class.
INSTANCE_ATTRIBUTES = {"path", "read_only"}
PROTOCOL_MEMBERS = ({name for name in dir(StoreProtocol) if not name.startswith("_")}
                    | set(StoreProtocol.__annotations__) | {"__enter__", "__exit__", "__len__"}) - INSTANCE_ATTRIBUTES


@pytest.mark.parametrize("backend", list(BACKENDS.values()), ids=list(BACKENDS))
def test_each_backend_has_every_member_of_the_contract_with_its_signature(backend):
    missing = {name for name in PROTOCOL_MEMBERS if not hasattr(backend, name)}
    assert not missing, f"{backend.__name__} lacks {sorted(missing)}"
    for name in PROTOCOL_MEMBERS:
        spec = getattr(StoreProtocol, name, None)
        if not callable(spec) or name in ("__enter__", "__exit__"):
            continue
        want = list(inspect.signature(spec).parameters)
        have = list(inspect.signature(getattr(backend, name)).parameters)
        assert have[:len(want)] == want, f"{backend.__name__}.{name}{have} is not the contract's {want}"
    for flag in ("supports_import", "supports_reason", "supports_serve"):
        assert isinstance(getattr(backend, flag), bool), flag


def test_capability_flags_say_what_only_the_embedded_store_does():
    assert GraphStore.supports_import and GraphStore.supports_reason and GraphStore.supports_serve
    assert not (SparqlStore.supports_import or SparqlStore.supports_reason or SparqlStore.supports_serve)


def test_open_store_open_writer_and_open_graph_pick_the_backend(location, tmp_path):
    kind = GraphStore if isinstance(location, type(tmp_path)) else SparqlStore
    with open_store(location) as st:
        assert type(st) is kind and isinstance(st, Store)
        assert st.path == (location if kind is GraphStore else None) and st.read_only is False
        assert st.keeps_counts is (kind is GraphStore) and st.deduplicated is (kind is GraphStore)
    with open_writer(location) as writer:
        assert isinstance(writer, Writer)
        with writer.open() as st:
            assert type(st) is kind and not st.read_only
    graph = open_graph(tmp_path / "out", str(location))
    assert graph.backend is kind and graph.location == (str(location) if kind is SparqlStore else location)
    assert (graph.supports_import, graph.supports_reason, graph.supports_serve) == (kind is GraphStore,) * 3
    assert open_graph(tmp_path / "out").location == tmp_path / "out" / "store", "OUT/store by default"


# ------------------------------------------------------------------------- reads and writes

def test_the_same_writes_give_the_same_graph_and_the_same_reads(location):
    written(location, CORPUS[:8])
    written(location, CORPUS[8:])  # a second transaction, resolved against the first
    ref = reference()
    with open_store(location, read_only=True) as st:
        assert st.read_only
        for fmt in ("turtle", "nt", "jsonld"):
            assert st.serialize(fmt) == ref.serialize(fmt), fmt
        assert st.count_triples() == ref.count_triples() == len(st) > 100
        doc = st.documents()[0]
        assert st.count_triples(doc["iri"]) == ref.count_triples(doc["iri"]) > 0, "a named graph's triples"
        assert st.documents() == ref.documents() and len(st.documents()) == len(CORPUS)
        assert st.imports() == [] and not st.has_imports() and not st.has_inferred()
        assert st.find_documents(doc["id"][:8]) == ref.find_documents(doc["id"][:8]) == [doc]
        assert st.find_documents(doc["source"]) == [doc]
        assert sorted(st.known_entities(), key=repr) == sorted(ref.known_entities(), key=repr)
        assert st.document_version(doc["id"]) == VERSION and st.document_version("0" * 64) is None
        assert st.graph_counts() == st.count_graph() == ref.count_graph() == ref.graph_counts()
        triples = sorted(ref.triples(), key=str)[:40]
        assert st.present([(t.subject, t.predicate, t.object) for t in triples]) == \
            ref.present([(t.subject, t.predicate, t.object) for t in triples]) != set()
        sparql = "SELECT ?n WHERE { ?e a kg:Person ; rdfs:label ?n } ORDER BY ?n"
        assert [r["n"].value for r in st.query(sparql)] == [r["n"].value for r in ref.query(sparql)] != []
        assert bool(st.query("ASK { ?s ?p ?o }"))
        assert len(st.to_rdflib()) == ref.count_triples()
        assert st.check() == []
        with pytest.raises(StoreError, match="read-only"):
            st.write_extractions(CORPUS[:1], VERSION)


def test_removals_give_the_graph_of_the_documents_that_remain(location):
    written(location)
    gone = [CORPUS[i].document.id for i in (0, 3)]
    with open_store(location) as st:
        assert st.remove_documents(gone) == set(gone) and st.remove_documents(gone) == set()
        assert st.remove_document(CORPUS[5].document.id) and not st.remove_document(CORPUS[5].document.id)
        ref = reference([ex for i, ex in enumerate(CORPUS) if i not in (0, 3, 5)])
        assert st.serialize("nt") == ref.serialize("nt")
        assert st.graph_counts() == ref.count_graph()


def test_queries_and_updates_fail_alike(location):
    written(location, CORPUS[:3])
    with open_store(location) as st:
        with pytest.raises(QueryError):
            st.query("SELECT ?x WHERE { ?x ")
        with pytest.raises(QueryError, match="reason"):
            st.query("SELECT * WHERE { ?s ?p ?o }", reason=True)  # no inferred graph there
        before = st.count_triples()
        st.update("INSERT DATA { ent:Someone a kg:Person }")
        assert st.count_triples() == before + 1
        assert st.graph_counts() == st.count_graph()
        with pytest.raises(QueryError):
            st.update("INSERT DATA { ent:Someone ")


def test_what_a_backend_cannot_do_it_refuses_saying_where(location, tmp_path):
    ttl = tmp_path / "facts.ttl"
    ttl.write_text("@prefix kg: <http://kg.example.org/ontology#> .\n"
                   "<http://kg.example.org/resource/Acme> a kg:Organization .\n", encoding="utf-8")
    with open_store(location) as st:
        if st.supports_import:
            graph, count, new = st.import_rdf(ttl)
            assert count == 1 and new and st.has_imports()
        else:
            with pytest.raises(StoreError, match="embedded store only"):
                st.import_rdf(ttl)
        if st.supports_reason:
            assert st.replace_inferred([]) == 0
        else:
            with pytest.raises(StoreError, match="embedded store only"):
                st.replace_inferred([])
    graph = open_graph(tmp_path / "out", str(location))
    for capability in ("import", "reason", "serve"):
        if getattr(graph, f"supports_{capability}"):
            graph.require(capability)
        else:
            with pytest.raises(StoreError, match="embedded store only"):
                graph.require(capability)


# ------------------------------------------------------------------------- the graph object

def test_the_graph_object_queries_exports_and_projects_either_backend(location, tmp_path):
    written(location)
    ref = reference()
    graph = open_graph(tmp_path / "out", str(location))
    rows = graph.query("SELECT ?n WHERE { ?e a kg:Person ; rdfs:label ?n } ORDER BY ?n")
    assert rows and all(set(r) == {"n"} for r in rows)
    assert graph.select("SELECT ?n WHERE { ?e a kg:Person ; rdfs:label ?n } ORDER BY ?n") == \
        (["n"], [[r["n"]] for r in rows])
    named = graph.query("entities", format="json")  # a named query, as `kg query entities -f json`
    assert json.loads(named) and graph.query("entities", format="csv").startswith("name,type,")
    assert graph.query("entities", timeout=30) == graph.query("entities"), "through the child process"
    assert graph.export("nt") == ref.serialize("nt")
    assert graph.export("csv").startswith(b"subject,")
    g = graph.to_networkx()
    assert g.number_of_nodes() > 10 and g.number_of_edges() > 0
    assert len(graph.to_rdflib()) == ref.count_triples()
    assert graph.documents() == ref.documents()
    assert graph.stats() == graph.stats(fresh=True) and graph.stats()["documents"] == len(CORPUS)
    written_files = graph.write_outputs(page=False)
    assert [p.name for p in written_files] == ["graph.ttl"]
    assert (tmp_path / "out" / "graph.ttl").read_bytes() == ref.serialize("turtle")


def test_dataframe_needs_pandas_and_says_so(tmp_path, monkeypatch):
    written(tmp_path / "store", CORPUS[:3])
    graph = open_graph(tmp_path)
    monkeypatch.setitem(sys.modules, "pandas", None)  # as if pandas were not installed
    with pytest.raises(ImportError, match="pip install pandas"):
        graph.dataframe("entities")
    monkeypatch.undo()
    pandas = pytest.importorskip("pandas")
    frame = graph.dataframe("entities")
    assert isinstance(frame, pandas.DataFrame) and list(frame.columns) == list(graph.query("entities")[0])
