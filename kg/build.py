"""``kg build``: read articles, extract, resolve across documents, and write them to the store.

Each document is written in its own transaction (see :mod:`kg.store`), so an interrupted build
keeps every document it finished, and a rerun skips them (documents are identified by the hash of
their text, so the same article read twice changes nothing).
"""

from __future__ import annotations

import os
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError
from kg.model import Entity


@dataclass
class BuildReport:
    documents_read: int = 0
    documents_built: int = 0
    documents_unchanged: int = 0
    skipped: list[InputError] = field(default_factory=list)
    entities_by_type: Counter = field(default_factory=Counter)
    facts_by_relation: Counter = field(default_factory=Counter)
    triples: int = 0
    words: int = 0
    seconds: float = 0.0

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0


def build(paths: Iterable[str | os.PathLike], store_path: str | os.PathLike, *,
          min_confidence: float = 0.0, batch_size: int = 8, n_process: int = 1,
          progress: Callable[[int], None] | None = None, rebuild: bool = False,
          scheduler: str | None = None, workers: int = 0) -> BuildReport:
    """Build (or extend) the graph in ``store_path`` (a folder, or a SPARQL server's URL) from the
    articles under ``paths``. With ``scheduler`` (a Dask scheduler's address) or ``workers`` (a
    local Dask cluster of that many processes) documents are parsed on the cluster (see
    :mod:`kg.distributed`); cross-document resolution and writing stay here, in one writer."""
    from kg.documents import read_paths
    from kg.extract import EXTRACTOR_VERSION, extract_documents, resolve_across
    from kg.remote_store import open_store

    started = time.perf_counter()
    report = BuildReport()
    read = read_paths(paths)
    report.skipped = read.skipped
    report.documents_read = len(read.documents)
    version = f"{EXTRACTOR_VERSION};min_confidence={min_confidence:g}"
    with open_store(store_path) as store:
        todo = []
        for doc in read.documents:
            if not rebuild and store.document_version(doc.id) == version:
                report.documents_unchanged += 1
            else:
                todo.append(doc)
        if todo:
            known = [Entity(key=k.iri.rsplit("/", 1)[-1], name=k.name, type=k.type, aliases=k.aliases)
                     for k in store.known_entities()]
            extractions = []
            if scheduler or workers:
                from kg.distributed import extract_distributed

                stream = extract_distributed(todo, scheduler=scheduler, workers=workers,
                                             batch_size=batch_size, min_confidence=min_confidence)
            else:
                stream = _extract_each(extract_documents, todo, report.skipped, batch_size=batch_size,
                                       n_process=n_process, min_confidence=min_confidence)
            for ex in stream:
                extractions.append(ex)
                report.words += ex.stats.get("words", 0)
                if progress:
                    progress(1)
            for ex in resolve_across(extractions, known):
                try:
                    store.write_extraction(ex, version)
                except (ValueError, SyntaxError) as e:  # a term RDF cannot hold: this document only
                    report.skipped.append(InputError(ex.document.source, f"could not be stored: {e}",
                                                     "please report this file as a bug"))
                    continue
                report.documents_built += 1
        report.triples = store.count_triples()
        stats = graph_stats(store)
        report.entities_by_type = stats["entities_by_type"]
        report.facts_by_relation = stats["facts_by_relation"]
    report.seconds = time.perf_counter() - started
    return report


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


def graph_stats(store) -> dict:
    """Counts of the stored graph: documents, entities by type, facts by relation."""
    from kg.rdf import KG_NS

    entities = Counter()
    for row in store.query("SELECT ?t (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a ?t ; rdfs:label ?l . "
                           "FILTER(STRSTARTS(STR(?t), STR(kg:)) && ?t != kg:Document) } GROUP BY ?t"):
        entities[row["t"].value[len(KG_NS):]] = int(row["n"].value)
    facts = Counter()
    for row in store.query("SELECT ?p (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o "
                           "{ ?st a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o } } GROUP BY ?p"):
        facts[row["p"].value[len(KG_NS):]] = int(row["n"].value)
    docs = int(next(iter(store.query("SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a kg:Document }")))["n"].value)
    return {"documents": docs, "entities_by_type": entities, "facts_by_relation": facts,
            "triples": store.count_triples()}


def default_out() -> Path:
    return Path("output")
