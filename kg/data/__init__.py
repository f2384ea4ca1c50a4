"""Data shipped with kg (see README.md in this folder): the extractor's curated lists and trained
weights, the ontology and its SHACL shapes (``ontology/``) and the named queries (``queries/``).

They are package data, read through importlib.resources, so a checkout, an editable install and a
wheel installed with pip or pipx all find them the same way (tests/test_install.py checks a wheel).
"""

from __future__ import annotations

from pathlib import Path


def data_path(*parts: str) -> Path:
    """A file or folder under ``kg/data/``: ``data_path("ontology", "kg.ttl")``."""
    from importlib import resources

    found = resources.files(__name__).joinpath(*parts)
    # pip and pipx always unpack a wheel, so the package is a folder on disk (not a zip file).
    if not isinstance(found, Path) or not found.exists():
        raise FileNotFoundError(f"kg/data/{'/'.join(parts)} is not in the installed package; reinstall kg")
    return found
