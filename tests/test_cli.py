"""End-to-end over the seeds graph, built by the real `kg` command: the contract of graph.ttl, named
queries row by row (run in process, through click's CliRunner), idempotent rebuilds, exports and
exit codes (through the console script, as a user runs it)."""

from __future__ import annotations

import csv
import io
import json

import pytest
import rdflib
from click.testing import CliRunner
from rdflib import RDF, RDFS, Namespace

from kg.cli import cli
from kg.model import RELATIONS
from conftest import SEEDS, kg

pytestmark = [pytest.mark.model, pytest.mark.slow]

KG = Namespace("http://kg.example.org/ontology#")
PROV = Namespace("http://www.w3.org/ns/prov#")
DCT = Namespace("http://purl.org/dc/terms/")
ENTITY_CLASSES = {KG.Person, KG.Organization, KG.Product, KG.Place}


@pytest.fixture(scope="module")
def graph(seeds_out):
    return rdflib.Graph().parse(seeds_out / "graph.ttl", format="turtle")


def rows(out, *args):
    """A query's rows as JSON, in process (--timeout 0: no child process for the query)."""
    result = CliRunner().invoke(cli, ["query", *args, "--out", str(out), "--format", "json", "--timeout", "0"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_build_writes_both_files(seeds_out):
    assert (seeds_out / "graph.ttl").stat().st_size > 1000
    assert (seeds_out / "graph.html").stat().st_size > 1000
    assert not list(seeds_out.glob(".*.tmp")), "no half-written file is left behind"


def test_contract_entities_have_one_type_and_one_label(graph):
    entities = {s for s, o in graph.subject_objects(RDF.type) if o in ENTITY_CLASSES}
    assert len(entities) > 20
    for e in entities:
        types = set(graph.objects(e, RDF.type))
        assert len(types & ENTITY_CLASSES) == 1, e
        assert len(list(graph.objects(e, RDFS.label))) == 1, e


def test_contract_every_relation_is_direct_and_reified_with_provenance(graph):
    statements = list(graph.subjects(RDF.type, RDF.Statement))
    assert statements
    for st in statements:
        s, p, o = graph.value(st, RDF.subject), graph.value(st, RDF.predicate), graph.value(st, RDF.object)
        assert str(p).rsplit("#", 1)[-1] in RELATIONS
        assert (s, p, o) in graph, "the direct triple exists"
        doc = graph.value(st, PROV.wasDerivedFrom)
        source = str(graph.value(doc, DCT.source))
        assert source.endswith(".txt") and "seeds" in source
        assert str(graph.value(st, KG.evidence)).strip()
        assert 0 < float(graph.value(st, KG.confidence)) <= 1
    direct = {(s, p, o) for s, p, o in graph if str(p).startswith(str(KG)) and str(p)[len(str(KG)):] in RELATIONS}
    reified = {(graph.value(st, RDF.subject), graph.value(st, RDF.predicate), graph.value(st, RDF.object))
               for st in statements}
    assert direct == reified, "every direct fact has its statement and vice versa"


def test_no_noise_entities(graph):
    labels = {str(o) for o in graph.objects(None, RDFS.label)}
    for noise in ("preview_player", "ADVERTISEMENT", "Показать описание", "#elonmusk", "AI"):
        assert noise not in labels


def test_one_node_per_entity(graph):
    labels = [str(o) for s, o in graph.subject_objects(RDFS.label) if (s, RDF.type, KG.Document) not in graph]
    assert "Musk" not in labels and "Altman" not in labels
    assert labels.count("Elon Musk") == 1


def test_rebuild_changes_nothing(seeds_out, tmp_path):
    out = tmp_path / "again"
    kg("build", str(SEEDS), "--out", str(out), "--quiet", check=True)
    first = (out / "graph.ttl").read_bytes()
    proc = kg("build", str(SEEDS), "--out", str(out), check=True)
    assert "unchanged 2" in proc.stdout
    assert (out / "graph.ttl").read_bytes() == first
    assert first == (seeds_out / "graph.ttl").read_bytes(), "same input, same graph"


def test_named_query_sued(seeds_out):
    got = {(r["plaintiff"], r["defendant"]) for r in rows(seeds_out, "sued")}
    assert got == {("Elon Musk", "OpenAI"), ("Elon Musk", "Sam Altman"), ("xAI", "OpenAI"), ("xAI", "Apple")}
    dated = {(r["plaintiff"], r["defendant"]): r["date"] for r in rows(seeds_out, "sued")}
    assert dated[("Elon Musk", "Sam Altman")] == "2024-03"


def test_named_query_investors_with_parameter(seeds_out):
    got = rows(seeds_out, "investors", "--param", "name=OpenAI")
    assert {"investor": "Thrive Capital", "organization": "OpenAI"} in got
    assert all(r["organization"] == "OpenAI" for r in got)
    assert rows(seeds_out, "investors", "--param", 'name=" } ; DROP ALL ; {') == []


def test_named_query_name_parameters_ignore_case(seeds_out):
    exact = rows(seeds_out, "investors", "--param", "name=OpenAI")
    assert exact and rows(seeds_out, "investors", "--param", "name=openai") == exact
    near = rows(seeds_out, "neighbourhood", "-p", "name=Sam Altman")
    assert near and rows(seeds_out, "neighbourhood", "-p", "name=sam altman") == near
    assert rows(seeds_out, "neighbourhood", "-p", "name=ALTMAN") == rows(seeds_out, "neighbourhood", "-p", "name=Altman")


def test_named_query_founders_and_rivals(seeds_out):
    founders = {(r["founder"], r["organization"]) for r in rows(seeds_out, "founders")}
    assert founders == {("Elon Musk", "OpenAI"), ("Sam Altman", "OpenAI")}
    rivals = {(r["a"], r["b"]) for r in rows(seeds_out, "rivals")}
    assert ("Elon Musk", "Sam Altman") in rivals


def test_named_query_neighbourhood_and_evidence(seeds_out):
    near = {(r["subject"], r["relation"], r["object"]) for r in rows(seeds_out, "neighbourhood", "-p", "name=Altman")}
    assert ("Sam Altman", "ceoOf", "OpenAI") in near and ("Elon Musk", "sued", "Sam Altman") in near
    ev = rows(seeds_out, "evidence", "-p", "subject=Elon Musk", "-p", "rel=left")
    # (two sentences of one article say it: "Musk left the company in 2018", "Musk left in 2018, citing ...")
    assert ev and all(r["object"] == "OpenAI" and "2018" in r["evidence"] and r["date"] == "2018" for r in ev), ev


def test_query_formats_and_update_refused(seeds_out):
    proc = kg("query", "SELECT ?n WHERE { ?e a kg:Person ; rdfs:label ?n } ORDER BY ?n", "--out", str(seeds_out),
              "--format", "csv", check=True)
    table = list(csv.reader(io.StringIO(proc.stdout)))
    assert table[0] == ["n"] and ["Elon Musk"] in table
    proc = kg("query", "DELETE WHERE { ?s ?p ?o }", "--out", str(seeds_out))
    assert proc.returncode == 5 and "read-only" in proc.stderr
    assert rows(seeds_out, "sued"), "the refused update changed nothing"


@pytest.mark.parametrize("fmt, check", [
    ("turtle", lambda data: len(rdflib.Graph().parse(data=data, format="turtle")) > 100),
    ("nt", lambda data: len(rdflib.Graph().parse(data=data, format="nt")) > 100),
    ("jsonld", lambda data: len(rdflib.Graph().parse(data=data, format="json-ld")) > 100),
    ("graphml", lambda data: "<graphml" in data and "Elon Musk" in data),
    ("csv", lambda data: data.startswith("subject,subject_type,relation") and "Thrive Capital" in data),
])
def test_exports(seeds_out, tmp_path, fmt, check):
    dest = tmp_path / f"export.{fmt}"
    kg("export", "--format", fmt, "--out", str(seeds_out), "--output", str(dest), check=True)
    assert check(dest.read_text(encoding="utf-8"))


def test_path_stats_validate(seeds_out):
    proc = kg("path", "Thrive Capital", "Sam Altman", "--out", str(seeds_out), "--format", "json", check=True)
    hops = json.loads(proc.stdout)
    assert hops[0]["subject"] == "Thrive Capital" and hops[-1]["subject"] == "Sam Altman"
    assert all(h["facts"][0]["evidence"] for h in hops)
    stats = json.loads(kg("stats", "--out", str(seeds_out), "--format", "json", check=True).stdout)
    assert stats["documents"] == 2 and stats["central"][0]["entity"] in ("Elon Musk", "OpenAI")
    assert kg("validate", "--out", str(seeds_out)).returncode == 0


def test_exit_codes(tmp_path, seeds_out):
    assert kg("--version", check=True).stdout.startswith("kg, version")
    assert kg("build").returncode == 2
    proc = kg("build", str(tmp_path / "missing.txt"), "--out", str(tmp_path / "o"))
    assert proc.returncode == 3 and "missing.txt" in proc.stderr and "does not exist" in proc.stderr
    assert kg("query", "sued", "--out", str(tmp_path / "nothing-built")).returncode == 4
    assert kg("path", "Nobody Atall", "Elon Musk", "--out", str(seeds_out)).returncode == 7
    good = tmp_path / "in"
    good.mkdir()
    (good / "a.txt").write_text("Microsoft invested in OpenAI.", encoding="utf-8")
    (good / "b.txt").write_bytes(b"\x00\x01binary")
    proc = kg("build", str(good), "--out", str(tmp_path / "partial"))
    assert proc.returncode == 9 and "b.txt" in proc.stderr
    assert (tmp_path / "partial" / "graph.ttl").exists()


@pytest.mark.shared
def test_eval_on_the_seeds_gold(seeds_out, shared):
    proc = kg("eval", str(shared / "gold" / "seeds.gold.jsonl"), "--out", str(seeds_out), "--format", "json",
              check=True)
    reports = [json.loads(part) for part in proc.stdout.split("\n\n")]
    micro = reports[0]["total"]
    assert micro["f1"] >= 0.9, micro  # issue 3's bar for the seeds
    assert reports[1]["counts"]["duplicates"] == 0
    assert reports[1]["counts"]["wrong_type"] == 0


@pytest.mark.shared
@pytest.mark.slow
def test_eval_on_knowledgenet_held_out_fold(shared):
    """Fold 3 was never used to tune the rules or train the scorer (folds 1-2 were)."""
    proc = kg("eval", str(shared / "bench" / "knowledgenet" / "passages.jsonl"), "--fold", "3",
              "--format", "json", check=True)
    report = json.loads(proc.stdout)
    assert report["total"]["f1"] >= 0.65, report["total"]  # issue 11's bar for fold 3
    assert report["total"]["precision"] >= 0.8, report["total"]


def test_min_confidence_drops_the_less_reliable_facts(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Zephyrix Labs was founded by Dana Whitlock in 2015. Dana Whitlock is a zoologist "
                       "at Quorvane University. Leona Marsh, a Senior Vice President at Zephyrix Labs, "
                       "joined Quorvane University in 2020.\n", encoding="utf-8")

    def confidences(out):
        rows = kg("query", "SELECT ?c WHERE { ?s a rdf:Statement ; kg:confidence ?c }", "--out", str(out),
                  "--format", "json", check=True)
        return sorted(float(r["c"]) for r in json.loads(rows.stdout))

    kg("build", str(article), "--out", str(tmp_path / "all"), "--quiet", "--no-page", check=True)
    everything = confidences(tmp_path / "all")
    assert len(set(everything)) >= 2, everything  # patterns of different measured reliability
    # halfway between two neighbouring confidences, so no fact sits on the threshold (the store
    # keeps three decimals of a confidence, the filter compares the full one)
    distinct = sorted(set(everything))
    middle = len(distinct) // 2
    threshold = (distinct[middle - 1] + distinct[middle]) / 2
    kg("build", str(article), "--out", str(tmp_path / "sure"), "--quiet", "--no-page",
       "--min-confidence", f"{threshold:.4f}", check=True)
    assert confidences(tmp_path / "sure") == [c for c in everything if c >= threshold]
