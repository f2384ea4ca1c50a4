"""Old name of the SPARQL-server backend, kept so existing imports work: it lives in
:mod:`kg.store.sparql`, and stores are opened by :func:`kg.store.open_store` (or
:func:`kg.store.open_graph`)."""

from kg.store.graph import is_url, open_store
from kg.store.sparql import ACCEPT, START_HINT, ServerWriter, SparqlStore, endpoints

__all__ = ["ACCEPT", "START_HINT", "ServerWriter", "SparqlStore", "endpoints", "is_url", "open_store"]
