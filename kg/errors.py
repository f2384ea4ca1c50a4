"""The project's named exceptions. Every message says what went wrong and how to fix it.

Each class carries the exit code ``kg`` ends with when it is raised (the table in the README, "Exit
codes"); the CLI turns any of them into ``error: MESSAGE`` on stderr and that code, and sets no
exit code any other way. Codes 0 (success) and 2 (usage error: click's own) have no class here.
"""

from __future__ import annotations


class KGError(Exception):
    """Base class of every error kg reports to the user (the CLI turns these into messages)."""

    exit_code = 1
    #: How the CLI labels the message (``error: ...`` in red; a ``warning`` in yellow).
    label = "error"


class NotConnected(KGError):
    """``kg path``: the two entities are in the graph but no chain of facts joins them."""

    exit_code = 1

    def __init__(self, source: str, target: str):
        super().__init__(f"{source} and {target} are not connected (no chain of facts joins them; "
                         "`kg show --focus` shows each one's neighbourhood)")


class InputError(KGError):
    """An input file or folder cannot be read as an article."""

    exit_code = 3

    def __init__(self, path: str, problem: str, fix: str = ""):
        self.path = str(path)
        self.problem = problem
        self.fix = fix
        message = f"{self.path}: {problem}"
        if fix:
            message += f" ({fix})"
        super().__init__(message)


class NothingRead(KGError):
    """``kg build``: not one article could be read from the given paths (each is named on stderr
    with what is wrong)."""

    exit_code = 3

    def __init__(self, message: str = "no article could be read from the given paths "
                                      "(each skipped path is listed above with what is wrong)"):
        super().__init__(message)


class StoreError(KGError):
    """The graph store cannot be opened, is busy, or a write failed."""

    exit_code = 4


class QueryError(KGError):
    """A SPARQL query is malformed, unknown, not allowed, or timed out."""

    exit_code = 5


class ModelError(KGError):
    """The spaCy model is missing or cannot be loaded."""

    exit_code = 6


class EntityNotFound(KGError):
    """A name given on the command line matches no entity in the graph."""

    exit_code = 7


class ValidationFailed(KGError):
    """The graph does not conform to the SHACL shapes."""

    exit_code = 8


class PartialBuild(KGError):
    """``kg build``: some inputs were skipped (each listed on stderr), the others were built."""

    exit_code = 9
    label = "warning"

    def __init__(self, skipped: int):
        self.skipped = skipped
        super().__init__(f"{skipped} input(s) skipped, the others built (each skipped one is listed "
                         "above with what is wrong and what to do; fix it and build again to add it)")


class ClusterError(KGError):
    """The Dask scheduler cannot be reached, or its workers cannot run kg's extraction."""

    exit_code = 10


class PageTooLarge(KGError):
    """``kg show``: the graph (or the part asked for) has more entities than one page can show
    (``kg.page.render.MAX_PAGE_ENTITIES``); the message offers ``--focus`` and ``kg serve``."""

    exit_code = 11

    def __init__(self, entities: int, limit: int, *, focus: str | None = None, depth: int | None = None):
        self.entities, self.limit = entities, limit
        if focus is not None:
            fix = (f"show less of it: a smaller --depth than {depth}, --relations or --min-degree; or explore "
                   "the whole store through `kg serve` (a page that asks the store for each neighbourhood, "
                   "and a SPARQL endpoint)")
            what = f"the neighbourhood of {focus!r}"
        else:
            fix = ("show a part of it with `kg show --focus NAME --depth N` (or --relations, --min-degree), "
                   "or explore the whole store through `kg serve` (a page that asks the store for each "
                   "neighbourhood, and a SPARQL endpoint)")
            what = "the graph"
        super().__init__(f"{what} has {entities:,} entities, more than one page can show ({limit:,}); {fix}")
