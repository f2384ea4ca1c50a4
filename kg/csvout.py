"""CSV output: the one writer behind ``--format csv`` (``kg query``, ``kg documents``, ``kg stats``,
``kg path``, ``kg validate``, ``kg eval``) and ``kg export --format csv``.

Cells hold text from articles, and a spreadsheet runs a cell that begins with ``=``, ``+``, ``-`` or
``@`` (or a tab or carriage return) as a formula: an article titled "=1+1 ..." or
"=HYPERLINK(...)" would compute, or reach out, when the CSV is opened. Such a text cell is written
with a single quote before it (OWASP's advice on CSV injection), which spreadsheets show as text.

Numbers are told apart by their Python type, not by their look: an ``int`` or ``float`` (a typed
literal a query returned, ``xsd:integer``/``xsd:decimal``/``xsd:double``, a count, a confidence) is
kept as it is, so ``-3.5`` stays a number; a string is text whatever it looks like, so a plain
literal ``"-3.5"`` from an article is written ``'-3.5``.

Text that already begins with ``'`` gets one more, so the quoting can be undone without guessing:
a program reading the CSV drops one leading ``'`` from every text cell that has one
(:func:`unquote_cell`) and has the text back exactly.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

#: A text cell beginning with one of these is a formula to a spreadsheet.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
#: Text beginning with one of these is written with a leading quote (the quote itself included, so
#: that the quoting is reversible).
QUOTED_START = FORMULA_START + ("'",)


def safe_cell(value):
    """The value as a CSV cell: None is empty, numbers and booleans stay as they are, text that a
    spreadsheet would run as a formula (or that begins with ``'``) gets a leading ``'``."""
    if value is None:
        return ""
    if isinstance(value, (bool, int, float)):
        return value
    text = str(value)
    return "'" + text if text.startswith(QUOTED_START) else text


def unquote_cell(cell: str) -> str:
    """The text :func:`safe_cell` was given, from the cell it wrote (read back as text)."""
    return cell[1:] if cell.startswith("'") else cell


def csv_text(columns: Sequence[str], rows: Iterable[Sequence]) -> str:
    """A header line and one line per row (``\\n`` line ends), every cell through :func:`safe_cell`."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow([safe_cell(c) for c in columns])
    writer.writerows([safe_cell(v) for v in row] for row in rows)
    return buf.getvalue()
