"""``kg build``: read articles, extract, and write them to the store, which resolves them across
documents.

Documents are written chunk by chunk while the parsing goes on, each chunk one transaction that
also brings the derived graph in step (see :mod:`kg.resolve`), so an interrupted build keeps every
chunk it committed, and a rerun skips those documents (documents are identified by the hash of
their text, so the same article read twice changes nothing). What each document says never depends
on the others, and the queried graph is a function of the stored documents, so the graph does not
depend on the order, the chunking, the number of processes or a crash.
"""

from __future__ import annotations

import os
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from kg.errors import InputError

#: The layout of a document's graph (its mentions, not resolved entities). Part of the version a
#: document is stored with, so documents stored by a kg that resolved them into their own graphs
#: are extracted again when their articles are built again.
LAYOUT = "mentions-1"


@dataclass
class BuildReport:
    documents_read: int = 0
    documents_built: int = 0
    documents_unchanged: int = 0
    skipped: list[InputError] = field(default_factory=list)
    entities_by_type: Counter = field(default_factory=Counter)
    facts_by_relation: Counter = field(default_factory=Counter)
    triples: int = 0
    inferred: int | None = None
    words: int = 0
    seconds: float = 0.0

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0


def build(paths: Iterable[str | os.PathLike], store_path: str | os.PathLike, *,
          min_confidence: float = 0.0, batch_size: int = 8, n_process: int = 1,
          progress: Callable[[int], None] | None = None, rebuild: bool = False,
          commit_every: int = 64, reason: bool = False, scheduler: str | None = None,
          workers: int = 0, extract: Callable | None = None, exclude: Iterable[str | os.PathLike] = (),
          stats: bool = True) -> BuildReport:
    """Build (or extend) the graph in ``store_path`` (a folder, or a SPARQL server's URL) from the
    articles under ``paths``.

    Documents are parsed in ``n_process`` worker processes -- or on a Dask cluster: ``scheduler``
    (a scheduler's address) or ``workers`` (a local cluster of that many processes), see
    :mod:`kg.distributed` -- and written in chunks of ``commit_every``, each chunk one transaction
    that also resolves the chunk's mentions against everything stored (:mod:`kg.resolve`). The
    store is closed between two chunks as soon as a reader waits for it (:class:`ChunkWriter`), so
    queries run meanwhile; a second build refuses (:class:`kg.errors.StoreError`) while this one
    runs.

    ``extract`` replaces the extraction (a function of (documents, batch_size=, n_process=,
    min_confidence=) yielding one :class:`kg.model.Extraction` per document, in order): the seam
    the tests use to build from hand-made records. ``exclude``: folders never read as input (the
    build's own output folder and store), even inside a folder given in ``paths``. ``stats``: the
    graph's entities, facts and triples for the report (:func:`graph_stats`: the counts the store
    keeps, or a count of the graph where it keeps none).
    """
    from kg.documents import read_paths
    from kg.extract import EXTRACTOR_VERSION
    from kg.resolve import MentionIndex
    from kg.store import is_url, open_writer

    if reason and is_url(store_path):
        from kg.errors import StoreError

        raise StoreError("--reason works on the embedded store only; a SPARQL server has its own reasoner settings")
    started = time.perf_counter()
    report = BuildReport()
    # The store is never input, even when it lies inside an input folder (kg build news/ --out news/kg).
    exclude = [*exclude] if is_url(store_path) else [*exclude, store_path]
    read = read_paths(paths, exclude=exclude)
    report.skipped = read.skipped
    report.documents_read = len(read.documents)
    version = f"{EXTRACTOR_VERSION};{LAYOUT};min_confidence={min_confidence:g}"
    with open_writer(store_path) as writer:
        todo = []
        with writer.open() as store:
            for doc in read.documents:
                if not rebuild and store.document_version(doc.id) == version:
                    report.documents_unchanged += 1
                else:
                    todo.append(doc)
        if todo and extract is not None:
            stream = _extract_each(extract, todo, report.skipped, batch_size=batch_size,
                                   n_process=n_process, min_confidence=min_confidence)
        elif todo and (scheduler or workers):
            from kg.distributed import extract_distributed

            stream = extract_distributed(todo, scheduler=scheduler, workers=workers,
                                         batch_size=batch_size, min_confidence=min_confidence)
        else:
            # one document whose extraction fails is reported and skipped, not the whole build;
            # with more than one chunk to write, the parsing runs in worker processes (one with
            # -j 1) while this process writes the chunks they finished
            stream = _extract_each(extract_stream, todo, report.skipped, batch_size=batch_size,
                                   n_process=n_process, min_confidence=min_confidence,
                                   overlap=len(todo) > commit_every)
        # What the chunks read and write of the resolution index, kept between them: nobody else
        # writes the store while this build holds its writer lock (a SPARQL server may have
        # other writers: it keeps none)
        index = None if is_url(store_path) else MentionIndex()
        chunks = ChunkWriter(writer)
        try:
            for chunk in _chunks(stream, commit_every, progress):
                results = chunks.write(chunk, version, index=index)
                for ex, error in results:
                    if error is not None:  # a term RDF cannot hold: this document only
                        report.skipped.append(InputError(ex.document.source, f"could not be stored: {error}",
                                                         "please report this file as a bug"))
                        continue
                    report.documents_built += 1
                    report.words += ex.stats.get("words", 0)
            if reason or stats:
                store = chunks.last()
                if reason:
                    from kg.reason import materialise

                    report.inferred = materialise(store)
                if stats:
                    counts = graph_stats(store)
                    report.triples = counts["triples"]
                    report.entities_by_type = counts["entities_by_type"]
                    report.facts_by_relation = counts["facts_by_relation"]
        finally:
            chunks.close()
    report.seconds = time.perf_counter() - started
    return report


class ChunkWriter:
    """Where kg build writes its chunks: the store opened for a chunk and, when the writer can tell
    whether readers wait for it (the embedded store, :meth:`kg.store.embedded.StoreWriter.readers_waiting`),
    kept open for the next chunk while none does. Opening and closing the database around every
    chunk makes RocksDB write its memory to a new file each time and merge those files in the
    background, about a sixth of the writes' CPU time. A watcher thread closes it, between two
    chunks, as soon as a reader waits (it looks every 50 ms), so queries still run during a
    build; each chunk is one transaction either way, and a build killed with the database open
    leaves it as one killed during a chunk write does (RocksDB's log replays what was committed).
    What RocksDB holds in memory is written to its files every :attr:`FLUSH_EVERY` documents (left
    there, it grew by about 100 MB every thousand documents)."""

    #: Documents written between two flushes of the open store.
    FLUSH_EVERY = 256

    def __init__(self, writer):
        import threading

        self.writer = writer
        self.keep_open = callable(getattr(writer, "readers_waiting", None))
        self._unflushed = 0
        self._store = None
        self._mutex = threading.Lock()
        self._stop = threading.Event()
        self._watcher: threading.Thread | None = None

    def write(self, chunk: list, version: str, *, index=None) -> list[tuple]:
        """``store.write_extractions(chunk, version, index=index)``: one transaction."""
        with self._mutex:
            if self._store is None:
                self._store = self.writer.open()
            try:
                return self._store.write_extractions(chunk, version, index=index)
            finally:
                self._unflushed += len(chunk)
                if not self.keep_open:
                    self._close()
                else:
                    if self._unflushed >= self.FLUSH_EVERY and self._store is not None:
                        self._store.flush()
                        self._unflushed = 0
                    if self._watcher is None:
                        self._start_watcher()

    def last(self):
        """The store, open (the opening the chunks used, if still open) for what the build does
        after its chunks; closed by :meth:`close`."""
        self._stop_watcher()
        if self._store is None:
            self._store = self.writer.open()
        return self._store

    def _stop_watcher(self) -> None:
        self._stop.set()
        if self._watcher is not None:
            self._watcher.join()

    def _start_watcher(self) -> None:
        # (started after the first chunk: the parsing workers are forked by then)
        import threading

        self._watcher = threading.Thread(target=self._watch, name="kg-chunk-writer", daemon=True)
        self._watcher.start()

    def _watch(self) -> None:
        while not self._stop.wait(0.05):
            if self._store is not None and self.writer.readers_waiting():
                with self._mutex:
                    self._close()

    def _close(self) -> None:
        store, self._store = self._store, None
        if store is not None:
            store.close()  # (which flushes)
            self._unflushed = 0

    def close(self) -> None:
        self._stop_watcher()
        with self._mutex:
            self._close()


def _chunks(stream: Iterable, size: int, progress: Callable[[int], None] | None) -> Iterator[list]:
    chunk = []
    for item in stream:
        chunk.append(item)
        if progress:
            progress(1)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def extract_stream(documents: list, *, batch_size: int = 8, n_process: int = 1,
                   min_confidence: float = 0.0, overlap: bool = False) -> Iterator:
    """Extraction records of ``documents``, in order. With ``n_process`` > 1, each worker process
    parses *and* extracts a slice (only plain records travel back, never spaCy Docs), so the
    parent only writes; the pipeline is loaded once, before the workers fork. With ``overlap``,
    one process's parsing runs in one worker process, and the extraction here, so that the
    extraction and what the caller does with each record (kg build's writes and resolution) run
    beside the parsing on another core instead of between its batches; the parsing itself is the
    same, one process."""
    from kg.extract import extract_documents
    from kg.nlp import load_nlp

    if not documents:
        return
    load_nlp()  # fails early with ModelError; forked workers share the loaded pipeline
    _freeze_model_objects()
    workers = max(1, n_process)
    if workers == 1 and not overlap or len(documents) <= batch_size:
        yield from extract_documents(documents, batch_size=batch_size, n_process=1, min_confidence=min_confidence)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    tasks = [documents[i:i + batch_size] for i in range(0, len(documents), batch_size)]
    ctx = multiprocessing.get_context("fork")
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_worker_init)
    try:
        if workers == 1:
            # One process: the worker only parses, and this process extracts and writes beside
            # it on the other core (the extraction is a fifth of the parsing's time, the writes
            # another; serialising a parse costs a fiftieth of it)
            for batch, parsed in zip(tasks, pool.map(_parse_task, tasks, [batch_size] * len(tasks))):
                yield from extract_parsed(batch, parsed, min_confidence=min_confidence)
            return
        for records in pool.map(_extract_task, tasks, [batch_size] * len(tasks), [min_confidence] * len(tasks)):
            yield from records
    finally:
        # on a failure (or when the caller stops early) the batches not started are dropped, not
        # parsed to no purpose before the retry or the error
        pool.shutdown(wait=True, cancel_futures=True)


_frozen = False


def _freeze_model_objects() -> None:
    """Move the loaded model's objects out of the garbage collector's sight, once: the store closes
    with a full collection after every chunk (kg.store.embedded), which otherwise walks the model's millions
    of objects each time (about 70 ms a chunk)."""
    import gc

    global _frozen
    if not _frozen:
        gc.collect()
        gc.freeze()
        _frozen = True


def _worker_init() -> None:
    """Workers die with the parent (a killed build leaves no orphan parsing on)."""
    import ctypes
    import signal

    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _parse_task(documents: list, batch_size: int) -> list[bytes]:
    """The parses of ``documents``, serialised (without the tensor, which no rule reads)."""
    from kg.nlp import load_nlp

    nlp = load_nlp()
    return [doc.to_bytes(exclude=["tensor", "user_data"])
            for doc in nlp.pipe((d.text for d in documents), batch_size=batch_size)]


def extract_parsed(documents: list, parsed: list[bytes], *, min_confidence: float = 0.0) -> Iterator:
    """Extraction records of ``documents`` from their serialised parses (:func:`_parse_task`):
    the same records as parsing them here."""
    from dataclasses import replace

    from spacy.tokens import Doc

    from kg.extract import extract_doc
    from kg.nlp import load_nlp

    vocab = load_nlp().vocab
    for document, data in zip(documents, parsed):
        ex = extract_doc(document, Doc(vocab).from_bytes(data))
        if min_confidence > 0:
            ex = replace(ex, assertions=tuple(a for a in ex.assertions if a.confidence >= min_confidence))
        yield ex


def _extract_task(documents: list, batch_size: int, min_confidence: float) -> list:
    from kg.extract import extract_documents

    return list(extract_documents(documents, batch_size=batch_size, n_process=1, min_confidence=min_confidence))


def _extract_each(extract_documents, docs: list, skipped: list, **options):
    """Extractions of ``docs`` in order; a document whose extraction raises is retried alone, and
    if it fails again it is added to ``skipped`` (named, with the error) instead of ending the
    build: one strange article among thousands must not lose the others."""
    from kg.errors import KGError

    start = 0
    while start < len(docs):
        done = 0
        try:
            for ex in extract_documents(docs[start:], **options):
                done += 1
                yield ex
            return
        except (KGError, MemoryError):
            raise  # a missing model or no memory is not one document's fault
        except Exception:
            if start + done >= len(docs):
                raise
            # The failure is in the next document, or in the batch it was parsed with.
            bad = docs[start + done]
            try:
                yield from extract_documents([bad], **{**options, "batch_size": 1, "n_process": 1})
            except (KGError, MemoryError):
                raise
            except Exception as e:  # noqa: BLE001 - reported with the file, the build goes on
                skipped.append(InputError(bad.source, f"could not be processed: {type(e).__name__}: {e}"
                                          f" (document {bad.id[:12]})", "please report this file as a bug"))
            start += done + 1


def graph_stats(store, *, fresh: bool = False) -> dict:
    """Counts of the queried graph: documents, entities by type, facts by relation, triples.

    The embedded store keeps them in its meta graph, updated by every write of kg's own in the
    same transaction (:class:`kg.store.GraphCounts`), so this is a lookup; where they are missing
    (a store written by an older kg, a SPARQL server, after a write that dropped them) or with
    ``fresh``, the graph is counted (0.3-0.4 s at 1M triples). Either way the same numbers."""
    return (store.count_graph() if fresh else store.graph_counts()).stats()
