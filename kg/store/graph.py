"""Opening a graph: the one place that turns ``--out``/``--store`` into a backend, and the graph
object every command and the notebook work through.

* :func:`store_location` -- where the store is: ``--store`` (a folder, or a SPARQL server's
  http(s) URL), else ``OUT/store``;
* :func:`open_store` -- one opening of that backend (a reader, or one write);
* :func:`open_writer` -- the right to write it for a whole command (``kg build``);
* :func:`open_graph` -- a :class:`Graph`: the above, the backend's capabilities, and the library's
  face (build, query, export, networkx, rdflib), thin methods over kg's own functions.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from kg.errors import StoreError


def is_url(spec) -> bool:
    """Whether a ``--store`` value names a SPARQL server (an http(s) URL) rather than a folder."""
    return isinstance(spec, str) and spec.lower().startswith(("http://", "https://"))


def store_location(out: str | os.PathLike = "output", store: str | os.PathLike | None = None) -> Path | str:
    """The store a command works on: ``store`` (a folder, or a SPARQL server's http(s) URL), else
    ``OUT/store``."""
    from kg.store.embedded import default_store_path

    if store and is_url(store):
        return str(store)
    return Path(store) if store else default_store_path(out)


def backend_of(location: str | os.PathLike | None) -> type:
    """The backend class for a location: a SPARQL server for an http(s) URL, else the embedded store."""
    if is_url(location):
        from kg.store.sparql import SparqlStore

        return SparqlStore
    from kg.store.embedded import GraphStore

    return GraphStore


def open_store(location: str | os.PathLike | None, *, read_only: bool = False):
    """One opening of the store at ``location`` (a folder, a URL; None: an in-memory embedded
    store). Use it as a context manager."""
    if is_url(location):
        from kg.store.sparql import SparqlStore

        return SparqlStore(str(location), read_only=read_only)
    from kg.store.embedded import GraphStore

    return GraphStore(location, read_only=read_only)


def open_writer(location: str | os.PathLike):
    """The right to write the store for a whole command: the embedded store's writer lock (a second
    writer refuses at once), or a SPARQL server's writer (its own transactions isolate each update)."""
    if is_url(location):
        from kg.store.sparql import ServerWriter

        return ServerWriter(str(location))
    from kg.store.embedded import StoreWriter

    return StoreWriter(location)


def open_graph(out: str | os.PathLike = "output", store: str | os.PathLike | None = None) -> Graph:
    """The graph of an output folder: its store is ``OUT/store`` unless ``store`` names another
    folder or a SPARQL server's URL. Nothing is opened until a method needs it."""
    return Graph(out, store)


CAPABILITIES = ("import", "reason", "serve")


class Graph:
    """A graph: the output folder (graph.ttl, graph.html) and the store behind it.

    Every ``kg`` command starts from one (``open_graph(out, store)``), and so can a program or a
    notebook::

        from kg.store import open_graph

        graph = open_graph("output")
        graph.build(["seeds/"])
        graph.query("sued")                     # rows, as dicts
        graph.query("sued", format="csv")       # or text: table, csv, json
        graph.dataframe("investors", {"name": "OpenAI"})   # pandas, if installed
        G = graph.to_networkx()

    Each method opens the store for what it does and closes it again (the embedded store is
    locked while open); :meth:`open` gives the backend itself for several reads in one opening.
    """

    def __init__(self, out: str | os.PathLike = "output", store: str | os.PathLike | None = None):
        self.out = Path(out)
        self.location = store_location(out, store)

    def __repr__(self) -> str:
        where = self.location if self.is_remote else str(self.location)
        return f"Graph(out={str(self.out)!r}, store={where!r})"

    # ---------------------------------------------------------------- the backend
    @property
    def is_remote(self) -> bool:
        return is_url(self.location)

    @property
    def backend(self) -> type:
        return backend_of(self.location)

    @property
    def supports_import(self) -> bool:
        return self.backend.supports_import

    @property
    def supports_reason(self) -> bool:
        return self.backend.supports_reason

    @property
    def supports_serve(self) -> bool:
        return self.backend.supports_serve

    def require(self, capability: str) -> None:
        """A StoreError unless the backend has ``capability`` (import, reason or serve)."""
        if capability not in CAPABILITIES:
            raise ValueError(f"unknown capability {capability!r}; one of {', '.join(CAPABILITIES)}")
        if not getattr(self.backend, f"supports_{capability}"):
            from kg.store.sparql import EMBEDDED_ONLY

            raise StoreError("this command " + EMBEDDED_ONLY.format(url=self.location))

    def open(self, *, read_only: bool = False):
        """One opening of the store (a context manager): the backend, :class:`kg.store.contract.Store`."""
        return open_store(self.location, read_only=read_only)

    def writer(self):
        """The right to write the store for a whole command (:func:`open_writer`)."""
        return open_writer(self.location)

    # ---------------------------------------------------------------- building
    def build(self, paths: Iterable[str | os.PathLike], **options):
        """``kg build``: read articles into the graph (:func:`kg.build.build`, whose options it
        takes); returns the :class:`kg.build.BuildReport`. graph.ttl and graph.html are not
        written: :meth:`write_outputs`."""
        from kg.build import build

        return build(paths, self.location, **options)

    def write_outputs(self, *, page: bool = True) -> list[Path]:
        """graph.ttl (and graph.html) in the output folder, from the store, each written to a
        temporary name and renamed."""
        from kg.store.files import atomic_write

        written = []
        with self.open(read_only=True) as st:
            written.append(atomic_write(self.out / "graph.ttl", st.serialize("turtle")))
            if page:
                from kg.analysis import to_networkx
                from kg.page import render_page
                from kg.page.render import MAX_PAGE_ENTITIES, stored_entities, too_large_page

                entities = stored_entities(st)
                html = (too_large_page(entities, "Knowledge graph") if entities > MAX_PAGE_ENTITIES
                        else render_page(to_networkx(st), title="Knowledge graph"))
                written.append(atomic_write(self.out / "graph.html", html))
        return written

    # ---------------------------------------------------------------- reading
    def select(self, sparql: str, params: dict[str, str] | None = None, *, reason: bool = False,
               timeout: float | None = None) -> tuple[list[str], list[list]]:
        """(columns, rows of Python values) of a SPARQL query (:func:`kg.query.query_store`: updates
        refused; with ``timeout`` seconds, in a child process killed when the time is up)."""
        from kg.query import query_store

        return query_store(self.location, sparql, params, reason=reason, timeout=timeout)

    def query(self, query: str, params: dict[str, str] | None = None, *, reason: bool = False,
              timeout: float | None = None, format: str | None = None):
        """A named query (``kg query --list``), a ``.rq`` file or SPARQL: rows as dicts, or, with
        ``format`` (table, csv, json), the text ``kg query`` prints (:func:`kg.output.format_rows`)."""
        from kg.output import format_rows
        from kg.query import resolve_query

        _, sparql = resolve_query(query)
        columns, rows = self.select(sparql, params, reason=reason, timeout=timeout)
        if format is not None:
            return format_rows(columns, rows, format)
        return [dict(zip(columns, row)) for row in rows]

    def dataframe(self, query: str, params: dict[str, str] | None = None, *, reason: bool = False,
                  timeout: float | None = None):
        """The rows of :meth:`query` as a pandas DataFrame (pandas is not a dependency of kg)."""
        try:
            import pandas
        except ImportError as e:
            raise ImportError("Graph.dataframe needs pandas (`pip install pandas`); Graph.query gives "
                              "the same rows as dicts") from e
        from kg.query import resolve_query

        _, sparql = resolve_query(query)
        columns, rows = self.select(sparql, params, reason=reason, timeout=timeout)
        return pandas.DataFrame(rows, columns=columns)

    def update(self, sparql: str) -> None:
        """A SPARQL update of the queried graph (``kg query --allow-update``)."""
        from kg.query import run_update

        with self.open() as st:
            run_update(st, sparql)

    def documents(self) -> list[dict]:
        """The stored documents, then the imports: iri, source, id, title."""
        with self.open(read_only=True) as st:
            return st.documents() + st.imports()

    def stats(self, *, fresh: bool = False) -> dict:
        """Documents, triples, entities by type, facts by relation (:func:`kg.build.graph_stats`)."""
        from kg.build import graph_stats

        with self.open(read_only=True) as st:
            return graph_stats(st, fresh=fresh)

    # ---------------------------------------------------------------- views
    def export(self, fmt: str = "turtle") -> bytes:
        """``kg export``: turtle, nt, jsonld, graphml or csv (:func:`kg.export.export_bytes`)."""
        from kg.export import export_bytes

        with self.open(read_only=True) as st:
            return export_bytes(st, fmt)

    def to_networkx(self):
        """Entities and facts as a networkx MultiDiGraph (:func:`kg.analysis.to_networkx`)."""
        from kg.analysis import to_networkx

        with self.open(read_only=True) as st:
            return to_networkx(st)

    def to_rdflib(self):
        """An in-memory rdflib copy of the queried graph."""
        with self.open(read_only=True) as st:
            return st.to_rdflib()

    def validate(self) -> tuple[bool, list[dict]]:
        """``kg validate``: (conforms, violations) against the SHACL shapes."""
        from kg.validate import validate_graph

        with self.open(read_only=True) as st:
            return validate_graph(st.to_rdflib())

    # ---------------------------------------------------------------- embedded only
    def import_rdf(self, path: str | os.PathLike, fmt: str | None = None) -> tuple[str, int, bool]:
        """``kg import`` of one file: (graph IRI, triples, newly loaded)."""
        self.require("import")
        with self.open() as st:
            return st.import_rdf(path, fmt)

    def reason(self, profile: str = "owl-rl") -> int:
        """``kg reason``: materialise the inferences; their number."""
        from kg.reason import materialise

        self.require("reason")
        with self.open() as st:
            return materialise(st, profile)
