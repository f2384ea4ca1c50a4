"""The graph store: one contract, two backends, one graph object.

* :mod:`kg.store.contract` -- the contract every backend keeps (:class:`Store`, a typing Protocol)
  and its capability flags (``supports_import``, ``supports_reason``, ``supports_serve``,
  ``keeps_counts``);
* :mod:`kg.store.embedded` -- the embedded Oxigraph (RocksDB) store in a folder
  (:class:`GraphStore`, :class:`StoreWriter`: locks, transactions, imports, the inferred graph);
* :mod:`kg.store.sparql` -- a SPARQL 1.1 server (:class:`SparqlStore`, over HTTP);
* :mod:`kg.store.reads` and :mod:`kg.store.writes` -- what both backends share: the SPARQL reads
  (documents, imports, names, counts, serialisations) and kg's writes (documents in and out, each
  one transaction, through :mod:`kg.resolve`);
* :mod:`kg.store.counts` -- the queried graph's counts the embedded store keeps;
* :mod:`kg.store.formats` -- the RDF syntaxes (the one table of names, extensions, media types);
* :mod:`kg.store.graph` -- opening: :func:`open_graph` (every command, the notebook),
  :func:`open_store`, :func:`open_writer`, and :class:`Graph`, the library's face;
* :mod:`kg.store.files` -- :func:`atomic_write`, how every output file is written.
"""

from __future__ import annotations

from kg.rdf import INFERRED_GRAPH, RESOURCE_BASE
from kg.store.contract import Store, Writer
from kg.store.counts import COUNTS_NODE, GRAPH_COUNTS, GraphCounts, canonical_triples, counts_update
from kg.store.embedded import STORE_DIRNAME, GraphStore, StoreWriter, default_store_path
from kg.store.files import atomic_write
from kg.store.formats import RDF_FORMATS, SYNTAXES
from kg.store.graph import Graph, is_url, open_graph, open_store, open_writer, store_location
from kg.store.reads import GraphReads, KnownEntity
from kg.store.sparql import SparqlStore, endpoints
from kg.store.writes import GraphWrites

__all__ = [
    "COUNTS_NODE", "GRAPH_COUNTS", "INFERRED_GRAPH", "RDF_FORMATS", "RESOURCE_BASE", "STORE_DIRNAME", "SYNTAXES",
    "Graph", "GraphCounts", "GraphReads", "GraphStore", "GraphWrites", "KnownEntity", "SparqlStore", "Store",
    "StoreWriter", "Writer", "atomic_write", "canonical_triples", "counts_update", "default_store_path",
    "endpoints", "is_url", "open_graph", "open_store", "open_writer", "store_location",
]
