"""The SPARQL-server backend: the store contract (:class:`kg.store.contract.Store`) over HTTP.

``kg ... --store http://HOST:PORT`` keeps the graph in a server that speaks the SPARQL 1.1 Protocol
(queries) and SPARQL 1.1 Update (writes): Oxigraph server, Apache Jena Fuseki, GraphDB, QLever. The
layout is the embedded store's: one named graph per document, and the default graph, their
deduplicated union, which queries read. Each document is written by one update request that
removes from the default graph what only the document's old graph supported, replaces the graph
and adds its triples to the default graph (one request is one transaction on these servers, so
readers never see half a document). It is plain SPARQL 1.1 Update, so no server needs a special
setting. Start a server for kg with::

    oxigraph serve --location kg-db --bind 127.0.0.1:7878

Endpoints from the URL given: ``http://h:7878`` (Oxigraph) means ``/query`` and ``/update``; a URL
ending in ``/query`` or ``/sparql`` updates at the sibling ``/update`` (Fuseki); a GraphDB
repository ``.../repositories/NAME`` updates at ``.../statements``; any other URL serves both
(QLever). ``http://user:password@host/...`` sends HTTP basic authentication.

HTTP goes through the standard library (``urllib``): one request per document write or query, so
no client library is needed; answers are parsed by pyoxigraph into the same result objects the
embedded store returns, so every caller works unchanged.
"""

from __future__ import annotations

import base64
import socket
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator

from kg.errors import QueryError, StoreError
from kg.rdf import DOC_BASE, IMPORT_BASE, RESOLUTION_GRAPH, SPARQL_PREFIXES
from kg.store.formats import syntax
from kg.store.reads import GraphReads
from kg.store.writes import GraphWrites

#: What to accept from the query endpoint: results of SELECT/ASK, or a graph for CONSTRUCT.
ACCEPT = ("application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8, "
          "application/sparql-results+xml;q=0.5, application/rdf+xml;q=0.4")

START_HINT = "start one with `oxigraph serve --location kg-db --bind 127.0.0.1:7878`"


def endpoints(url: str) -> tuple[str, str, dict[str, str]]:
    """(query endpoint, update endpoint, extra headers) for the URL a user gives."""
    parts = urllib.parse.urlsplit(url)
    headers = {}
    netloc = parts.netloc
    if "@" in netloc:
        userinfo, netloc = netloc.rsplit("@", 1)
        user, _, password = userinfo.partition(":")
        token = f"{urllib.parse.unquote(user)}:{urllib.parse.unquote(password)}".encode()
        headers["Authorization"] = "Basic " + base64.b64encode(token).decode("ascii")
    path = parts.path.rstrip("/")

    def at(p: str) -> str:
        return urllib.parse.urlunsplit((parts.scheme, netloc, p, parts.query, ""))

    if path == "":
        return at("/query"), at("/update"), headers
    for suffix in ("/query", "/sparql"):
        if path.endswith(suffix):
            return at(path), at(path[: -len(suffix)] + "/update"), headers
    if "/repositories/" in path and not path.endswith("/statements"):
        return at(path), at(path + "/statements"), headers
    return at(path), at(path), headers


EMBEDDED_ONLY = ("works on the embedded store only, not on the SPARQL server {url}; use the server's own "
                 "tools (for Oxigraph: `oxigraph load`, a SPARQL UPDATE through `kg query --allow-update`)")


class SparqlStore(GraphReads, GraphWrites):
    """The graph in a SPARQL 1.1 server: the store contract, as :class:`kg.store.GraphStore` has it.

    kg keeps no counts in it (any client may write it: they are counted), loads no RDF files
    into it, materialises no inferences in it and does not serve it (the server does)."""

    supports_import = False
    supports_reason = False
    supports_serve = False

    def __init__(self, url: str, *, read_only: bool = False, timeout: float = 60.0):
        self.url = url
        self.path = None
        self.read_only = read_only
        self.timeout = timeout
        self.query_url, self.update_url, self._headers = endpoints(url)
        self._shown = _without_password(url)
        self._versions: dict[str, str] | None = None
        # One request up front: a clear error when the server is not there.
        self._probe()

    # ------------------------------------------------------------------ lifecycle
    def __enter__(self) -> SparqlStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        """Nothing to release: every request is its own connection."""

    @property
    def raw(self):
        raise StoreError(f"{self._shown} is a SPARQL server, not an embedded store: use query() and update()")

    # ------------------------------------------------------------------ HTTP
    def _request(self, url: str, body: bytes, content_type: str, accept: str | None = None):
        headers = {"Content-Type": content_type, "User-Agent": "kg (SPARQL 1.1 Protocol)", **self._headers}
        if accept:
            headers["Accept"] = accept
        req = urllib.request.Request(url, data=body, headers=headers, method="POST")
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                return resp.headers.get("Content-Type", ""), resp.headers.get("Server", ""), resp.read()
        except urllib.error.HTTPError as e:
            detail = e.read().decode("utf-8", "replace").strip()[:500]
            raise _HttpStatus(e.code, detail) from e
        except (socket.timeout, TimeoutError) as e:
            raise StoreError(f"the SPARQL server at {self._shown} did not answer within {self.timeout:g} s; "
                             "check that it is not overloaded, or give a narrower query") from e
        except (urllib.error.URLError, ConnectionError) as e:
            reason = getattr(e, "reason", e)
            if isinstance(reason, (socket.timeout, TimeoutError)):
                raise StoreError(f"the SPARQL server at {self._shown} did not answer within {self.timeout:g} s; "
                                 "check that it is not overloaded, or give a narrower query") from e
            raise StoreError(f"cannot reach the SPARQL server at {self._shown} ({reason}): {START_HINT}, "
                             "or check the URL given to --store") from e

    def _probe(self) -> str:
        try:
            _, server, _ = self._request(self.query_url, b"ASK {}", "application/sparql-query", ACCEPT)
        except _HttpStatus as e:
            raise StoreError(f"{self.query_url} is not a SPARQL query endpoint (HTTP {e.status}: {e.detail}); "
                             "give the server's query URL to --store") from e
        return server

    def _post_query(self, sparql: str):
        import pyoxigraph

        try:
            ctype, _, data = self._request(self.query_url, sparql.encode("utf-8"),
                                           "application/sparql-query; charset=utf-8", ACCEPT)
        except _HttpStatus as e:
            raise QueryError(f"the SPARQL server refused the query (HTTP {e.status}): {e.detail}") from e
        media = ctype.split(";", 1)[0].strip().lower()
        results_format = pyoxigraph.QueryResultsFormat.from_media_type(media) if media else None
        if results_format is not None:
            return pyoxigraph.parse_query_results(data, format=results_format)
        rdf_format = pyoxigraph.RdfFormat.from_media_type(media) if media else None
        if rdf_format is None:
            raise QueryError(f"the SPARQL server answered with {ctype or 'no content type'}, "
                             "which is neither SPARQL results nor RDF")
        return [pyoxigraph.Triple(q.subject, q.predicate, q.object)
                for q in pyoxigraph.parse(data, format=rdf_format)]

    def update(self, sparql: str) -> None:
        """Run a SPARQL update (with the project's prefixes) as one request."""
        if self.read_only:
            raise StoreError(f"{self._shown} was opened read-only")
        try:
            self._request(self.update_url, (SPARQL_PREFIXES + sparql).encode("utf-8"),
                          "application/sparql-update; charset=utf-8")
        except _HttpStatus as e:
            raise QueryError(f"the SPARQL server refused the update (HTTP {e.status}): {e.detail}") from e
        self._versions = None

    # ------------------------------------------------------------------ writing
    def document_version(self, doc_id: str) -> str | None:
        """The extractor version that wrote this document, or None if it is not stored.

        The versions of all documents are fetched by one query and kept, so a build asks the
        server once rather than once per document."""
        if self._versions is None:
            rows = self.query("SELECT ?g ?v WHERE { GRAPH ?g { ?g kg:extractorVersion ?v } }")
            self._versions = {r["g"].value[len(DOC_BASE):]: r["v"].value for r in rows
                              if r["g"].value.startswith(DOC_BASE)}
        return self._versions.get(doc_id)

    def transact(self, sparql: str) -> None:
        """One of kg's own updates (a chunk of documents and their resolution) as one request: one
        transaction on these servers, so readers never see half of it."""
        if self.read_only:
            raise StoreError(f"{self._shown} was opened read-only")
        self._versions = None
        try:
            self._request(self.update_url, (SPARQL_PREFIXES + sparql).encode("utf-8"),
                          "application/sparql-update; charset=utf-8")
        except _HttpStatus as e:
            raise StoreError(f"the SPARQL server at {self._shown} refused kg's update (HTTP {e.status}): "
                             f"{e.detail}; nothing of it was written") from e

    def clear_derived(self) -> None:
        self.transact(f"DROP SILENT DEFAULT ;\nDROP SILENT GRAPH <{RESOLUTION_GRAPH}>")

    def bulk_insert(self, triples, graph: str | None = None, batch: int = 20_000) -> int:
        """INSERT DATA requests of ``batch`` triples each (a whole-store resolution marks itself,
        see :func:`kg.resolve.resolve_everything`)."""
        count, lines = 0, []

        def flush():
            body = "\n".join(lines)
            self.transact(f"INSERT DATA {{ GRAPH <{graph}> {{\n{body}\n}} }}" if graph else f"INSERT DATA {{\n{body}\n}}")
            lines.clear()

        for s, p, o in triples:
            lines.append(f"{s} {p} {o} .")
            count += 1
            if len(lines) >= batch:
                flush()
        if lines:
            flush()
        return count

    def document_quads(self) -> Iterator:
        """Every quad of the documents' graphs (one query)."""
        import pyoxigraph

        for r in self.query(f"SELECT ?g ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} "
                            f"FILTER(STRSTARTS(STR(?g), \"{DOC_BASE}\")) }}"):
            yield pyoxigraph.Quad(r["s"], r["p"], r["o"], r["g"])

    def copy_imports_to_default(self) -> int:
        self.transact(f"INSERT {{ ?s ?p ?o }} WHERE {{ GRAPH ?g {{ ?s ?p ?o }} "
                      f"FILTER(STRSTARTS(STR(?g), \"{IMPORT_BASE}\")) }}")
        return 0

    def load_rdf(self, data: bytes, fmt: str, *, graph: str) -> None:
        """Load an RDF file's content into the named graph ``graph`` in one update request."""
        import pyoxigraph

        try:
            triples = list(pyoxigraph.parse(data, format=syntax(fmt).rdf_format()))
        except SyntaxError as e:
            raise StoreError(f"not valid {fmt}: {e}") from e
        body = "\n".join(f"{t.subject} {t.predicate} {t.object} ." for t in triples)
        self.update(f"INSERT DATA {{ GRAPH <{graph}> {{\n{body}\n}} }} ;\nINSERT DATA {{\n{body}\n}}")

    def import_rdf(self, path, fmt: str | None = None) -> tuple[str, int, bool]:
        """Refused (``supports_import`` is False): ``kg import`` loads into the embedded store."""
        raise StoreError("kg import " + EMBEDDED_ONLY.format(url=self._shown))

    def replace_inferred(self, triples) -> int:
        """Refused (``supports_reason`` is False): inferences are materialised in the embedded store."""
        raise StoreError("kg reason " + EMBEDDED_ONLY.format(url=self._shown))

    def present(self, triples, graph: str | None = None) -> set[tuple]:
        """Which of ``triples`` ((subject, predicate, object) terms) the queried graph (or the
        named graph ``graph``) holds, by VALUES queries. A triple with a blank node is never found
        (a server's blank nodes cannot be named from outside)."""
        from pyoxigraph import BlankNode

        items = [t for t in triples if not any(isinstance(x, BlankNode) for x in t)]
        where = f"GRAPH <{graph}> {{ ?s ?p ?o }}" if graph else "?s ?p ?o"
        found = set()
        for i in range(0, len(items), 500):
            values = " ".join(f"({s} {p} {o})" for s, p, o in items[i:i + 500])
            for r in self.query(f"SELECT ?s ?p ?o WHERE {{ VALUES (?s ?p ?o) {{ {values} }} {where} }}"):
                found.add((r["s"], r["p"], r["o"]))
        return {t for t in items if t in found}

    # ------------------------------------------------------------------ reading
    def query(self, sparql: str, *, substitutions: dict | None = None, reason: bool = False):
        """Run SPARQL over the default graph (the deduplicated union of the documents' graphs),
        with the project's prefixes.
        (``reason`` is refused: inferences are materialised in the embedded store only.)

        Returns what ``pyoxigraph.Store.query`` returns: ``QuerySolutions``, ``QueryBoolean``, or
        (for CONSTRUCT and DESCRIBE) a list of ``Triple``. ``substitutions`` (variable -> term) are
        bound by a trailing VALUES clause."""
        if reason:
            raise QueryError("--reason works on the embedded store only (kg reason materialises there); "
                             "a SPARQL server has its own reasoner settings")
        text = SPARQL_PREFIXES + sparql
        if substitutions:
            names = " ".join(f"?{getattr(k, 'value', k)}" for k in substitutions)
            terms = " ".join(str(v) for v in substitutions.values())
            text += f"\nVALUES ({names}) {{ ({terms}) }}"
        return self._post_query(text)

    def triples(self) -> Iterator:
        """The union graph's triples, each once (the same fact from two documents is one triple)."""
        return iter(dict.fromkeys(self.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")))

    def _quads(self) -> list:
        """Every quad of every graph."""
        import pyoxigraph

        rows = self.query("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }")
        return [pyoxigraph.Quad(r["s"], r["p"], r["o"], r["g"]) for r in rows]

    def count_triples(self, graph: str | None = None) -> int:
        """Distinct triples of the queried (default) graph, or triples of the named graph ``graph``."""
        if graph:
            rows = self.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
        else:
            rows = self.query("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o { ?s ?p ?o } }")
        return int(next(iter(rows))["n"].value)

    # ------------------------------------------------------------------ export
    def _serialize_graphs(self, rdf_format, prefixes) -> bytes:
        import pyoxigraph

        return pyoxigraph.serialize(self._quads(), format=rdf_format, prefixes=prefixes)

    def rdflib_graph(self):
        """The rdflib API over this very server (rdflib's SPARQLUpdateStore): changes are live."""
        import rdflib
        from rdflib.plugins.stores.sparqlstore import SPARQLUpdateStore

        store = SPARQLUpdateStore(self.query_url, self.update_url, headers=dict(self._headers))
        return rdflib.ConjunctiveGraph(store=store)

    def __repr__(self) -> str:
        return f"SparqlStore({self._shown!r})"


class ServerWriter:
    """The writer of a SPARQL server, for a whole command (``kg build``): the server's own
    transactions isolate each update, so there is no lock to hold; :meth:`open` connects."""

    recovered = True

    def __init__(self, url: str):
        self.url = url

    def open(self, *, wait: float | None = None) -> SparqlStore:
        return SparqlStore(self.url)

    def close(self) -> None:
        pass

    def __enter__(self) -> ServerWriter:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class _HttpStatus(Exception):
    """The server answered with an HTTP error status (turned into StoreError or QueryError)."""

    def __init__(self, status: int, detail: str):
        super().__init__(f"HTTP {status}: {detail}")
        self.status = status
        self.detail = detail


def _without_password(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    if "@" not in parts.netloc:
        return url
    user = parts.netloc.rsplit("@", 1)[0].split(":", 1)[0]
    host = parts.netloc.rsplit("@", 1)[1]
    return urllib.parse.urlunsplit((parts.scheme, f"{user}:***@{host}", parts.path, parts.query, parts.fragment))

