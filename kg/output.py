"""Rows on standard output: the one formatter behind every command's ``--format table|csv|json``.

``kg query``, ``kg documents``, ``kg stats``, ``kg path`` and ``kg validate`` print their rows through
:func:`format_rows` (the CLI's ``output_options`` adds the option, ``output_rows`` prints): an aligned
text table, CSV written by :mod:`kg.csvout` (the one CSV writer: a cell from an article that a
spreadsheet would run as a formula is quoted), or JSON. A command whose JSON says more than its
rows (``kg stats``: nested counts; ``kg path``: every fact on each hop) passes that document.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from kg.errors import QueryError

#: The output formats of a command that prints rows.
FORMATS = ("table", "csv", "json")
#: A table cell is cut at this many characters (CSV and JSON are never cut).
MAX_WIDTH = 80


def format_rows(columns: Sequence[str], rows: Sequence[Sequence], fmt: str = "table", *,
                document=None) -> str:
    """Rows as an aligned text table, CSV (cells a spreadsheet would run as formulas neutralised,
    see :mod:`kg.csvout`), or JSON: ``document`` when given, else a list of objects."""
    if fmt == "json":
        return format_json(document if document is not None else [dict(zip(columns, row)) for row in rows])
    if fmt == "csv":
        from kg.csvout import csv_text

        return csv_text(columns, rows).rstrip("\n")
    if fmt != "table":
        raise QueryError(f"unknown output format {fmt!r}; use {', '.join(FORMATS)}")
    cells = [[_cell(v) for v in row] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    widths = [min(w, MAX_WIDTH) for w in widths]
    line = "  ".join(c.ljust(w) for c, w in zip(columns, widths))
    out = [line.rstrip(), "  ".join("-" * w for w in widths)]
    for r in cells:
        out.append("  ".join(v[:w].ljust(w) for v, w in zip(r, widths)).rstrip())
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)


def format_json(value) -> str:
    """JSON as every command prints it: indented, non-ASCII characters as they are."""
    return json.dumps(value, indent=2, ensure_ascii=False)


def _cell(v) -> str:
    if v is None:
        return ""
    return str(v).replace("\n", " ")
