"""Crash safety and concurrency with real processes: `kg build` is SIGKILLed at six points
(while loading the model, and after 1, 3, 6, 10 and 13 of 24 small documents are committed,
each kill hitting a build that resumed the previous one) into a store that already holds other
documents naming the same people by surname alone or sharing their surnames; each time the store
opens, is consistent and holds only whole documents, and a rerun completes the rest with no
duplicates — the same graph, byte for byte, as one build of all the documents that was never
interrupted (and a resolution of the whole store from scratch). Readers during a build see a
consistent graph or are told the store is busy; a second build refuses."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg.errors import StoreError
from kg.rdf import KG_NS
from kg.store import GraphStore
from conftest import kg

pytestmark = [pytest.mark.model, pytest.mark.slow]

PEOPLE = ["Ada Quinlan", "Boris Feldt", "Carla Montes", "Dmitri Osei", "Elena Varga", "Farid Haddad",
          "Greta Lindqvist", "Hiro Tanaka", "Ines Duarte", "Jonas Becker", "Kofi Mensah", "Lena Novak"]
COMPANIES = ["Brightline Labs", "Corvid Systems", "Delta Forge", "Ember Analytics", "Fjord Robotics",
             "Granite Cloud", "Helix Bio", "Ionic Motors"]
N_DOCS = 24
#: Kill a build once this many documents are stored: at the first commit, early and in the middle
#: (late enough would race the end of the build: the 15 documents left give the kill time to land,
#: while each look at the store checks it whole).
KILL_POINTS = (1, 3, 6, 9)


#: Documents already in the store before the killed builds: surnames alone (which join a full name
#: of the corpus only if it is the one that fits), and people sharing the corpus's surnames.
EARLIER = {
    "earlier_0.txt": "Quinlan founded Brightline Labs in 1999.\n",
    "earlier_1.txt": "Marta Feldt is the chief executive of Corvid Systems.\n",
    "earlier_2.txt": "Feldt sued Delta Forge over a patent.\n",
    "earlier_3.txt": "Tanaka left Helix Bio in 2001. Varga criticized Fjord Robotics.\n",
}


@pytest.fixture(scope="module")
def earlier(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("earlier")
    for name, text in EARLIER.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    for i in range(N_DOCS):
        p, q = PEOPLE[i % len(PEOPLE)], PEOPLE[(i * 5 + 3) % len(PEOPLE)]
        c, d = COMPANIES[i % len(COMPANIES)], COMPANIES[(i * 3 + 1) % len(COMPANIES)]
        text = (f"{p} founded {c} in {2000 + i}.\n{c} sued {d} over a patent, the company said.\n"
                f"{q} is the chief executive of {d}. Article number {i}.\n")
        (folder / f"article_{i:02d}.txt").write_text(text, encoding="utf-8")
    return folder


def kg_exe() -> str:
    return str(Path(sys.executable).with_name("kg"))


def start_build(corpus: Path, out: Path) -> subprocess.Popen:
    return subprocess.Popen([kg_exe(), "build", str(corpus), "--out", str(out), "--commit-every", "1", "--quiet"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def stored(store: Path) -> list[str] | None:
    """The stored documents' ids, after checking the store is consistent; None while it is busy."""
    try:
        with GraphStore(store, read_only=True, wait=5) as st:
            assert st.check() == [], "the queried graph agrees with the documents' graphs"
            docs = [d["id"] for d in st.documents()]
            # every stored document is whole: its graph has its type, source, hash and version
            for doc_id in docs:
                assert st.document_version(doc_id), doc_id
            assert len(docs) == len(set(docs))
            n_graphs = int(next(iter(st.raw.query(
                "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?g a <%sDocument> } }" % KG_NS)))["n"].value)
            assert n_graphs == len(docs)
            return docs
    except StoreError as e:
        if "no graph store" in str(e):
            return []
        assert "busy" in str(e)
        return None


def kill_after(proc: subprocess.Popen, store: Path, n_docs: int, seconds: float = 0.0) -> int:
    """SIGKILL the build once ``n_docs`` documents are committed (or after ``seconds``)."""
    deadline = time.monotonic() + 120
    started = time.monotonic()
    while time.monotonic() < deadline and proc.poll() is None:
        if seconds and time.monotonic() - started >= seconds:
            break
        if not seconds and (store / "CURRENT").exists():
            docs = stored(store)
            if docs is not None and len(docs) >= n_docs:
                break
        time.sleep(0.05)
    assert proc.poll() is None, f"the build ended before it could be killed:\n{proc.stderr.read()}"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    return len(stored(store) or [])


def test_killed_builds_keep_whole_documents_and_a_rerun_completes_without_duplicates(corpus, earlier, tmp_path):
    clean = tmp_path / "clean"
    # one build of everything; two worker processes (parse + extract each, results in input
    # order) give the same graph
    kg("build", str(corpus), str(earlier), "--out", str(clean), "--commit-every", "1", "--quiet", "--no-page",
       "--processes", "2", "--batch-size", "2", check=True)
    assert len(stored(clean / "store")) == N_DOCS + len(EARLIER)

    out = tmp_path / "killed"
    store = out / "store"
    kg("build", str(earlier), "--out", str(out), "--quiet", "--no-export", check=True)
    before = len(EARLIER)
    counts = []
    counts.append(kill_after(start_build(corpus, out), store, before, seconds=1.0) - before)  # loading spaCy
    for n in KILL_POINTS:  # after that many documents are committed (each rerun skips the stored ones)
        counts.append(kill_after(start_build(corpus, out), store, before + n) - before)
    assert counts == sorted(counts) and counts[-1] >= KILL_POINTS[-1], counts
    assert not list(out.glob("graph.ttl")), "outputs are written only by a finished build"

    proc = kg("build", str(corpus), "--out", str(out), "--commit-every", "1", "--no-page", check=True)
    assert f"documents read: {N_DOCS} (built {N_DOCS - counts[-1]}, unchanged {counts[-1]}" in proc.stdout
    assert len(stored(store)) == N_DOCS + len(EARLIER)
    assert (out / "graph.ttl").read_bytes() == (clean / "graph.ttl").read_bytes()
    assert kg("resolve", "--check", "--out", str(out), check=True).returncode == 0
    again = kg("build", str(corpus), "--out", str(out), "--commit-every", "1", "--no-page", check=True)
    assert f"unchanged {N_DOCS}" in again.stdout
    assert (out / "graph.ttl").read_bytes() == (clean / "graph.ttl").read_bytes()


def test_readers_during_a_build_see_a_consistent_graph_and_a_second_build_refuses(corpus, tmp_path):
    out = tmp_path / "out"
    store = out / "store"
    build = start_build(corpus, out)
    try:
        while not (store / "kg-writer.lock").exists() or not (store / "kg-writer.lock").read_text().strip():
            time.sleep(0.05)
        second = kg("build", str(corpus), "--out", str(out))
        assert second.returncode == 4, second.stderr
        assert "being written by another kg process" in second.stderr and "run this again" in second.stderr
        seen, answers = [], []
        while build.poll() is None:
            docs = stored(store)
            if docs is not None:
                seen.append(len(docs))
            proc = subprocess.run([kg_exe(), "query", "SELECT (COUNT(*) AS ?n) WHERE { ?d a kg:Document }",
                                   "--out", str(out), "--format", "csv"], capture_output=True, text=True,
                                  env={**os.environ, "KG_LOCK_WAIT": "5"}, timeout=120)
            answers.append(proc.returncode)
            assert proc.returncode in (0, 4), proc.stderr
            if proc.returncode == 4:
                assert "busy" in proc.stderr or "no graph store" in proc.stderr
        assert build.wait(timeout=120) == 0, build.stderr.read()
    finally:
        if build.poll() is None:
            build.kill()
    assert seen == sorted(seen), "documents only ever appear, whole"
    assert 0 in answers, "queries ran while the build was writing"
    assert stored(store) is not None and len(stored(store)) == N_DOCS
