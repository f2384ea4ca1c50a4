"""The graph in a real SPARQL server (Oxigraph server, PyPI package ``oxigraph``) on 127.0.0.1:
the remote store against the embedded one write for write, and build, query, incremental add,
show and export through the CLI with ``--store URL``."""

from __future__ import annotations

import json

import pytest

from conftest import SEEDS, free_port, kg
from kg.errors import QueryError, StoreError
from kg.model import Extraction
from records import assertion, document, entity, extraction_of


def extraction(n: int, *, extra_fact: bool = False) -> Extraction:
    doc = document(f"{n:064x}", source=f"/news/{n}.txt", text=f"article {n}", title=f"Article {n}", date="2024-03-01")
    ents = (entity("Elon Musk", "Person", "Musk", key="Elon_Musk", wikidata="Q317521"),
            entity("OpenAI", key="OpenAI"),
            entity("Sam Altman", "Person", 'Sam "the CEO" Altman\nquoted', key="Sam_Altman"))
    facts = [assertion("Elon_Musk", "sued", "OpenAI", doc.id, sentence="Musk sued OpenAI.", pattern="verb:sue",
                       date="2024-03", sent_start=3)]
    if extra_fact:
        facts.append(assertion("Sam_Altman", "ceoOf", "OpenAI", doc.id, sentence="Altman, the CEO of OpenAI, said…",
                               confidence=0.75, pattern="role:ceo", sent_start=40))
    return extraction_of(doc, ents, facts)


def test_endpoints_from_the_url():
    from kg.store import endpoints

    assert endpoints("http://h:7878")[:2] == ("http://h:7878/query", "http://h:7878/update")
    assert endpoints("http://h:3030/ds/sparql")[:2] == ("http://h:3030/ds/sparql", "http://h:3030/ds/update")
    assert endpoints("http://h:3030/ds/query")[:2] == ("http://h:3030/ds/query", "http://h:3030/ds/update")
    assert endpoints("http://h:7200/repositories/kg")[:2] == ("http://h:7200/repositories/kg",
                                                              "http://h:7200/repositories/kg/statements")
    assert endpoints("https://h/api/kg")[:2] == ("https://h/api/kg", "https://h/api/kg")
    query, update, headers = endpoints("http://ann:s%3Acret@h:7878")
    assert query == "http://h:7878/query" and "ann" not in query
    assert headers == {"Authorization": "Basic YW5uOnM6Y3JldA=="}  # base64("ann:s:cret")


def test_unreachable_server_says_how_to_start_one():
    from kg.store import open_store

    with pytest.raises(StoreError, match="oxigraph serve"):
        open_store(f"http://127.0.0.1:{free_port()}")


def test_same_writes_same_graph_as_the_embedded_store(server):
    from kg.store import GraphStore, SparqlStore

    local = GraphStore(None)
    remote = SparqlStore(server)
    for st in (local, remote):
        st.write_extraction(extraction(1), "v1")
        st.write_extraction(extraction(2, extra_fact=True), "v1")
        st.write_extraction(extraction(1, extra_fact=True), "v2")  # replaces document 1's graph
    for fmt in ("nt", "turtle", "jsonld"):
        assert remote.serialize(fmt) == local.serialize(fmt), fmt
    assert remote.count_triples() == local.count_triples() > 20
    assert len(remote) == len(local)
    assert remote.documents() == local.documents()
    def entities(st):
        return {(k.iri, k.name, k.type, frozenset(k.aliases)) for k in st.known_entities()}

    assert entities(remote) == entities(local) and len(entities(local)) == 3
    assert remote.document_version(f"{1:064x}") == "v2" and remote.document_version("f" * 64) is None
    sparql = "SELECT ?p ?o WHERE { ?s rdfs:label 'Sam Altman' ; ?p ?o } ORDER BY ?p ?o"
    assert [[t.value for t in r] for r in remote.query(sparql)] == [[t.value for t in r] for r in local.query(sparql)]
    assert bool(remote.query("ASK { ent:Elon_Musk kg:sued ent:OpenAI }"))
    assert remote.remove_document(f"{2:064x}") and not remote.remove_document(f"{2:064x}")
    assert local.remove_document(f"{2:064x}")
    assert remote.serialize("nt") == local.serialize("nt")


def test_union_of_documents_and_bad_queries(server):
    from kg.query import run_select, run_update
    from kg.store import GraphStore, SparqlStore

    st, local = SparqlStore(server), GraphStore(None)
    for store in (st, local):
        store.write_extraction(extraction(1), "v1")
        store.write_extraction(extraction(2), "v1")
    count = "SELECT (COUNT(*) AS ?n) (COUNT(DISTINCT ?s) AS ?d) WHERE { ?s kg:sued ?o }"
    assert run_select(st, count) == run_select(local, count) == (["n", "d"], [[1, 1]]), \
        "queries see the deduplicated union of the documents' graphs, as in the embedded store"
    named = "SELECT DISTINCT ?n WHERE { ?e a kg:Person ; rdfs:label ?n } ORDER BY ?n"
    assert run_select(st, named, {"n": "Elon Musk"}) == (["n"], [["Elon Musk"]]), "a bound parameter"
    assert run_select(st, named) == run_select(local, named) == (["n"], [["Elon Musk"], ["Sam Altman"]])
    with pytest.raises(QueryError, match="HTTP 400"):
        st.query("SELECT ?x WHERE { ?x ")
    run_update(st, "DELETE WHERE { ?s kg:sued ?o }")
    assert run_select(st, "ASK { ?s kg:sued ?o }")[1] == [[False]]
    read_only = SparqlStore(server, read_only=True)
    with pytest.raises(StoreError, match="read-only"):
        read_only.write_extraction(extraction(3), "v1")


def test_removing_a_document_keeps_what_another_still_supports(server):
    from kg.store import GraphStore, SparqlStore

    st, local = SparqlStore(server), GraphStore(None)
    ask = "ASK { ?s kg:sued ?o }"
    for store in (st, local):
        store.write_extraction(extraction(1), "v1")
        store.write_extraction(extraction(2), "v1")  # states the same fact
        assert store.remove_document(f"{1:064x}")
        assert bool(store.query(ask)), "document 2 still supports the fact"
        assert store.remove_document(f"{2:064x}")
        assert not bool(store.query(ask)), "no document supports it any more"
        assert not store.remove_document(f"{2:064x}")
    assert st.count_triples() == local.count_triples() == 0


# ------------------------------------------------------------------------- the CLI, end to end

@pytest.mark.model
@pytest.mark.slow
def test_build_query_add_show_export_through_the_server(server, seeds_out, tmp_path):
    out = tmp_path / "out"
    proc = kg("build", str(SEEDS), "--store", server, "--out", str(out), check=True)
    assert "built 2" in proc.stdout
    assert (out / "graph.ttl").read_bytes() == (seeds_out / "graph.ttl").read_bytes(), \
        "the server holds the graph of a build into the embedded store, fact for fact"
    sued = json.loads(kg("query", "sued", "--store", server, "--format", "json", check=True).stdout)
    assert {(r["plaintiff"], r["defendant"]) for r in sued} >= {("Elon Musk", "OpenAI"), ("xAI", "Apple")}

    # Incremental: the same input changes nothing; a new article adds its facts to the same graph.
    assert "unchanged 2" in kg("build", str(SEEDS), "--store", server, "--out", str(out), check=True).stdout
    new = tmp_path / "new"
    new.mkdir()
    (new / "today.txt").write_text("Microsoft invested in Anthropic. Elon Musk founded Neuralink.\n",
                                   encoding="utf-8")
    assert "built 1" in kg("build", str(new), "--store", server, "--out", str(out), check=True).stdout
    local = tmp_path / "local"
    kg("build", str(SEEDS), "--out", str(local), "--quiet", check=True)
    kg("build", str(new), "--out", str(local), "--quiet", check=True)
    for fmt in ("nt", "csv"):
        remote_export = kg("export", "--format", fmt, "--store", server, "--output", "-", check=True).stdout
        local_export = kg("export", "--format", fmt, "--out", str(local), "--output", "-", check=True).stdout
        assert remote_export == local_export, fmt
    investors = kg("query", "SELECT ?o WHERE { ?s kg:investedIn ?o . ?s rdfs:label 'Microsoft' }",
                   "--store", server, "--format", "csv", check=True).stdout
    assert "Anthropic" in investors

    proc = kg("show", "--store", server, "--focus", "Elon Musk", "--html", str(tmp_path / "musk.html"), check=True)
    assert "Elon Musk" in (tmp_path / "musk.html").read_text(encoding="utf-8") and "entities" in proc.stdout
    stats = json.loads(kg("stats", "--store", server, "--format", "json", check=True).stdout)
    assert stats["documents"] == 3


def test_exit_codes_with_a_server(server, tmp_path):
    dead = f"http://127.0.0.1:{free_port()}"
    proc = kg("query", "sued", "--store", dead)
    assert proc.returncode == 4 and "cannot reach the SPARQL server" in proc.stderr and "oxigraph serve" in proc.stderr
    proc = kg("query", "SELECT ?x WHERE {", "--store", server)
    assert proc.returncode == 5
    proc = kg("query", "DELETE WHERE { ?s ?p ?o }", "--store", server)
    assert proc.returncode == 5 and "read-only" in proc.stderr


def test_rdflib_api_over_the_server(server):
    from kg.store import SparqlStore

    st = SparqlStore(server)
    st.write_extraction(extraction(1), "v1")
    g = st.rdflib_graph()  # rdflib's SPARQLStore over the same endpoints
    labels = {str(row[0]) for row in g.query("SELECT ?l WHERE { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?l }")}
    assert "Elon Musk" in labels
    assert len(st.to_rdflib()) == st.count_triples()


def test_any_order_removals_and_re_adds_on_the_server_give_the_embedded_clean_build(server):
    """The corpus of shared short names, surnames and aliases (tests/test_resolve.py) written to the
    server in another order and chunking, with removals and re-adds: the N-Triples of one clean
    build into the embedded store, and a resolution from scratch finds nothing to change."""
    from kg.store import SparqlStore
    from kg.resolve import check_everything
    from kg.store import GraphStore
    from test_resolve import CORPUS, VERSION

    st = SparqlStore(server)
    order = list(reversed(CORPUS))
    for i in range(0, len(order), 3):
        st.write_extractions(order[i:i + 3], VERSION)
    gone = [CORPUS[i].document.id for i in (0, 4, 6, 12)]
    assert st.remove_documents(gone) == set(gone)
    st.write_extractions([CORPUS[i] for i in (12, 0)], VERSION)
    with GraphStore(None) as local:
        local.write_extractions([e for i, e in enumerate(CORPUS) if i not in (4, 6)], VERSION)
        assert st.serialize("nt") == local.serialize("nt")
    assert check_everything(st) == [] and st.check() == []
    st.write_extractions([CORPUS[4], CORPUS[6]], VERSION)
    with GraphStore(None) as local:
        local.write_extractions(CORPUS, VERSION)
        assert st.serialize("nt") == local.serialize("nt")


def test_remove_documents_and_resolve_through_the_cli(server, tmp_path):
    from kg.store import SparqlStore

    st = SparqlStore(server)
    st.write_extractions([extraction(1), extraction(2, extra_fact=True)], "v1")
    proc = kg("documents", "--store", server, "--format", "csv", check=True)
    assert "/news/1.txt" in proc.stdout and "/news/2.txt" in proc.stdout
    proc = kg("remove", "2.txt", "--store", server, "--out", str(tmp_path), check=True)
    assert "removed /news/2.txt" in proc.stdout and (tmp_path / "graph.ttl").exists()
    assert not bool(st.query("ASK { ?s kg:ceoOf ?o }")), "the fact only document 2 stated is gone"
    assert bool(st.query("ASK { ent:Elon_Musk kg:sued ent:OpenAI }"))
    assert "is the resolution of its documents" in kg("resolve", "--check", "--store", server, check=True).stdout
    proc = kg("resolve", "--store", server, "--no-page", check=True)
    assert "documents: 1" in proc.stdout


def test_a_server_keeps_no_counts_so_the_summary_counts_it(server):
    """kg keeps no counts in a server (any client may write it): the summary counts the graph, and
    gives what the embedded store gives for the same documents; a write by another client shows."""
    from kg.build import graph_stats
    from kg.rdf import META_GRAPH
    from kg.store import GraphStore, SparqlStore
    from test_resolve import CORPUS, VERSION

    st = SparqlStore(server)
    st.write_extractions(CORPUS, VERSION)
    assert st.remove_documents([CORPUS[0].document.id])
    assert not st.keeps_counts and st.stored_counts() is None
    assert not bool(st.query(f"ASK {{ GRAPH <{META_GRAPH}> {{ ?s kg:graphCounts ?c }} }}")), "none written"
    with GraphStore(None) as local:
        local.write_extractions(CORPUS[1:], VERSION)
        want = graph_stats(local)
        assert want == graph_stats(local, fresh=True)
    assert graph_stats(st) == want
    st.update("INSERT DATA { ent:Someone a kg:Person }")
    assert graph_stats(st)["entities_by_type"]["Person"] == want["entities_by_type"]["Person"] + 1
