"""The page itself: the graph's data as escaped JSON, inlined with the template, CSS and script.

The template (``template.html``), the page's CSS (``page.css``) and its script (``page.js``) are
package data beside this module; vis-network's JS and CSS come from the files pyvis pins. All of
them are read once and inlined by :func:`render_page`, so the page is one file that loads nothing.
The template's placeholders are ``@@KG_NAME@@``:

======== ======================================================================
CSP      :data:`CSP`, escaped for an attribute
TITLE    the title, escaped
VIS_CSS  vis-network's CSS            PAGE_CSS  ``page.css``
DATA     the graph (:func:`payload`) as JSON that cannot end its ``<script>``
VIS_JS   vis-network's script         APP_JS    ``page.js``
======== ======================================================================

filled in one pass, so text inside a substituted part (a label spelling ``@@KG_DATA@@``) is never
itself substituted. The data the script reads (``payload``): ``nodes`` (iri, label, type,
aliases, wikidata, x, y), ``edges`` (from, to: indexes into nodes; relation, confidence, facts:
each a list [evidence, doc: an index into docs, date, confidence]), ``docs`` (iri, source, title, kind: one of
:data:`FACT_KINDS`), ``types``
(the styles of the types present), ``relations`` (those present, in the ontology's order) and
``physics`` (whether the page lays the graph out itself). ``kg serve``'s page (:func:`served_page`)
also has ``served`` (where to ask for more: its search and neighbourhood endpoints, and the
store's number of entities), and the nodes it fetches ``facts`` (their number of facts in the
store).
"""

from __future__ import annotations

import functools
import html
import json
import math
import re

from kg.lookup import entity_label
from kg.page.layout import compute_layout
from kg.page.subgraph import edges, relation_name

#: Colour and vis-network shape of each entity type, plus a legend symbol drawing that shape.
#: Shapes differ as well as colours so the legend still works for colour-blind readers.
TYPE_STYLES = {
    "Person": {"color": "#4e79a7", "shape": "dot", "symbol": "\u25cf"},
    "Organization": {"color": "#f28e2b", "shape": "square", "symbol": "\u25a0"},
    "Product": {"color": "#59a14f", "shape": "triangle", "symbol": "\u25b2"},
    "Place": {"color": "#b07aa1", "shape": "diamond", "symbol": "\u25c6"},
    "Entity": {"color": "#8c8c8c", "shape": "hexagon", "symbol": "\u2b22"},
}

#: The colours of the largest communities (Tableau 10, then two more), in order of size; the
#: smaller ones share :data:`OTHER_COMMUNITY_COLOUR`. Shapes still tell the types apart.
COMMUNITY_COLOURS = ("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1",
                     "#ff9da7", "#9c755f", "#17becf", "#bcbd22", "#7f3c8d")
OTHER_COMMUNITY_COLOUR = "#bab0ac"

#: Where a fact comes from (:mod:`kg.analysis`): a document, an imported file, an update, kg reason.
FACT_KINDS = ("document", "import", "asserted", "inferred")

#: The page may load nothing: no script, style, font or image from anywhere but itself.
#: base-uri and form-action are not covered by default-src, so they are closed explicitly.
CSP = (
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
    "img-src data:; base-uri 'none'; form-action 'none'"
)

#: kg serve's page (:func:`served_page`) may fetch from its own origin (the loopback server that
#: served it: the neighbourhoods it asks for) and nothing else.
SERVED_CSP = CSP.replace("default-src 'none';", "default-src 'none'; connect-src 'self';")

#: More entities than this make a page too heavy to open (about 1 MB of HTML per 1,000 entities
#: with two relations each, so some 95 MB; parsing and drawing grow with it): ``kg show`` refuses with PageTooLarge and offers --focus or kg serve, and
#: render_page writes a page saying so instead (what ``kg build`` writes as graph.html).
MAX_PAGE_ENTITIES = 100_000

#: The page's own files (package data of kg.page).
TEMPLATE_FILE, CSS_FILE, SCRIPT_FILE = "template.html", "page.css", "page.js"

_VIS_DIR = "lib/vis-9.1.2"
_PLACEHOLDER = re.compile(r"@@KG_([A-Z_]+)@@")
_SURROGATE = re.compile("[\ud800-\udfff]")


def render_page(G, title: str = "Knowledge graph", *, layout: bool = True,
                communities: bool = True) -> str:
    """Return one self-contained HTML document that draws ``G`` with vis-network.

    ``G`` is the projection's MultiDiGraph (the package docstring describes what it holds).
    With ``layout=True`` positions are computed here and the page starts with physics off, which
    is what makes thousands of nodes interactive in seconds; with ``layout=False`` vis-network
    runs its own physics simulation (fine for a few hundred nodes). With ``communities`` the
    groups of :func:`kg.analysis.community_groups` go in the data (the page's "colour by
    community" option).
    """
    if G.number_of_nodes() > MAX_PAGE_ENTITIES:
        return too_large_page(G, title)
    from kg.analysis import community_groups

    # the communities, found once: the layout groups them, the page can colour them
    groups = community_groups(G) if (layout or communities) and G.number_of_edges() else []
    positions = compute_layout(G, groups=groups) if layout else None
    return document(payload(G, positions, communities=communities, groups=groups), title, CSP)


def served_page(title: str = "Knowledge graph", *, entities: int = 0,
                search: str = "/api/search", neighbourhood: str = "/api/neighbourhood") -> str:
    """The page ``kg serve`` serves for a store of any size: the same page, started with no data,
    whose search box asks the server (``search``) and which fetches each neighbourhood it shows
    (``neighbourhood``; the endpoints of :mod:`kg.serve`). ``entities``: how many the store has
    (the status line says so). Its CSP is the page's, but for fetching from its own origin
    (:data:`SERVED_CSP`)."""
    from kg.model import RELATIONS

    data = {
        "physics": False,
        "types": [dict(name=t, **style) for t, style in TYPE_STYLES.items()],
        "relations": list(RELATIONS),
        "nodes": [],
        "edges": [],
        "docs": [],
        "communities": [],
        "served": {"search": search, "neighbourhood": neighbourhood, "entities": int(entities)},
    }
    return document(data, title, SERVED_CSP)


def document(data: dict, title: str, csp: str) -> str:
    """The page: the template with ``data`` (the :func:`payload` format) and the assets inlined."""
    template, page_css, page_js = page_assets()
    vis_js, vis_css = vis_assets()
    parts = {
        "CSP": html_text(csp),
        "TITLE": html_text(title or "Knowledge graph"),
        "VIS_CSS": vis_css,
        "PAGE_CSS": page_css,
        "DATA": json_for_script(data),
        "VIS_JS": vis_js,
        "APP_JS": page_js,
    }
    # One pass, so text inside a substituted part (say, a label spelling "@@KG_DATA@@") is never
    # itself substituted.
    return _PLACEHOLDER.sub(lambda m: parts[m.group(1)], template)


def check_page_size(G, *, focus: str | None = None, depth: int | None = None) -> None:
    """PageTooLarge when ``G`` has more entities than :data:`MAX_PAGE_ENTITIES` (``kg show``)."""
    from kg.errors import PageTooLarge

    if G.number_of_nodes() > MAX_PAGE_ENTITIES:
        raise PageTooLarge(G.number_of_nodes(), MAX_PAGE_ENTITIES, focus=focus, depth=depth)


def stored_entities(store) -> int:
    """How many typed entities the store holds, from its counts (a lookup in the embedded store):
    a graph with more than :data:`MAX_PAGE_ENTITIES` of them is refused before it is projected
    (projecting 120,000 entities to find that out took 24 s)."""
    from kg.model import ENTITY_TYPES

    counts = store.graph_counts()
    return sum(counts.classes.get(t, 0) for t in ENTITY_TYPES)


def check_store_size(store) -> None:
    """PageTooLarge, before anything is projected, when the store's own counts already pass
    :data:`MAX_PAGE_ENTITIES` (``kg show`` of the whole graph)."""
    from kg.errors import PageTooLarge

    entities = stored_entities(store)
    if entities > MAX_PAGE_ENTITIES:
        raise PageTooLarge(entities, MAX_PAGE_ENTITIES)


def too_large_page(G, title: str) -> str:
    """A small page that says the graph is too large for one page and what to run instead (what
    render_page returns over :data:`MAX_PAGE_ENTITIES`; same CSP, no script). ``G``: the graph,
    or its number of entities."""
    from kg.errors import PageTooLarge

    entities = G if isinstance(G, int) else G.number_of_nodes()
    message = str(PageTooLarge(entities, MAX_PAGE_ENTITIES))
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{html_text(CSP)}">'
        f"<title>{html_text(title or 'Knowledge graph')}</title></head>"
        '<body style="font:16px/1.5 system-ui,sans-serif;max-width:48rem;margin:3rem auto">'
        f"<h1>{html_text(title or 'Knowledge graph')}</h1><p id=\"kg-too-large\">{html_text(message)}.</p>"
        "</body></html>\n"
    )


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
    label = html_text(title or "Knowledge graph")
    return (
        f'<iframe srcdoc="{html.escape(page, quote=True)}" sandbox="allow-scripts" '
        f'title="{label}" style="width:100%;height:{int(height)}px;border:1px solid #ddd">'
        "</iframe>"
    )


# --------------------------------------------------------------------------------------------
# Page data
# --------------------------------------------------------------------------------------------


def payload(G, positions, *, communities: bool = True, groups=None) -> dict:
    """The JSON the page script reads (the module docstring lists it). Nodes are referred to by
    their index in ``nodes``; ``positions`` is ``{node: (x, y)}`` or None (the page lays out);
    ``groups``: the communities when already found (:func:`kg.analysis.community_groups`)."""
    from kg.model import RELATIONS

    index = {}
    nodes = []
    for n, attrs in G.nodes(data=True):
        index[n] = len(nodes)
        nodes.append(node_record(n, attrs, positions))
    clusters = community_records(G, nodes, index, groups) if communities else []

    docs: dict[tuple, int] = {}  # one entry per document, not one copy per fact
    records = [
        edge_record(index[u], index[v], k, data, docs) for u, v, k, data in edges(G)
    ]
    rank = {r: i for i, r in enumerate(RELATIONS)}
    relations = sorted({e["relation"] for e in records}, key=lambda r: (rank.get(r, 99), r))
    present = {n["type"] for n in nodes}
    types = [dict(name=t, **style) for t, style in TYPE_STYLES.items() if t in present]
    return {
        "physics": positions is None,
        "types": types,
        "relations": relations,
        "nodes": nodes,
        "edges": records,
        "docs": [doc_record(*key) for key in docs],
        "communities": clusters,
    }


def doc_record(iri, source, title, kind, url=None) -> dict:
    """One document (or import, update, inference) of the page's data; a document gets ``href``,
    the link of its source (:func:`source_link`) when it has one."""
    record = {"iri": iri, "source": source, "title": title, "kind": kind}
    href = source_link(url, source) if kind == "document" else None
    if href:
        record["href"] = href
    return record


_WEB_URL = re.compile(r"^https?://[^\s\x00-\x1f\x7f]+$", re.IGNORECASE)


def source_link(url, source) -> str | None:
    """Where a document's source link points: the article's URL when it is an http(s) URL (a
    JSON Lines ``url``, or a source that is one), else the source file as a ``file:`` URI when the
    path is absolute or names a file from the folder ``kg show`` runs in; None otherwise (the path
    is still shown, as text). Never any other scheme, so a link cannot run script."""
    import os
    from pathlib import Path

    for candidate in (url, source):
        if candidate and _WEB_URL.match(candidate):
            return candidate
    if not source or "\x00" in source or _WEB_URL.match(source) or re.match(r"^[a-z][a-z0-9+.-]*:", source, re.I):
        return None
    try:
        path = Path(source)
        if path.is_absolute() or os.path.exists(path):
            return path.resolve().as_uri()
    except (OSError, ValueError):
        return None
    return None


def community_records(G, nodes: list[dict], index: dict, groups=None) -> list[dict]:
    """The communities of ``G`` (:func:`kg.analysis.community_groups`, largest first), each
    ``{name, size, color}`` (name: its most connected entity's label); each node record in one
    gets ``c``, the community's index (entities without facts have none). ``groups``: the
    communities when already found."""
    from kg.analysis import community_groups

    records = []
    for k, group in enumerate(community_groups(G) if groups is None else groups):
        hub = max(group, key=lambda n: (G.degree(n), -index[n]))
        for n in group:
            nodes[index[n]]["c"] = k
        colour = COMMUNITY_COLOURS[k] if k < len(COMMUNITY_COLOURS) else OTHER_COMMUNITY_COLOUR
        records.append({"name": nodes[index[hub]]["label"], "size": len(group), "color": colour})
    return records


def node_record(n, attrs, positions) -> dict:
    """One entity of the page's data."""
    kind = attrs.get("type")
    record = {
        "iri": clean_text(n),
        "label": clean_text(entity_label(n, attrs)),
        "type": kind if kind in TYPE_STYLES else "Entity",
        "aliases": [clean_text(a) for a in (attrs.get("aliases") or []) if a],
        "wikidata": clean_text(attrs.get("wikidata")) or None,
    }
    if positions is not None:
        record["x"], record["y"] = positions[n]
    return record


def edge_record(u: int, v: int, key, data: dict, docs: dict) -> dict:
    """One edge of the page's data; its facts' documents are numbered in ``docs`` as they come."""
    facts = []
    for fact in data.get("facts") or []:
        doc_key = tuple(clean_text(fact.get(f)) or None for f in ("doc", "source", "title")) + (
            fact.get("kind") if fact.get("kind") in FACT_KINDS else "document", clean_text(fact.get("url")) or None)
        # [evidence, doc, date, confidence]: a list, not an object, saves ~40 bytes a fact (3 MB
        # at 80,000 facts); the script makes objects of them as it reads the data.
        facts.append(
            [
                clean_text(fact.get("evidence")),
                docs.setdefault(doc_key, len(docs)),
                clean_text(fact.get("date")) or None,
                confidence_value(fact.get("confidence")),
            ]
        )
    confidence = data.get("confidence")
    if confidence is None and facts:
        confidence = max(f[3] for f in facts)
    return {
        "from": u,
        "to": v,
        "relation": clean_text(relation_name(key, data)),
        "confidence": confidence_value(confidence),
        "facts": facts,
    }


def confidence_value(value) -> float:
    """A confidence for the page: a number in [0, 1] with three decimals (0.0 if none)."""
    try:
        x = float(value)
    except (TypeError, ValueError):
        return 0.0
    return round(min(max(x, 0.0), 1.0), 3) if math.isfinite(x) else 0.0


def clean_text(value) -> str:
    """Text that can be written as UTF-8: lone surrogates (from badly decoded input) become U+FFFD."""
    if value is None:
        return ""
    return _SURROGATE.sub("\ufffd", str(value))


def html_text(value) -> str:
    """Text for an HTML attribute or element: escaped, and ASCII (U+2028 and the like become
    character references) so it reads the same in any encoding."""
    escaped = html.escape(clean_text(value), quote=True)
    return escaped.encode("ascii", "xmlcharrefreplace").decode("ascii")


def json_for_script(obj) -> str:
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
def vis_assets() -> tuple[str, str]:
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


@functools.lru_cache(maxsize=1)
def page_assets() -> tuple[str, str, str]:
    """The page's own template, CSS and script (package data of kg.page), checked for inlining:
    the script and the CSS cannot end or alter the element that holds them, and the template
    holds every placeholder render_page fills and no other."""
    from importlib.resources import files

    base = files("kg.page")
    template, css, js = (
        (base / name).read_text(encoding="utf-8") for name in (TEMPLATE_FILE, CSS_FILE, SCRIPT_FILE)
    )
    if re.search(r"</script|<!--|<script", js, re.IGNORECASE):
        raise RuntimeError(f"{SCRIPT_FILE} cannot be inlined: it spells a script tag or '<!--'")
    if re.search(r"</style", css, re.IGNORECASE):
        raise RuntimeError(f"{CSS_FILE} cannot be inlined: it spells '</style'")
    found = set(_PLACEHOLDER.findall(template))
    expected = {"CSP", "TITLE", "VIS_CSS", "PAGE_CSS", "DATA", "VIS_JS", "APP_JS"}
    if found != expected:
        raise RuntimeError(f"{TEMPLATE_FILE} has placeholders {sorted(found)}, not {sorted(expected)}")
    return template, css, js
