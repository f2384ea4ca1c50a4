"""The embedded backend: a persistent Oxigraph (RocksDB) dataset in a folder (``OUT/store``).

Layout (one dataset, all in one RocksDB folder):

* one named graph per document (its IRI is the document's), holding what the document itself
  says (:mod:`kg.rdf`): its mentions (names, type evidence, Wikidata item) and its statements over
  them, with their evidence and provenance -- nothing that depends on another document;
* one named graph per imported RDF file (``kgr:import/<sha256 of the file>``);
* the **default graph**, which every query reads: the graph derived from all the documents by
  cross-document resolution (:mod:`kg.resolve`: entities, their names and types, facts and
  statements over entities), plus every import's triples. Each triple is there once, so ad hoc
  queries never show a row per document;
* ``kgr:graph/resolution``: which entity each mention resolved to, and the mentions' match keys;
* ``kgr:graph/inferred``: what ``kg reason`` materialised (never mixed with asserted triples);
* ``kgr:graph/meta``: bookkeeping (imports' source paths, the resolution policy mark, and the
  queried graph's counts: :class:`GraphCounts`, which the build summary and ``kg stats`` read
  instead of counting a million triples).

Every write (a chunk of documents, an import, a removal) is **one Oxigraph transaction** that
changes the documents' graphs, the resolution graph and the default graph together, so they never
disagree, and a build that crashes or is killed leaves the previous graph intact and openable. The
default graph is a function of the stored documents (and imports): the same documents give the same
bytes, whatever the order, chunking or crashes that brought them into the store.

Concurrency: RocksDB allows one read-write opener and says read-only openers beside a writer are
undefined behaviour, so kg serialises access with two advisory locks (``fcntl.flock``) in the store
folder: ``kg-writer.lock`` (held by one writing command for its whole run: a second build refuses at
once with a StoreError) and ``kg-open.lock`` (exclusive while the database is open read-write,
shared while open read-only). A build opens the database only to write a chunk of documents, so
queries run between chunks; a query arriving during a chunk write waits for it (a few seconds at
most) or says the store is busy. A reader that waits says so with a shared lock on a third file,
``kg-wait.lock``, and a writer about to open the database lets such readers in first (for two
seconds at most): a build whose chunks are parsed ahead of it (in worker processes) writes them
back to back, and would otherwise take the open lock again before a waiting reader's next try.

Why Oxigraph rather than rdflib's own stores: at a million triples it loads 14x faster, uses a
third of the memory and answers joins 10-50x faster (../shared/TOOLCHAIN.md, bench/store_bench.py);
rdflib's API stays available through :meth:`GraphStore.rdflib_graph` (oxrdflib) and
:meth:`GraphStore.to_rdflib` (an in-memory copy, for pySHACL and OWL-RL). Everything else in kg
goes through the methods of the store contract (:class:`kg.store.contract.Store`), which the SPARQL
server backend (:mod:`kg.store.sparql`) implements too; what only this backend can do (``kg
import``, ``kg reason``, ``kg serve``) its capability flags say.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.errors import QueryError, StoreError
from kg.rdf import (
    DCT_NS,
    DOC_BASE,
    IMPORT_BASE,
    INFERRED_GRAPH,
    KG_NS,
    META_GRAPH,
    PREFIXES,
    RDFS_NS,
    RESOLUTION_GRAPH,
    doc_iri,
)
from kg.store.counts import COUNTS_NODE, GRAPH_COUNTS, GraphCounts, counts_update
from kg.store.formats import IMPORT_FORMATS, format_of_path, syntax
from kg.store.reads import GraphReads
from kg.store.writes import GraphWrites

STORE_DIRNAME = "store"
WRITER_LOCK = "kg-writer.lock"
OPEN_LOCK = "kg-open.lock"
WAIT_LOCK = "kg-wait.lock"
#: How long a writer about to open the database lets waiting readers go first (seconds).
READERS_FIRST = 2.0
#: How long a reader waits for a chunk write to finish, and a writer for readers, by default
#: (seconds; the environment variable KG_LOCK_WAIT overrides both).
READ_WAIT = 15.0
WRITE_WAIT = 60.0


def default_store_path(out_dir: str | os.PathLike) -> Path:
    return Path(out_dir) / STORE_DIRNAME


# ---------------------------------------------------------------------------- locks
class _FileLock:
    """An advisory ``flock`` on a file in the store folder; released by the kernel if we die."""

    def __init__(self, path: Path):
        self.path = path
        self._fd: int | None = None

    def acquire(self, *, shared: bool, wait: float, waiting: _FileLock | None = None) -> bool:
        """Take the lock, trying for ``wait`` seconds; while it waits, hold ``waiting`` shared
        (a reader's sign to a writer, see :func:`_let_readers_in`)."""
        import fcntl

        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError:
            if shared:  # a read-only folder: nobody can write it either
                return True
            raise
        mode = (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB
        deadline = time.monotonic() + wait
        try:
            while True:
                try:
                    fcntl.flock(fd, mode)
                    self._fd = fd
                    return True
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        os.close(fd)
                        return False
                    if waiting is not None and waiting._fd is None:
                        waiting.acquire(shared=True, wait=0)
                    time.sleep(0.05)
        finally:
            if waiting is not None:
                waiting.release()

    def holder(self) -> str:
        try:
            pid = self.path.read_text().strip()
        except OSError:
            return ""
        return f" (pid {pid})" if pid.isdigit() else ""

    def write_pid(self) -> None:
        if self._fd is not None:
            os.ftruncate(self._fd, 0)
            os.pwrite(self._fd, str(os.getpid()).encode(), 0)

    def release(self) -> None:
        import fcntl

        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None


def _let_readers_in(path: Path, patience: float = READERS_FIRST) -> None:
    """Before a writer opens the database: wait while readers say they are waiting for it (a
    shared lock on ``path``, held while they try the open lock), for ``patience`` seconds at most,
    so that a build writing chunk after chunk does not keep them out."""
    import fcntl

    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError:
        return
    deadline = time.monotonic() + patience
    try:
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # no reader is waiting
                fcntl.flock(fd, fcntl.LOCK_UN)
                return
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    return
                time.sleep(0.02)
    finally:
        os.close(fd)


class StoreWriter:
    """The right to write a store, held for a whole command (``kg build``, ``kg import`` ...).

    A second writer refuses at once with a :class:`StoreError`; readers are not blocked, except
    while :meth:`open` has the database open.
    """

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        self.path.mkdir(parents=True, exist_ok=True)
        self._lock = _FileLock(self.path / WRITER_LOCK)
        if not self._lock.acquire(shared=False, wait=0):
            raise StoreError(f"the graph store {self.path} is being written by another kg process"
                             f"{self._lock.holder()}; wait for it to finish and run this again")
        self._lock.write_pid()
        self._wait_fd: int | None = None
        # Recovery (interrupted imports, an unfinished resolution) runs at the first opening of
        # the command only: nothing this command does between its openings needs it, and listing
        # the named graphs costs ~0.1 s at 24,000 documents, a chunk.
        self.recovered = False

    def open(self, *, wait: float | None = None) -> GraphStore:
        return GraphStore(self.path, wait=wait, _writer=self)

    def readers_waiting(self) -> bool:
        """Whether a reader is waiting to open the store (it holds ``kg-wait.lock`` shared while
        it tries): a writer that keeps the database open between its writes closes it then."""
        import fcntl

        if self._wait_fd is None:
            try:
                self._wait_fd = os.open(self.path / WAIT_LOCK, os.O_RDWR | os.O_CREAT, 0o644)
            except OSError:
                return False
        try:
            fcntl.flock(self._wait_fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(self._wait_fd, fcntl.LOCK_UN)
        return False

    def close(self) -> None:
        if self._wait_fd is not None:
            os.close(self._wait_fd)
            self._wait_fd = None
        self._lock.release()

    def __enter__(self) -> StoreWriter:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _open_read_only(pyoxigraph, path: Path, attempts: int = 5):
    """Open for reading; a store caught between a writer's files (RocksDB rotating its MANIFEST as
    a writer closes) reads as damaged for a moment, so try again briefly before saying so."""
    import time

    for attempt in range(attempts):
        try:
            return pyoxigraph.Store.read_only(str(path))
        except (OSError, RuntimeError) as e:
            if "corrupt" not in str(e).lower() or attempt == attempts - 1:
                raise
            time.sleep(0.2 * (attempt + 1))



class GraphStore(GraphReads, GraphWrites):
    """A persistent RDF dataset. Use as a context manager so the database is closed promptly.

    ``GraphStore(path)`` opens for writing (taking the writer lock for as long as it is open);
    ``GraphStore(path, read_only=True)`` for reading; ``GraphStore(None)`` is an in-memory store.
    """

    #: Capabilities (:class:`kg.store.contract.Store`): RDF files load into it (``kg import``), it
    #: holds an inferred graph (``kg reason``, ``--reason``), ``kg serve`` serves it.
    supports_import = True
    supports_reason = True
    supports_serve = True
    #: Queries read a default graph that holds each triple once (kg.build.graph_stats relies on it).
    deduplicated = True
    #: Set when writes may have gone around kg's bookkeeping (:meth:`rdflib_graph`): counts are
    #: then neither read nor kept by this object.
    _bypassed = False

    def __init__(self, path: str | os.PathLike | None, *, read_only: bool = False, wait: float | None = None,
                 _writer: StoreWriter | None = None):
        import pyoxigraph

        self.path = Path(path) if path is not None else None
        self.read_only = read_only
        self._store = None
        self._open_lock: _FileLock | None = None
        self._own_writer: StoreWriter | None = None
        if self.path is None:
            self._store = pyoxigraph.Store()
            return
        if read_only:
            if not (self.path / "CURRENT").exists():
                raise StoreError(f"no graph store at {self.path}: build one first with "
                                 f"`kg build PATH... --out {self.path.parent}`")
        elif _writer is None:
            self._own_writer = _writer = StoreWriter(self.path)
        self._open_lock = _FileLock(self.path / OPEN_LOCK)
        if wait is None:
            wait = float(os.environ.get("KG_LOCK_WAIT") or (READ_WAIT if read_only else WRITE_WAIT))
        if not read_only:
            _let_readers_in(self.path / WAIT_LOCK)
        waiting = _FileLock(self.path / WAIT_LOCK) if read_only else None
        if not self._open_lock.acquire(shared=read_only, wait=wait, waiting=waiting):
            self._release()
            what = "being written by another kg process" if read_only else "being read by other kg processes"
            raise StoreError(f"the graph store {self.path} is busy: {what} (waited {wait:g} s); "
                             "try again in a moment")
        try:
            if read_only:
                self._store = _open_read_only(pyoxigraph, self.path)
                if self.needs_upgrade():
                    self._store = None
                    self._release()
                    raise StoreError(f"the graph store {self.path} was written by an older kg: any write "
                                     "upgrades it in place (for example `kg build` of the same articles again)")
                if self.resolution_interrupted():
                    self._store = None
                    self._release()
                    raise StoreError(f"the graph store {self.path} was being resolved again, whole, when that "
                                     "was interrupted: run `kg resolve` (or any write) to finish it")
            else:
                if not (self.path / "CURRENT").exists():
                    _initialise(self.path)
                for old in self.path.glob("LOG.old.*"):  # RocksDB keeps one per opening; we open per chunk
                    old.unlink(missing_ok=True)
                self._store = pyoxigraph.Store(str(self.path))
                if not _writer.recovered:
                    self.recover()
                    _writer.recovered = True
        except (OSError, RuntimeError) as e:
            self._release()
            text = str(e)
            if "lock" in text.lower():
                raise StoreError(f"the graph store {self.path} is in use by another program; "
                                 "wait for it to finish and try again") from e
            raise StoreError(f"cannot open the graph store {self.path}: {text}; if it is damaged, "
                             "delete the folder and rebuild") from e

    # ------------------------------------------------------------------ lifecycle
    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def flush(self) -> None:
        """Write what the database holds in memory to its files (:meth:`close` does it too)."""
        if self._store is not None and not self.read_only and self.path is not None:
            self._store.flush()

    def close(self) -> None:
        if self._store is not None and not self.read_only and self.path is not None:
            self._store.flush()
        # The database closes when its last reference goes: drop ours (no local copy may outlive
        # this line) and collect what a finished query left behind *before* the lock is released,
        # or a reader could open the files while RocksDB still writes them.
        self._store = None
        if not self.read_only and self.path is not None:
            import gc

            gc.collect()
        self._release()

    def _release(self) -> None:
        if self._open_lock is not None:
            self._open_lock.release()
            self._open_lock = None
        if self._own_writer is not None:
            self._own_writer.close()
            self._own_writer = None

    @property
    def raw(self):
        """The underlying ``pyoxigraph.Store``. Writes through it bypass kg's bookkeeping (the
        derived graph, the kept counts): ``kg resolve`` rewrites both."""
        if self._store is None:
            raise StoreError("the graph store is closed")
        return self._store

    def _update(self, sparql: str, prefixes: dict | None = None) -> None:
        if self.read_only:
            raise StoreError("the graph store was opened read-only")
        try:
            self.raw.update(sparql, prefixes=prefixes)
        except OSError as e:
            raise StoreError(f"writing the graph store failed: {e}; the previous graph is intact") from e

    # ------------------------------------------------------------------ writing documents
    def document_version(self, doc_id: str) -> str | None:
        """The extractor version that wrote this document, or None if it is not stored."""
        from pyoxigraph import NamedNode

        g = NamedNode(doc_iri(doc_id))
        for quad in self.raw.quads_for_pattern(g, NamedNode(KG_NS + "extractorVersion"), None, g):
            return quad.object.value
        return None

    def transact(self, sparql: str) -> None:
        """One SPARQL update of kg's own (with the project's prefixes), as one transaction: readers
        see all of it or none."""
        self._update(sparql, prefixes=PREFIXES)

    # ------------------------------------------------------------------ counts
    @property
    def keeps_counts(self) -> bool:
        """kg's own writes keep the queried graph's counts (:class:`GraphCounts`) in the meta graph,
        each in the transaction of the write; a write that cannot tell exactly what it changed (a
        user's SPARQL update, an import, an import's removal) drops them first and counts again
        after. Counts that are missing are counted (and kept by the next writer)."""
        return not self._bypassed

    def stored_counts(self) -> GraphCounts | None:
        from pyoxigraph import NamedNode

        if self._bypassed:
            return None
        values = [q.object.value for q in self.raw.quads_for_pattern(
            NamedNode(COUNTS_NODE), NamedNode(GRAPH_COUNTS), None, NamedNode(META_GRAPH))]
        return GraphCounts.from_json(values[0]) if len(values) == 1 else None

    def present(self, triples: Iterable[tuple], graph: str | None = None) -> set[tuple]:
        """Which of ``triples`` ((subject, predicate, object) terms) the queried graph (or the
        named graph ``graph``) holds: an index lookup each."""
        from pyoxigraph import DefaultGraph, NamedNode, Quad

        graph = NamedNode(graph) if graph else DefaultGraph()
        raw = self.raw
        return {t for t in triples if Quad(*t, graph) in raw}

    def _forget_counts(self) -> None:
        self._update(counts_update(None))

    def _count_again(self) -> None:
        """Count the queried graph and keep the counts (after a write that dropped them)."""
        if self.keeps_counts:
            self._update(counts_update(self.count_graph()))

    def clear_derived(self) -> None:
        """Empty the default graph and the resolution graph (a whole-store resolution rewrites them)."""
        import pyoxigraph

        self._forget_counts()
        self.raw.clear_graph(pyoxigraph.DefaultGraph())
        self.raw.clear_graph(pyoxigraph.NamedNode(RESOLUTION_GRAPH))

    def bulk_insert(self, triples: Iterable[tuple], graph: str | None = None) -> int:
        """Add (subject, predicate, object) terms to the default graph (or ``graph``) with the
        bulk loader: not one transaction (see :func:`kg.resolve.resolve_everything`)."""
        import pyoxigraph

        if graph is None:
            self._forget_counts()
        target = pyoxigraph.NamedNode(graph) if graph else pyoxigraph.DefaultGraph()
        count = 0

        def quads():
            nonlocal count
            for s, p, o in triples:
                count += 1
                yield pyoxigraph.Quad(s, p, o, target)

        self.raw.bulk_extend(quads())
        return count

    def document_quads(self) -> Iterator:
        """Every quad of the documents' graphs, graph by graph (index scans: about 10x faster than
        the same through SPARQL)."""
        graphs = [r["g"] for r in self.raw.query(
            f'SELECT ?g WHERE {{ GRAPH ?g {{ }} FILTER(STRSTARTS(STR(?g), "{DOC_BASE}")) }}')]
        for g in graphs:
            yield from self.raw.quads_for_pattern(None, None, None, g)

    def copy_imports_to_default(self) -> int:
        import pyoxigraph

        self._forget_counts()
        count = 0
        for imp in self.imports():
            quads = list(self.raw.quads_for_pattern(None, None, None, pyoxigraph.NamedNode(imp["iri"])))
            self.raw.bulk_extend(pyoxigraph.Quad(q.subject, q.predicate, q.object) for q in quads)
            count += len(quads)
        return count

    def remove_document(self, doc_id: str) -> bool:
        """Remove a document (its id or IRI) or an import (its IRI), in one transaction: a
        document's graph and what was derived from it only (:meth:`remove_documents`); an import's
        graph and every triple of the default graph that no other import holds and that no
        document derives."""
        from pyoxigraph import NamedNode

        if doc_id.startswith(IMPORT_BASE):
            if not self.raw.contains_named_graph(NamedNode(doc_id)):
                return False
            self._remove_import(doc_id)
            return True
        if doc_id.startswith(DOC_BASE):
            doc_id = doc_id[len(DOC_BASE):]
        return bool(self.remove_documents([doc_id]))

    def _remove_import(self, graph: str) -> None:
        from kg.resolve import derived_about

        # What the documents derive is not the import's to take away, even where it said the same.
        rows = self.raw.query(f"SELECT DISTINCT ?s WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} FILTER(isIRI(?s)) }}")
        keep = derived_about(self, {r["s"].value for r in rows})
        body = "\n".join(f"{s} {p} {o} ." for s, p, o in sorted(keep, key=str))
        # What the pattern deletes is not known here: the counts go in the same transaction and
        # are counted again after it.
        self._update(f"{_import_delete(graph)} ;\nDROP SILENT GRAPH <{graph}> ;\n"
                     f"DROP SILENT GRAPH <{INFERRED_GRAPH}> ;\n"
                     f"DELETE WHERE {{ GRAPH <{META_GRAPH}> {{ <{graph}> ?p ?o }} }} ;\n"
                     f"{counts_update(None)} ;\n"
                     f"INSERT DATA {{\n{body}\n}}")
        self._count_again()

    # ------------------------------------------------------------------ importing RDF
    def import_rdf(self, path: str | os.PathLike, fmt: str | None = None) -> tuple[str, int, bool]:
        """Load a Turtle, N-Triples or JSON-LD file into its own graph (named by the file's hash)
        and the default graph. Returns (graph IRI, triples, newly loaded); the same file twice is
        loaded once.

        Large files go through Oxigraph's bulk loader (a 1M-triple file in a one-transaction
        ``extend`` took 2.5 min and 2.7 GB), which is not transactional, so the import is made
        atomic by hand: the graph counts as imported only once its completion mark is written (one
        transaction); an import that was killed before is rolled back when the store is next
        opened for writing (:meth:`recover`).
        """
        import pyoxigraph

        path = Path(path)
        fmt = fmt or format_of_path(path)
        formats = {name: syntax(name).rdf_format() for name in IMPORT_FORMATS}
        if fmt not in formats:
            raise StoreError(f"{path}: cannot tell its RDF syntax; name it .ttl, .nt or .jsonld "
                             "or give --format turtle|nt|jsonld")
        try:
            digest = hashlib.sha256()
            with open(path, "rb") as fh:
                for block in iter(lambda: fh.read(1 << 20), b""):
                    digest.update(block)
        except OSError as e:
            raise StoreError(f"{path}: cannot read it ({e.strerror}); check the path") from e
        graph = pyoxigraph.NamedNode(IMPORT_BASE + digest.hexdigest())
        if self.raw.contains_named_graph(graph):
            return graph.value, self.count_triples(graph.value), False
        blank = False
        try:
            for t in pyoxigraph.parse(path=str(path), format=formats[fmt]):  # validate first:
                blank = blank or isinstance(t.subject, pyoxigraph.BlankNode) or isinstance(
                    t.object, pyoxigraph.BlankNode)  # a syntax error loads nothing
        except SyntaxError as e:
            raise StoreError(f"{path}: not valid {fmt}: {e}; nothing was loaded") from e
        try:
            # The counts go first and come back, counted, with the completion mark.
            self._update(f"DROP SILENT GRAPH <{INFERRED_GRAPH}> ;\n{counts_update(None)}")
            self.raw.bulk_load(path=str(path), format=formats[fmt], to_graph=graph)
            if blank:  # copy from the store, so blank nodes are the same in both graphs (slower)
                self.raw.bulk_extend(pyoxigraph.Quad(q.subject, q.predicate, q.object)
                                     for q in self.raw.quads_for_pattern(None, None, None, graph))
            else:
                self.raw.bulk_load(path=str(path), format=formats[fmt])
            counts = f" ;\n{counts_update(self.count_graph())}" if self.keeps_counts else ""
            self._update(f"INSERT DATA {{ GRAPH <{META_GRAPH}> {{ {graph} <{DCT_NS}source> "
                         f"{pyoxigraph.Literal(str(path))} ; <{RDFS_NS}label> {pyoxigraph.Literal(path.name)} }} }}"
                         + counts)
            self.raw.optimize()  # compacts the bulk-loaded files: lookups at 1M triples ~2.5x faster
        except (OSError, SyntaxError) as e:
            self.recover()
            raise StoreError(f"{path}: loading failed: {e}; nothing was loaded") from e
        return graph.value, self.count_triples(graph.value), True

    def needs_upgrade(self) -> bool:
        """A store written by kg before 0.1.0+x2 holds the documents' graphs but no default graph."""
        return not bool(self.raw.query("ASK { ?s ?p ?o }")) and bool(self.raw.query(
            f"ASK {{ GRAPH ?g {{ ?g a <{KG_NS}Document> }} }}"))

    def resolution_interrupted(self) -> bool:
        from kg.resolve import REBUILDING, policy_of

        return policy_of(self) == REBUILDING

    def recover(self) -> list[str]:
        """Roll back imports that were interrupted (a graph without its completion mark), and
        resolve the whole store again if its resolution is missing (a store of an older layout),
        of another policy, or was interrupted (:func:`kg.resolve.ensure_resolved`)."""
        from kg.resolve import ensure_resolved

        done = {d["iri"] for d in self.imports()}
        # The graph names filtered inside the engine: listing them all in Python took 0.1-0.3 s
        # at 24,000 documents.
        undone = [r["g"].value for r in self.raw.query(
            f'SELECT ?g WHERE {{ GRAPH ?g {{ }} FILTER(STRSTARTS(STR(?g), "{IMPORT_BASE}")) }}')
            if r["g"].value not in done]
        for g in undone:
            self._remove_import(g)
        ensure_resolved(self)
        return undone

    def load_rdf(self, data: bytes, fmt: str, *, graph: str) -> None:
        """Load RDF content into the named graph ``graph`` only (not queried), in one transaction."""
        import pyoxigraph

        try:
            self.raw.load(data, format=syntax(fmt).rdf_format(), to_graph=pyoxigraph.NamedNode(graph))
        except SyntaxError as e:
            raise StoreError(f"not valid {fmt}: {e}") from e

    # ------------------------------------------------------------------ inferred graph
    def has_inferred(self) -> bool:
        from pyoxigraph import NamedNode

        return self.raw.contains_named_graph(NamedNode(INFERRED_GRAPH))

    def replace_inferred(self, triples: Iterable) -> int:
        """Replace the inferred graph with ``triples`` (pyoxigraph Triples), in one transaction."""
        body = "\n".join(f"{t.subject} {t.predicate} {t.object} ." for t in triples)
        self._update(f"DROP SILENT GRAPH <{INFERRED_GRAPH}> ;\n"
                     f"INSERT DATA {{ GRAPH <{INFERRED_GRAPH}> {{\n{body}\n}} }}")
        return self.count_triples(INFERRED_GRAPH)

    # ------------------------------------------------------------------ reading
    def query(self, sparql: str, *, substitutions: dict | None = None, reason: bool = False):
        """Run SPARQL over the default graph (each asserted triple once), with the project's
        prefixes; with ``reason``, over the asserted and the inferred triples."""
        import pyoxigraph

        kwargs = {}
        if reason:
            if not self.has_inferred():
                raise QueryError("no inferred graph yet (or the graph changed since): run `kg reason` first")
            kwargs["default_graph"] = [pyoxigraph.DefaultGraph(), pyoxigraph.NamedNode(INFERRED_GRAPH)]
        try:
            return self.raw.query(sparql, prefixes=PREFIXES, substitutions=substitutions, **kwargs)
        except SyntaxError as e:
            raise QueryError(f"SPARQL syntax error: {e}") from e
        except (OSError, ValueError, TypeError, RuntimeError) as e:
            raise QueryError(f"SPARQL query failed: {e}") from e

    def update(self, sparql: str) -> None:
        """A user's SPARQL update. It changes the queried (default) graph directly: triples it
        inserts belong to no document. The inferred graph is dropped (it may be stale), and the
        graph's kept counts are dropped before it runs (what it changes is not known) and counted
        again after (a crash in between leaves them missing, so they are counted, never wrong)."""
        self._forget_counts()
        try:
            self.raw.update(sparql, prefixes=PREFIXES)
        except SyntaxError as e:
            raise QueryError(f"SPARQL update syntax error: {e}") from e
        except (OSError, RuntimeError, ValueError) as e:
            raise QueryError(f"the update failed: {e}; nothing was changed") from e
        finally:
            self._count_again()
        if self.has_inferred():
            self._update(f"DROP SILENT GRAPH <{INFERRED_GRAPH}>")

    def triples(self) -> Iterator:
        """The queried graph's triples (the same fact from two documents is one triple)."""
        from pyoxigraph import DefaultGraph

        return (q.triple for q in self.raw.quads_for_pattern(None, None, None, DefaultGraph()))

    def count_triples(self, graph: str | None = None) -> int:
        """Triples of the queried (default) graph, or of the named graph ``graph``."""
        where = f"GRAPH <{graph}> {{ ?s ?p ?o }}" if graph else "?s ?p ?o"
        rows = self.raw.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}")
        return int(next(iter(rows))["n"].value)

    # ------------------------------------------------------------------ export
    def _serialize_graphs(self, rdf_format, prefixes) -> bytes:
        """Every graph (documents', imports', default) as N-Quads or TriG."""
        return self.raw.dump(format=rdf_format, prefixes=prefixes)

    def rdflib_graph(self):
        """The rdflib API over this very store (oxrdflib): its default graph, which every query
        reads. Reads are live; writes through it bypass the document bookkeeping. On a store open
        for writing, the kept counts are dropped (writes through rdflib are not counted), and this
        object neither reads nor keeps them any more: they are counted."""
        import rdflib
        from oxrdflib import OxigraphStore

        if not self.read_only:
            self._forget_counts()
            self._bypassed = True
        return rdflib.Graph(store=OxigraphStore(store=self.raw), identifier=rdflib.graph.DATASET_DEFAULT_GRAPH_ID)



_ROCKSDB_FILES = ("CURRENT", "IDENTITY", "LOCK", "LOG", "LOG.old.", "MANIFEST-", "OPTIONS-")


def _initialise(path: Path) -> None:
    """Create an empty database beside ``path`` and move it in, ``CURRENT`` last: a build killed
    while RocksDB creates its files (a few hundred ms) leaves no half-made store, only leftovers
    that the next writer clears (a half-made RocksDB folder fails to open: "Column family not
    found")."""
    import shutil
    import tempfile

    import pyoxigraph

    for leftover in path.parent.glob(f".{path.name}.init-*"):
        shutil.rmtree(leftover, ignore_errors=True)
    for f in path.iterdir():
        if f.name in (WRITER_LOCK, OPEN_LOCK, WAIT_LOCK):
            continue
        if not (f.is_file() and (f.name.startswith(_ROCKSDB_FILES) or f.suffix in (".sst", ".log"))):
            raise StoreError(f"{path} is not a kg graph store (it holds {f.name}); give --store a new or "
                             "empty folder")
        f.unlink()
    tmp = Path(tempfile.mkdtemp(prefix=f".{path.name}.init-", dir=path.parent))
    db = pyoxigraph.Store(str(tmp))
    db.flush()
    del db  # closes RocksDB
    for f in sorted(tmp.iterdir(), key=lambda f: f.name == "CURRENT"):
        os.replace(f, path / f.name)
    tmp.rmdir()


def _import_delete(graph: str) -> str:
    """SPARQL deleting from the default graph the triples of the import ``graph`` that no other
    import holds (what documents derive is put back by the caller, in the same transaction)."""
    return (f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} "
            f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other != <{graph}> && "
            f"STRSTARTS(STR(?other), \"{IMPORT_BASE}\")) }} }}")
