"""The store: one deduplicated queried graph kept in step with the documents' graphs (it is what a
resolution of the stored documents from scratch gives), removal of exactly the unsupported facts,
imports, reasoning in a graph of its own, read-only queries with a timeout, locks between
processes, and the SPARQL endpoint. No spaCy model needed: documents are written from hand-made
extraction records."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from kg.errors import QueryError, StoreError
from kg.model import Extraction
from kg.rdf import KG_NS
from kg.store import INFERRED_GRAPH, GraphStore, StoreWriter
from conftest import ROOT, kg
from records import VERSION, extraction

def rows(store, sparql, **kw) -> list[tuple]:
    return [tuple(v.value if v is not None else None for v in r) for r in store.query(sparql, **kw)]


def union_of_graphs(store) -> set:
    """The distinct triples of every document/import graph (what the default graph equals when
    it holds imports only)."""
    return {(r[0], r[1], r[2]) for r in rows(store, """SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o }
        FILTER(!STRSTARTS(STR(?g), "http://kg.example.org/resource/graph/")) }""")}


def default_graph(store) -> set:
    return {(r[0], r[1], r[2]) for r in rows(store, "SELECT ?s ?p ?o WHERE { ?s ?p ?o }")}


def derived(store) -> bool:
    """The queried graph is exactly what the stored documents (and imports) derive, and the cheap
    invariants hold."""
    from kg.resolve import check_everything

    return check_everything(store) == [] and store.check() == []


@pytest.fixture
def store(tmp_path):
    with GraphStore(tmp_path / "store") as st:
        yield st


def test_the_same_fact_from_two_documents_is_one_row_and_removal_keeps_what_is_still_supported(store):
    store.write_extraction(extraction("d1", [("Elon_Musk", "sued", "OpenAI"), ("Sam_Altman", "ceoOf", "OpenAI")]),
                           VERSION)
    store.write_extraction(extraction("d2", [("Elon_Musk", "sued", "OpenAI"), ("xAI", "sued", "OpenAI")]), VERSION)
    # No DISTINCT: each triple is in the queried graph once, however many documents state it.
    got = rows(store, "SELECT ?s WHERE { ?s kg:sued ent:OpenAI }")
    assert sorted(got) == [("http://kg.example.org/resource/entity/Elon_Musk",),
                           ("http://kg.example.org/resource/entity/xAI",)]
    assert rows(store, 'SELECT ?e WHERE { ?e rdfs:label "OpenAI" }') == [("http://kg.example.org/resource/entity/OpenAI",)]
    assert derived(store)

    assert store.remove_document("d1")
    assert bool(store.query("ASK { ent:Elon_Musk kg:sued ent:OpenAI }")), "still supported by d2"
    assert not bool(store.query("ASK { ent:Sam_Altman kg:ceoOf ent:OpenAI }")), "only d1 said it"
    assert not bool(store.query("ASK { ent:Sam_Altman ?p ?o }")), "Sam Altman was only in d1"
    assert bool(store.query('ASK { ent:OpenAI rdfs:label "OpenAI" ; a kg:Organization }'))
    assert [d["id"] for d in store.documents()] == ["d2"]
    assert derived(store)

    assert store.remove_document("d2") and not store.remove_document("d2")
    assert default_graph(store) == set() and store.count_triples() == 0


def test_rewriting_a_document_replaces_its_facts(store):
    store.write_extraction(extraction("d1", [("Elon_Musk", "sued", "OpenAI")]), VERSION)
    store.write_extraction(extraction("d1", [("xAI", "sued", "OpenAI")]), VERSION + "2")
    assert not bool(store.query("ASK { ent:Elon_Musk kg:sued ent:OpenAI }"))
    assert bool(store.query("ASK { ent:xAI kg:sued ent:OpenAI }"))
    assert store.document_version("d1") == VERSION + "2"
    assert derived(store)


def test_find_documents_by_hash_prefix_path_or_name(store):
    store.write_extraction(extraction("abcdef0123", [("Elon_Musk", "sued", "OpenAI")], source="in/a.txt"), VERSION)
    assert [d["id"] for d in store.find_documents("abcdef")] == ["abcdef0123"]
    assert [d["id"] for d in store.find_documents("a.txt")] == ["abcdef0123"]
    assert [d["id"] for d in store.find_documents("in/a.txt")] == ["abcdef0123"]
    assert store.find_documents("abc") == [] and store.find_documents("nothing") == []


def test_rdflib_api_reads_the_deduplicated_graph(store):
    import rdflib

    store.write_extraction(extraction("d1", [("Elon_Musk", "sued", "OpenAI")]), VERSION)
    store.write_extraction(extraction("d2", [("Elon_Musk", "sued", "OpenAI")]), VERSION)
    g = store.rdflib_graph()
    musk = rdflib.URIRef("http://kg.example.org/resource/entity/Elon_Musk")
    assert list(g.objects(musk, rdflib.URIRef(KG_NS + "sued"))) == [
        rdflib.URIRef("http://kg.example.org/resource/entity/OpenAI")]
    assert len(g) == store.count_triples() == len(store.to_rdflib())


# ---------------------------------------------------------------------------- import
TTL = """@prefix kg: <http://kg.example.org/ontology#> . @prefix ent: <http://kg.example.org/resource/entity/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
ent:Ada a kg:Person ; rdfs:label "Ada" ; kg:founded ent:Engines .
ent:Engines a kg:Organization ; rdfs:label "Engines" .
"""
NT = ('<http://kg.example.org/resource/entity/Ada> <http://kg.example.org/ontology#worksFor> '
      '<http://kg.example.org/resource/entity/Engines> .\n')
JSONLD = json.dumps({"@id": "http://kg.example.org/resource/entity/Bob", "@type": "http://kg.example.org/ontology#Person",
                     "http://www.w3.org/2000/01/rdf-schema#label": "Bob",
                     "http://kg.example.org/ontology#rivalOf": {"@id": "http://kg.example.org/resource/entity/Ada"},
                     "http://kg.example.org/ontology#note": {"@type": "http://kg.example.org/ontology#X"}})


@pytest.mark.slow
def test_kg_import_turtle_ntriples_jsonld_once_each_and_remove(tmp_path):
    files = {"a.ttl": TTL, "b.nt": NT, "c.jsonld": JSONLD}
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    proc = kg("import", *(str(tmp_path / n) for n in files), "--out", str(out), check=True)
    assert "a.ttl: 5 triples loaded" in proc.stdout and "b.nt: 1 triples" in proc.stdout
    again = kg("import", str(tmp_path / "a.ttl"), "--out", str(out), check=True)
    assert "already imported" in again.stdout
    with GraphStore(out / "store", read_only=True) as st:
        assert bool(st.query("ASK { ent:Ada kg:founded ent:Engines . ent:Ada kg:worksFor ent:Engines . "
                             "ent:Bob kg:rivalOf ent:Ada }"))
        # the blank node of the JSON-LD file is the same node in its graph and in the queried graph
        assert default_graph(st) == union_of_graphs(st) and st.check() == []
        n = st.count_triples()
    assert kg("remove", "b.nt", "--out", str(out), "--no-page", check=True).returncode == 0
    with GraphStore(out / "store", read_only=True) as st:
        assert not bool(st.query("ASK { ent:Ada kg:worksFor ent:Engines }")) and st.count_triples() == n - 1
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle", encoding="utf-8")
    proc = kg("import", str(bad), "--out", str(out))
    assert proc.returncode == 4 and "not valid turtle" in proc.stderr and "nothing was loaded" in proc.stderr
    proc = kg("remove", "no-such-doc", "--out", str(out))
    assert proc.returncode == 2 and "kg documents" in proc.stderr


def test_an_interrupted_import_is_rolled_back_on_next_open(tmp_path):
    import pyoxigraph

    path = tmp_path / "store"
    with GraphStore(path) as st:
        st.write_extraction(extraction("d1", [("Elon_Musk", "sued", "OpenAI")]), VERSION)
        before = default_graph(st)
        # What a kill between the bulk loads leaves: the import's graph and part of its copy, no mark.
        g = pyoxigraph.NamedNode("http://kg.example.org/resource/import/deadbeef")
        st.raw.bulk_load(TTL.encode(), format=pyoxigraph.RdfFormat.TURTLE, to_graph=g)
        st.raw.bulk_load(TTL.encode(), format=pyoxigraph.RdfFormat.TURTLE)
    with GraphStore(path) as st:
        assert default_graph(st) == before and not st.raw.contains_named_graph(g)


# ---------------------------------------------------------------------------- reasoning
def test_reasoning_materialises_inverses_symmetry_and_super_properties_apart(store):
    from kg.reason import materialise

    store.write_extraction(extraction("d1", [("Elon_Musk", "founded", "OpenAI"), ("Sam_Altman", "ceoOf", "OpenAI"),
                                             ("Elon_Musk", "rivalOf", "Sam_Altman")]), VERSION)
    asserted = default_graph(store)
    with pytest.raises(QueryError, match="kg reason"):
        store.query("ASK { ?s ?p ?o }", reason=True)
    assert materialise(store) > 0
    assert default_graph(store) == asserted, "asserted facts are untouched"
    for ask in ("ent:OpenAI kg:foundedBy ent:Elon_Musk", "ent:Sam_Altman kg:rivalOf ent:Elon_Musk",
                "ent:Sam_Altman kg:worksFor ent:OpenAI", "ent:OpenAI kg:hasCEO ent:Sam_Altman"):
        assert bool(store.query(f"ASK {{ {ask} }}", reason=True)), ask
        assert not bool(store.query(f"ASK {{ {ask} }}")), f"{ask} is not asserted"
        assert bool(store.query(f"ASK {{ GRAPH <{INFERRED_GRAPH}> {{ {ask} }} }}"))
    # no duplicates of asserted facts, no literals, nothing about the ontology itself
    inferred = rows(store, f"SELECT ?s ?p ?o WHERE {{ GRAPH <{INFERRED_GRAPH}> {{ ?s ?p ?o }} }}")
    assert not {tuple(r) for r in inferred} & asserted
    assert all(r[0].startswith("http://kg.example.org/resource/") for r in inferred)
    # RDFS: super-properties but no inverses
    materialise(store, "rdfs")
    assert bool(store.query("ASK { ent:Sam_Altman kg:worksFor ent:OpenAI }", reason=True))
    assert not bool(store.query("ASK { ent:OpenAI kg:foundedBy ent:Elon_Musk }", reason=True))
    # a write makes the inferred graph stale: it is dropped in the same transaction
    store.write_extraction(extraction("d2", [("xAI", "sued", "OpenAI")]), VERSION)
    assert not store.has_inferred()


# ---------------------------------------------------------------------------- CLI: query, busy, serve
@pytest.fixture
def small_out(tmp_path) -> Path:
    out = tmp_path / "out"
    with GraphStore(out / "store") as st:
        st.write_extraction(extraction("d1", [("Elon_Musk", "founded", "OpenAI"), ("Sam_Altman", "ceoOf", "OpenAI")]),
                            VERSION)
        st.write_extraction(extraction("d2", [("Elon_Musk", "founded", "OpenAI"), ("xAI", "sued", "OpenAI")]),
                            VERSION)
    return out


@pytest.mark.slow
def test_query_is_read_only_has_a_timeout_and_reasons_on_request(small_out):
    out = str(small_out)
    proc = kg("query", "SELECT ?s WHERE { ?s kg:founded ?o }", "--out", out, "--format", "json", check=True)
    assert json.loads(proc.stdout) == [{"s": "http://kg.example.org/resource/entity/Elon_Musk"}]
    proc = kg("query", "INSERT DATA { ent:a kg:sued ent:b }", "--out", out)
    assert proc.returncode == 5 and "--allow-update" in proc.stderr
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    proc = kg("query", slow, "--out", out, "--timeout", "0.5")  # (killed: were it not, the test's time limit fails it)
    assert proc.returncode == 5 and "did not finish within 0.5 s" in proc.stderr
    proc = kg("query", "SELECT ?o WHERE { ent:OpenAI kg:foundedBy ?o }", "--out", out, "--reason")
    assert proc.returncode == 5 and "kg reason" in proc.stderr
    assert "inferred triples" in kg("reason", "--out", out, check=True).stdout
    proc = kg("query", "SELECT ?o WHERE { ent:OpenAI kg:foundedBy ?o }", "--out", out, "--reason", "-f", "csv",
              check=True)
    assert proc.stdout.split() == ["o", "http://kg.example.org/resource/entity/Elon_Musk"]
    kg("query", "INSERT DATA { ent:xAI kg:rivalOf ent:OpenAI }", "--out", out, "--allow-update", check=True)
    proc = kg("query", "ASK { ent:xAI kg:rivalOf ent:OpenAI }", "--out", out, "-f", "csv", check=True)
    assert "true" in proc.stdout.lower()


@pytest.mark.slow
def test_busy_store_readers_wait_or_say_so_and_a_second_writer_refuses(small_out):
    env = {**os.environ, "KG_LOCK_WAIT": "0.3"}
    exe = str(Path(sys.executable).with_name("kg"))
    with StoreWriter(small_out / "store") as writer:
        proc = kg("import", str(ROOT / "kg" / "data" / "ontology" / "kg.ttl"), "--out", str(small_out))
        assert proc.returncode == 4 and "being written by another kg process" in proc.stderr
        assert f"pid {os.getpid()}" in proc.stderr and "run this again" in proc.stderr
        # Between chunk writes, readers read:
        assert kg("query", "ASK { ?s ?p ?o }", "--out", str(small_out), check=True).returncode == 0
        with writer.open():  # a chunk being written: readers wait, then say the store is busy
            proc = subprocess.run([exe, "query", "ASK { ?s ?p ?o }", "--out", str(small_out)],
                                  capture_output=True, text=True, env=env, timeout=120)
            assert proc.returncode == 4 and "busy" in proc.stderr and "try again" in proc.stderr
    assert kg("query", "ASK { ?s ?p ?o }", "--out", str(small_out), check=True).returncode == 0


@pytest.mark.slow
def test_serve_answers_the_sparql_protocol_on_loopback_and_serves_the_page(small_out):
    (small_out / "graph.html").write_text("<html>page</html>", encoding="utf-8")
    exe = str(Path(sys.executable).with_name("kg"))
    assert subprocess.run([exe, "serve", "--out", str(small_out), "--host", "0.0.0.0"], capture_output=True,
                          text=True, timeout=60).returncode == 4
    proc = subprocess.Popen([exe, "serve", "--out", str(small_out), "--port", "0"], stdout=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()
        base = line.split()[1]
        assert base.startswith("http://127.0.0.1:")
        q = urllib.parse.quote("SELECT ?s WHERE { ?s kg:founded ?o }")
        with urllib.request.urlopen(f"{base}sparql?query={q}", timeout=30) as r:
            assert r.headers["Content-Type"].startswith("application/sparql-results+json")
            data = json.loads(r.read())
        assert [b["s"]["value"] for b in data["results"]["bindings"]] == [
            "http://kg.example.org/resource/entity/Elon_Musk"]
        req = urllib.request.Request(f"{base}sparql", data=b"ASK { ?s kg:sued ent:OpenAI }",
                                     headers={"Content-Type": "application/sparql-query", "Accept": "text/csv"})
        with urllib.request.urlopen(req, timeout=30) as r:
            assert r.read().decode().split() == ["true"]
        with urllib.request.urlopen(f"{base}", timeout=30) as r:
            assert r.read() == b"<html>page</html>"
        for data, ctype in ((b"update=DROP+ALL", "application/x-www-form-urlencoded"),
                            (b"DROP ALL", "application/sparql-update")):
            with pytest.raises(urllib.error.HTTPError) as e:
                urllib.request.urlopen(urllib.request.Request(f"{base}sparql", data=data,
                                                              headers={"Content-Type": ctype}), timeout=30)
            assert e.value.code == 403
        with pytest.raises(urllib.error.HTTPError) as e:
            urllib.request.urlopen(f"{base}sparql?query=SELEKT", timeout=30)
        assert e.value.code == 400
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    with GraphStore(small_out / "store", read_only=True) as st:
        assert st.count_triples() > 0, "the refused updates changed nothing"


def test_store_errors_say_what_to_do(tmp_path):
    with pytest.raises(StoreError, match="build one first"):
        GraphStore(tmp_path / "none", read_only=True)
    with GraphStore(tmp_path / "s") as st:
        with pytest.raises(StoreError, match="being written"):
            GraphStore(tmp_path / "s")
        with pytest.raises(QueryError, match="syntax"):
            st.query("SELEKT")


@pytest.mark.slow
@pytest.mark.model
def test_store_bench_runs_in_smoke_mode():
    proc = subprocess.run([sys.executable, str(ROOT / "bench" / "store_bench.py"), "--smoke", "--no-rdflib"],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "kg import" in proc.stdout and "neighbourhood(name)" in proc.stdout and "add one article" in proc.stdout


def test_a_store_of_the_older_layout_is_upgraded_by_the_next_write(tmp_path):
    """Before the deduplicated default graph, a store held only the documents' graphs: a reader
    says how to upgrade it (instead of showing an empty graph) and the next writer fills it."""
    import pyoxigraph

    path = tmp_path / "store"
    with GraphStore(path) as st:
        st.write_extraction(extraction("d1", [("Elon_Musk", "sued", "OpenAI")]), VERSION)
        expected = default_graph(st)
        st.raw.clear_graph(pyoxigraph.DefaultGraph())  # as the older kg left it
        assert not default_graph(st) and st.needs_upgrade()
    with pytest.raises(StoreError, match="older kg"):
        GraphStore(path, read_only=True)
    with GraphStore(path) as st:  # any write-open upgrades
        assert default_graph(st) == expected and derived(st)
    with GraphStore(path, read_only=True) as st:
        assert rows(st, "SELECT ?s WHERE { ?s kg:sued ?o }")


def test_named_queries_match_a_name_ignoring_case_through_an_index_lookup(store):
    """kg query binds ?name to the spellings the store has (the given one if it is a label or an
    alias, else those of the entities kg.lookup's rule finds), so the named queries match names
    with an index lookup; the rows are those of a case-insensitive match."""
    from kg.query import bind_params, prepare, resolve_query, run_select

    store.write_extraction(extraction("d1", [("Elon_Musk", "sued", "OpenAI"), ("xAI", "investedIn", "OpenAI"),
                                             ("Sam_Altman", "ceoOf", "OpenAI")]), VERSION)
    _, investors = resolve_query("investors")
    _, near = resolve_query("neighbourhood")
    want = (["investor", "organization"], [["xAI", "OpenAI"]])
    for name in ("OpenAI", "openai", "OPEN AI", "Open AI"):
        assert run_select(store, investors, {"name": name}) == want, name
    # A unique part of a name finds that entity (kg.lookup's rule, as kg path and --focus); a part
    # of several names finds none, and the query answers no rows.
    assert run_select(store, investors, {"name": "Open"}) == want
    assert run_select(store, investors, {"name": "a"}) == (["investor", "organization"], [])
    assert run_select(store, investors) == want, "without the parameter: every investment"
    assert run_select(store, near, {"name": "elon musk"}) == run_select(store, near, {"name": "Elon Musk"}) == (
        ["subject", "relation", "object"], [["Elon Musk", "sued", "OpenAI"]])
    # The exact spelling needs no scan; another spelling is replaced by the stored ones.
    assert '"OpenAI"' in prepare(store, investors, {"name": "OpenAI"})
    assert '("OpenAI")' in prepare(store, investors, {"name": "openai"})
    assert '("Open AI")' in prepare(store, investors, {"name": "open ai"})
    assert bind_params("SELECT * WHERE { }", {"a": "x", "b": "y"}, {"a": ["x", "X"]}).count("(") == 3


# ---------------------------------------------------------------------------- derived graph upkeep
def test_removing_an_import_keeps_what_the_documents_derive(store, tmp_path):
    """An imported file that says what a document derives too (a label, a fact, a statement's
    evidence) takes only its own triples away when it is removed."""
    store.write_extraction(extraction("d1", [("Elon_Musk", "sued", "OpenAI")]), VERSION)
    same = tmp_path / "same.nt"
    lines = [f"{s} {p} {o} ." for s, p, o in (
        ("<http://kg.example.org/resource/entity/Elon_Musk>", "<http://www.w3.org/2000/01/rdf-schema#label>", '"Elon Musk"'),
        ("<http://kg.example.org/resource/entity/Elon_Musk>", f"<{KG_NS}sued>", "<http://kg.example.org/resource/entity/OpenAI>"),
        ("<http://kg.example.org/resource/entity/Elon_Musk>", f"<{KG_NS}founded>", "<http://kg.example.org/resource/entity/xAI>"),
        ("<http://kg.example.org/resource/doc/d1>", "<http://purl.org/dc/terms/source>", '"corpus/d1.txt"'))]
    same.write_text("\n".join(lines) + "\n", encoding="utf-8")
    before = default_graph(store)
    graph, _, _ = store.import_rdf(same)
    assert bool(store.query("ASK { ent:Elon_Musk kg:founded ent:xAI }"))
    assert derived(store)
    # a write while the import is there leaves its triples alone
    store.write_extraction(extraction("d2", [("Sam_Altman", "ceoOf", "OpenAI")]), VERSION)
    store.remove_documents(["d2"])
    assert store.remove_document(graph)
    assert default_graph(store) == before and derived(store)


def _old_layout_quads(ex: Extraction) -> list:
    """A document's graph as kg wrote it before issue 12: resolved entities, direct facts, and
    statements over entities."""
    import pyoxigraph

    from kg.rdf import entity_iri, entity_triples, statement_iri

    g = pyoxigraph.NamedNode(f"http://kg.example.org/resource/doc/{ex.document.id}")
    N = pyoxigraph.NamedNode
    quads = [pyoxigraph.Quad(g, N("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), N(KG_NS + "Document"), g),
             pyoxigraph.Quad(g, N("http://purl.org/dc/terms/source"), pyoxigraph.Literal(ex.document.source), g),
             pyoxigraph.Quad(g, N(KG_NS + "contentHash"), pyoxigraph.Literal(ex.document.id), g),
             pyoxigraph.Quad(g, N(KG_NS + "extractorVersion"), pyoxigraph.Literal("0.1.0+x2;min_confidence=0"), g)]
    for e in ex.entities:
        quads += [pyoxigraph.Quad(*t, g) for t in entity_triples(e)]
    for a in ex.assertions:
        s, p, o, st = N(entity_iri(a.subject)), N(KG_NS + a.relation), N(entity_iri(a.object)), N(statement_iri(a))
        quads += [pyoxigraph.Quad(s, p, o, g),
                  pyoxigraph.Quad(st, N("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                                  N("http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement"), g),
                  pyoxigraph.Quad(st, N("http://www.w3.org/1999/02/22-rdf-syntax-ns#subject"), s, g),
                  pyoxigraph.Quad(st, N("http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate"), p, g),
                  pyoxigraph.Quad(st, N("http://www.w3.org/1999/02/22-rdf-syntax-ns#object"), o, g),
                  pyoxigraph.Quad(st, N("http://www.w3.org/ns/prov#wasDerivedFrom"), g, g),
                  pyoxigraph.Quad(st, N(KG_NS + "evidence"), pyoxigraph.Literal(a.sentence), g)]
    return quads


def test_a_store_whose_documents_hold_resolved_entities_is_converted_by_the_next_write(tmp_path):
    """A store written before the documents kept their mentions: readers read it as it is; the
    next writer rewrites each document's graph as mentions and statements over them (one
    transaction each) and resolves the whole store; the facts and names are kept."""
    import pyoxigraph

    path = tmp_path / "store"
    old = [extraction("d1", [("Elon_Musk", "sued", "OpenAI")]), extraction("d2", [("Sam_Altman", "ceoOf", "OpenAI")])]
    with GraphStore(path) as st:
        for ex in old:
            quads = _old_layout_quads(ex)
            st.raw.extend(quads)
            st.raw.extend(pyoxigraph.Quad(q.subject, q.predicate, q.object) for q in quads)
    with GraphStore(path, read_only=True) as st:  # still readable as it was
        assert bool(st.query("ASK { ent:Elon_Musk kg:sued ent:OpenAI }"))
        assert st.check(), "it says it was resolved by another kg"
    with GraphStore(path) as st:  # opening to write converts and resolves
        assert derived(st)
        assert bool(st.query("ASK { ent:Elon_Musk kg:sued ent:OpenAI ; rdfs:label 'Elon Musk' . "
                             "?st rdf:subject ent:Elon_Musk ; kg:evidence ?e ; prov:wasDerivedFrom ?d }"))
        assert bool(st.query("ASK { ent:OpenAI skos:altLabel 'Open AI' . ent:Sam_Altman kg:ceoOf ent:OpenAI }"))
        assert st.document_version("d1") == "0.1.0+x2;min_confidence=0", "kept: the next build extracts it again"
        st.write_extraction(extraction("d3", [("xAI", "sued", "OpenAI")]), VERSION)
        assert derived(st)


def test_an_interrupted_whole_store_resolution_is_finished_by_the_next_writer(tmp_path):
    from kg.resolve import REBUILDING, _set_policy

    path = tmp_path / "store"
    with GraphStore(path) as st:
        st.write_extraction(extraction("d1", [("Elon_Musk", "sued", "OpenAI"), ("Sam_Altman", "ceoOf", "OpenAI")]),
                            VERSION)
        expected = default_graph(st)
        # what a crash in the middle of `kg resolve` leaves: the mark, and half of the queried graph
        st.transact(_set_policy(REBUILDING) + " ; DELETE WHERE { ?s kg:ceoOf ?o }")
    with pytest.raises(StoreError, match="kg resolve"):
        GraphStore(path, read_only=True)
    with GraphStore(path) as st:
        assert default_graph(st) == expected and derived(st)


@pytest.mark.slow
def test_kg_resolve_check_finds_a_tampered_graph_and_kg_resolve_repairs_it(small_out):
    out = str(small_out)
    assert kg("resolve", "--check", "--out", out, check=True).returncode == 0
    with GraphStore(small_out / "store") as st:
        st.update("DELETE WHERE { ent:Sam_Altman rdfs:label ?l } ; INSERT DATA { ent:Sam_Altman kg:sued ent:xAI }")
    proc = kg("resolve", "--check", "--out", out)
    assert proc.returncode == 4 and "missing" in proc.stdout and "not derived" in proc.stdout, proc.stdout
    proc = kg("resolve", "--out", out, "--no-page", check=True)
    assert "documents: 2" in proc.stdout and "entities: 4" in proc.stdout
    assert kg("resolve", "--check", "--out", out, check=True).returncode == 0
