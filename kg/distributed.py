"""Extraction on a Dask cluster: parse documents on many machines, write them with one writer.

``kg build PATH --scheduler tcp://HOST:8786`` sends documents to the workers of an existing Dask
scheduler; ``kg build PATH --workers N`` starts a local cluster of N worker processes for the build.

How the work is cut:

* The driver (the ``kg build`` process) sends documents in chunks, as plain dicts, to
  :func:`extract_chunk`, an importable function: the workers never receive the driver's spaCy
  pipeline (which does not pickle well and is large), they load their own.
* Each worker process loads the spaCy model once: :func:`kg.nlp.load_nlp` is cached per process,
  and :func:`warm_up` makes every worker load it before the first chunk arrives. A worker runs one
  chunk at a time (a lock), so a worker started with several threads still never shares its
  pipeline between threads.
* Workers return plain records (dicts of :mod:`kg.model`'s dataclasses), never spaCy objects: a
  pickled ``Doc`` of a 16 KB article is 3.5 MB, its extraction a few KB.
* The driver yields the extractions in input order; :func:`kg.build.build` then runs the same
  cross-document resolution as a single-process build and writes each document with the one
  writer, so the graph equals, fact for fact, the single-process graph of the same input.

At most a few chunks per worker thread are in flight, so what waits on the scheduler does not
grow with the input (the driver still holds every document and record, as a single-process build
does, because cross-document resolution needs them all). Workers need kg installed at the same version as the driver (checked on every chunk).
Dask's connect timeout (``distributed.comm.timeouts.connect``, env
``DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT``) bounds how long ``--scheduler`` waits for a scheduler.
"""

from __future__ import annotations

import math
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, replace

from kg.errors import ClusterError
from kg.model import Assertion, Document, Entity, Extraction

#: Chunks in flight per worker thread: enough to keep a worker busy while results travel back.
IN_FLIGHT_PER_THREAD = 3
#: The most documents in one chunk (a task): large enough to amortise Dask's per-task overhead
#: (a few ms), small enough to spread a few hundred documents over many workers.
MAX_CHUNK = 16

_worker_lock = threading.Lock()
_chunks_done = 0


# ---------------------------------------------------------------------------- worker side

def warm_up() -> dict:
    """Load the spaCy pipeline in this worker process (once; later calls are free)."""
    from kg.extract import EXTRACTOR_VERSION
    from kg.nlp import load_nlp

    started = time.perf_counter()
    with _worker_lock:
        load_nlp()
    return {"pid": os.getpid(), "extractor_version": EXTRACTOR_VERSION,
            "seconds": round(time.perf_counter() - started, 3)}


def extract_chunk(documents: list[dict], min_confidence: float = 0.0, batch_size: int = 8) -> dict:
    """Run on a worker: parse and extract a chunk of documents, return plain records.

    Calls the very function a single-process build calls (:func:`kg.extract.extract_documents`)
    so both produce the same records."""
    from kg.extract import EXTRACTOR_VERSION, extract_documents

    global _chunks_done
    docs = [Document(**d) for d in documents]
    with _worker_lock:
        records = [extraction_to_dict(ex) for ex in
                   extract_documents(docs, batch_size=batch_size, n_process=1, min_confidence=min_confidence)]
        _chunks_done += 1
    return {"extractor_version": EXTRACTOR_VERSION, "extractions": records}


def worker_state() -> dict:
    """What this worker process has done: model loads (1 once warm) and chunks extracted."""
    from kg.nlp import load_nlp

    return {"pid": os.getpid(), "model_loads": load_nlp.cache_info().misses, "chunks": _chunks_done}


# ---------------------------------------------------------------------------- records

def extraction_to_dict(ex: Extraction) -> dict:
    """An extraction as plain dicts, lists and strings (what travels between processes)."""
    return {"document": asdict(ex.document), "entities": [asdict(e) for e in ex.entities],
            "assertions": [asdict(a) for a in ex.assertions], "stats": dict(ex.stats)}


def extraction_from_dict(d: dict) -> Extraction:
    return Extraction(
        document=Document(**d["document"]),
        entities=tuple(replace(Entity(**e), aliases=tuple(e["aliases"])) for e in d["entities"]),
        assertions=tuple(Assertion(**a) for a in d["assertions"]),
        stats=dict(d["stats"]),
    )


# ---------------------------------------------------------------------------- driver side

def connect(scheduler: str | None = None, workers: int = 0):
    """A ``distributed.Client``: to the scheduler at ``scheduler``, or to a new local cluster of
    ``workers`` processes (one thread each). Returns (client, cluster or None)."""
    import logging

    import dask
    from distributed import Client, LocalCluster

    if scheduler and workers:
        raise ClusterError("give either --scheduler (an existing cluster) or --workers (a local one), not both")
    if scheduler:
        timeout = dask.config.get("distributed.comm.timeouts.connect")
        try:
            client = Client(scheduler, timeout=timeout, set_as_default=False)
        except (OSError, TimeoutError, ValueError) as e:
            raise ClusterError(
                f"cannot reach the Dask scheduler at {scheduler} ({e}): start one with "
                f"`dask scheduler --port 8786` and workers with `dask worker {scheduler} --nthreads 1`, "
                "or use --workers N for a local cluster") from e
        return client, None
    if workers < 1:
        raise ClusterError("--workers needs at least 1 worker process")
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                           dashboard_address=None, silence_logs=logging.ERROR)
    return Client(cluster, set_as_default=False), cluster


def extract_distributed(documents: Iterable[Document], *, scheduler: str | None = None, workers: int = 0,
                        batch_size: int = 8, min_confidence: float = 0.0, chunk_size: int | None = None,
                        on_worker: Callable[[dict], None] | None = None) -> Iterator[Extraction]:
    """Extract ``documents`` on a Dask cluster; yield one :class:`Extraction` each, in input order.

    The records are those :func:`kg.extract.extract_documents` yields for the same documents."""
    docs = list(documents)
    if not docs:
        return
    client, cluster = connect(scheduler, workers)
    try:
        yield from _run(client, docs, batch_size=batch_size, min_confidence=min_confidence,
                        chunk_size=chunk_size, on_worker=on_worker)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _run(client, docs: list[Document], *, batch_size: int, min_confidence: float,
         chunk_size: int | None, on_worker) -> Iterator[Extraction]:
    from distributed import as_completed

    from kg.extract import EXTRACTOR_VERSION

    threads = sum(w.get("nthreads", 1) for w in client.scheduler_info(n_workers=-1)["workers"].values())
    if threads == 0:
        raise ClusterError("the Dask scheduler has no workers: start some with "
                           "`dask worker SCHEDULER_ADDRESS --nthreads 1`")
    # Every worker loads the model now, in parallel, and reports kg's version.
    for info in client.run(warm_up).values():
        _check_version(info["extractor_version"], EXTRACTOR_VERSION)
        if on_worker:
            on_worker(info)
    size = chunk_size or max(1, min(MAX_CHUNK, math.ceil(len(docs) / (IN_FLIGHT_PER_THREAD * threads))))
    starts = range(0, len(docs), size)
    window = IN_FLIGHT_PER_THREAD * threads
    index_of = {}
    submitted = 0

    def submit_next():
        nonlocal submitted
        # Documents become dicts only when their chunk is sent: the driver never holds two copies.
        chunk = [asdict(d) for d in docs[starts[submitted]:starts[submitted] + size]]
        future = client.submit(extract_chunk, chunk, min_confidence, batch_size, pure=False, retries=1)
        index_of[future.key] = submitted
        submitted += 1
        return future

    pending = as_completed([submit_next() for _ in range(min(window, len(starts)))], loop=client.loop)
    done: dict[int, list[dict]] = {}
    next_out = 0
    for future in pending:
        result = future.result()  # re-raises a worker's exception (e.g. ModelError) here
        _check_version(result["extractor_version"], EXTRACTOR_VERSION)
        done[index_of.pop(future.key)] = result["extractions"]
        future.release()
        if submitted < len(starts):
            pending.add(submit_next())
        while next_out in done:
            for record in done.pop(next_out):
                yield extraction_from_dict(record)
            next_out += 1


def _check_version(worker: str, driver: str) -> None:
    if worker != driver:
        raise ClusterError(f"the Dask workers run kg extractor {worker} but this kg is {driver}: install the "
                           "same kg version on every worker machine and restart the workers")
