"""SPARQL: ad hoc strings, ``.rq`` files and the named queries of ``kg/data/queries/``.

Parameters are bound values (pyoxigraph substitutions), never pasted into the query text, so a
name from an article can never change what a query does.
"""

from __future__ import annotations

import re
from pathlib import Path

from kg.errors import QueryError
from kg.output import format_rows  # noqa: F401  (kg.query.format_rows: the notebook's name for it)

_UPDATE = re.compile(r"^\s*(?:(?:PREFIX\s*[^\s:]*:\s*<[^>]*>|BASE\s*<[^>]*>)\s*)*"
                     r"(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b", re.IGNORECASE)
# A comment, or an IRI or string (kept: "#" inside them does not start a comment).
_COMMENT = re.compile(r"""<[^<>\s]*>|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|#[^\n]*""")


def named_queries() -> dict[str, Path]:
    """Name -> file of each named query: the ``.rq`` files shipped in ``kg/data/queries/``."""
    from kg.data import data_path

    return {p.stem: p for p in sorted(data_path("queries").glob("*.rq"))}


def describe_named() -> list[tuple[str, str]]:
    out = []
    for name, path in named_queries().items():
        first = next((line.lstrip("# ").strip() for line in path.read_text().splitlines() if line.startswith("#")), "")
        out.append((name, first))
    return out


def resolve_query(text_or_name: str) -> tuple[str, str]:
    """(label, SPARQL) for a named query, a path to a .rq file, or a SPARQL string."""
    named = named_queries()
    if text_or_name in named:
        return text_or_name, named[text_or_name].read_text(encoding="utf-8")
    if text_or_name.endswith((".rq", ".sparql")):
        path = Path(text_or_name)
        if not path.exists():
            raise QueryError(f"{path}: no such query file")
        return path.name, path.read_text(encoding="utf-8")
    if re.search(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE|INSERT|DELETE|LOAD|CLEAR|DROP)\b", text_or_name, re.IGNORECASE) \
            or is_update(text_or_name):
        return "query", text_or_name
    raise QueryError(f"{text_or_name!r} is not a named query, a .rq file or SPARQL; named queries: "
                     f"{', '.join(named)}")


def is_update(sparql: str) -> bool:
    stripped = _COMMENT.sub(lambda m: " " if m.group(0).startswith("#") else m.group(0), sparql)
    return bool(_UPDATE.match(stripped))


def run_select(store, sparql: str, params: dict[str, str] | None = None, *,
               reason: bool = False) -> tuple[list[str], list[list]]:
    """Run a query; return (column names, rows of Python values). CONSTRUCT gives s, p, o rows.
    With ``reason``, the query also sees the inferred graph (``kg reason``)."""
    import pyoxigraph

    if is_update(sparql):
        raise QueryError("this is a SPARQL update; kg query is read-only unless --allow-update is given")
    result = store.query(prepare(store, sparql, params or {}, reason=reason), reason=reason)
    if isinstance(result, bool):
        return ["result"], [[result]]
    if isinstance(result, pyoxigraph.QuerySolutions):
        columns = [v.value for v in result.variables]
        rows = [[_py(sol[c]) for c in columns] for sol in result]
        return columns, rows
    if isinstance(result, pyoxigraph.QueryBoolean):
        return ["result"], [[bool(result)]]
    return ["subject", "predicate", "object"], [[_py(t.subject), _py(t.predicate), _py(t.object)] for t in result]


_VAR = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)


#: Parameters that name an entity: bound to the names the entities it finds have in the store, by
#: the rule ``kg path`` and ``kg show --focus`` follow (:mod:`kg.lookup`).
NAME_PARAMS = ("name",)


def prepare(store, sparql: str, params: dict[str, str], *, reason: bool = False) -> str:
    """``sparql`` with ``params`` bound, a name parameter (``NAME_PARAMS``) bound to every spelling
    the store has of the entities that name finds (:func:`kg.lookup.store_spellings`: the label or
    alias ignoring case and spacing, else a unique part of one), so the query can match it with
    an index lookup (``?e rdfs:label ?name``) instead of a FILTER(LCASE(...)) over every label.

    The given spelling is looked up first (one index probe); only when no label or alias is
    exactly that does a scan of the labels run. (So if the store holds both "OpenAI" and "openai"
    as names, ``name=OpenAI`` matches the first only; kg's name resolution looks aliases up
    lower-cased, so a built graph should rarely have two such entities.) A name that finds no
    entity is bound as given: the query answers no rows.
    """
    from kg.lookup import store_spellings

    spellings: dict[str, list[str]] = {}
    for key in NAME_PARAMS:
        value = params.get(key)
        if value is None or not re.search(r"\?" + key + r"\b", sparql):
            continue
        found = store_spellings(store, value, reason=reason)
        if found:
            spellings[key] = found
    return bind_params(sparql, params, spellings)


def bind_params(sparql: str, params: dict[str, str], alternatives: dict[str, list[str]] | None = None) -> str:
    """Bind variables to literal values with a VALUES block at the top of the WHERE clause.

    The values are serialised by pyoxigraph (``str(Literal(v))`` escapes quotes, backslashes and
    newlines), so whatever a parameter holds it stays one string literal; the variable names are
    checked against the SPARQL grammar. ``alternatives`` (parameter -> values) gives a parameter
    several values: one VALUES row each. Unlike pyoxigraph's own substitutions, this also binds
    variables that only appear in FILTERs (``FILTER(!BOUND(?name) || ...)``).
    """
    import pyoxigraph

    if not params:
        return sparql
    for name in params:
        if not _VAR.match(name):
            raise QueryError(f"{name!r} is not a valid SPARQL variable name")
    match = _WHERE.search(sparql)
    if match is None:
        raise QueryError("parameters need a query with a WHERE clause")
    names = " ".join(f"?{k}" for k in params)
    # One row per combination of values (``alternatives`` gives a parameter several values).
    rows = [[]]
    for key, value in params.items():
        rows = [row + [v] for row in rows for v in (alternatives or {}).get(key) or [value]]
    values = " ".join("(" + " ".join(str(pyoxigraph.Literal(v)) for v in row) + ")" for row in rows)
    block = f" VALUES ({names}) {{ {values} }} "
    return sparql[:match.end()] + block + sparql[match.end():]


def run_update(store, sparql: str) -> None:
    store.update(sparql)


def query_store(store_path, sparql: str, params: dict[str, str] | None = None, *, reason: bool = False,
                timeout: float | None = None) -> tuple[list[str], list[list]]:
    """Open the store read-only and run a query; with ``timeout`` (seconds), in a child process
    that is killed when the time is up (Oxigraph queries cannot be interrupted in-process)."""
    from kg.store import open_store

    if not timeout:
        with open_store(store_path, read_only=True) as st:
            return run_select(st, sparql, params, reason=reason)
    import multiprocessing

    ctx = multiprocessing.get_context("fork")
    receive, send = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_query_child, args=(send, store_path, sparql, params, reason), daemon=True)
    child.start()
    send.close()
    try:
        if not receive.poll(timeout):
            raise QueryError(f"the query did not finish within {timeout:g} s; make it more selective "
                             "(a LIMIT, a --param) or give a larger --timeout")
        ok, payload = receive.recv()
    except EOFError as e:
        raise QueryError("the query process died without an answer (out of memory?); "
                         "make the query more selective") from e
    finally:
        if child.is_alive():
            child.kill()
        child.join()
    if not ok:
        raise payload
    return payload


def _query_child(send, store_path, sparql, params, reason) -> None:
    from kg.errors import KGError
    from kg.store import open_store

    try:
        with open_store(store_path, read_only=True) as st:
            result = (True, run_select(st, sparql, params, reason=reason))
    except KGError as e:
        result = (False, type(e)(str(e)))
    send.send(result)
    send.close()


def _py(term):
    if term is None:
        return None
    value = term.value
    datatype = getattr(term, "datatype", None)
    if datatype is not None:
        dt = datatype.value
        if dt.endswith(("#integer", "#int", "#long")):
            return int(value)
        if dt.endswith(("#decimal", "#double", "#float")):
            return float(value)
        if dt.endswith("#boolean"):
            return value == "true"
    return value
