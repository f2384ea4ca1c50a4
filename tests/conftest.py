"""Shared fixtures: the seeds graph built once through the CLI, the ../shared folder, and a real
SPARQL server (`oxigraph serve`) for the tests of the server backend."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"


def kg(*args: str, cwd: Path = ROOT, check: bool = False) -> subprocess.CompletedProcess:
    """Run the real ``kg`` command (the console script of this venv) and capture its output."""
    exe = Path(sys.executable).with_name("kg")
    proc = subprocess.run([str(exe), *args], cwd=cwd, capture_output=True, text=True, timeout=600)
    if check and proc.returncode != 0:
        raise AssertionError(f"kg {' '.join(args)} exited {proc.returncode}\n{proc.stdout}\n{proc.stderr}")
    return proc


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent: the gold files and benchmarks live beside the clone in CI only")
    return SHARED


@pytest.fixture(scope="session")
def seeds_out(tmp_path_factory) -> Path:
    """output folder of `kg build seeds` (graph.ttl, graph.html, store), built once per session."""
    out = tmp_path_factory.mktemp("seeds-graph")
    kg("build", str(SEEDS), "--out", str(out), "--quiet", check=True)
    return out


@pytest.fixture(scope="module")
def browser():
    """Headless Chromium (browser_util.browser), launched once for each test module that uses it."""
    from browser_util import browser as launch

    with launch() as b:
        yield b


@pytest.fixture(scope="session")
def nlp():
    from kg.nlp import load_nlp

    return load_nlp()


@pytest.fixture
def copy_seeds(tmp_path) -> Path:
    dest = tmp_path / "seeds"
    shutil.copytree(SEEDS, dest)
    return dest


OXIGRAPH = Path(sys.executable).with_name("oxigraph")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def oxigraph_server(tmp_path_factory):
    """A real Oxigraph server on a free local port, with its data in a temporary folder."""
    if not OXIGRAPH.exists():
        pytest.fail(f"{OXIGRAPH} is missing: `pip install oxigraph==0.5.13` (make test installs it)")
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    proc = subprocess.Popen([str(OXIGRAPH), "serve", "--location", str(tmp_path_factory.mktemp("oxigraph")),
                             "--bind", f"127.0.0.1:{port}"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(url + "/query", timeout=1).close()
                break
            except OSError:
                if proc.poll() is not None:
                    pytest.fail(f"oxigraph serve exited {proc.returncode}: {proc.stdout.read().decode()}")
                if time.monotonic() > deadline:
                    pytest.fail("oxigraph serve did not answer within 30 s")
                time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture
def server(oxigraph_server):
    """The server, emptied before each test."""
    req = urllib.request.Request(oxigraph_server + "/update", data=b"DROP ALL", method="POST",
                                 headers={"Content-Type": "application/sparql-update"})
    urllib.request.urlopen(req, timeout=10).close()
    return oxigraph_server
