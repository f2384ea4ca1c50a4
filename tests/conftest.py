"""Shared fixtures: the seeds graph built once through the CLI, and the ../shared folder."""

from __future__ import annotations

import shutil
import subprocess
import sys
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


@pytest.fixture(scope="session")
def nlp():
    from kg.nlp import load_nlp

    return load_nlp()


@pytest.fixture
def copy_seeds(tmp_path) -> Path:
    dest = tmp_path / "seeds"
    shutil.copytree(SEEDS, dest)
    return dest
