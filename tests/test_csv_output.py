"""CSV output neutralises cells a spreadsheet would run as formulas (kg/csvout.py).

Text from articles that begins with ``=``, ``+``, ``-`` or ``@`` (or a tab or carriage return) gets
a leading ``'``, in ``kg query --format csv`` (and every other ``--format csv``) and in
``kg export --format csv`` alike; numbers a query returns as typed literals stay numbers.
"""

from __future__ import annotations

import csv
import io
import json

import pytest

from conftest import kg
from kg.csvout import csv_text, safe_cell, unquote_cell
from kg.query import format_rows


def _rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


@pytest.mark.parametrize("text", ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", "=HYPERLINK(\"http://x\")",
                                  "-3.5", "- a bullet", "==", "@"])
def test_text_that_starts_a_formula_gets_a_quote(text):
    assert safe_cell(text) == "'" + text


@pytest.mark.parametrize("text", ["Acme", "1+1=2", "a=b", " =1", "", "2023-03", "0.856", "Ünïcödé", "O'Brien"])
def test_other_text_is_unchanged(text):
    assert safe_cell(text) == text


@pytest.mark.parametrize("text", ["'=1", "'Allo 'Allo", "'"])
def test_text_that_starts_with_a_quote_gets_another_so_quoting_is_reversible(text):
    assert safe_cell(text) == "'" + text


@pytest.mark.parametrize("text", ["=1+1", "-3.5", "'=1", "''", "'", "Acme", "", "@", "a'b", "\t=x", "O'Brien"])
def test_unquote_cell_gives_the_text_back(text):
    cell = _rows(csv_text(["c"], [[text]]))[1][0] if text else ""
    assert unquote_cell(cell) == text


@pytest.mark.parametrize("value", [-3.5, -1, 0, 2.25, True, False])
def test_numbers_and_booleans_are_unchanged(value):
    assert safe_cell(value) is value


def test_none_is_an_empty_cell():
    assert safe_cell(None) == ""


def test_csv_text_row_by_row():
    text = csv_text(["name", "n", "note"], [["=1+1 Acme", -2, None], ["Globex", 3.5, '@x, "quoted"'],
                                             ["-4", -4, "line\nbreak"]])
    assert _rows(text) == [["name", "n", "note"], ["'=1+1 Acme", "-2", ""], ["Globex", "3.5", '\'@x, "quoted"'],
                           ["'-4", "-4", "line\nbreak"]]


def test_format_rows_csv_neutralises_and_table_json_do_not():
    columns, rows = ["title", "x"], [["=1+1 news", -3.5]]
    assert _rows(format_rows(columns, rows, "csv")) == [["title", "x"], ["'=1+1 news", "-3.5"]]
    # only CSV is opened by spreadsheets: the table and JSON show the text as it is
    assert json.loads(format_rows(columns, rows, "json")) == [{"title": "=1+1 news", "x": -3.5}]
    assert "=1+1 news" in format_rows(columns, rows, "table")
    assert "'=1+1" not in format_rows(columns, rows, "table")


@pytest.mark.model
def test_article_text_through_query_documents_and_export(tmp_path):
    """A real build of an article whose title begins "=1+1", whose sentence is a bullet ("- ...")
    and whose file name begins "=": every CSV the CLI writes carries those cells quoted."""
    article = {"title": "=1+1 Acme in court",
               "text": "- Acme Robotics sued Globex Corporation in March 2023.\n\n"
                       "Globex Corporation said it would fight the lawsuit."}
    (tmp_path / "=HYPERLINK.jsonl").write_text(json.dumps(article) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    kg("build", "=HYPERLINK.jsonl", "--out", str(out), "--quiet", cwd=tmp_path, check=True)

    documents = kg("documents", "--out", str(out), "--format", "csv", check=True).stdout
    rows = _rows(documents)
    assert rows[0] == ["id", "source", "title"]
    assert [r[1:] for r in rows[1:]] == [["'=HYPERLINK.jsonl", "'=1+1 Acme in court"]]

    query = kg("query", "SELECT ?title ?source WHERE { ?d dcterms:title ?title ; dcterms:source ?source }",
               "--out", str(out), "--format", "csv", check=True).stdout
    assert _rows(query) == [["title", "source"], ["'=1+1 Acme in court", "'=HYPERLINK.jsonl"]]

    # a typed number stays a number, the same characters as a plain string are text
    numbers = kg("query", 'SELECT (-3.5 AS ?x) ("-3.5" AS ?y) ("+1" AS ?z) (-2 AS ?n) WHERE {}',
                 "--out", str(out), "--format", "csv", check=True).stdout
    assert _rows(numbers) == [["x", "y", "z", "n"], ["-3.5", "'-3.5", "'+1", "-2"]]

    # the same text stays as it is in JSON
    as_json = json.loads(kg("query", "SELECT ?title WHERE { ?d dcterms:title ?title }",
                            "--out", str(out), "--format", "json", check=True).stdout)
    assert as_json == [{"title": "=1+1 Acme in court"}]

    kg("export", "--format", "csv", "--out", str(out), "--output", str(tmp_path / "facts.csv"), check=True)
    facts = _rows((tmp_path / "facts.csv").read_text(encoding="utf-8"))
    assert facts[0] == ["subject", "subject_type", "relation", "object", "object_type", "confidence", "date",
                        "evidence", "source"]
    assert len(facts) == 2, facts
    subject, subject_type, relation, obj, obj_type, confidence, date, evidence, source = facts[1]
    assert (subject, subject_type, relation, obj, obj_type, date) == (
        "Acme Robotics", "Organization", "sued", "Globex Corporation", "Organization", "2023-03")
    assert 0 < float(confidence) <= 1
    assert evidence == "'- Acme Robotics sued Globex Corporation in March 2023."
    assert source == "'=HYPERLINK.jsonl"
    # no cell of any CSV begins with a formula character
    for row in _rows(documents) + _rows(query) + facts:
        assert not any(cell.startswith(("=", "+", "-", "@")) for cell in row), row


def test_eval_entity_csv_neutralises_names_from_articles():
    from kg.evaluate.report import EntityReport, PredictedEntity, format_report

    report = EntityReport(found=("Acme",), missing=("=cmd|' /C calc'!A0",),
                          unmatched=(PredictedEntity("@SUM(1+1)", "Organization"),))
    rows = list(csv.reader(io.StringIO(format_report(report, "csv"))))
    assert rows == [["status", "gold_name", "gold_type", "node_name", "node_type"],
                    ["found", "Acme", "", "", ""],
                    ["missing", "'=cmd|' /C calc'!A0", "", "", ""],
                    ["not_in_gold", "", "", "'@SUM(1+1)", "Organization"]]
