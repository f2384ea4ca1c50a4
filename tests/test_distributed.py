"""Distributed extraction on real Dask clusters: the graph of ``kg build --workers 2`` and of
``kg build --scheduler ADDRESS`` equals, fact for fact, the graph of a single-process build of the
same input; each worker loads the model once; cluster errors have their exit code."""

from __future__ import annotations

import shutil
import socket

import pytest

from conftest import SEEDS, kg
from kg.errors import ClusterError
from kg.model import Assertion, Document, Entity, Extraction

#: Short articles beside the seeds, so that documents land on different workers and the
#: cross-document resolution ("Musk" alone here, "Elon Musk" in a seed) has work to do.
EXTRA = {
    "musk.txt": "Musk sued Apple in August 2025. Musk criticized Microsoft.\n",
    "altman.txt": "Altman left Y Combinator in 2019. Sam Altman leads OpenAI.\n",
    "nadella.txt": "Satya Nadella is the CEO of Microsoft. Microsoft invested in OpenAI.\n",
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    for f in SEEDS.iterdir():
        shutil.copy(f, folder / f.name)
    for name, text in EXTRA.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def single_process_nt(corpus, tmp_path_factory):
    """The sorted N-Triples of a plain single-process build of the corpus."""
    out = tmp_path_factory.mktemp("single")
    kg("build", str(corpus), "--out", str(out), "--quiet", "--no-page", check=True)
    return kg("export", "--format", "nt", "--out", str(out), "--output", "-", check=True).stdout


def test_records_travel_as_plain_dicts():
    from kg.distributed import extraction_from_dict, extraction_to_dict

    ex = Extraction(document=Document(id="ab" * 32, source="a.txt", text="t", date="2024"),
                    entities=(Entity("Elon_Musk", "Elon Musk", "Person", aliases=("Musk",), wikidata="Q317521"),),
                    assertions=(Assertion("Elon_Musk", "sued", "OpenAI", "ab" * 32, "s.", 0.9, "verb:sue", None, 3),),
                    stats={"words": 1})
    d = extraction_to_dict(ex)
    assert {type(v) for v in d.values()} <= {dict, list}
    assert extraction_from_dict(d) == ex and extraction_from_dict(d).stats == {"words": 1}


def test_workers_must_run_the_same_extractor():
    from kg.distributed import _check_version

    _check_version("1+x1", "1+x1")
    with pytest.raises(ClusterError, match="same kg version"):
        _check_version("0.9+x1", "1+x1")


@pytest.mark.model
@pytest.mark.slow
def test_local_cluster_build_equals_single_process_build(corpus, single_process_nt, tmp_path):
    out = tmp_path / "dask"
    proc = kg("build", str(corpus), "--out", str(out), "--workers", "2", "--no-page", check=True)
    assert "built 5" in proc.stdout
    nt = kg("export", "--format", "nt", "--out", str(out), "--output", "-", check=True).stdout
    assert nt.count("\n") > 400
    assert nt == single_process_nt, "the same triples, fact for fact"
    assert "Elon_Musk> <http://kg.example.org/ontology#sued> <http://kg.example.org/resource/entity/Apple>" in nt, \
        "a short name parsed on one worker joined its full name parsed on another"


@pytest.mark.model
@pytest.mark.slow
def test_build_on_an_existing_scheduler(corpus, single_process_nt, tmp_path):
    from distributed import Client, LocalCluster

    from kg.distributed import worker_state

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster, Client(cluster) as client:
        out = tmp_path / "sched"
        proc = kg("build", str(corpus), "--out", str(out), "--scheduler", cluster.scheduler_address, "--no-page",
                  check=True)
        assert "built 5" in proc.stdout
        states = client.run(worker_state)
        assert len(states) == 2
        assert all(s["model_loads"] == 1 for s in states.values()), f"each worker loads the model once: {states}"
        assert sum(s["chunks"] for s in states.values()) == 5 and all(s["chunks"] for s in states.values()), \
            f"both workers parsed documents: {states}"
    nt = kg("export", "--format", "nt", "--out", str(out), "--output", "-", check=True).stdout
    assert nt == single_process_nt


def test_cluster_errors_have_exit_code_10(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("Microsoft invested in OpenAI.", encoding="utf-8")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    monkeypatch.setenv("DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT", "2s")  # Dask's own setting
    proc = kg("build", str(tmp_path / "a.txt"), "--out", str(tmp_path / "o"), "--scheduler",
              f"tcp://127.0.0.1:{port}")
    assert proc.returncode == 10, proc.stderr
    assert "cannot reach the Dask scheduler" in proc.stderr and "dask scheduler" in proc.stderr
    proc = kg("build", str(tmp_path / "a.txt"), "--scheduler", "tcp://127.0.0.1:1", "--workers", "2")
    assert proc.returncode == 2
