"""Reading the gold files: JSON Lines readers that check each line and raise
:class:`kg.errors.InputError` naming the file, the line, what is wrong and what to do, and
:func:`detect_format`, which tells the four formats ``kg eval`` reads apart by their first line."""

from __future__ import annotations

import json
from pathlib import Path

from kg.errors import InputError
from kg.model import ENTITY_TYPES, RELATIONS

__all__ = [
    "FORMATS",
    "detect_format",
    "is_knowledgenet",
    "load_core",
    "load_gold",
    "load_gold_entities",
    "load_news",
    "load_passages",
    "read_jsonl",
    "require",
]

#: The formats ``kg eval`` reads, as :func:`detect_format` names them.
FORMATS = ("seeds", "knowledgenet", "news", "core")

_WHICH_FORMATS = (
    "give one of: seeds gold facts (doc, subject, relation, object: ../shared/gold/seeds.gold.jsonl), "
    "KnowledgeNet passages (facts, annotated), news passages (text, triples, negatives: "
    "../shared/gold/news_dev_a.jsonl) or CORE passages (core_relation: ../shared/bench/core/train.jsonl)"
)


def read_jsonl(path: str | Path, what: str) -> list[tuple[int, dict]]:
    """(line number, object) for each non-blank line of a JSON Lines file of ``what``."""
    p = Path(path)
    if not p.exists():
        raise InputError(p, f"{what} file not found", "check the path (see /work/shared or --gold)")
    if p.is_dir():
        raise InputError(p, f"is a folder, expected a {what} .jsonl file", "give the file inside it")
    try:
        text = p.read_text(encoding="utf-8")
    except UnicodeDecodeError as e:
        raise InputError(p, f"not UTF-8 text ({e.reason} at byte {e.start})", "save it as UTF-8") from e
    except OSError as e:
        raise InputError(p, f"cannot read: {e.strerror or e}", "check the file's permissions") from e
    rows = []
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            raise InputError(
                p, f"line {n}: broken JSON ({e.msg}, column {e.colno})",
                "fix that line: each line must be one JSON object",
            ) from e
        if not isinstance(row, dict):
            raise InputError(p, f"line {n}: expected a JSON object, got {type(row).__name__}",
                             "each line must be one JSON object")
        rows.append((n, row))
    return rows


def require(path, n: int, row: dict, key: str, kind: type | tuple, what: str):
    """``row[key]`` if it is a ``kind`` (and, for a string, not blank); else an InputError for
    line ``n`` saying each line needs ``what``."""
    value = row.get(key)
    if value is None or not isinstance(value, kind) or (isinstance(value, str) and not value.strip()):
        raise InputError(path, f"line {n}: missing or invalid {key!r}", f"each line needs {what}")
    return value


def _relation(path, n: int, value, where: str = "") -> str:
    if value not in RELATIONS:
        raise InputError(path, f"line {n}: unknown relation {value!r}{where}",
                         "use one of: " + ", ".join(RELATIONS))
    return value


def _unique_ids(path, rows: list[tuple[int, dict]]) -> None:
    # Passages are scored by id (an extraction comes back under its passage's id): two passages
    # with one id would share their predictions.
    seen: dict[str, int] = {}
    for n, row in rows:
        if row["id"] in seen:
            raise InputError(path, f"line {n}: id {row['id']!r} already used on line {seen[row['id']]}",
                             "give every passage its own id")
        seen[row["id"]] = n


def load_gold(path: str | Path) -> list[dict]:
    """Read ``seeds.gold.jsonl``: one dict per fact (doc, subject, relation, object, required,
    evidence, date). ``required`` defaults to true."""
    rows = []
    for n, row in read_jsonl(path, "gold facts"):
        for key in ("doc", "subject", "relation", "object"):
            require(path, n, row, key, str, "doc, subject, relation and object strings")
        _relation(path, n, row["relation"])
        required = row.get("required", True)
        if not isinstance(required, bool):
            raise InputError(path, f"line {n}: 'required' must be true or false", "write true or false")
        rows.append({**row, "required": required})
    return rows


def load_gold_entities(path: str | Path) -> list[dict]:
    """Read ``seeds.entities.jsonl``: one dict per entity (name, type, aliases)."""
    rows = []
    for n, row in read_jsonl(path, "gold entities"):
        require(path, n, row, "name", str, "a name string")
        if row.get("type") not in ENTITY_TYPES:
            raise InputError(path, f"line {n}: unknown or missing type {row.get('type')!r}",
                             "use one of: " + ", ".join(ENTITY_TYPES))
        aliases = row.get("aliases", []) or []
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise InputError(path, f"line {n}: 'aliases' must be a list of strings", 'write e.g. ["Musk"]')
        rows.append({"name": row["name"], "type": row["type"], "aliases": list(aliases)})
    return rows


def load_passages(path: str | Path) -> list[dict]:
    """Read KnowledgeNet ``passages.jsonl``: one dict per passage (id, fold, doc, text,
    annotated, facts)."""
    rows = []
    for n, row in read_jsonl(path, "passages"):
        require(path, n, row, "id", str, "an id string")
        require(path, n, row, "text", str, "a text string")
        annotated = row.get("annotated", [])
        facts = row.get("facts", [])
        if not isinstance(annotated, list) or not isinstance(facts, list):
            raise InputError(path, f"line {n}: 'annotated' and 'facts' must be lists", "see the README")
        for f in facts:
            if not isinstance(f, dict) or not all(
                isinstance(f.get(k), str) for k in ("property", "subject", "object")
            ):
                raise InputError(path, f"line {n}: a fact lacks property/subject/object",
                                 "see the README for the fact fields")
        rows.append(row)
    return rows


def load_news(path: str | Path) -> list[dict]:
    """Read news passages (``../shared/gold/news_dev_*.jsonl``): one dict per passage with
    ``id``, ``text``, ``title`` and ``date`` (either may be absent or null), ``triples`` (subject,
    relation, object, evidence, date) and ``negatives`` (subject, relation, object, why)."""
    rows = []
    for n, row in read_jsonl(path, "news passages"):
        require(path, n, row, "id", str, "an id string")
        require(path, n, row, "text", str, "a text string")
        for key in ("title", "date"):
            if row.get(key) is not None and not isinstance(row[key], str):
                raise InputError(path, f"line {n}: {key!r} must be a string or null", "see ../shared/gold/README.md")
        for key in ("triples", "negatives"):
            facts = row.get(key, [])
            if not isinstance(facts, list):
                raise InputError(path, f"line {n}: {key!r} must be a list", "write [] when there are none")
            for i, f in enumerate(facts, start=1):
                where = f" in {key}[{i}]"
                if not isinstance(f, dict) or not all(
                    isinstance(f.get(k), str) and f[k].strip() for k in ("subject", "relation", "object")
                ):
                    raise InputError(path, f"line {n}: {key}[{i}] needs subject, relation and object strings",
                                     "see ../shared/gold/README.md for the fields")
                _relation(path, n, f["relation"], where)
        rows.append((n, {**row, "triples": row.get("triples", []), "negatives": row.get("negatives", [])}))
    _unique_ids(path, rows)
    return [row for _, row in rows]


def load_core(path: str | Path) -> list[dict]:
    """Read CORE passages (``../shared/bench/core/train.jsonl``): one dict per passage with
    ``id``, ``text``, ``core_relation``, ``relation`` (ours, or null), ``subject``/``object``
    (canonical names) and ``subject_span``/``object_span`` (as the text writes them)."""
    rows = []
    for n, row in read_jsonl(path, "CORE passages"):
        fields = "id, text, core_relation, subject, object, subject_span and object_span strings"
        for key in ("id", "text", "core_relation", "subject", "object", "subject_span", "object_span"):
            require(path, n, row, key, str, fields)
        if row.get("relation") is not None:
            _relation(path, n, row["relation"], " (or null when CORE's relation has no counterpart)")
        rows.append((n, row))
    _unique_ids(path, rows)
    return [row for _, row in rows]


def detect_format(path: str | Path) -> str:
    """Which of :data:`FORMATS` a file is, from its first non-blank line:

    - ``knowledgenet``: the line has ``annotated`` and ``facts``;
    - ``core``: it has ``core_relation``;
    - ``news``: it has ``text`` and ``triples``;
    - ``seeds``: it has ``doc`` and ``relation`` (the seeds gold facts).

    Raises InputError (naming the file, and the line when it is not JSON) for anything else.
    """
    p = Path(path)
    if not p.exists():
        raise InputError(p, "does not exist", "give the path of a gold file, e.g. ../shared/gold/seeds.gold.jsonl")
    if p.is_dir():
        raise InputError(p, "is a folder, expected a gold .jsonl file", "give the file inside it")
    first, n = None, 0
    try:
        with open(p, encoding="utf-8") as fh:
            for n, line in enumerate(fh, start=1):
                if line.strip():
                    first = line
                    break
    except UnicodeDecodeError as e:
        raise InputError(p, f"not UTF-8 text ({e.reason})", "give a JSON Lines gold file, saved as UTF-8") from e
    except OSError as e:
        raise InputError(p, f"cannot read: {e.strerror or e}", "check the file's permissions") from e
    if first is None:
        raise InputError(p, "is empty", _WHICH_FORMATS)
    try:
        row = json.loads(first)
    except json.JSONDecodeError as e:
        raise InputError(p, f"line {n}: not JSON ({e.msg}), so not a gold file kg eval reads",
                         _WHICH_FORMATS) from e
    if not isinstance(row, dict):
        raise InputError(p, f"line {n}: expected a JSON object, got {type(row).__name__}", _WHICH_FORMATS)
    if "annotated" in row and "facts" in row:
        return "knowledgenet"
    if "core_relation" in row:
        return "core"
    if "triples" in row and "text" in row:
        return "news"
    if "doc" in row and "relation" in row:
        return "seeds"
    keys = ", ".join(sorted(row)[:8]) or "none"
    raise InputError(p, f"line {n}: not a gold format kg eval reads (its keys: {keys})", _WHICH_FORMATS)


def is_knowledgenet(path: str | Path) -> bool:
    """KnowledgeNet passages carry "facts" and "annotated"; the seeds gold carries "relation"."""
    try:
        return detect_format(path) == "knowledgenet"
    except InputError:
        return False
