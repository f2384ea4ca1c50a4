"""The build summary's counts (issue 12: adding one article to a 1M-triple store stays under 1 s
beyond the model load, summary included).

The embedded store keeps the queried graph's counts -- its triples, the entities of each type,
the documents and the facts of each relation -- in its meta graph, updated in the transaction of
every write of kg's own, so ``kg build`` reads them instead of counting a million triples. These
tests hold the kept counts to a fresh count of the graph after every kind of write (builds,
rewrites, removals, re-adds, imports and their removal, a whole-store resolution, a user's SPARQL
update, writes through rdflib, interrupted imports), and check that where no counts are kept (an
older store, counts of another layout, a SPARQL server) the graph is counted. No spaCy model
needed except in the last test: documents are written from hand-made records.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import kg
from kg.errors import QueryError
from kg.build import build, graph_stats
from kg.rdf import META_GRAPH
from kg.resolve import check_everything, counts_problems
from kg.store import COUNTS_NODE, GRAPH_COUNTS, GraphCounts, GraphStore, counts_update
from test_resolve import CORPUS, VERSION, corpus_files, fake_extract  # noqa: F401 - a fixture

PROPERTY = settings(deadline=None, derandomize=True, database=None, max_examples=60,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

#: An import that says some of what the corpus derives (an entity's type and label, a fact), a
#: triple of its own, a fact over a blank node and a typed literal in a non-canonical form.
IMPORT_TTL = """@prefix kg: <http://kg.example.org/ontology#> .
@prefix ent: <http://kg.example.org/resource/entity/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
ent:Elon_Musk a kg:Person ; rdfs:label "Elon Musk" ; kg:leads ent:Tesla .
ent:Initech a kg:Organization ; kg:sued ent:Initrode ; kg:founded [ a kg:Organization ] .
ent:Imported_Person a kg:Person ; rdfs:label "Imported Person" ; kg:score "1.50"^^xsd:decimal .
"""


def exact(store) -> None:
    """The store keeps counts, they are a fresh count's, and what the summary prints is read from them."""
    kept = store.stored_counts()
    assert kept is not None, "every write of kg's own leaves the counts kept"
    assert kept == store.count_graph()
    assert graph_stats(store) == graph_stats(store, fresh=True)
    assert counts_problems(store) == []


def fresh_stats(path: Path) -> dict:
    with GraphStore(path, read_only=True) as st:
        return graph_stats(st, fresh=True)


def test_counts_are_triples_of_each_kind():
    """What the summary printed before (entities by type, facts by relation, documents, triples),
    from the same store, counted; and the delta of a write is the triples it adds and removes."""
    with GraphStore(None) as st:
        st.write_extractions(CORPUS, VERSION)
        counts = st.count_graph()
        stats = counts.stats()
        assert stats["documents"] == len(CORPUS) and stats["triples"] == st.count_triples()
        people = {r["e"].value for r in st.query("SELECT ?e WHERE { ?e a kg:Person }")}
        assert stats["entities_by_type"]["Person"] == len(people) > 5
        assert stats["facts_by_relation"]["ceoOf"] == len(list(st.query("SELECT * WHERE { ?s kg:ceoOf ?o }"))) > 1
        assert "Place" not in stats["entities_by_type"], "a type with no entity is left out, as before"
        [t] = list(st.query("SELECT ?s ?p ?o WHERE { ?s a kg:Product ; ?p ?o } LIMIT 1"))
        triple = (t["s"], t["p"], t["o"])
        assert counts.changed([], [triple]).triples == counts.triples - 1
        assert GraphCounts.from_json(counts.to_json()) == counts


ops = st.lists(st.tuples(st.sampled_from(["add", "remove", "rewrite", "import", "unimport", "update"]),
                         st.sets(st.integers(0, len(CORPUS) - 1), min_size=1, max_size=6),
                         st.integers(1, 5)), min_size=1, max_size=7)


@settings(PROPERTY)
@given(first=st.permutations(range(len(CORPUS))), chunk=st.integers(1, 8), ops=ops)
def test_kept_counts_equal_a_fresh_count_after_any_history(first, chunk, ops):
    """Writes in any order and chunking, removals, rewrites (the same documents again: their
    statements' confidences come back as "0.800", which the store holds as "0.8"), an import that
    says part of what the documents derive and its removal, a user's update: after every step the
    kept counts are a fresh count's."""
    with tempfile.TemporaryDirectory() as tmp, GraphStore(None) as store:
        ttl = Path(tmp) / "facts.ttl"
        ttl.write_text(IMPORT_TTL, encoding="utf-8")
        initial = [CORPUS[i] for i in first[: len(first) // 2 + 1]]
        for i in range(0, len(initial), chunk):
            store.write_extractions(initial[i:i + chunk], VERSION)
            exact(store)
        for op, which, size in ops:
            docs = [CORPUS[i] for i in sorted(which)]
            if op == "remove":
                store.remove_documents(d.document.id for d in docs)
            elif op == "import":
                store.import_rdf(ttl)
            elif op == "unimport":
                for imp in store.imports():
                    store.remove_document(imp["iri"])
            elif op == "update":
                store.update("DELETE WHERE { ?s kg:worksFor ?o } ; INSERT DATA { ent:Elon_Musk kg:sued ent:Tesla }")
            else:
                for i in range(0, len(docs), size):
                    store.write_extractions(docs[i:i + size], VERSION)
            exact(store)


def test_builds_removals_re_adds_imports_and_resolve_keep_the_summary_exact(corpus_files, tmp_path, monkeypatch):  # noqa: F811 - the fixture imported above
    """kg.build.build's summary after builds, a removal, a re-add, an import and a whole-store
    resolution equals a fresh count of the store; and it is read from the kept counts: with the
    counting disabled, every build (the first, into a new store, too) still reports."""
    from kg.documents import content_id
    from kg.resolve import resolve_everything

    path = tmp_path / "store"

    def check(report) -> None:
        want = fresh_stats(path)
        assert (report.triples, report.entities_by_type, report.facts_by_relation) == \
            (want["triples"], want["entities_by_type"], want["facts_by_relation"])

    def no_counting(self):
        raise AssertionError("the build counted the graph instead of reading the kept counts")

    with monkeypatch.context() as m:
        m.setattr(GraphStore, "count_graph", no_counting)
        first = build(corpus_files[:9], path, extract=fake_extract, commit_every=4)
        second = build(corpus_files, path, extract=fake_extract, commit_every=3)
    check(second)
    assert first.triples < second.triples
    with GraphStore(path) as st:
        gone = {content_id(CORPUS[i].document.text) for i in (0, 10, 13)}
        assert st.remove_documents(gone) == gone
        exact(st)
    report = build(corpus_files, path, extract=fake_extract, commit_every=2)
    assert report.documents_built == 3
    check(report)
    ttl = tmp_path / "facts.ttl"
    ttl.write_text(IMPORT_TTL, encoding="utf-8")
    with GraphStore(path) as st:
        st.import_rdf(ttl)
        exact(st)
        st.remove_documents([content_id(CORPUS[0].document.text)])  # its facts partly held by the import
        exact(st)
        resolve_everything(st)
        exact(st)
        assert check_everything(st) == []
    check(build(corpus_files, path, extract=fake_extract, rebuild=True))


def test_a_store_without_kept_counts_is_counted_and_its_next_writer_keeps_them(tmp_path):
    """A store written before the counts were kept: readers count it (and write nothing); the next
    write counts it once and keeps the counts from then on."""
    path = tmp_path / "store"
    with GraphStore(path) as st:
        st.write_extractions(CORPUS[:8], VERSION)
        st.transact(counts_update(None))  # as an older kg left it
        assert st.stored_counts() is None
    with GraphStore(path, read_only=True) as st:
        assert graph_stats(st) == graph_stats(st, fresh=True) and graph_stats(st)["documents"] == 8
        assert st.stored_counts() is None, "a reader does not write"
    with GraphStore(path) as st:
        st.write_extractions(CORPUS[8:12], VERSION)
        exact(st)
        assert st.stored_counts().classes["Document"] == 12


def test_counts_of_another_layout_or_kept_twice_are_not_read(tmp_path):
    import pyoxigraph

    path = tmp_path / "store"
    with GraphStore(path) as st:
        st.write_extractions(CORPUS[:6], VERSION)
        right = st.stored_counts()
        node, pred, meta = (pyoxigraph.NamedNode(x) for x in (COUNTS_NODE, GRAPH_COUNTS, META_GRAPH))
        data = json.loads(right.to_json())
        for other in ({**data, "version": 0}, {**data, "relations": {"sued": 1}}, {**data, "triples": "many"}):
            st.transact(counts_update(None))
            st.raw.add(pyoxigraph.Quad(node, pred, pyoxigraph.Literal(json.dumps(other)), meta))
            assert st.stored_counts() is None, other
        st.transact(counts_update(right))
        st.raw.add(pyoxigraph.Quad(node, pred, pyoxigraph.Literal(right.to_json() + " "), meta))
        assert st.stored_counts() is None, "two literals: neither is trusted"
        assert graph_stats(st) == graph_stats(st, fresh=True)
        st.write_extractions(CORPUS[6:9], VERSION)
        exact(st)


def test_user_updates_and_rdflib_writes_leave_the_counts_exact_or_missing(tmp_path):
    """A user's SPARQL update drops the counts before it runs and counts again after (a crash in
    between leaves them missing: counted, never wrong); writing through the rdflib API drops them,
    and the object that gave it out no longer trusts them."""
    import rdflib

    path = tmp_path / "store"
    with GraphStore(path) as st:
        st.write_extractions(CORPUS[:8], VERSION)
        st.update("INSERT DATA { ent:Someone a kg:Person ; kg:sued ent:Tesla } ; DELETE WHERE { ?s kg:leads ?o }")
        exact(st)
        with pytest.raises(QueryError):
            st.update("INSERT DATA { this is not sparql }")
        exact(st)
        # what a crash between the update and its count leaves
        st.transact(counts_update(None))
        st.raw.update("DELETE WHERE { ?s <http://kg.example.org/ontology#worksFor> ?o }")
        assert st.stored_counts() is None and graph_stats(st) == graph_stats(st, fresh=True)
        st.write_extractions(CORPUS[8:10], VERSION)
        exact(st)
        g = st.rdflib_graph()
        g.add((rdflib.URIRef("http://kg.example.org/resource/entity/Other"), rdflib.RDF.type,
               rdflib.URIRef("http://kg.example.org/ontology#Person")))
        assert st.stored_counts() is None and graph_stats(st) == graph_stats(st, fresh=True)
        st.write_extractions(CORPUS[10:11], VERSION)
        assert graph_stats(st) == graph_stats(st, fresh=True)
    with GraphStore(path, read_only=True) as st:
        assert st.stored_counts() is None, "the writes through rdflib left them dropped"
        assert graph_stats(st)["entities_by_type"] == graph_stats(st, fresh=True)["entities_by_type"]


def test_imports_interrupted_or_not_keep_the_counts(tmp_path):
    import pyoxigraph

    path = tmp_path / "store"
    ttl = tmp_path / "facts.ttl"
    ttl.write_text(IMPORT_TTL, encoding="utf-8")
    with GraphStore(path) as st:
        st.write_extractions(CORPUS[:5], VERSION)
        st.import_rdf(ttl)
        exact(st)
        [imp] = st.imports()
        assert st.remove_document(imp["iri"])
        exact(st)
        # What a kill between an import's bulk loads leaves (the counts dropped first, no mark).
        st.transact(counts_update(None))
        g = pyoxigraph.NamedNode("http://kg.example.org/resource/import/deadbeef")
        st.raw.bulk_load(IMPORT_TTL.encode(), format=pyoxigraph.RdfFormat.TURTLE, to_graph=g)
        st.raw.bulk_load(IMPORT_TTL.encode(), format=pyoxigraph.RdfFormat.TURTLE)
    with GraphStore(path) as st:  # rolled back on opening, and counted again
        assert not st.raw.contains_named_graph(g)
        exact(st)


class Killed(Exception):
    """Stands for a kill at that point of a write."""


def test_a_write_killed_before_its_counts_are_written_leaves_them_missing_not_wrong(tmp_path, monkeypatch):
    """The writes that cannot tell what they change drop the counts in (or before) their own
    transaction, and count again after: killed at that point, readers count the graph as it is."""
    from kg.resolve import resolve_everything

    path = tmp_path / "store"
    ttl = tmp_path / "facts.ttl"
    ttl.write_text(IMPORT_TTL, encoding="utf-8")
    with GraphStore(path) as st:
        st.write_extractions(CORPUS[:6], VERSION)
        st.import_rdf(ttl)

    def killed(*_args, **_kw):
        raise Killed

    def readers_count_right() -> None:
        with GraphStore(path, read_only=True) as st:
            assert graph_stats(st) == graph_stats(st, fresh=True)

    def counts_kept() -> None:
        with GraphStore(path) as st:
            st.graph_counts()  # a writer keeps what it had to count
            exact(st)

    for write in (lambda st: st.update("DELETE WHERE { ?s kg:founded ?o }"),
                  lambda st: st.remove_document(st.imports()[0]["iri"])):
        counts_kept()
        with monkeypatch.context() as m, GraphStore(path) as st:
            m.setattr(GraphStore, "_count_again", killed)
            with pytest.raises(Killed):
                write(st)
        readers_count_right()
    counts_kept()
    with monkeypatch.context() as m, GraphStore(path) as st:
        m.setattr(GraphStore, "count_graph", killed)  # after the bulk loads, before the completion mark
        with pytest.raises(Killed):
            st.import_rdf(ttl)
    readers_count_right()  # the unfinished import's triples are there until the next writer
    with GraphStore(path) as st:
        assert st.imports() == [], "rolled back"
        exact(st)
        st.import_rdf(ttl)
        with monkeypatch.context() as m:
            m.setattr(GraphStore, "count_graph", killed)  # after the derived graph was written again
            with pytest.raises(Killed):
                resolve_everything(st)
    with GraphStore(path) as st:  # the next writer finishes the resolution, counted
        exact(st)
        assert check_everything(st) == []


def test_kg_resolve_check_finds_wrong_counts_and_kg_resolve_counts_again(tmp_path):
    path = tmp_path / "store"
    with GraphStore(path) as st:
        st.write_extractions(CORPUS, VERSION)
        right = st.stored_counts()
        wrong = GraphCounts(right.triples + 1, {**right.classes, "Person": right.classes["Person"] - 1},
                            right.relations)
        st.transact(counts_update(wrong))
        assert st.check() == [], "the cheap check does not count"
        problems = check_everything(st)
        assert any("kept count of triples" in p for p in problems) and \
            any("kept count of class kg:Person" in p for p in problems), problems
    proc = kg("resolve", "--check", "--store", str(path), "--out", str(tmp_path))
    assert proc.returncode == 4 and "kept count of triples" in proc.stdout, proc.stdout + proc.stderr
    kg("resolve", "--store", str(path), "--out", str(tmp_path), "--no-page", check=True)
    with GraphStore(path, read_only=True) as st:
        assert st.stored_counts() == right
    assert kg("resolve", "--check", "--store", str(path), "--out", str(tmp_path), check=True).returncode == 0


@pytest.mark.model
@pytest.mark.slow
def test_kg_build_prints_the_counts_of_the_graph(tmp_path):
    """`kg build` of one article, then another, then `kg remove` and `kg stats`: every figure they
    print is what SPARQL counts in the store."""
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text("Mirko Tobias Schäfer founded Acme Rockets in 2010.\n", encoding="utf-8")
    (news / "b.txt").write_text("Acme Rockets sued Globex Corporation in 2021. Anna Schäfer joined Globex "
                                "Corporation.\n", encoding="utf-8")
    out = str(tmp_path / "out")

    def counted() -> dict:
        def n(sparql: str) -> int:
            proc = kg("query", sparql, "--out", out, "--format", "csv", check=True)
            return int(proc.stdout.splitlines()[1])

        types = {t: n(f"SELECT (COUNT(*) AS ?n) WHERE {{ ?e a kg:{t} }}") for t in ("Person", "Organization")}
        return {"triples": n("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"), **types,
                "facts": n("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o FILTER(STRSTARTS(STR(?p), STR(kg:)) "
                           "&& isIRI(?o) && STRSTARTS(STR(?o), STR(ent:))) }")}

    def printed(stdout: str) -> dict:
        lines = dict(line.split(": ", 1) for line in stdout.splitlines() if ": " in line)
        types = dict(part.rsplit(" ", 1) for part in lines["entities"].split("(", 1)[1].rstrip(")").split(", "))
        return {"triples": int(lines["triples"]), "Person": int(types.get("Person", 0)),
                "Organization": int(types.get("Organization", 0)), "facts": int(lines["facts"].split(" ", 1)[0])}

    for name in ("a.txt", "b.txt"):
        proc = kg("build", str(news / name), "--out", out, "--no-export", check=True)
        assert printed(proc.stdout) == counted(), proc.stdout
    assert counted()["facts"] >= 2
    proc = kg("remove", "a.txt", "--out", out, "--no-page", check=True)
    assert f"triples: {counted()['triples']}" in proc.stdout
    stats = json.loads(kg("stats", "--out", out, "--format", "json", check=True).stdout)
    assert stats["triples"] == counted()["triples"]
