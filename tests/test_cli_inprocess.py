"""The ``kg`` command in process, through click's CliRunner (no spaCy model: the graph is written
from hand-made extraction records): every command's help and the examples in it, the output
helper behind every --format, and each exit code coming from its named exception. The real
console script, end to end, is tested by tests/test_cli.py (subprocesses)."""

from __future__ import annotations

import csv
import io
import json
import re
import shlex
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

import kg.errors
from kg.cli import cli
from kg.errors import KGError
from kg.store import GraphStore
from conftest import ROOT
from records import VERSION, extraction

COMMANDS = sorted(cli.commands)


def run(*args: str) -> click.testing.Result:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> str:
    """An output folder with a small graph: Musk founded OpenAI, Altman leads it, xAI sued it."""
    out = tmp_path_factory.mktemp("cli") / "out"
    with GraphStore(out / "store") as st:
        st.write_extraction(extraction("d1", [("Elon_Musk", "founded", "OpenAI"), ("Sam_Altman", "ceoOf", "OpenAI")]),
                            VERSION)
        st.write_extraction(extraction("d2", [("xAI", "sued", "OpenAI")]), VERSION)
        st.write_extraction(extraction("d3", [("Elon_Musk", "founded", "OpenAI")]), VERSION)
    return str(out)


# ---------------------------------------------------------------------------- help, from cli.commands
def examples(help_text: str) -> list[list[str]]:
    """The ``kg ...`` command lines of a help text's "Example:" block (comments and what follows
    ``&&`` or ``|`` split off; other programs' lines, such as curl, left out)."""
    block = help_text.split("Example:", 1)[1]
    lines = []
    for line in block.splitlines():
        line = line.strip()
        if not line:
            continue
        for part in re.split(r"\s&&\s|\s\|\s", line):
            part = part.split("  #", 1)[0].strip()
            if part.startswith("kg "):
                lines.append(shlex.split(part)[1:])
    return lines


def test_the_commands_are_the_documented_ones():
    """Every command is in the README's "Using it" block, and nothing there is not a command."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    using = readme.split("## Using it", 1)[1].split("```", 2)[1]
    documented = {line.split()[1] for line in using.splitlines() if line.startswith("kg ")}
    assert documented == set(COMMANDS)


def test_the_group_help_has_examples_of_real_commands():
    result = run("--help")
    assert result.exit_code == 0
    for args in examples(result.output):
        assert args[0] in cli.commands, args


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_has_help_with_examples_that_parse(name):
    """Each command (from cli.commands: a new one cannot be left out) has a description and an
    "Example:" block in its --help; every example names this command and uses only its options."""
    command = cli.commands[name]
    assert command.help and command.help.strip(), f"kg {name} has no help"
    result = run(name, "--help")
    assert result.exit_code == 0 and "Example:" in result.output, result.output
    lines = [args for args in examples(result.output) if args[0] == name]
    assert lines, f"kg {name} --help shows no example of kg {name}"
    options = {opt for p in command.params if isinstance(p, click.Option) for opt in p.opts + p.secondary_opts}
    options |= {"--help", "-h"}
    for args in lines:
        for token in args[1:]:
            if token.startswith("-") and len(token) > 1 and not token[1:2].isdigit():
                assert token.split("=", 1)[0] in options, f"kg {name} has no option {token} (example: {args})"
    for args in lines:  # and click parses it: option values of the right type, the arguments given
        try:
            command.make_context(name, args[1:])
        except click.BadParameter as e:  # an example's input file (people.ttl) need not exist here
            assert "does not exist" in e.format_message(), (args, e.format_message())


def test_every_command_has_the_same_store_options():
    for name in COMMANDS:
        opts = {opt for p in cli.commands[name].params for opt in getattr(p, "opts", [])}
        assert {"--out", "--store"} <= opts, name


def test_every_rows_command_has_the_shared_output_option():
    """The commands that print rows take --format table|csv|json (output_options)."""
    for name in ("query", "documents", "stats", "path", "validate", "eval"):
        [fmt] = [p for p in cli.commands[name].params if p.name == "fmt"]
        assert list(fmt.type.choices) == ["table", "csv", "json"], name


# ---------------------------------------------------------------------------- output, one helper
def test_query_in_every_format(out):
    sparql = "SELECT ?n WHERE { ?e a kg:Organization ; rdfs:label ?n } ORDER BY ?n"
    table = run("query", sparql, "--out", out)
    assert table.exit_code == 0
    assert table.output.splitlines()[0] == "n" and "(2 rows)" in table.output
    assert run("query", sparql, "--out", out, "-f", "csv").output == "n\nOpenAI\nxAI\n"
    assert json.loads(run("query", sparql, "--out", out, "-f", "json").output) == [{"n": "OpenAI"}, {"n": "xAI"}]


def test_query_list_in_every_format():
    table = run("query", "--list").output
    assert re.search(r"^sued\s+Who sued whom", table, re.M), table
    listed = json.loads(run("query", "--list", "-f", "json").output)
    assert {"name": "sued"}.items() <= next(q for q in listed if q["name"] == "sued").items()
    rows = list(csv.reader(io.StringIO(run("query", "--list", "-f", "csv").output)))
    assert rows[0] == ["name", "description"] and [r[0] for r in rows[1:]] == [q["name"] for q in listed]


def test_documents_stats_and_path_print_through_the_helper(out):
    docs = list(csv.DictReader(io.StringIO(run("documents", "--out", out, "-f", "csv").output)))
    assert sorted(d["source"] for d in docs) == ["corpus/d1.txt", "corpus/d2.txt", "corpus/d3.txt"]
    stats = json.loads(run("stats", "--out", out, "-f", "json").output)
    assert stats["documents"] == 3 and stats["entities_by_type"] == {"Organization": 2, "Person": 2}
    table = run("stats", "--out", out).output
    assert table.splitlines()[0].split() == ["what", "name", "value"]
    hops = json.loads(run("path", "xAI", "Sam Altman", "--out", out, "-f", "json").output)
    assert [(h["subject"], h["relation"], h["object"]) for h in hops] == [
        ("xAI", "sued", "OpenAI"), ("Sam Altman", "ceoOf", "OpenAI")]
    rows = list(csv.DictReader(io.StringIO(run("path", "xAI", "Sam Altman", "--out", out, "-f", "csv").output)))
    assert [r["hop"] for r in rows] == ["1", "2"] and rows[0]["evidence"] == "xAI sued OpenAI in d2."


def test_validate_conforms(monkeypatch, out):
    """(The shapes themselves are checked on a real build: tests/test_cli.py.)"""
    monkeypatch.setattr("kg.store.graph.Graph.validate", lambda self: (True, []))
    result = run("validate", "--out", out)
    assert result.exit_code == 0 and "the graph conforms to the shapes" in result.output
    assert json.loads(run("validate", "--out", out, "-f", "json").output) == {"conforms": True, "violations": []}


# ---------------------------------------------------------------------------- exit codes, from the exceptions
def test_every_named_exception_has_the_code_the_readme_gives():
    """The README's exit-code table names the class each code is raised as; each class has it."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme.split("### Exit codes", 1)[1].split("\n\n")[1]
    named = {}
    for line in table.splitlines()[2:]:
        code, _, raised = [c.strip() for c in line.strip("|").split("|")]
        for name in re.findall(r"`(\w+)`", raised):
            named[name] = int(code)
    classes = {n: c for n, c in vars(kg.errors).items() if isinstance(c, type) and issubclass(c, KGError)}
    assert set(named) == set(classes) - {"KGError"}, "every named exception is in the README's table"
    for name, code in named.items():
        assert classes[name].exit_code == code, name


@pytest.mark.parametrize("cls", [c for c in vars(kg.errors).values() if isinstance(c, type) and issubclass(c, KGError)])
def test_a_named_exception_becomes_its_exit_code_and_one_line(monkeypatch, out, cls):
    error = cls.__new__(cls)
    Exception.__init__(error, "what went wrong (how to fix it)")

    def fail(self, *a, **k):
        raise error

    monkeypatch.setattr("kg.store.graph.Graph.documents", fail)
    result = CliRunner().invoke(cli, ["documents", "--out", out])
    assert result.exit_code == cls.exit_code
    assert result.stderr == f"{cls.label}: what went wrong (how to fix it)\n"
    assert result.stdout == ""


def test_path_not_connected_is_exit_1_and_unknown_names_7(tmp_path):
    out = tmp_path / "out"
    with GraphStore(out / "store") as st:
        st.write_extraction(extraction("d1", [("Elon_Musk", "founded", "OpenAI")]), VERSION)
        st.write_extraction(extraction("d2", [("xAI", "sued", "Sam_Altman")]), VERSION)
    result = CliRunner().invoke(cli, ["path", "Elon Musk", "xAI", "--out", str(out)])
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr.startswith("error: Elon Musk and xAI are not connected (")
    result = CliRunner().invoke(cli, ["path", "Nobody Atall", "xAI", "--out", str(out)])
    assert result.exit_code == 7 and "Nobody Atall" in result.stderr


def test_validate_violations_are_listed_then_exit_8(monkeypatch, out):
    violation = {"focus": "http://kg.example.org/resource/entity/x", "path": "rdfs:label", "message": "=1+1"}
    monkeypatch.setattr("kg.store.graph.Graph.validate", lambda self: (False, [violation]))
    result = CliRunner().invoke(cli, ["validate", "--out", out, "-f", "csv"])
    assert result.exit_code == 8
    assert result.stdout == f"focus,path,message\n{violation['focus']},rdfs:label,'=1+1\n"
    assert result.stderr.startswith("error: the graph does not conform to the shapes: 1 violation(s)")
    result = CliRunner().invoke(cli, ["validate", "--out", out, "-f", "json"])
    assert result.exit_code == 8 and json.loads(result.stdout) == {"conforms": False, "violations": [violation]}


def test_build_with_nothing_readable_is_exit_3(tmp_path):
    result = CliRunner().invoke(cli, ["build", str(tmp_path / "missing.txt"), "--out", str(tmp_path / "o"), "-q"])
    assert result.exit_code == 3
    assert "skipped: " in result.stderr and "missing.txt" in result.stderr
    assert "error: no article could be read from the given paths" in result.stderr


def test_partial_build_prints_its_summary_then_exit_9(monkeypatch, tmp_path):
    from kg.build import BuildReport

    def build(self, paths, **options):
        report = BuildReport()
        report.documents_read = report.documents_built = 1
        report.skipped = ["b.txt: is binary data (give a text file)"]
        return report

    monkeypatch.setattr("kg.store.graph.Graph.build", build)
    monkeypatch.setattr("kg.store.graph.Graph.write_outputs", lambda self, page=True: [Path("out/graph.ttl")])
    result = CliRunner().invoke(cli, ["build", str(tmp_path), "--out", str(tmp_path / "o")])
    assert result.exit_code == 9
    assert "documents read: 1 (built 1, unchanged 0, skipped 1)" in result.stdout and "wrote out/graph.ttl" in result.stdout
    assert result.stderr.splitlines() == ["skipped: b.txt: is binary data (give a text file)",
                                          "warning: 1 input(s) skipped, the others built (each skipped one is listed "
                                          "above with what is wrong and what to do; fix it and build again to add it)"]


def test_an_update_without_allow_update_is_exit_5(out):
    result = CliRunner().invoke(cli, ["query", "DELETE WHERE { ?s ?p ?o }", "--out", out])
    assert result.exit_code == 5 and "--allow-update" in result.stderr


def test_no_graph_yet_is_exit_4(tmp_path):
    result = CliRunner().invoke(cli, ["documents", "--out", str(tmp_path / "nothing")])
    assert result.exit_code == 4 and result.stderr.startswith("error: ")


def test_the_cli_sets_no_exit_code_of_its_own():
    """Exit codes come from the named exceptions: kg/cli.py calls sys.exit in one place only."""
    source = (ROOT / "kg" / "cli.py").read_text(encoding="utf-8")
    assert source.count("sys.exit(") == 1 and "sys.exit(e.exit_code)" in source
