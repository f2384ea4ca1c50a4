"""The package installs whole: the wheel built from this checkout, installed (not editable) in a
fresh virtual environment, builds a graph, answers a named query, validates and reasons without
the checkout (the ontology, the shapes and the named queries are package data).

Offline and quick (~15 s): the wheel is built without build isolation (with the setuptools the
test extras pin), and the fresh venv reaches the dependencies already installed in the environment
running the tests through a ``.pth`` file naming its site-packages folders. Plain folder lines in
a ``.pth`` only extend ``sys.path``; the ``.pth`` files inside those folders are not run, so the
checkout's editable install of kg stays invisible and the wheel's ``kg`` is the only one.
(``python -m venv --system-site-packages`` would not do: from a venv it exposes the base
interpreter's packages, not the venv's.)
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import site
import subprocess
import sys
import venv
from pathlib import Path

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.model]

ROOT = Path(__file__).resolve().parents[1]

ARTICLES = {
    "court.txt": "Acme Robotics sued Globex Corporation in March 2023, accusing it of copying a patented "
                 "gripper design.\n",
    "founder.txt": "Jane Holloway founded Acme Robotics in 2015. Holloway is the chief executive of Acme "
                   "Robotics.\n",
}


def _run(args, *, cwd, env, timeout=300) -> subprocess.CompletedProcess:
    proc = subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=timeout)
    assert proc.returncode == 0, f"{' '.join(map(str, args))} exited {proc.returncode}\n{proc.stdout}\n{proc.stderr}"
    return proc


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """(bin folder of a fresh venv with the wheel installed, environment to run it in, work folder)."""
    tmp = tmp_path_factory.mktemp("install")
    # Build from a copy: building in place would leave build/ and an egg-info in the checkout.
    src = tmp / "src"
    shutil.copytree(ROOT / "kg", src / "kg", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, src / name)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    _run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation", "--no-index",
          "--wheel-dir", tmp / "dist", src], cwd=tmp, env=env)
    wheels = list((tmp / "dist").glob("kg_news-*.whl"))
    assert len(wheels) == 1, wheels

    home = tmp / "venv"
    venv.create(home, with_pip=False)
    python = home / "bin" / "python"
    purelib = Path(_run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                        cwd=tmp, env=env).stdout.strip())
    deps = [p for p in site.getsitepackages() if Path(p).is_dir()]
    (purelib / "_kg_test_dependencies.pth").write_text("".join(f"{p}\n" for p in deps), encoding="utf-8")
    # the dependencies are seen as installed (no index is asked); the wheel is copied in, not linked
    _run([sys.executable, "-m", "pip", "--python", python, "install", "--quiet", "--no-index", "--no-deps",
          wheels[0]], cwd=tmp, env=env)

    env["PATH"] = f"{home / 'bin'}{os.pathsep}{env.get('PATH', '')}"
    env["VIRTUAL_ENV"] = str(home)
    work = tmp / "work"
    work.mkdir()
    for name, text in ARTICLES.items():
        (work / name).write_text(text, encoding="utf-8")
    return home / "bin", env, work


def test_the_installed_package_is_the_wheel_not_the_checkout(installed):
    bindir, env, work = installed
    out = _run([bindir / "python", "-c",
                "import kg, kg.ontology, kg.query; print(kg.__file__); print(kg.ontology.ontology_path()); "
                "print(kg.ontology.shapes_path()); print(sorted(kg.query.named_queries()))"],
               cwd=work, env=env).stdout.splitlines()
    venv_root = bindir.parent.resolve()
    for line in out[:3]:
        path = Path(line).resolve()
        assert path.is_relative_to(venv_root), f"{path} is not inside the fresh venv {venv_root}"
        assert not path.is_relative_to(ROOT), path
    assert out[1].endswith("kg.ttl") and out[2].endswith("shapes.ttl")
    assert out[3] == str(sorted(p.stem for p in (ROOT / "kg" / "data" / "queries").glob("*.rq")))
    # the script is the venv's own
    assert shutil.which("kg", path=env["PATH"]) == str(bindir / "kg")


def test_build_query_validate_reason_from_the_wheel(installed):
    bindir, env, work = installed
    kg = bindir / "kg"

    built = _run([kg, "build", "court.txt", "founder.txt", "--out", "out"], cwd=work, env=env).stdout
    assert "documents read: 2 (built 2" in built, built
    assert (work / "out" / "graph.ttl").is_file() and (work / "out" / "graph.html").is_file()
    # the page's own files (template, CSS, script) ship in the wheel and are inlined
    page = (work / "out" / "graph.html").read_text(encoding="utf-8")
    css = (ROOT / "kg" / "page" / "page.css").read_text(encoding="utf-8")
    assert css.strip().splitlines()[0] in page and "@@KG_" not in page.replace("@@KG_DATA@@", "")

    listed = _run([kg, "query", "--list"], cwd=work, env=env).stdout
    names = {line.split()[0] for line in listed.splitlines() if line.strip()}
    assert {"sued", "founders", "investors", "evidence", "entities"} <= names, listed

    sued = list(csv.reader(io.StringIO(_run([kg, "query", "sued", "--out", "out", "--format", "csv"],
                                            cwd=work, env=env).stdout)))
    assert sued[0][:2] == ["plaintiff", "defendant"], sued
    assert [row[:2] for row in sued[1:]] == [["Acme Robotics", "Globex Corporation"]], sued

    founders = _run([kg, "query", "founders", "--param", "name=Acme Robotics", "--out", "out", "--format", "json"],
                    cwd=work, env=env).stdout
    assert "Jane Holloway" in founders, founders

    validated = subprocess.run([str(kg), "validate", "--out", "out"], cwd=work, env=env, capture_output=True,
                               text=True, timeout=300)
    assert validated.returncode == 0, validated.stdout + validated.stderr
    assert "conforms" in validated.stdout, validated.stdout

    reasoned = _run([kg, "reason", "--out", "out"], cwd=work, env=env).stdout
    assert "inferred triples:" in reasoned and not reasoned.startswith("inferred triples: 0"), reasoned
    # kg:foundedBy is the inverse of kg:founded in kg.ttl: only the ontology's reasoning states it
    inverse = "SELECT ?p WHERE { ?o kg:foundedBy ?p }"
    assert "Jane_Holloway" not in _run([kg, "query", inverse, "--out", "out", "--format", "csv"],
                                       cwd=work, env=env).stdout
    inferred = _run([kg, "query", inverse, "--reason", "--out", "out", "--format", "csv"], cwd=work, env=env).stdout
    assert inferred.splitlines() == ["p", "http://kg.example.org/resource/entity/Jane_Holloway"], inferred
