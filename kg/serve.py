"""``kg serve``: a read-only SPARQL 1.1 Protocol endpoint on loopback, with the page beside it.

* ``GET /`` is ``OUT/graph.html`` (the interactive page) when there is one that holds the graph,
  else the explorer below; ``GET /graph.ttl`` the Turtle;
* ``GET /explore`` is the explorer: the same page, started empty, whose search box asks the store
  and which fetches each neighbourhood it shows, for a store of any size (a page holds 100,000
  entities at most);
* ``GET /api/search?q=NAME[&limit=15]``: the entities whose label or alias equals, starts with or
  contains NAME (:class:`kg.lookup.NameIndex`), as JSON ``{"query", "entities", "results": [{iri,
  label, type, facts, alias?}]}``;
* ``GET /api/neighbourhood?entity=IRI[&entity=IRI...][&depth=1|2][&limit=400]``: the entities
  within ``depth`` hops and the facts between them (:func:`kg.page.subgraph.store_neighbourhood`),
  laid out, as the page's own data (:func:`kg.page.render.payload`) plus ``root`` (the indexes of
  the entities asked for), ``found`` (entities in reach) and ``complete``;
* ``GET /sparql?query=...`` and ``POST /sparql`` (form ``query=...`` or ``application/sparql-query``)
  answer SELECT/ASK as SPARQL JSON, XML, CSV or TSV (by ``Accept`` or ``?format=json|xml|csv|tsv``)
  and CONSTRUCT/DESCRIBE as Turtle or N-Triples; updates are refused (403).

The store is opened read-only for each request (under the store's shared lock), so a ``kg build``
can add documents while the server runs; a request that arrives during a chunk write waits for it.
The search's name index is the one thing kept between requests: names and fact counts, built
again when the store's counts change. Only loopback addresses are accepted: this is a local tool,
not a public service. The explorer and its API also refuse requests whose Host is not a loopback
name (a web page elsewhere cannot read them by pointing a name of its own at 127.0.0.1), and send
no CORS header: only the page served here reads them.
"""

from __future__ import annotations

import ipaddress
import os
import socket
from pathlib import Path

from kg.errors import KGError, QueryError, StoreError

RESULT_TYPES = {
    "json": ("application/sparql-results+json", "JSON"),
    "xml": ("application/sparql-results+xml", "XML"),
    "csv": ("text/csv", "CSV"),
    "tsv": ("text/tab-separated-values", "TSV"),
}
def _graph_types() -> dict[str, tuple[str, str]]:
    """What CONSTRUCT and DESCRIBE answer in: (media type, pyoxigraph RdfFormat name), from the one
    table of RDF syntaxes (kg.store.formats)."""
    from kg.store.formats import SYNTAXES

    return {name: (SYNTAXES[name].media_type, SYNTAXES[name].oxigraph) for name in ("turtle", "nt")}


GRAPH_TYPES = _graph_types()


def check_loopback(host: str) -> None:
    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    if not loopback:
        raise StoreError(f"kg serve listens on loopback only; use --host 127.0.0.1 (or ::1), not {host}")


def answer(store_path: str | os.PathLike, sparql: str, accept: str = "", fmt: str | None = None,
           reason: bool = False) -> tuple[str, bytes]:
    """(content type, body) of a protocol query against the store, opened read-only for it."""
    import pyoxigraph

    from kg.query import is_update
    from kg.store import open_store

    if is_update(sparql):
        raise PermissionError("this endpoint is read-only; use `kg query --allow-update` for updates")
    with open_store(store_path, read_only=True) as st:
        result = st.query(sparql, reason=reason)
        if isinstance(result, pyoxigraph.QueryTriples):
            key = fmt if fmt in GRAPH_TYPES else ("nt" if "n-triples" in accept else "turtle")
            ctype, name = GRAPH_TYPES[key]
            return ctype, pyoxigraph.serialize(list(result), format=getattr(pyoxigraph.RdfFormat, name))
        key = fmt if fmt in RESULT_TYPES else next(
            (k for k, (ctype, _) in RESULT_TYPES.items() if ctype in accept), "json")
        if key == "json" and ("text/csv" in accept and "json" not in accept):
            key = "csv"
        ctype, name = RESULT_TYPES[key]
        return ctype, result.serialize(format=getattr(pyoxigraph.QueryResultsFormat, name))


class Explorer:
    """What the explorer's API answers from: the store (opened read-only per request) and the
    name index of its entities, kept while the store's counts stay the same."""

    def __init__(self, store_path, reason: bool = False):
        import threading

        self.store_path, self.reason = store_path, reason
        self._lock = threading.Lock()
        self._index = None
        self._version = None

    def _store(self):
        from kg.store import open_store

        return open_store(self.store_path, read_only=True)

    @staticmethod
    def _version_of(st):
        """What changes when the store does: its kept counts (a lookup), else its triples."""
        counts = st.stored_counts()
        if counts is not None:
            return (counts.triples, tuple(sorted(counts.classes.items())), tuple(sorted(counts.relations.items())))
        return st.count_triples()

    def index(self, st=None):
        """The name index, built again if the store changed since."""
        from kg.lookup import NameIndex

        if st is None:
            with self._store() as opened:
                return self.index(opened)
        version = self._version_of(st)
        with self._lock:
            if self._index is None or version != self._version:
                self._index, self._version = NameIndex(st, reason=self.reason), version
            return self._index

    def entities(self) -> int:
        from kg.page.render import stored_entities

        with self._store() as st:
            return stored_entities(st)

    def search(self, query: str, limit: int = 15) -> dict:
        index = self.index()
        return {"query": query, "entities": len(index), "results": index.search(query, limit)}

    def neighbourhood(self, iris: list[str], depth: int = 1, limit: int | None = None) -> dict:
        from kg.page import compute_layout
        from kg.page.render import payload
        from kg.page.subgraph import MAX_NEIGHBOURHOOD, store_neighbourhood

        limit = MAX_NEIGHBOURHOOD if limit is None else max(1, min(limit, MAX_NEIGHBOURHOOD))
        with self._store() as st:
            index = self.index(st)
            found = store_neighbourhood(st, iris, depth=depth, limit=limit, reason=self.reason,
                                        fact_counts=index.fact_count)
        G = found.graph
        # half the exact layout's iterations: a hub's 400 neighbours took a second to lay out
        data = payload(G, compute_layout(G, iterations=50), communities=False)
        for record in data["nodes"]:
            record["facts"] = G.nodes[record["iri"]].get("facts", 0)
        order = {n: k for k, n in enumerate(G)}
        data.update(root=[order[n] for n in found.seeds if n in order], found=found.found,
                    complete=found.complete)
        return data


def make_server(out: str | os.PathLike, store_path: str | os.PathLike, host: str = "127.0.0.1",
                port: int = 7878, reason: bool = False):
    """A ``ThreadingHTTPServer`` (not yet serving): call ``serve_forever()``. Its ``explorer``
    (:class:`Explorer`) answers the explorer's API."""
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
    from urllib.parse import parse_qs, urlparse

    check_loopback(host)
    out = Path(out)
    explorer = Explorer(store_path, reason)

    class Handler(BaseHTTPRequestHandler):
        server_version = "kg-serve"

        def log_message(self, fmt, *args):  # quiet; kg serve prints its own line
            pass

        def _send(self, code: int, ctype: str, body: bytes, *, cors: bool = True) -> None:
            self.send_response(code)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            if cors:
                self.send_header("Access-Control-Allow-Origin", "*")
            else:
                self.send_header("X-Content-Type-Options", "nosniff")
                self.send_header("Cache-Control", "no-store")
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

        def _json(self, code: int, obj) -> None:
            from kg.page.render import json_for_script

            self._send(code, "application/json; charset=utf-8", json_for_script(obj).encode("ascii"), cors=False)

        def _loopback_host(self) -> bool:
            """Whether the request names this server by a loopback name (DNS rebinding: a page
            elsewhere may point a name of its own at 127.0.0.1, but it cannot make it a loopback
            name)."""
            host = (self.headers.get("Host") or "").strip().lower()
            name = host[1:host.index("]")] if host.startswith("[") and "]" in host else host.rsplit(":", 1)[0]
            try:
                return name == "localhost" or ipaddress.ip_address(name).is_loopback
            except ValueError:
                return False

        def _explore(self, path: str, qs: dict) -> None:
            from kg.page.render import served_page

            if not self._loopback_host():
                self._send(403, "text/plain; charset=utf-8", b"only for a loopback Host\n", cors=False)
                return
            try:
                if path == "/api/search":
                    limit = _int(qs.get("limit", ["15"])[0], 15, 1, 100)
                    self._json(200, explorer.search(qs.get("q", [""])[0][:200], limit))
                elif path == "/api/neighbourhood":
                    iris = qs.get("entity", [])
                    if not iris:
                        self._json(400, {"error": "give entity=IRI"})
                        return
                    depth = _int(qs.get("depth", ["1"])[0], None, 0, 2)
                    if depth is None:
                        self._json(400, {"error": "depth is 0, 1 or 2"})
                        return
                    limit = _int(qs.get("limit", [""])[0], None, 1, 10**6)
                    self._json(200, explorer.neighbourhood(iris[:50], depth, limit))
                else:
                    page = served_page("Knowledge graph", entities=explorer.entities())
                    self._send(200, "text/html; charset=utf-8", page.encode("utf-8"), cors=False)
            except ValueError as e:  # an entity that is not an IRI
                self._json(400, {"error": str(e)})
            except StoreError as e:
                self._json(503, {"error": str(e)})
            except KGError as e:
                self._json(500, {"error": str(e)})

        def _query(self, sparql: str | None, fmt: str | None) -> None:
            if not sparql:
                self._send(400, "text/plain; charset=utf-8", b"missing the query parameter\n")
                return
            try:
                ctype, body = answer(store_path, sparql, self.headers.get("Accept", ""), fmt, reason)
            except PermissionError as e:
                self._send(403, "text/plain; charset=utf-8", f"{e}\n".encode())
            except QueryError as e:
                self._send(400, "text/plain; charset=utf-8", f"{e}\n".encode())
            except StoreError as e:
                self._send(503, "text/plain; charset=utf-8", f"{e}\n".encode())
            except KGError as e:
                self._send(500, "text/plain; charset=utf-8", f"{e}\n".encode())
            else:
                self._send(200, ctype, body)

        def do_GET(self):
            url = urlparse(self.path)
            qs = parse_qs(url.query)
            if url.path == "/sparql":
                self._query(qs.get("query", [None])[0], qs.get("format", [None])[0])
            elif url.path in ("/explore", "/api/search", "/api/neighbourhood"):
                self._explore(url.path, qs)
            elif url.path == "/" and not _holds_the_graph(out / "graph.html"):
                self._explore("/explore", qs)
            elif url.path in ("/", "/graph.html", "/graph.ttl"):
                name = "graph.ttl" if url.path == "/graph.ttl" else "graph.html"
                page = out / name
                if not page.exists():
                    self._send(404, "text/plain; charset=utf-8",
                               f"no {name} in {out}: run `kg build` or `kg show` first\n".encode())
                    return
                ctype = "text/turtle; charset=utf-8" if name.endswith(".ttl") else "text/html; charset=utf-8"
                self._send(200, ctype, page.read_bytes())
            else:
                self._send(404, "text/plain; charset=utf-8", b"not found: try / (the page), /explore or /sparql\n")

        do_HEAD = do_GET

        def do_POST(self):
            url = urlparse(self.path)
            if url.path != "/sparql":
                self._send(404, "text/plain; charset=utf-8", b"not found: POST to /sparql\n")
                return
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length).decode("utf-8", "replace")
            ctype = self.headers.get("Content-Type", "")
            qs = parse_qs(url.query)
            if ctype.startswith("application/sparql-query"):
                sparql = body
            elif ctype.startswith("application/sparql-update") or "update" in parse_qs(body):
                self._send(403, "text/plain; charset=utf-8", b"this endpoint is read-only\n")
                return
            else:
                sparql = parse_qs(body).get("query", [None])[0]
            self._query(sparql, qs.get("format", [None])[0])

    class Server(ThreadingHTTPServer):
        daemon_threads = True
        address_family = socket.AF_INET6 if ":" in host else socket.AF_INET

    server = Server((host, port), Handler)
    server.explorer = explorer
    return server


def _int(text, default, low: int, high: int):
    """``text`` as an int within [low, high], else ``default``."""
    try:
        value = int(text)
    except (TypeError, ValueError):
        return default
    return value if low <= value <= high else default


def _holds_the_graph(page: Path) -> bool:
    """Whether ``page`` is a page of the graph: it exists and is not the note that the graph is
    too large for one (what kg build writes then)."""
    try:
        with page.open("rb") as f:
            head = f.read(4096)
    except OSError:
        return False
    return b'id="kg-too-large"' not in head


def _warm(explorer: Explorer) -> None:
    try:
        explorer.index()
    except KGError:
        pass  # said again, to the page, by the first search that needs it


def serve(out, store_path, host: str = "127.0.0.1", port: int = 7878, reason: bool = False,
          ready=None) -> None:
    """Serve until interrupted. ``ready(url)`` is called once the socket listens."""
    import threading

    from kg.store import open_store

    with open_store(store_path, read_only=True):
        pass  # fail now, with the usual message, if there is no store
    server = make_server(out, store_path, host, port, reason)
    url = f"http://{host if ':' not in host else f'[{host}]'}:{server.server_address[1]}/"
    # the search's name index, built while the first page loads (seconds at 100,000 entities)
    threading.Thread(target=_warm, args=(server.explorer,), daemon=True).start()
    if ready:
        ready(url)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
