"""The interactive HTML view of the graph: one self-contained, offline, injection-safe page.

Why not pyvis's own ``Network.write_html``: every pyvis 0.3.2 mode fetches something from a CDN
(Bootstrap at least), its popup inserts a title containing "href" as raw HTML, the heading is not
escaped, and ``Network.add_node``/``add_edge`` check membership in a list (quadratic: minutes at
20k nodes). So pyvis supplies only the vis-network files it pins; the page template and the
node/edge data are built here.

Input: a networkx MultiDiGraph keyed by entity IRI. Node attributes ``label``, ``type`` (Person,
Organization, Product, Place, or Entity), ``aliases`` (list), ``wikidata`` (Q-id or None); one
edge per (subject, object, relation) with ``relation``, ``confidence`` and ``facts`` (dicts with
``evidence``, ``source``, ``doc``, ``title``, ``date``, ``confidence``). Missing attributes are
tolerated.

Safety model: every string from the graph (all of it scraped from untrusted articles) reaches the
page only as JSON inside ``<script type="application/json">`` with ``<``, ``>``, ``&``, U+2028 and
U+2029 escaped, and the page's script puts it on screen with ``textContent`` and DOM calls only.
vis-network's tooltips get a DOM element, never an HTML string. A Content-Security-Policy forbids
any network access, as defence in depth.
"""

from __future__ import annotations

import functools
import html
import json
import math
import re
from collections.abc import Iterable

#: Colour and vis-network shape of each entity type, plus a legend symbol drawing that shape.
#: Shapes differ as well as colours so the legend still works for colour-blind readers.
TYPE_STYLES = {
    "Person": {"color": "#4e79a7", "shape": "dot", "symbol": "\u25cf"},
    "Organization": {"color": "#f28e2b", "shape": "square", "symbol": "\u25a0"},
    "Product": {"color": "#59a14f", "shape": "triangle", "symbol": "\u25b2"},
    "Place": {"color": "#b07aa1", "shape": "diamond", "symbol": "\u25c6"},
    "Entity": {"color": "#8c8c8c", "shape": "hexagon", "symbol": "\u2b22"},
}

#: The page may load nothing: no script, style, font or image from anywhere but itself.
#: base-uri and form-action are not covered by default-src, so they are closed explicitly.
CSP = (
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
    "img-src data:; base-uri 'none'; form-action 'none'"
)

#: Below this many nodes the exact (all-pairs) Fruchterman-Reingold of networkx is fast enough;
#: from 500 networkx switches to a path that needs scipy (not a dependency) and is still O(n^2)
#: per iteration, so a grid-based layout takes over.
EXACT_LAYOUT_BELOW = 500

#: Pixels per unit of the layouts below: roughly the gap between neighbouring nodes on screen.
_PIXELS_PER_UNIT = 90.0

_VIS_DIR = "lib/vis-9.1.2"
_PLACEHOLDER = re.compile(r"@@KG_([A-Z_]+)@@")
_SURROGATE = re.compile("[\ud800-\udfff]")


# --------------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------------


def render_page(G, title: str = "Knowledge graph", *, layout: bool = True) -> str:
    """Return one self-contained HTML document that draws ``G`` with vis-network.

    ``G`` is the projection's MultiDiGraph (the module docstring describes what it holds).
    With ``layout=True`` positions are computed here and the page starts with physics off, which
    is what makes thousands of nodes interactive in seconds; with ``layout=False`` vis-network
    runs its own physics simulation (fine for a few hundred nodes).
    """
    positions = compute_layout(G) if layout else None
    payload = _payload(G, positions)
    js, css = _vis_assets()
    parts = {
        "CSP": _html_text(CSP),
        "TITLE": _html_text(title or "Knowledge graph"),
        "VIS_CSS": css,
        "PAGE_CSS": _PAGE_CSS,
        "DATA": _json_for_script(payload),
        "VIS_JS": js,
        "APP_JS": _APP_JS,
    }
    # One pass, so text inside a substituted part (say, a label spelling "@@KG_DATA@@") is never
    # itself substituted.
    return _PLACEHOLDER.sub(lambda m: parts[m.group(1)], _TEMPLATE)


def select_subgraph(
    G,
    *,
    focus: str | None = None,
    depth: int = 2,
    relations: Iterable[str] | None = None,
    min_degree: int = 0,
):
    """Return a filtered copy of ``G`` (``G`` itself is not modified).

    Steps, in order:
    1. ``relations``: keep only edges whose relation is in this iterable (unknown names raise
       KGError listing the known ones).
    2. ``min_degree``: drop nodes with fewer edges than this, counted after step 1 over the whole
       graph (so "minor" means few facts overall, not few facts near the focus). Focus entities
       are always kept.
    3. ``focus``: keep the entities within ``depth`` hops (ignoring direction) of the entity whose
       label or alias equals ``focus`` (case-insensitive); if none equals it, a unique
       case-insensitive substring match is used. No match raises EntityNotFound with close
       matches.

    The copy has new node/edge attribute dicts, and new lists for ``aliases`` and ``facts``.
    """
    import networkx as nx

    from kg.errors import KGError

    if depth < 0:
        raise KGError(f"depth must be 0 or more, not {depth}")
    keep_edge = _relation_predicate(G, relations)
    seeds = set(find_entities(G, focus)) if focus is not None else set()

    degree = dict.fromkeys(G, 0)
    for u, v, k, data in _edges(G):
        if keep_edge(k, data):
            degree[u] += 1
            degree[v] += 1
    nodes = {n for n, d in degree.items() if d >= min_degree} | seeds

    if focus is not None:
        nodes = _within_hops(G, seeds, depth, nodes, keep_edge)

    H = nx.MultiDiGraph() if G.is_directed() else nx.MultiGraph()
    H.graph.update(G.graph)
    for n in G:  # iterate G, not the set, so the copy keeps G's node order
        if n in nodes:
            H.add_node(n, **_copy_attrs(G.nodes[n]))
    for u, v, k, data in _edges(G):
        if u in nodes and v in nodes and keep_edge(k, data):
            H.add_edge(u, v, key=k, **_copy_attrs(data))
    return H


def find_entities(G, name: str) -> list:
    """Return the nodes whose label or alias matches ``name`` (see select_subgraph, step 3)."""
    from kg.errors import EntityNotFound

    wanted = _fold(name)
    if not wanted:
        raise EntityNotFound("an empty name matches no entity; give a name or alias")
    exact, partial = [], []
    for n, attrs in G.nodes(data=True):
        names = [_fold(s) for s in _names(n, attrs)]
        if wanted in names:
            exact.append(n)
        elif any(wanted in s for s in names):
            partial.append(n)
    if exact:
        return exact
    if len(partial) == 1:
        return partial
    if partial:
        shown = ", ".join(sorted(_label(n, G.nodes[n]) for n in partial)[:10])
        more = f" and {len(partial) - 10} more" if len(partial) > 10 else ""
        raise EntityNotFound(
            f"{name!r} is ambiguous: it is part of the names of {shown}{more}; "
            "give the full name or alias of one of them"
        )
    raise EntityNotFound(_not_found_message(G, name))


def display_inline(G, *, height: int = 650, **kw):
    """Return an IPython HTML object showing the page inside a sandboxed ``<iframe srcdoc>``.

    ``sandbox="allow-scripts"`` (without allow-same-origin) gives the page an opaque origin, so
    its scripts cannot touch the notebook. ``kw`` goes to render_page (title, layout).
    """
    from IPython.display import HTML

    # Wrapped in a div: IPython warns about HTML that starts with "<iframe" (it suggests IFrame,
    # which takes a URL, not a document).
    frame = iframe_html(render_page(G, **kw), height=height, title=kw.get("title"))
    return HTML(f"<div>{frame}</div>")


def iframe_html(page: str, *, height: int = 650, title: str | None = None) -> str:
    """The ``<iframe>`` markup display_inline uses (separate so it can be tested without IPython)."""
    label = _html_text(title or "Knowledge graph")
    return (
        f'<iframe srcdoc="{html.escape(page, quote=True)}" sandbox="allow-scripts" '
        f'title="{label}" style="width:100%;height:{int(height)}px;border:1px solid #ddd">'
        "</iframe>"
    )


def compute_layout(G) -> dict:
    """Return ``{node: (x, y)}`` in screen pixels, centred on (0, 0).

    Small graphs get networkx's exact Fruchterman-Reingold; larger ones a grid (particle-mesh)
    force layout in numpy that costs O(n + edges + grid) per iteration instead of O(n^2).
    """
    nodes = list(G)
    n = len(nodes)
    if n == 0:
        return {}
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    index = {node: i for i, node in enumerate(nodes)}
    pairs = [(index[u], index[v]) for u, v in G.edges() if u != v]
    if n < EXACT_LAYOUT_BELOW:
        xy = _exact_layout(n, pairs)
    else:
        xy = _mesh_layout(n, pairs)
    return {node: (round(float(x), 1), round(float(y), 1)) for node, (x, y) in zip(nodes, xy)}


# --------------------------------------------------------------------------------------------
# Subgraph helpers
# --------------------------------------------------------------------------------------------


def _edges(G):
    """(u, v, key, data) for every edge, whether or not G is a multigraph."""
    if G.is_multigraph():
        return G.edges(keys=True, data=True)
    return ((u, v, d.get("relation"), d) for u, v, d in G.edges(data=True))


def _relation_predicate(G, relations):
    from kg.errors import KGError
    from kg.model import RELATIONS

    if relations is None:
        return lambda key, data: True
    if isinstance(relations, str):  # "founded" means ["founded"], not its letters
        relations = [relations]
    wanted = set(relations)
    known = set(RELATIONS) | {_relation(k, d) for _, _, k, d in _edges(G)}
    unknown = sorted(wanted - known)
    if unknown:
        raise KGError(
            f"unknown relation(s): {', '.join(unknown)}; known relations are "
            f"{', '.join(sorted(known))}"
        )
    return lambda key, data: _relation(key, data) in wanted


def _within_hops(G, seeds, depth, allowed, keep_edge):
    """Nodes of ``allowed`` reachable from ``seeds`` in at most ``depth`` hops, either direction."""
    neighbours: dict = {}
    for u, v, k, data in _edges(G):
        if u in allowed and v in allowed and keep_edge(k, data):
            neighbours.setdefault(u, set()).add(v)
            neighbours.setdefault(v, set()).add(u)
    seen = set(seeds)
    frontier = set(seeds)
    for _ in range(depth):
        frontier = {m for n in frontier for m in neighbours.get(n, ())} - seen
        if not frontier:
            break
        seen |= frontier
    return seen


def _copy_attrs(attrs: dict) -> dict:
    """Copy an attribute dict two levels deep (lists of names, lists of fact dicts)."""
    out = {}
    for key, value in attrs.items():
        if isinstance(value, list):
            value = [dict(x) if isinstance(x, dict) else x for x in value]
        elif isinstance(value, dict):
            value = dict(value)
        out[key] = value
    return out


def _not_found_message(G, name: str) -> str:
    import difflib

    by_folded: dict[str, str] = {}
    for n, attrs in G.nodes(data=True):
        for s in _names(n, attrs):
            by_folded.setdefault(_fold(s), s)
    close = difflib.get_close_matches(_fold(name), list(by_folded), n=5, cutoff=0.6)
    if close:
        hint = "close matches: " + ", ".join(by_folded[c] for c in close)
    else:
        hint = f"no close matches among the {G.number_of_nodes()} entities of the graph"
    return f"no entity is named {name!r} ({hint})"


def _names(node, attrs) -> list[str]:
    names = [_label(node, attrs)]
    names += [str(a) for a in (attrs.get("aliases") or []) if a]
    return names


def _label(node, attrs) -> str:
    label = attrs.get("label")
    if label:
        return str(label)
    # An IRI without a label: its local name is the most readable thing we have.
    return re.split(r"[/#]", str(node).rstrip("/#"))[-1] or str(node)


def _fold(s) -> str:
    return " ".join(str(s).split()).casefold()


def _relation(key, data) -> str:
    return str(data.get("relation") or key or "related")


# --------------------------------------------------------------------------------------------
# Page data
# --------------------------------------------------------------------------------------------


def _payload(G, positions) -> dict:
    """The JSON the page script reads. Nodes are referred to by their index in ``nodes``."""
    from kg.model import RELATIONS

    index = {}
    nodes = []
    for n, attrs in G.nodes(data=True):
        index[n] = len(nodes)
        nodes.append(_node_record(n, attrs, positions))

    docs: dict[tuple, int] = {}  # one entry per document, not one copy per fact
    edges = [
        _edge_record(index[u], index[v], k, data, docs) for u, v, k, data in _edges(G)
    ]
    rank = {r: i for i, r in enumerate(RELATIONS)}
    relations = sorted({e["relation"] for e in edges}, key=lambda r: (rank.get(r, 99), r))
    present = {n["type"] for n in nodes}
    types = [dict(name=t, **style) for t, style in TYPE_STYLES.items() if t in present]
    return {
        "physics": positions is None,
        "types": types,
        "relations": relations,
        "nodes": nodes,
        "edges": edges,
        "docs": [{"iri": d, "source": s, "title": t} for d, s, t in docs],
    }


def _node_record(n, attrs, positions) -> dict:
    kind = attrs.get("type")
    record = {
        "iri": _clean_text(n),
        "label": _clean_text(_label(n, attrs)),
        "type": kind if kind in TYPE_STYLES else "Entity",
        "aliases": [_clean_text(a) for a in (attrs.get("aliases") or []) if a],
        "wikidata": _clean_text(attrs.get("wikidata")) or None,
    }
    if positions is not None:
        record["x"], record["y"] = positions[n]
    return record


def _edge_record(u: int, v: int, key, data: dict, docs: dict) -> dict:
    facts = []
    for fact in data.get("facts") or []:
        doc_key = tuple(_clean_text(fact.get(f)) or None for f in ("doc", "source", "title"))
        facts.append(
            {
                "evidence": _clean_text(fact.get("evidence")),
                "doc": docs.setdefault(doc_key, len(docs)),
                "date": _clean_text(fact.get("date")) or None,
                "confidence": _confidence(fact.get("confidence")),
            }
        )
    confidence = data.get("confidence")
    if confidence is None and facts:
        confidence = max(f["confidence"] for f in facts)
    return {
        "from": u,
        "to": v,
        "relation": _clean_text(_relation(key, data)),
        "confidence": _confidence(confidence),
        "facts": facts,
    }


def _confidence(value) -> float:
    try:
        x = float(value)
    except (TypeError, ValueError):
        return 0.0
    return round(min(max(x, 0.0), 1.0), 3) if math.isfinite(x) else 0.0


def _clean_text(value) -> str:
    """Text that can be written as UTF-8: lone surrogates (from badly decoded input) become U+FFFD."""
    if value is None:
        return ""
    return _SURROGATE.sub("\ufffd", str(value))


def _html_text(value) -> str:
    """Text for an HTML attribute or element: escaped, and ASCII (U+2028 and the like become
    character references) so it reads the same in any encoding."""
    escaped = html.escape(_clean_text(value), quote=True)
    return escaped.encode("ascii", "xmlcharrefreplace").decode("ascii")


def _json_for_script(obj) -> str:
    """JSON that cannot end or alter the ``<script type="application/json">`` element holding it.

    ``<`` and ``>`` are escaped so no ``</script>`` or ``<!--`` can appear; ``&`` so the text is
    the same whether read as HTML or not; ensure_ascii also escapes U+2028/U+2029 (line
    terminators in older JavaScript) and every other non-ASCII character.
    """
    text = json.dumps(obj, ensure_ascii=True, separators=(",", ":"), allow_nan=False)
    for raw, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(raw, escaped)
    return text


@functools.lru_cache(maxsize=1)
def _vis_assets() -> tuple[str, str]:
    """vis-network's JS and CSS as pinned by pyvis, ready to inline."""
    from importlib.resources import files

    base = files("pyvis") / _VIS_DIR
    js = (base / "vis-network.min.js").read_text(encoding="utf-8")
    css = (base / "vis-network.css").read_text(encoding="utf-8")
    # The source map comment would make developer tools fetch a file that is not there.
    js = re.sub(r"^//# sourceMappingURL=.*$", "", js, flags=re.MULTILINE)
    if re.search(r"</script", js, re.IGNORECASE) or re.search(r"</style", css, re.IGNORECASE):
        raise RuntimeError("the vis-network asset cannot be inlined: it contains a closing tag")
    return js, css


# --------------------------------------------------------------------------------------------
# Layouts
# --------------------------------------------------------------------------------------------


def _exact_layout(n: int, pairs: list[tuple[int, int]]):
    """Each connected component laid out on its own, then the components packed in rows.

    One spring layout of a disconnected graph spends its space keeping the pieces apart and
    squeezes each piece into a few pixels; laying pieces out separately keeps every edge legible.
    """
    import networkx as nx

    H = nx.Graph()
    H.add_nodes_from(range(n))
    H.add_edges_from(pairs)
    components = sorted((sorted(c) for c in nx.connected_components(H)), key=len, reverse=True)
    pieces = [(nodes, _component_layout(H, nodes)) for nodes in components]
    return _pack(n, pieces) * _PIXELS_PER_UNIT


def _component_layout(H, nodes: list[int]):
    """Positions of one connected component, centred, with edges about 1.6 units long and no two
    nodes closer than about one unit (so labels do not collide)."""
    import networkx as nx
    import numpy as np

    if len(nodes) == 1:
        return np.zeros((1, 2))
    if len(nodes) == 2:
        return np.array([[-0.8, 0.0], [0.8, 0.0]])
    sub = H.subgraph(nodes)
    # method="force" is the dense numpy path: no scipy needed (it is not a dependency).
    pos = nx.spring_layout(sub, seed=7, method="force", iterations=100)
    xy = np.array([pos[v] for v in nodes])
    xy -= xy.mean(axis=0)
    index = {v: i for i, v in enumerate(nodes)}
    ends = np.array([(index[u], index[v]) for u, v in sub.edges()])
    edge_length = np.median(np.linalg.norm(xy[ends[:, 0]] - xy[ends[:, 1]], axis=1))
    gaps = np.linalg.norm(xy[:, None, :] - xy[None, :, :], axis=2)
    np.fill_diagonal(gaps, np.inf)
    nearest = np.median(gaps.min(axis=1))
    return xy * max(1.6 / max(edge_length, 1e-9), 1.0 / max(nearest, 1e-9))


def _pack(n: int, pieces):
    """Place laid-out components (largest first) left to right in rows of similar width."""
    import numpy as np

    gap = 1.5
    boxes = []
    for nodes, xy in pieces:
        lo, hi = xy.min(axis=0), xy.max(axis=0)
        boxes.append((nodes, xy - lo, hi - lo + gap))
    area = sum(float(size[0] * size[1]) for _, _, size in boxes)
    row_width = max(max(float(size[0]) for _, _, size in boxes), math.sqrt(area) * 1.2)
    out = np.zeros((n, 2))
    x = y = row_height = 0.0
    for nodes, xy, (w, h) in boxes:
        if x > 0 and x + w > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        out[nodes] = xy + (x, y)
        x += w
        row_height = max(row_height, float(h))
    return out - (out.min(axis=0) + out.max(axis=0)) / 2


def _mesh_layout(n: int, pairs: list[tuple[int, int]], *, iterations: int = 80, seed: int = 7):
    """Fruchterman-Reingold forces with repulsion computed on a grid by FFT convolution.

    Attraction runs over the real edges (O(edges)); repulsion is the density of nodes on a grid
    convolved with the 1/r force kernel (the particle-mesh method of N-body codes), so an
    iteration costs O(n + edges + grid^2 log grid) instead of O(n^2). A gravity term towards the
    centre keeps disconnected pieces in one disc: with 1/r repulsion it yields an even density.
    """
    import numpy as np

    rng = np.random.default_rng(seed)
    radius = math.sqrt(n)
    angle = rng.uniform(0, 2 * math.pi, n)
    r = radius * np.sqrt(rng.uniform(0, 1, n))
    pos = np.column_stack([r * np.cos(angle), r * np.sin(angle)])
    src = np.array([p[0] for p in pairs], dtype=np.int64)
    dst = np.array([p[1] for p in pairs], dtype=np.int64)
    grid = 128 if n <= 8000 else 256
    kernel = _repulsion_kernel_fft(grid)
    start, end = radius / 5, 0.05
    for step in range(iterations):
        force = _grid_repulsion(pos, grid, kernel) - pos  # repulsion + gravity (pull of 1 per unit)
        if len(src):
            force += _attraction(pos, src, dst, n)
        temperature = start + (end - start) * step / max(iterations - 1, 1)
        length = np.maximum(np.hypot(force[:, 0], force[:, 1]), 1e-9)
        pos += force * (np.minimum(length, temperature) / length)[:, None]
    pos -= pos.mean(axis=0)
    return pos * _PIXELS_PER_UNIT


def _repulsion_kernel_fft(grid: int):
    """FFT of the repulsive force of one node, d / |d|^2, as a complex field (x + iy) on a
    2*grid square (zero padding, so the circular convolution equals the linear one)."""
    import numpy as np

    size = 2 * grid
    d = np.fft.fftfreq(size, 1.0 / size)  # offsets 0, 1, ..., -1 in wrap-around order
    dx, dy = np.meshgrid(d, d, indexing="ij")
    r2 = dx * dx + dy * dy
    r2[0, 0] = 1.0  # a node does not push itself; dx=dy=0 there anyway
    return np.fft.fft2((dx + 1j * dy) / r2)


def _grid_repulsion(pos, grid: int, kernel_fft):
    import numpy as np

    lo = pos.min(axis=0)
    cell = max(float((pos.max(axis=0) - lo).max()) / (grid - 1), 1e-9)
    ij = np.clip(((pos - lo) / cell).astype(np.int64), 0, grid - 1)
    flat = ij[:, 0] * grid + ij[:, 1]
    density = np.bincount(flat, minlength=grid * grid).reshape(grid, grid)
    field = np.fft.ifft2(np.fft.fft2(density, s=(2 * grid, 2 * grid)) * kernel_fft)
    field = field[:grid, :grid].ravel()[flat] / cell  # the kernel is in cells; forces in units
    return np.column_stack([field.real, field.imag])


def _attraction(pos, src, dst, n: int):
    """Fruchterman-Reingold spring force d * |d| pulling the two ends of every edge together."""
    import numpy as np

    delta = pos[dst] - pos[src]
    pull = delta * np.hypot(delta[:, 0], delta[:, 1])[:, None]
    out = np.empty((n, 2))
    for axis in (0, 1):
        out[:, axis] = np.bincount(src, pull[:, axis], n) - np.bincount(dst, pull[:, axis], n)
    return out


# --------------------------------------------------------------------------------------------
# The page. Placeholders are @@KG_NAME@@, filled in one pass by render_page.
# --------------------------------------------------------------------------------------------

_TEMPLATE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="generator" content="kg (knowledge graph from the news)">
<meta http-equiv="Content-Security-Policy" content="@@KG_CSP@@">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>@@KG_TITLE@@</title>
<style>@@KG_VIS_CSS@@</style>
<style>@@KG_PAGE_CSS@@</style>
</head>
<body>
<header id="kg-header">
  <h1 id="kg-title">@@KG_TITLE@@</h1>
  <div id="kg-find">
    <input id="kg-search" type="search" placeholder="Find an entity or alias" autocomplete="off"
      spellcheck="false" aria-label="Find an entity by name or alias" aria-controls="kg-results">
    <div id="kg-results" role="listbox" hidden></div>
  </div>
  <button id="kg-physics" type="button"></button>
  <button id="kg-fit" type="button">Fit view</button>
  <span id="kg-status" aria-live="polite"></span>
</header>
<main id="kg-main">
  <aside id="kg-filters">
    <fieldset id="kg-types"><legend>Entity types</legend></fieldset>
    <fieldset id="kg-relations"><legend>Relations</legend>
      <div class="kg-all"><button type="button" data-all="1">all</button>
        <button type="button" data-all="0">none</button></div>
    </fieldset>
    <p class="kg-help">Arrows point from subject to object; thicker edges are more certain.
      Click an entity for its facts, an empty spot to clear.</p>
  </aside>
  <div id="kg-net"></div>
  <aside id="kg-panel" aria-live="polite"><p class="kg-hint">Click an entity or a relation
    to see the facts and the sentences they come from.</p></aside>
</main>
<noscript>This page needs JavaScript to draw the graph.</noscript>
<script type="application/json" id="kg-data">@@KG_DATA@@</script>
<script>@@KG_VIS_JS@@</script>
<script>@@KG_APP_JS@@</script>
</body>
</html>
"""

_PAGE_CSS = """
*{box-sizing:border-box}
html,body{margin:0;height:100%;font:14px/1.4 system-ui,-apple-system,"Segoe UI",sans-serif;
  color:#222;background:#fff}
body{display:flex;flex-direction:column}
#kg-header{display:flex;gap:.75rem;align-items:center;padding:.4rem .75rem;
  border-bottom:1px solid #ddd;flex-wrap:wrap}
#kg-title{font-size:1.1rem;margin:0;max-width:30%;overflow:hidden;text-overflow:ellipsis;
  white-space:nowrap}
#kg-find{position:relative}
#kg-search{width:18rem;padding:.3rem .5rem}
#kg-results{position:absolute;z-index:10;top:100%;left:0;width:24rem;max-height:20rem;
  overflow:auto;background:#fff;border:1px solid #ccc;box-shadow:0 2px 6px rgba(0,0,0,.15)}
#kg-results button{display:block;width:100%;text-align:left;border:0;background:none;
  padding:.3rem .5rem;cursor:pointer;font:inherit}
#kg-results button:hover,#kg-results button:focus{background:#eef3fb}
#kg-results .kg-alias{color:#666;font-size:.85em}
#kg-status{color:#555;font-size:.9em;margin-left:auto}
#kg-main{flex:1;display:flex;min-height:0}
#kg-filters{width:13rem;overflow:auto;padding:.5rem;border-right:1px solid #ddd;font-size:.9em}
#kg-filters fieldset{border:1px solid #ddd;margin:0 0 .6rem;padding:.3rem .5rem}
#kg-filters label{display:flex;gap:.35rem;align-items:center;white-space:nowrap}
#kg-filters .kg-count{color:#777;margin-left:auto}
#kg-filters .kg-symbol{font-size:1.1em;width:1.1em;text-align:center}
.kg-all{margin-bottom:.2rem}.kg-all button{font-size:.8em}
.kg-help{color:#666}
#kg-net{flex:1;min-width:0;position:relative}
#kg-panel{width:24rem;overflow:auto;padding:.5rem .75rem;border-left:1px solid #ddd}
#kg-panel h2{font-size:1.1rem;margin:.2rem 0;overflow-wrap:anywhere}
#kg-panel .kg-meta,#kg-panel .kg-aliases{color:#555;margin:.2rem 0;overflow-wrap:anywhere}
#kg-panel ol{padding-left:1.2rem}
#kg-panel li{margin:.5rem 0}
#kg-panel blockquote{margin:.2rem 0;padding:.2rem .5rem;border-left:3px solid #ccd;
  background:#f7f7fa;overflow-wrap:anywhere}
.kg-fact-meta{color:#666;font-size:.85em;overflow-wrap:anywhere}
.kg-rel{font-style:italic;color:#2b6cb0}
.kg-link{border:0;background:none;padding:0;color:#2b6cb0;text-decoration:underline;
  cursor:pointer;font:inherit;overflow-wrap:anywhere;text-align:left}
.kg-hint,.kg-more{color:#666}
div.vis-tooltip{white-space:normal;max-width:26rem;font:13px/1.35 system-ui,sans-serif}
.kg-tip-head{font-weight:600}
.kg-tip-fact{margin-top:.3rem}
.kg-tip-meta{color:#666;font-size:.9em}
"""

_APP_JS = r"""
(function () {
  "use strict";
  // Everything from the graph is untrusted text: it is shown with textContent and DOM calls only.
  var DATA = JSON.parse(document.getElementById("kg-data").textContent);
  var N = DATA.nodes.length, M = DATA.edges.length;
  var BIG = N > 2000 || M > 4000;
  var MAX_PANEL_FACTS = 200, MAX_LABEL = 48;

  function $(id) { return document.getElementById(id); }
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function clip(s, n) { s = String(s); return s.length > n ? s.slice(0, n - 1) + "\u2026" : s; }
  function pct(x) { return Number(x || 0).toFixed(2); }

  var typeStyle = {};
  DATA.types.forEach(function (t) { typeStyle[t.name] = t; });

  // Edges touching each node, and lower-cased names for search.
  var adj = DATA.nodes.map(function () { return []; });
  DATA.edges.forEach(function (e, i) {
    adj[e.from].push(i);
    if (e.to !== e.from) adj[e.to].push(i);
  });
  var names = DATA.nodes.map(function (n) {
    return [n.label].concat(n.aliases).map(function (s) { return s.toLowerCase(); });
  });

  // One tooltip element shared by every node and edge, filled in when hovered. vis-network
  // appends an Element title as is (a string title would also be text, but an element is
  // unambiguous and lets us structure it).
  var tip = el("div", null, "kg-tip");

  var visNodes = DATA.nodes.map(function (n, i) {
    // Size from degree, set directly: vis's "value" scaling rescans every node on each data change.
    var item = {id: i, label: clip(n.label, MAX_LABEL), group: n.type, title: tip,
                size: Math.min(28, 9 + 3 * Math.log2(1 + adj[i].length))};
    if (n.x !== undefined) { item.x = n.x; item.y = n.y; }
    return item;
  });
  var pairCount = {};
  var visEdges = DATA.edges.map(function (e, i) {
    var item = {id: "e" + i, from: e.from, to: e.to, label: e.relation,
                width: 1 + 2.5 * e.confidence, title: tip};
    // Several relations between the same two entities: bend them apart so labels stay legible.
    var pair = e.from < e.to ? e.from + "|" + e.to : e.to + "|" + e.from;
    var k = pairCount[pair] = (pairCount[pair] || 0) + 1;
    if (k > 1) item.smooth = {enabled: true, type: k % 2 ? "curvedCW" : "curvedCCW",
                              roundness: 0.2 * Math.floor(k / 2)};
    return item;
  });

  var groups = {};
  DATA.types.forEach(function (t) {
    groups[t.name] = {shape: t.shape, color: {background: t.color, border: t.color,
      highlight: {background: t.color, border: "#111"}, hover: {background: t.color, border: "#111"}}};
  });

  var nodes = new vis.DataSet(visNodes);
  var edges = new vis.DataSet(visEdges);
  var options = {
    groups: groups,
    nodes: {shape: "dot", borderWidth: 1, borderWidthSelected: 3,
      font: {size: 14, color: "#222", strokeWidth: 3, strokeColor: "#fff"},
      scaling: {label: {enabled: false, drawThreshold: 6}}},
    edges: {arrows: {to: {enabled: true, scaleFactor: 0.5}},
      color: {color: "#9aa4b1", highlight: "#1f5fa8", hover: "#1f5fa8", inherit: false},
      font: {size: 10, color: "#555", strokeWidth: 2, strokeColor: "#fff", align: "middle"},
      smooth: BIG ? false : {enabled: true, type: "continuous", roundness: 0.3},
      selectionWidth: 2, hoverWidth: 1},
    physics: {enabled: DATA.physics, solver: "barnesHut",
      barnesHut: {gravitationalConstant: -5000, springLength: 130, springConstant: 0.03,
                  avoidOverlap: 0.1},
      stabilization: {enabled: true, iterations: N > 1000 ? 150 : 400, updateInterval: 50}},
    // Hover highlighting redraws everything on each change: too slow for big graphs.
    interaction: {hover: !BIG, tooltipDelay: 200, hideEdgesOnDrag: BIG, hideEdgesOnZoom: BIG,
      keyboard: false, multiselect: false},
    layout: {improvedLayout: DATA.physics && N <= 300, randomSeed: 7}
  };
  var network = new vis.Network($("kg-net"), {nodes: nodes, edges: edges}, options);

  function markReady() { document.body.dataset.ready = "1"; }
  if (DATA.physics && N > 0) {
    network.once("stabilizationIterationsDone", function () { network.once("afterDrawing", markReady); });
  } else if (BIG) {
    network.fit({animation: false});
    network.once("afterDrawing", markReady);
  } else {
    // Label sizes are only measured by the first draw: fit again once they are known, so long
    // labels at the edge are not cut off.
    network.once("afterDrawing", function () {
      network.fit({animation: false});
      network.once("afterDrawing", markReady);
      network.redraw();
    });
  }

  // ---- tooltips ----
  function edgeIndex(id) { return parseInt(String(id).slice(1), 10); }
  function fillTip(kind, id) {
    tip.replaceChildren();
    if (kind === "node") {
      var n = DATA.nodes[id];
      if (!n) return;
      tip.append(el("div", n.label, "kg-tip-head"), el("div", n.type, "kg-tip-meta"));
      if (n.aliases.length) tip.append(el("div", "Also: " + clip(n.aliases.join(", "), 200), "kg-tip-meta"));
      tip.append(el("div", adj[id].length + " relation(s); click for the facts", "kg-tip-meta"));
      return;
    }
    var e = DATA.edges[edgeIndex(id)];
    if (!e) return;
    tip.append(el("div", DATA.nodes[e.from].label + " \u2014 " + e.relation + " \u2192 " +
                  DATA.nodes[e.to].label, "kg-tip-head"));
    e.facts.slice(0, 3).forEach(function (f) {
      var box = el("div", null, "kg-tip-fact");
      box.append(el("div", "\u201c" + clip(f.evidence, 300) + "\u201d"),
                 el("div", factMeta(f), "kg-tip-meta"));
      tip.append(box);
    });
    if (e.facts.length > 3) tip.append(el("div", "+ " + (e.facts.length - 3) + " more", "kg-tip-meta"));
    if (!e.facts.length) tip.append(el("div", "confidence " + pct(e.confidence), "kg-tip-meta"));
  }
  network.on("hoverNode", function (p) { fillTip("node", p.node); });
  network.on("hoverEdge", function (p) { fillTip("edge", p.edge); });
  network.on("showPopup", function (id) { fillTip(typeof id === "number" ? "node" : "edge", id); });

  function docOf(f) { return DATA.docs[f.doc] || {}; }
  function factMeta(f) {
    var d = docOf(f);
    return [d.title, d.source || d.iri, f.date, "confidence " + pct(f.confidence)]
      .filter(function (s) { return s; }).join(" \u00b7 ");
  }

  // ---- filters: hide/show through DataSet.update, sending only what changed ----
  var typeOn = {}, relOn = {};
  var nodeHidden = new Array(N).fill(false), edgeHidden = new Array(M).fill(false);
  var typeBoxes = {}, relBoxes = {};

  // Each DataSet.update makes vis redraw everything, so only changed items are sent, and edges
  // of hidden nodes are left alone (vis does not draw an edge whose end is hidden).
  function applyFilters() {
    var nu = [], eu = [];
    DATA.nodes.forEach(function (n, i) {
      var h = !typeOn[n.type];
      if (h !== nodeHidden[i]) { nodeHidden[i] = h; nu.push({id: i, hidden: h}); }
    });
    DATA.edges.forEach(function (e, i) {
      var h = !relOn[e.relation];
      if (h !== edgeHidden[i]) { edgeHidden[i] = h; eu.push({id: "e" + i, hidden: h}); }
    });
    if (nu.length) nodes.update(nu);
    if (eu.length) edges.update(eu);
    updateStatus();
  }
  function edgeShown(j) {
    var e = DATA.edges[j];
    return !edgeHidden[j] && !nodeHidden[e.from] && !nodeHidden[e.to];
  }
  function setTypeVisible(name, on) {
    typeOn[name] = !!on; if (typeBoxes[name]) typeBoxes[name].checked = !!on; applyFilters();
  }
  function setRelationVisible(name, on) {
    relOn[name] = !!on; if (relBoxes[name]) relBoxes[name].checked = !!on; applyFilters();
  }
  function countBy(items, key) {
    var c = {}; items.forEach(function (x) { c[x[key]] = (c[x[key]] || 0) + 1; }); return c;
  }
  function checkbox(container, text, count, symbol, onChange) {
    var label = el("label"), box = el("input");
    box.type = "checkbox"; box.checked = true;
    box.addEventListener("change", function () { onChange(box.checked); });
    label.append(box);
    if (symbol) { var s = el("span", symbol.symbol, "kg-symbol"); s.style.color = symbol.color; label.append(s); }
    label.append(el("span", text), el("span", count, "kg-count"));
    container.append(label);
    return box;
  }
  var typeCounts = countBy(DATA.nodes, "type"), relCounts = countBy(DATA.edges, "relation");
  DATA.types.forEach(function (t) {
    typeOn[t.name] = true;
    var box = checkbox($("kg-types"), t.name, typeCounts[t.name] || 0, t,
                       function (on) { setTypeVisible(t.name, on); });
    box.dataset.type = t.name;
    typeBoxes[t.name] = box;
  });
  DATA.relations.forEach(function (r) {
    relOn[r] = true;
    var box = checkbox($("kg-relations"), r, relCounts[r] || 0, null,
                       function (on) { setRelationVisible(r, on); });
    box.dataset.relation = r;
    relBoxes[r] = box;
  });
  document.querySelectorAll("#kg-relations [data-all]").forEach(function (b) {
    b.addEventListener("click", function () {
      var on = b.dataset.all === "1";
      DATA.relations.forEach(function (r) { relOn[r] = on; relBoxes[r].checked = on; });
      applyFilters();
    });
  });

  function updateStatus() {
    var shownN = nodeHidden.filter(function (h) { return !h; }).length;
    var shownE = 0;
    for (var j = 0; j < M; j++) if (edgeShown(j)) shownE++;
    $("kg-status").textContent = shownN + " of " + N + " entities \u00b7 " + shownE + " of " + M + " relations";
  }

  // ---- neighbourhood highlight: dim everything else ----
  // Changing the opacity of thousands of items through the DataSets costs several full redraws;
  // instead, after vis has drawn, a translucent white layer covers the canvas and the focused
  // nodes and edges are drawn again on top of it: one redraw, whatever the graph's size.
  var focus = null;  // {nodes: [ids], edges: [ids]} or null
  function drawFocus(ctx) {
    if (!focus) return;
    var body = network.body;
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.fillStyle = "rgba(255,255,255,0.82)";
    ctx.fillRect(0, 0, ctx.canvas.width, ctx.canvas.height);
    ctx.restore();
    focus.edges.forEach(function (j) {
      var e = body.edges["e" + j];
      if (e && e.connected && edgeShown(j)) { e.draw(ctx); e.drawArrows(ctx); }
    });
    var labels = [];
    focus.nodes.forEach(function (i) {
      var n = body.nodes[i];
      if (n && !nodeHidden[i]) {
        var r = n.draw(ctx);
        if (r && r.drawExternalLabel) labels.push(r.drawExternalLabel);
      }
    });
    labels.forEach(function (draw) { draw(); });
  }
  network.on("afterDrawing", drawFocus);
  function setFocus(nodeIds, edgeIds) {
    focus = nodeIds ? {nodes: nodeIds, edges: edgeIds} : null;
    network.redraw();
  }
  function highlightNode(i) {
    var keep = new Set([i]);
    adj[i].forEach(function (j) { keep.add(DATA.edges[j].from); keep.add(DATA.edges[j].to); });
    setFocus(Array.from(keep), adj[i]);
  }

  // ---- side panel ----
  var panel = $("kg-panel");
  function entityRef(id, self) {
    var label = DATA.nodes[id].label;
    if (id === self) return el("strong", label);
    var b = el("button", label, "kg-link");
    b.type = "button";
    b.addEventListener("click", function () { focusNode(id); });
    return b;
  }
  function factItem(e, f, self) {
    var li = el("li"), head = el("div");
    head.append(entityRef(e.from, self), " ", el("span", e.relation, "kg-rel"), " ", entityRef(e.to, self));
    li.append(head);
    if (f.evidence) li.append(el("blockquote", f.evidence));
    li.append(el("div", factMeta(f), "kg-fact-meta"));
    return li;
  }
  function factsOf(edgeIds) {
    var out = [];
    edgeIds.forEach(function (j) {
      var e = DATA.edges[j];
      if (!e.facts.length) out.push([e, {evidence: "", doc: -1, date: null, confidence: e.confidence}]);
      e.facts.forEach(function (f) { out.push([e, f]); });
    });
    out.sort(function (a, b) { return b[1].confidence - a[1].confidence; });
    return out;
  }
  function renderFacts(list, self) {
    panel.append(el("h3", "Facts (" + list.length + ")"));
    var ol = el("ol", null, "kg-facts");
    list.slice(0, MAX_PANEL_FACTS).forEach(function (x) { ol.append(factItem(x[0], x[1], self)); });
    panel.append(ol);
    if (list.length > MAX_PANEL_FACTS) {
      panel.append(el("p", "\u2026 and " + (list.length - MAX_PANEL_FACTS) + " more", "kg-more"));
    }
  }
  function showNode(i) {
    var n = DATA.nodes[i];
    panel.replaceChildren(el("h2", n.label));
    var meta = el("p", null, "kg-meta"), st = typeStyle[n.type] || {};
    var sym = el("span", st.symbol || "", "kg-symbol");
    sym.style.color = st.color || "#888";
    meta.append(sym, " " + n.type + (n.wikidata ? " \u00b7 Wikidata " + n.wikidata : ""));
    panel.append(meta);
    if (n.aliases.length) panel.append(el("p", "Also known as: " + n.aliases.join(", "), "kg-aliases"));
    panel.append(el("p", n.iri, "kg-meta"));
    renderFacts(factsOf(adj[i]), i);
  }
  function showEdge(j) {
    var e = DATA.edges[j];
    panel.replaceChildren(el("h2", e.relation));
    renderFacts(factsOf([j]), -1);
  }
  function selectNode(i) { highlightNode(i); showNode(i); }
  function selectEdge(j) {
    var e = DATA.edges[j];
    setFocus([e.from, e.to], [j]);
    showEdge(j);
  }
  function clearSelection() {
    network.unselectAll();
    setFocus(null);
    panel.replaceChildren(el("p", "Click an entity or a relation to see its facts.", "kg-hint"));
  }
  network.on("click", function (p) {
    if (p.nodes.length) selectNode(p.nodes[0]);
    else if (p.edges.length) selectEdge(edgeIndex(p.edges[0]));
    else clearSelection();
  });

  // ---- search by label or alias ----
  function search(query, limit) {
    var q = String(query).trim().toLowerCase();
    if (!q) return [];
    var exact = [], prefix = [], inside = [];
    for (var i = 0; i < N; i++) {
      var ns = names[i];
      if (ns.indexOf(q) >= 0) exact.push(i);
      else if (ns.some(function (s) { return s.startsWith(q); })) prefix.push(i);
      else if (ns.some(function (s) { return s.indexOf(q) >= 0; })) inside.push(i);
    }
    return exact.concat(prefix, inside).slice(0, limit || 20);
  }
  function focusNode(i) {
    var n = DATA.nodes[i];
    if (!typeOn[n.type]) setTypeVisible(n.type, true);  // never "find" something invisible
    network.selectNodes([i]);
    // Each animation frame is a full redraw: only animate when that is cheap.
    network.focus(i, {scale: Math.max(network.getScale(), 1.0),
                      animation: BIG ? false : {duration: 300}});
    selectNode(i);
    return i;
  }
  var input = $("kg-search"), results = $("kg-results");
  function showResults() {
    var q = input.value, hits = search(q, 15);
    results.replaceChildren();
    hits.forEach(function (i) {
      var n = DATA.nodes[i], b = el("button", n.label);
      b.type = "button"; b.setAttribute("role", "option");
      var ql = q.trim().toLowerCase();
      var alias = n.aliases.filter(function (a) { return a.toLowerCase().indexOf(ql) >= 0; })[0];
      if (alias && n.label.toLowerCase().indexOf(ql) < 0) b.append(" ", el("span", "(" + alias + ")", "kg-alias"));
      b.addEventListener("click", function () { results.hidden = true; focusNode(i); });
      results.append(b);
    });
    if (q.trim() && !hits.length) results.append(el("div", "No entity matches.", "kg-hint"));
    results.hidden = !q.trim();
  }
  input.addEventListener("input", showResults);
  input.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") {
      var hits = search(input.value, 1);
      if (hits.length) { results.hidden = true; focusNode(hits[0]); }
    } else if (ev.key === "Escape") { results.hidden = true; }
  });
  document.addEventListener("click", function (ev) {
    if (!$("kg-find").contains(ev.target)) results.hidden = true;
  });

  // ---- physics and view ----
  var physicsOn = DATA.physics, physicsButton = $("kg-physics");
  function setPhysics(on) {
    physicsOn = !!on;
    if (!physicsOn) network.stopSimulation();
    network.setOptions({physics: {enabled: physicsOn}});
    if (physicsOn) network.startSimulation();
    physicsButton.textContent = physicsOn ? "Freeze layout" : "Resume physics";
    physicsButton.setAttribute("aria-pressed", String(physicsOn));
  }
  physicsButton.textContent = physicsOn ? "Freeze layout" : "Resume physics";
  physicsButton.addEventListener("click", function () { setPhysics(!physicsOn); });
  $("kg-fit").addEventListener("click", function () { network.fit({animation: !BIG}); });

  if (!N) panel.replaceChildren(el("p", "The graph is empty.", "kg-hint"));
  updateStatus();
  window.kgGraph = {network: network, nodes: nodes, edges: edges, data: DATA, search: search,
    focusNode: focusNode, selectNode: selectNode, focused: function () { return focus; }, selectEdge: selectEdge,
    clearSelection: clearSelection, setTypeVisible: setTypeVisible,
    setRelationVisible: setRelationVisible, setPhysics: setPhysics,
    physicsEnabled: function () { return physicsOn; }};
})();
"""
