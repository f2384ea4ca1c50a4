"""kg's own writes, shared by every backend: documents in, documents out, each call one
transaction that also brings the derived (queried) graph in step (:func:`kg.resolve.apply_changes`)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from kg.model import Extraction
from kg.rdf import DOC_BASE, extraction_quads

if TYPE_CHECKING:
    from kg.resolve import MentionIndex


class GraphWrites:
    """kg's own writes, shared by the embedded store and a SPARQL server (:mod:`kg.store.sparql`): each
    call is one transaction that writes or removes documents' graphs and brings the derived graph
    in step (:func:`kg.resolve.apply_changes`). A store implements ``query``, ``transact`` (one
    update, one transaction), ``clear_derived``, ``bulk_insert`` and ``copy_imports_to_default``."""

    def write_extractions(self, extractions: Iterable[Extraction], extractor_version: str, *,
                          index: MentionIndex | None = None) -> list[tuple]:
        """Write documents, replacing any stored version of each, in one transaction. Returns
        (extraction, None) for each document written and (extraction, error) for one whose record
        RDF cannot hold (it is left out; the others are written). ``index``: a
        :class:`kg.resolve.MentionIndex` kept across the writes of one writer (kg build's)."""
        from kg.resolve import apply_changes

        added, results = {}, []
        for ex in extractions:
            try:
                added[ex.document.id] = list(extraction_quads(ex, extractor_version))
            except (ValueError, SyntaxError) as e:  # a term RDF cannot hold: this document only
                results.append((ex, e))
                continue
            results.append((ex, None))
        if added:
            apply_changes(self, added, index=index)
        return results

    def write_extraction(self, ex: Extraction, extractor_version: str) -> int:
        """Write (or replace) one document in one transaction; the number of quads of its graph."""
        [(_, error)] = self.write_extractions([ex], extractor_version)
        if error is not None:
            raise error
        return sum(1 for _ in extraction_quads(ex, extractor_version))

    def remove_documents(self, doc_ids: Iterable[str], *, index: MentionIndex | None = None) -> set[str]:
        """Remove documents (by id) in one transaction, and what the graph derived from them only;
        entities the others still mention are resolved again without them. Returns the ids that
        were stored. ``index``: as for :meth:`write_extractions`."""
        from kg.resolve import apply_changes, stored_document_ids

        doc_ids = set(doc_ids)
        found = stored_document_ids(self, doc_ids)
        if found:
            apply_changes(self, {}, found, index=index)
        return found

    def remove_document(self, doc_id: str) -> bool:
        """Remove one document (its id or IRI) in one transaction; whether it was stored. (The
        embedded store also removes an import by its IRI.)"""
        if doc_id.startswith(DOC_BASE):
            doc_id = doc_id[len(DOC_BASE):]
        return bool(self.remove_documents([doc_id]))
