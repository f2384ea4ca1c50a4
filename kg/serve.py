"""``kg serve``: a read-only SPARQL 1.1 Protocol endpoint on loopback, with the page beside it.

* ``GET /`` is ``OUT/graph.html`` (the interactive page), ``GET /graph.ttl`` the Turtle;
* ``GET /sparql?query=...`` and ``POST /sparql`` (form ``query=...`` or ``application/sparql-query``)
  answer SELECT/ASK as SPARQL JSON, XML, CSV or TSV (by ``Accept`` or ``?format=json|xml|csv|tsv``)
  and CONSTRUCT/DESCRIBE as Turtle or N-Triples; updates are refused (403).

The store is opened read-only for each request (under the store's shared lock), so a ``kg build``
can add documents while the server runs; a request that arrives during a chunk write waits for it.
Only loopback addresses are accepted: this is a local tool, not a public service.
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


def make_server(out: str | os.PathLike, store_path: str | os.PathLike, host: str = "127.0.0.1",
                port: int = 7878, reason: bool = False):
    """A ``ThreadingHTTPServer`` (not yet serving): call ``serve_forever()``."""
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
    from urllib.parse import parse_qs, urlparse

    check_loopback(host)
    out = Path(out)

    class Handler(BaseHTTPRequestHandler):
        server_version = "kg-serve"

        def log_message(self, fmt, *args):  # quiet; kg serve prints its own line
            pass

        def _send(self, code: int, ctype: str, body: bytes) -> None:
            self.send_response(code)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Access-Control-Allow-Origin", "*")
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

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
                self._send(404, "text/plain; charset=utf-8", b"not found: try / (the page) or /sparql\n")

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

    return Server((host, port), Handler)


def serve(out, store_path, host: str = "127.0.0.1", port: int = 7878, reason: bool = False,
          ready=None) -> None:
    """Serve until interrupted. ``ready(url)`` is called once the socket listens."""
    from kg.store import open_store

    with open_store(store_path, read_only=True):
        pass  # fail now, with the usual message, if there is no store
    server = make_server(out, store_path, host, port, reason)
    url = f"http://{host if ':' not in host else f'[{host}]'}:{server.server_address[1]}/"
    if ready:
        ready(url)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
