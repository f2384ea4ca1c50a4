"""Injection: names and sentences from articles never become SPARQL, markup or script.

A store is written from hand-made records whose entity names are hostile (quotes, braces,
``} ; DROP ALL ; {``, backslashes, escapes, newlines, markup). Named queries given those names as
``--param`` values find exactly the right rows and never execute anything; ``kg query`` refuses
every form of update without ``--allow-update`` (exit 5) and the store is unchanged; the page
shows the names as text.
"""

from __future__ import annotations

import json
import re

import pytest

from kg.documents import content_id
from records import assertion, document, entity, extraction_of
from kg.rdf import entity_key
from conftest import kg

HOSTILE_NAMES = [
    '" } ; DROP ALL ; { "', "} ; DROP ALL ; {", 'O"Brien Capital', "O'Brien Capital", '"""', "'''",
    "\\", 'a\\"b', "\\u0022) } } ; DROP ALL #", "\\\\u0022 } ; CLEAR ALL ; #", "Line\nBreak Inc",
    "Cr\r\nLf Ltd", "?name", "$name", "<http://evil.example/>", "# not a comment", ") } } INSERT DATA { <a> <b> <c> } #",
    '""" ; CLEAR ALL ; """', "Ünïcödé Gmbh", "😀 Corp", "</script><script>alert(1)</script>",
    "<img src=x onerror=alert(1)>", "@@KG_DATA@@", "Acme Inc.", "\u202eevil\u202c", "x\u2028y",
    "FILTER(true) }", "'; DROP TABLE entities; --", "%2F%00", "Tab\tCo",
]


def _hostile_extractions():
    for i, name in enumerate(HOSTILE_NAMES):
        investor = f"Investor {i:02d}"
        sentence = f"{investor} invested in {name}."
        doc = document(content_id(sentence), source=f"/in/{i:02d} {name[:10]}.txt", text=sentence, title=name)
        entities = (entity(investor), entity(name, "Organization", f"{name} alias"))
        fact = assertion(entity_key(investor), "investedIn", entity_key(name), doc.id, sentence=sentence,
                         pattern="verb:invest", date="2024-01")
        yield extraction_of(doc, entities, (fact,))


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    """An output folder whose store holds the hostile names (written as kg build writes)."""
    from kg.store import GraphStore, open_graph

    out = tmp_path_factory.mktemp("hostile-names")
    with GraphStore(out / "store") as st:
        for ex in _hostile_extractions():
            st.write_extraction(ex, "test")
    open_graph(str(out), None).write_outputs()
    return out


def _count(out) -> int:
    from kg.store import GraphStore

    with GraphStore(out / "store", read_only=True) as st:
        return len(st)


def test_hostile_names_are_stored_verbatim(out):
    from kg.store import GraphStore

    with GraphStore(out / "store", read_only=True) as st:
        labels = {r["l"].value for r in st.query("SELECT ?l WHERE { ?e a kg:Organization ; rdfs:label ?l }")}
    assert set(HOSTILE_NAMES) <= labels
    import pyoxigraph
    import rdflib

    ttl = (out / "graph.ttl").read_bytes()
    g = rdflib.Graph().parse(data=ttl.decode("utf-8"), format="turtle")
    assert len(g) == len(list(pyoxigraph.parse(ttl, format=pyoxigraph.RdfFormat.TURTLE)))
    assert set(HOSTILE_NAMES) <= {str(o) for o in g.objects(None, rdflib.RDFS.label)}


@pytest.mark.parametrize("i", range(len(HOSTILE_NAMES)))
def test_named_query_parameters_are_bound_values(out, i):
    """In process (fast): every hostile name as a parameter of three named queries."""
    from kg.query import resolve_query, run_select
    from kg.store import GraphStore

    name = HOSTILE_NAMES[i]
    before = _count(out)
    with GraphStore(out / "store", read_only=True) as st:
        _, investors = resolve_query("investors")
        cols, rows = run_select(st, investors, {"name": name})
        assert [dict(zip(cols, r)) for r in rows] == [{"investor": f"Investor {i:02d}", "organization": name}]
        cols, rows = run_select(st, investors, {"name": f"{name} alias"})
        assert len(rows) == 1, "found by its alias too"
        _, near = resolve_query("neighbourhood")
        cols, rows = run_select(st, near, {"name": name})
        assert [dict(zip(cols, r)) for r in rows] == [
            {"subject": f"Investor {i:02d}", "relation": "investedIn", "object": name}]
        _, evidence = resolve_query("evidence")
        cols, rows = run_select(st, evidence, {"object": name, "rel": "investedIn"})
        got = [dict(zip(cols, r)) for r in rows]
        assert got and all(r["evidence"] == f"Investor {i:02d} invested in {name}." for r in got)
        cols, rows = run_select(st, investors, {"name": name + " ; DROP ALL"})
        assert rows == []
    assert _count(out) == before


@pytest.mark.parametrize("value", ['" } ; DROP ALL ; { "', "\\u0022) } } ; DROP ALL #", "Line\nBreak Inc"])
def test_named_query_parameters_through_the_cli(out, value):
    before = _count(out)
    proc = kg("query", "investors", "--param", f"name={value}", "--out", str(out), "--format", "json", check=True)
    rows = json.loads(proc.stdout)
    assert [r["organization"] for r in rows] == [value]
    assert _count(out) == before


@pytest.mark.parametrize("name", ["name} DROP ALL {", "name)", "a b", "", "1abc", "?name"])
def test_parameter_names_are_checked(out, name):
    proc = kg("query", "investors", "--param", f"{name}=x", "--out", str(out))
    assert proc.returncode in (2, 5), proc.stderr
    assert "error" in proc.stderr.lower()


UPDATES = [
    "DELETE WHERE { ?s ?p ?o }",
    "delete where { ?s ?p ?o }",
    "DROP ALL",
    "CLEAR ALL",
    "CLEAR DEFAULT",
    "CREATE GRAPH <http://x/g>",
    "INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }",
    "LOAD <file:///etc/passwd>",
    "ADD DEFAULT TO <http://x/g>",
    "MOVE DEFAULT TO <http://x/g>",
    "COPY DEFAULT TO <http://x/g>",
    "WITH <http://x/g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    "# a comment\nDROP ALL",
    "PREFIX ex: <http://x/>\nINSERT DATA { ex:a ex:b ex:c }",
    "PREFIX ex: <http://x/> INSERT DATA { ex:a ex:b ex:c }",
    "BASE <http://x/> PREFIX ex: <http://x/> DELETE WHERE { ?s ?p ?o }",
    "  \n\t DROP ALL",
    "SELECT * WHERE { ?s ?p ?o } ; DROP ALL",
    "DROP ALL ; SELECT * WHERE { ?s ?p ?o }",
    "PREFIX kg: <http://kg.example.org/ontology#> # comment\nDELETE { ?s ?p ?o } WHERE { ?s a kg:Organization ; ?p ?o }",
]


@pytest.mark.parametrize("update", UPDATES)
def test_updates_are_refused_without_allow_update(out, update):
    before = (_count(out), (out / "graph.ttl").read_bytes())
    proc = kg("query", update, "--out", str(out))
    assert proc.returncode == 5, (proc.returncode, proc.stderr)
    if update.startswith("SELECT"):
        assert "syntax error" in proc.stderr  # a query then an update is no query at all
    else:
        assert "SPARQL update" in proc.stderr and "read-only" in proc.stderr, proc.stderr
    assert (_count(out), (out / "graph.ttl").read_bytes()) == before


def test_update_in_a_query_file_is_refused(out, tmp_path):
    rq = tmp_path / "evil.rq"
    rq.write_text("# looks harmless\nPREFIX x: <http://x/> DROP ALL\n", encoding="utf-8")
    before = _count(out)
    proc = kg("query", str(rq), "--out", str(out))
    assert proc.returncode == 5 and "read-only" in proc.stderr
    assert _count(out) == before


def test_allow_update_applies_it(tmp_path):
    from kg.store import GraphStore

    with GraphStore(tmp_path / "store") as st:
        for ex in list(_hostile_extractions())[:2]:
            st.write_extraction(ex, "test")
    before = _count(tmp_path)
    proc = kg("query", "INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }",
              "--out", str(tmp_path), "--allow-update")
    assert proc.returncode == 0 and "update applied" in proc.stdout
    assert _count(tmp_path) == before + 1


# ------------------------------------------------------------------------------ the page
SCRIPT_TAG = re.compile(r"<script\b", re.I)


def _data_block(page: str) -> str:
    return page.split('<script type="application/json" id="kg-data">', 1)[1].split("</script>", 1)[0]


def _template_scripts() -> int:
    import networkx as nx

    from kg.page import render_page

    return len(SCRIPT_TAG.findall(render_page(nx.MultiDiGraph())))


def test_page_from_the_build_holds_names_as_data_only(out):
    page = (out / "graph.html").read_text(encoding="utf-8")
    assert len(SCRIPT_TAG.findall(page)) == _template_scripts()
    data = _data_block(page)
    assert "<" not in data and ">" not in data and "\u2028" not in data
    labels = {n["label"] for n in json.loads(data)["nodes"]}
    assert set(HOSTILE_NAMES) <= labels, set(HOSTILE_NAMES) - labels


def test_show_focus_and_title_are_escaped(out, tmp_path):
    dest = tmp_path / "focus.html"
    proc = kg("show", "--focus", "</script><script>alert(1)</script>", "--out", str(out), "--html", str(dest))
    assert proc.returncode == 0, proc.stderr
    page = dest.read_text(encoding="utf-8")
    assert len(SCRIPT_TAG.findall(page)) == _template_scripts()
    title = re.search(r"<title>(.*?)</title>", page, re.S).group(1)
    assert "<" not in title and "&lt;/script&gt;" in title


@pytest.mark.model
def test_article_markup_through_the_real_build(tmp_path):
    """Names and sentences full of markup, through kg build: text in the graph, never in the page."""
    article = ("Evil</script><script>alert(1)</script> Corp sued Apple.\n\n"
               'Microsoft invested in <img src=x onerror=alert(2)> OpenAI. "Bob" O\'Neil leads Tesla.\n\n'
               "&lt;script&gt;alert(3)&lt;/script&gt; Google acquired DeepMind.")
    (tmp_path / "a.txt").write_text(article, encoding="utf-8")
    (tmp_path / "b.html").write_text(f"<html><body><p>{article}</p><script>alert(4)</script></body></html>",
                                     encoding="utf-8")
    out = tmp_path / "out"
    proc = kg("build", str(tmp_path / "a.txt"), str(tmp_path / "b.html"), "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    page = (out / "graph.html").read_text(encoding="utf-8")
    assert len(SCRIPT_TAG.findall(page)) == _template_scripts()
    data = _data_block(page)
    assert "<" not in data and ">" not in data
    assert "alert(4)" not in data, "scripts of an HTML page are dropped"
    assert "Microsoft" in data and "alert(1)" in data, "the markup of a .txt is kept as text"
