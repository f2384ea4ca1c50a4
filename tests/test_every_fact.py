"""Every fact is an edge: direct kg: facts without a statement (kg import of plain RDF, a SPARQL
update) reach the projection, the page, kg stats and kg path, with the provenance the store has."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import kg

EX = "http://example.org/"
KG = "http://kg.example.org/ontology#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
ALT = "http://www.w3.org/2004/02/skos/core#altLabel"

ENTITIES = {"ada": ("Person", "Ada Example"), "bolt": ("Organization", "Bolt Corp"),
            "cobalt": ("Organization", "Cobalt Labs"), "dyno": ("Product", "Dyno"),
            "eve": ("Person", "Eve Alone")}
FACTS = [("ada", "founded", "bolt"), ("ada", "worksFor", "bolt"), ("ada", "ceoOf", "cobalt"),
         ("bolt", "develops", "dyno"), ("cobalt", "rivalOf", "bolt")]
DATA_BLOCK = re.compile(r'<script type="application/json" id="kg-data">(.*?)</script>', re.S)


def plain_ntriples() -> str:
    lines = []
    for key, (kind, label) in ENTITIES.items():
        lines += [f"<{EX}{key}> <{RDF_TYPE}> <{KG}{kind}> .", f'<{EX}{key}> <{LABEL}> "{label}" .']
    lines.append(f'<{EX}ada> <{ALT}> "Countess Ada" .')
    lines += [f"<{EX}{s}> <{KG}{p}> <{EX}{o}> ." for s, p, o in FACTS]
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def imported(tmp_path_factory) -> Path:
    """An output folder whose store holds only the import of a plain N-Triples file."""
    out = tmp_path_factory.mktemp("imported")
    nt = out / "facts.nt"
    nt.write_text(plain_ntriples(), encoding="utf-8")
    kg("import", str(nt), "--out", str(out), check=True)
    return out


def page_data(path: Path) -> dict:
    return json.loads(DATA_BLOCK.search(path.read_text(encoding="utf-8")).group(1))


def test_imported_facts_are_edges_with_their_file_as_source(imported):
    from kg.analysis import to_networkx
    from kg.store import GraphStore

    with GraphStore(imported / "store", read_only=True) as st:
        g = to_networkx(st)
    assert set(g) == {EX + k for k in ENTITIES}
    assert sorted((u[len(EX):], k, v[len(EX):]) for u, v, k in g.edges(keys=True)) == sorted(FACTS)
    for _, _, d in g.edges(data=True):
        [fact] = d["facts"]
        assert fact["kind"] == "import" and fact["source"].endswith("facts.nt")
        assert fact["title"] == f"imported from {fact['source']}"
        assert d["confidence"] == 1.0


def test_stats_centrality_of_an_imported_graph(imported):
    proc = kg("stats", "--out", str(imported), "--format", "json", check=True)
    central = [(r["entity"], r["degree_centrality"]) for r in json.loads(proc.stdout)["central"]]
    # undirected simple graph of 5 entities: Bolt has 3 neighbours of 4, Ada and Cobalt 2, Dyno 1
    assert central == [("Bolt Corp", 0.75), ("Ada Example", 0.5), ("Cobalt Labs", 0.5),
                       ("Dyno", 0.25), ("Eve Alone", 0.0)]
    table = kg("stats", "--out", str(imported), check=True).stdout
    rows = [line.split()[1:] for line in table.splitlines() if line.startswith("central")]
    assert rows == [["Bolt", "Corp", "0.75"], ["Ada", "Example", "0.5"], ["Cobalt", "Labs", "0.5"],
                    ["Dyno", "0.25"], ["Eve", "Alone", "0.0"]]


def test_the_page_of_an_imported_graph_draws_its_facts(imported, tmp_path):
    page = tmp_path / "imported.html"
    proc = kg("show", "--out", str(imported), "--html", str(page), check=True)
    assert "(5 entities, 5 facts)" in proc.stdout
    data = page_data(page)
    iris = [n["iri"] for n in data["nodes"]]
    edges = sorted((iris[e["from"]][len(EX):], e["relation"], iris[e["to"]][len(EX):]) for e in data["edges"])
    assert edges == sorted(FACTS)
    [doc] = data["docs"]
    assert doc["kind"] == "import" and doc["title"] == f"imported from {doc['source']}"
    assert all(f[1] == 0 for e in data["edges"] for f in e["facts"])  # [evidence, doc, date, confidence]


def test_path_crosses_imported_facts(imported):
    proc = kg("path", "Countess Ada", "Dyno", "--out", str(imported), "--format", "json", check=True)
    hops = json.loads(proc.stdout)
    assert [(h["subject"], h["relation"], h["object"]) for h in hops] == [
        ("Ada Example", "founded", "Bolt Corp"), ("Bolt Corp", "develops", "Dyno")]
    table = kg("path", "Countess Ada", "Dyno", "--out", str(imported), check=True).stdout
    assert "imported from" in table


def test_a_fact_inserted_by_an_update_is_an_edge(imported, tmp_path):
    import shutil

    out = tmp_path / "copy"
    shutil.copytree(imported, out)
    kg("query", f"INSERT DATA {{ <{EX}eve> <{KG}sued> <{EX}dyno> }}", "--allow-update", "--out", str(out),
       check=True)
    from kg.analysis import to_networkx
    from kg.store import GraphStore

    with GraphStore(out / "store", read_only=True) as st:
        g = to_networkx(st)
    [fact] = g.edges[EX + "eve", EX + "dyno", "sued"]["facts"]
    assert fact["kind"] == "asserted" and fact["confidence"] == 1.0
