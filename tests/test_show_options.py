"""kg show beyond what one page holds (PageTooLarge), and --reason on kg show, kg stats, kg path."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import kg
from test_every_fact import page_data

RES = "http://kg.example.org/resource/"
KG = "http://kg.example.org/ontology#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"

ENTITIES = {"Ada": "Person", "Bolt": "Organization", "Cobalt": "Organization", "Dyno": "Product",
            "Eve": "Person"}
# Reasoning (OWL-RL over the kg: resources) adds: Ada worksFor and leads Cobalt (ceoOf is a kind
# of both) and Bolt rivalOf Cobalt (rivalOf is symmetric).
FACTS = [("Ada", "ceoOf", "Cobalt"), ("Ada", "founded", "Bolt"), ("Cobalt", "rivalOf", "Bolt"),
         ("Bolt", "develops", "Dyno")]


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    """A store holding an import of five entities and four facts, and kg reason's inferences."""
    folder = tmp_path_factory.mktemp("show-options")
    lines = []
    for name, kind in ENTITIES.items():
        lines += [f"<{RES}{name}> <{RDF_TYPE}> <{KG}{kind}> .", f'<{RES}{name}> <{LABEL}> "{name}" .']
    lines += [f"<{RES}{s}> <{KG}{p}> <{RES}{o}> ." for s, p, o in FACTS]
    nt = folder / "facts.nt"
    nt.write_text("\n".join(lines) + "\n", encoding="utf-8")
    kg("import", str(nt), "--out", str(folder), check=True)
    return folder


def invoke(*args):
    from kg.cli import cli

    return CliRunner().invoke(cli, [str(a) for a in args])


# ---- beyond what one page holds --------------------------------------------------------------


def test_show_refuses_a_graph_larger_than_a_page_and_offers_focus_or_serve(out, monkeypatch):
    import kg.page.render as render

    page = out / "big.html"
    monkeypatch.setattr(render, "MAX_PAGE_ENTITIES", 3)
    result = invoke("show", "--out", out, "--html", page)
    assert result.exit_code == 11, result.output
    assert "5 entities, more than one page can show (3)" in result.output
    assert "kg show --focus NAME --depth N" in result.output and "kg serve" in result.output
    assert not page.exists()  # no page that cannot work
    # a part of it fits: the neighbourhood of one entity
    result = invoke("show", "--out", out, "--html", page, "--focus", "Ada", "--depth", "1")
    assert result.exit_code == 0, result.output
    assert len(page_data(page)["nodes"]) == 3
    # a neighbourhood too large says so, and what to make smaller
    result = invoke("show", "--out", out, "--html", page, "--focus", "Ada", "--depth", "2")
    assert result.exit_code == 11
    assert "the neighbourhood of 'Ada' has 4 entities" in result.output and "smaller --depth than 2" in result.output
    # --min-degree can bring the whole graph under the limit
    assert invoke("show", "--out", out, "--html", page, "--min-degree", "2").exit_code == 0


def test_the_limit_is_a_named_error_and_the_built_page_says_so(monkeypatch):
    import networkx as nx

    import kg.page.render as render
    from kg.errors import KGError, PageTooLarge
    from kg.page import render_page

    assert issubclass(PageTooLarge, KGError) and PageTooLarge.exit_code == 11
    assert render.MAX_PAGE_ENTITIES == 100_000
    G = nx.MultiDiGraph()
    for k in range(3):
        G.add_node(f"kg:{k}", label=f"E{k} <script>", type="Person", aliases=[], wikidata=None)
    monkeypatch.setattr(render, "MAX_PAGE_ENTITIES", 2)
    page = render_page(G, title="<b>big</b>")  # what kg build writes as graph.html
    assert 'id="kg-too-large"' in page and "kg show --focus NAME --depth N" in page
    assert "<script" not in page and "&lt;b&gt;big&lt;/b&gt;" in page
    assert render.CSP in page.replace("&#x27;", "'")


# ---- --reason: the inferred facts too --------------------------------------------------------


def test_reason_before_kg_reason_is_a_query_error(tmp_path, out):
    import shutil

    fresh = tmp_path / "fresh"
    shutil.copytree(out / "store", fresh / "store")
    for args in (["show", "--html", tmp_path / "p.html"], ["stats"], ["path", "Ada", "Dyno"]):
        result = invoke(*args, "--out", fresh, "--reason")
        assert result.exit_code == 5, (args, result.output)
        assert "kg reason" in result.output


@pytest.fixture(scope="module")
def reasoned(out, tmp_path_factory) -> Path:
    import shutil

    folder = tmp_path_factory.mktemp("reasoned")
    shutil.copytree(out / "store", folder / "store")
    kg("reason", "--out", str(folder), check=True)
    return folder


def edges_of(data: dict) -> dict:
    names = [n["label"] for n in data["nodes"]]
    return {(names[e["from"]], e["relation"], names[e["to"]]): [data["docs"][f[1]]["kind"] for f in e["facts"]]
            for e in data["edges"]}


def test_show_reason_draws_the_inferred_facts(reasoned, tmp_path):
    plain, inferred = tmp_path / "plain.html", tmp_path / "inferred.html"
    assert invoke("show", "--out", reasoned, "--html", plain).exit_code == 0
    result = invoke("show", "--out", reasoned, "--html", inferred, "--reason")
    assert result.exit_code == 0, result.output
    before, after = edges_of(page_data(plain)), edges_of(page_data(inferred))
    assert set(before) == set(FACTS)
    assert set(after) - set(before) == {("Ada", "worksFor", "Cobalt"), ("Ada", "leads", "Cobalt"),
                                          ("Bolt", "rivalOf", "Cobalt")}
    assert after[("Ada", "worksFor", "Cobalt")] == ["inferred"]
    assert all(kinds == ["import"] for key, kinds in after.items() if key in before)


def test_stats_and_path_reason(reasoned):
    plain = json.loads(invoke("stats", "--out", reasoned, "--format", "json").output)
    result = invoke("stats", "--out", reasoned, "--format", "json", "--reason")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["communities"] == plain["communities"]  # same pairs, same groups
    result = invoke("path", "Dyno", "Ada", "--out", reasoned, "--format", "json", "--reason")
    assert result.exit_code == 0, result.output
    hops = json.loads(result.output)
    assert [(h["subject"], h["relation"], h["object"]) for h in hops] == [
        ("Bolt", "develops", "Dyno"), ("Ada", "founded", "Bolt")]
