"""Output files: graph.ttl, graph.html and every export are written to a temporary name and renamed
(a reader never sees half a file, a failed write keeps the previous file), keep the file's mode,
and re-parse even when the graph is full of hostile names."""

from __future__ import annotations

import errno
import os
import stat
import threading
from pathlib import Path

import pytest

from kg.errors import KGError
from kg.store import atomic_write


def test_failed_write_keeps_the_previous_file_and_leaves_no_temporary(tmp_path, monkeypatch):
    path = tmp_path / "graph.ttl"
    atomic_write(path, b"old complete content")

    def full_disk(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(KGError) as err:
        atomic_write(path, b"new content" * 1000)
    assert "graph.ttl" in str(err.value) and "No space left" in str(err.value) and "unchanged" in str(err.value)
    assert isinstance(err.value.__cause__, OSError)
    assert path.read_bytes() == b"old complete content"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.ttl"]


def test_unwritable_folder_is_a_clear_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(KGError, match="cannot write .*graph.html"):
        atomic_write(blocker / "graph.html", "page")


def test_mode_of_new_and_existing_files(tmp_path):
    old = os.umask(0o022)
    try:
        new = atomic_write(tmp_path / "new.html", "x")
        assert stat.S_IMODE(new.stat().st_mode) == 0o644, "readable like any file, not mkstemp's 0600"
        existing = tmp_path / "shared.ttl"
        existing.write_text("x")
        existing.chmod(0o664)
        atomic_write(existing, "y")
        assert stat.S_IMODE(existing.stat().st_mode) == 0o664
    finally:
        os.umask(old)


def test_a_reader_never_sees_half_a_file(tmp_path):
    path = tmp_path / "graph.html"
    versions = [b"a" * 1_500_000, b"b" * 1_000_000]
    atomic_write(path, versions[0])
    seen, stop = set(), threading.Event()

    def read():
        while not stop.is_set():
            data = path.read_bytes()
            seen.add((data[:1], len(data), len(set(data))))

    reader = threading.Thread(target=read)
    reader.start()
    try:
        for i in range(30):
            atomic_write(path, versions[i % 2])
    finally:
        stop.set()
        reader.join()
    assert seen <= {(b"a", 1_500_000, 1), (b"b", 1_000_000, 1)}, seen


@pytest.fixture(scope="module")
def hostile_out(tmp_path_factory):
    from kg.store import GraphStore, open_graph
    from test_injection import _hostile_extractions

    out = tmp_path_factory.mktemp("hostile-out")
    with GraphStore(out / "store") as st:
        for ex in _hostile_extractions():
            st.write_extraction(ex, "test")
    open_graph(str(out), None).write_outputs()
    return out


def test_every_output_is_renamed_into_place(hostile_out, monkeypatch, tmp_path):
    """graph.ttl, graph.html (build), every export format and kg show: each final file is the
    target of an os.replace from a temporary file in the same folder, and no temporary is left."""
    from click.testing import CliRunner

    from kg.cli import cli
    from kg.store import open_graph

    renamed = []
    real_replace = os.replace

    def spy(src, dst):
        renamed.append((Path(src), Path(dst)))
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", spy)
    out = str(hostile_out)
    written = open_graph(out, None).write_outputs()
    runner = CliRunner()
    for fmt, ext in (("turtle", "ttl"), ("nt", "nt"), ("jsonld", "jsonld"), ("graphml", "graphml"), ("csv", "csv")):
        result = runner.invoke(cli, ["export", "--format", fmt, "--out", out, "--output", str(tmp_path / f"g.{ext}")])
        assert result.exit_code == 0, result.output
        written.append(tmp_path / f"g.{ext}")
    result = runner.invoke(cli, ["show", "--out", out, "--html", str(tmp_path / "show.html")])
    assert result.exit_code == 0, result.output
    written.append(tmp_path / "show.html")
    targets = {dst: src for src, dst in renamed}
    for path in written:
        src = targets[Path(path)]
        assert src.parent == Path(path).parent and src.name.startswith(f".{Path(path).name}.") and src.name.endswith(".tmp")
    for folder in (hostile_out, tmp_path):
        assert not list(folder.glob(".*.tmp"))


def test_exports_of_hostile_names_reparse(hostile_out, tmp_path):
    import csv
    import io
    import json

    import networkx as nx
    import pyoxigraph
    import rdflib

    from kg.export import export_bytes
    from kg.store import GraphStore
    from test_injection import HOSTILE_NAMES

    with GraphStore(hostile_out / "store", read_only=True) as st:
        data = {fmt: export_bytes(st, fmt) for fmt in ("turtle", "nt", "jsonld", "graphml", "csv")}
        triples = len(list(st.triples()))
    for fmt, rdflib_fmt, ox_fmt in (("turtle", "turtle", pyoxigraph.RdfFormat.TURTLE),
                                    ("nt", "nt", pyoxigraph.RdfFormat.N_TRIPLES),
                                    ("jsonld", "json-ld", pyoxigraph.RdfFormat.JSON_LD)):
        assert len(rdflib.Graph().parse(data=data[fmt].decode("utf-8"), format=rdflib_fmt)) == triples, fmt
        assert len(list(pyoxigraph.parse(data[fmt], format=ox_fmt))) == triples, fmt
    json.loads(data["jsonld"])
    g = nx.read_graphml(io.BytesIO(data["graphml"]))
    labels = {d["label"] for _, d in g.nodes(data=True)}
    assert {n.replace("\r\n", "\n").replace("\r", "\n") for n in HOSTILE_NAMES} <= \
        {n.replace("\r\n", "\n").replace("\r", "\n") for n in labels}
    from kg.csvout import unquote_cell

    rows = list(csv.DictReader(io.StringIO(data["csv"].decode("utf-8"))))
    # names a spreadsheet would run as formulas are quoted (kg/csvout.py); unquoted, they are the names
    assert {unquote_cell(r["object"]) for r in rows} == set(HOSTILE_NAMES)
    assert "'@@KG_DATA@@" in {r["object"] for r in rows}


def test_graphml_with_characters_xml_cannot_hold(tmp_path):
    """Control characters (from a library user's records, or a file name) never make invalid XML."""
    import io
    from dataclasses import replace

    import networkx as nx

    from kg.export import export_bytes
    from kg.store import GraphStore
    from test_injection import _hostile_extractions

    with GraphStore(None) as st:
        for ex in list(_hostile_extractions())[:3]:
            doc = replace(ex.document, source="/in/a\x01b\x1b[31m.txt")
            facts = tuple(replace(a, sentence=a.sentence + "\x00\x0b") for a in ex.assertions)
            st.write_extraction(replace(ex, document=doc, assertions=facts), "test")
        data = export_bytes(st, "graphml")
    g = nx.read_graphml(io.BytesIO(data))
    sources = {d["source"] for _, _, d in g.edges(data=True)}
    assert sources == {"/in/a\ufffdb\ufffd[31m.txt"}
