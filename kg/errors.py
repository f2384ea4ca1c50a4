"""The project's named exceptions. Every message says what went wrong and how to fix it."""

from __future__ import annotations


class KGError(Exception):
    """Base class of every error kg reports to the user (the CLI turns these into messages)."""

    exit_code = 1


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


class ClusterError(KGError):
    """The Dask scheduler cannot be reached, or its workers cannot run kg's extraction."""

    exit_code = 10
