"""The store contract: what every backend of the graph offers, and what it may not.

Two backends implement it: the embedded Oxigraph store in a folder (:class:`kg.store.embedded.GraphStore`)
and a SPARQL 1.1 server (:class:`kg.store.sparql.SparqlStore`). Both hold the same layout (one named
graph per document, the resolution graph, and the default graph derived from them, which every
query reads), and the same writes give the same graph, byte for byte; ``tests/test_store_contract.py``
runs one suite against both.

What only some backends can do is said by capability flags, never by a missing method: a backend
without a capability still has the method, and it raises a :class:`kg.errors.StoreError` that says
where to do it instead. Callers (the CLI, :class:`kg.store.Graph`) check the flag first.

Backends are opened by :func:`kg.store.open_store` (one opening: a reader or one write) and
:func:`kg.store.open_writer` (the right to write for a whole command: ``kg build`` opens the
embedded store only while it writes a chunk, so readers work between chunks).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Protocol, runtime_checkable

from kg.model import Extraction
from kg.store.counts import GraphCounts
from kg.store.reads import KnownEntity


@runtime_checkable
class Store(Protocol):
    """One opening of a backend (a context manager: ``with open_store(...) as st``)."""

    # ---------------------------------------------------------------- capabilities
    #: RDF files load into it: :meth:`import_rdf` (``kg import``).
    supports_import: bool
    #: It holds an inferred graph: :meth:`replace_inferred` (``kg reason``), ``query(reason=True)``.
    supports_reason: bool
    #: ``kg serve`` serves it (a SPARQL server serves itself).
    supports_serve: bool
    #: kg's writes keep the queried graph's counts in it (:mod:`kg.store.counts`); else counted.
    keeps_counts: bool
    #: Its default graph holds each triple once (counts need no DISTINCT).
    deduplicated: bool
    read_only: bool
    #: The folder of an embedded store; None for a server or an in-memory store.
    path: Path | None

    # ---------------------------------------------------------------- lifecycle
    def __enter__(self) -> Store: ...
    def __exit__(self, *exc) -> None: ...
    def close(self) -> None: ...

    # ---------------------------------------------------------------- reading
    def query(self, sparql: str, *, substitutions: dict | None = None, reason: bool = False):
        """SPARQL over the queried graph with the project's prefixes: pyoxigraph's
        ``QuerySolutions``, ``QueryBoolean`` or triples. QueryError on a bad query."""
    def triples(self) -> Iterator:
        """The queried graph's triples, each once."""
    def count_triples(self, graph: str | None = None) -> int:
        """Distinct triples of the queried graph, or triples of the named graph ``graph``."""
    def __len__(self) -> int: ...
    def serialize(self, fmt: str = "turtle") -> bytes:
        """The queried graph (turtle, nt, jsonld: sorted, the same bytes from every backend) or
        every graph (nquads, trig); the names of :data:`kg.store.formats.SYNTAXES`."""
    def to_rdflib(self):
        """An in-memory ``rdflib.Graph`` copy of the queried graph."""
    def rdflib_graph(self):
        """rdflib's API over the store itself (live)."""
    def documents(self) -> list[dict]:
        """The stored documents: iri, source, id, title."""
    def imports(self) -> list[dict]:
        """The imported RDF files: iri, id, source, title (None)."""
    def find_documents(self, ref: str) -> list[dict]:
        """Documents and imports matching a hash (prefix), IRI, path or file name."""
    def known_entities(self) -> list[KnownEntity]: ...
    def document_version(self, doc_id: str) -> str | None:
        """The extractor version a stored document was written with; None if not stored."""
    def has_imports(self) -> bool: ...
    def has_inferred(self) -> bool: ...
    def present(self, triples: Iterable[tuple], graph: str | None = None) -> set[tuple]:
        """Which of these (subject, predicate, object) terms the queried graph (or ``graph``) holds."""
    def check(self) -> list[str]:
        """Cheap consistency problems (none is the answer)."""

    # ---------------------------------------------------------------- counts
    def stored_counts(self) -> GraphCounts | None: ...
    def count_graph(self) -> GraphCounts: ...
    def graph_counts(self) -> GraphCounts:
        """The kept counts, else counted: the same numbers either way."""

    # ---------------------------------------------------------------- kg's writes
    def write_extractions(self, extractions: Iterable[Extraction], extractor_version: str, *,
                          index=None) -> list[tuple]:
        """Write (or replace) documents in one transaction; (extraction, error or None) each.
        ``index``: a :class:`kg.resolve.MentionIndex` one writer keeps across its writes."""
    def write_extraction(self, ex: Extraction, extractor_version: str) -> int: ...
    def remove_documents(self, doc_ids: Iterable[str], *, index=None) -> set[str]:
        """Remove documents in one transaction; the ids that were stored."""
    def remove_document(self, doc_id: str) -> bool: ...
    def update(self, sparql: str) -> None:
        """A user's SPARQL update of the queried graph."""
    def load_rdf(self, data: bytes, fmt: str, *, graph: str) -> None: ...

    # ---------------------------------------------------------------- what kg.resolve writes with
    def transact(self, sparql: str) -> None:
        """One update of kg's own, one transaction."""
    def clear_derived(self) -> None: ...
    def bulk_insert(self, triples: Iterable[tuple], graph: str | None = None) -> int: ...
    def document_quads(self) -> Iterator: ...
    def copy_imports_to_default(self) -> int: ...

    # ---------------------------------------------------------------- capability-gated
    def import_rdf(self, path, fmt: str | None = None) -> tuple[str, int, bool]:
        """Load an RDF file into a graph of its own and the queried graph (``supports_import``)."""
    def replace_inferred(self, triples: Iterable) -> int:
        """Replace the inferred graph (``supports_reason``)."""


@runtime_checkable
class Writer(Protocol):
    """The right to write a backend for a whole command (``kg build``): a second writer of the
    embedded store refuses at once; :meth:`open` opens the store for one write."""

    def open(self, *, wait: float | None = None) -> Store: ...
    def close(self) -> None: ...
    def __enter__(self) -> Writer: ...
    def __exit__(self, *exc) -> None: ...
