"""Executes notebooks/explore.ipynb end to end (cwd notebooks/) and checks what each part shows."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = ROOT / "notebooks" / "explore.ipynb"

pytestmark = [pytest.mark.model, pytest.mark.slow]


def _ensure_kernel() -> None:
    from jupyter_client.kernelspec import find_kernel_specs

    if "python3" not in find_kernel_specs():
        subprocess.run([sys.executable, "-m", "ipykernel", "install", "--sys-prefix", "--name", "python3"],
                       check=True, capture_output=True)


def _text(cell) -> str:
    parts = []
    for out in cell.get("outputs", []):
        if out.get("output_type") == "stream":
            parts.append(out.get("text", ""))
        elif "data" in out:
            parts.append(out["data"].get("text/plain", ""))
    return "".join(parts)


def _cell_with(nb, needle: str):
    for cell in nb.cells:
        if cell.cell_type == "code" and needle in cell.source:
            return cell
    raise AssertionError(f"no code cell contains {needle!r}")


@pytest.fixture(scope="module")
def executed(tmp_path_factory):
    import nbformat
    from nbclient import NotebookClient

    _ensure_kernel()
    nb = nbformat.read(NOTEBOOK, as_version=4)
    out = tmp_path_factory.mktemp("notebook-out")
    old = os.environ.get("KG_NOTEBOOK_OUT")
    os.environ["KG_NOTEBOOK_OUT"] = str(out)
    try:
        NotebookClient(nb, timeout=300, kernel_name="python3",
                       resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    finally:
        if old is None:
            os.environ.pop("KG_NOTEBOOK_OUT", None)
        else:
            os.environ["KG_NOTEBOOK_OUT"] = old
    return nb


def test_saved_without_outputs():
    import nbformat

    nb = nbformat.read(NOTEBOOK, as_version=4)
    assert nb.metadata.kernelspec.name == "python3"
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert not cell.outputs and cell.execution_count is None


def test_no_errors(executed):
    for cell in executed.cells:
        for out in cell.get("outputs", []):
            assert out.get("output_type") != "error", out
            assert not (out.get("output_type") == "stream" and out.get("name") == "stderr"
                        and "Traceback" in out.get("text", ""))


def test_build_cell(executed):
    text = _text(_cell_with(executed, "build(["))
    assert "2 documents" in text
    assert "Entities by type" in text and "Facts by relation" in text


def test_sued_and_adhoc_queries(executed):
    text = _text(_cell_with(executed, 'graph.query("sued"'))
    for name in ("Elon Musk", "OpenAI", "xAI"):
        assert name in text
    assert "Sam Altman" in _text(_cell_with(executed, "to_rdflib()"))


def test_analytics(executed):
    text = _text(_cell_with(executed, "connection("))
    assert "Thrive Capital" in text
    assert "Most central entities" in text and "Communities" in text


def test_inline_display(executed):
    cell = _cell_with(executed, "display_inline(")
    htmls = [out["data"]["text/html"] for out in cell.outputs if "text/html" in out.get("data", {})]
    assert htmls and "iframe" in "".join(htmls)
