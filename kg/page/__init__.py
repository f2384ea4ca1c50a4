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

The package's rooms:

* :mod:`kg.page.render`: ``render_page`` (the data as escaped JSON, inlined with the template,
  CSS and script, which are files beside it: ``template.html``, ``page.css``, ``page.js``),
  ``served_page`` (the same page started empty, which asks ``kg serve`` for what it shows),
  ``iframe_html`` and ``display_inline`` for notebooks;
* :mod:`kg.page.subgraph`: ``select_subgraph`` (``kg show --focus/--depth/--relations/
  --min-degree``) and ``store_neighbourhood`` (a neighbourhood read from the store, for
  ``kg serve``);
* :mod:`kg.page.layout`: ``compute_layout`` (positions computed in Python);
* the name lookup they use, shared with ``kg path`` and ``--param name=``, is :mod:`kg.lookup`.
"""

from kg.lookup import find_entities
from kg.page.layout import EXACT_LAYOUT_BELOW, compute_layout
from kg.page.render import (
    CSP,
    TYPE_STYLES,
    check_page_size,
    display_inline,
    iframe_html,
    render_page,
)
from kg.page.subgraph import select_subgraph

__all__ = [
    "CSP",
    "EXACT_LAYOUT_BELOW",
    "TYPE_STYLES",
    "check_page_size",
    "compute_layout",
    "display_inline",
    "find_entities",
    "iframe_html",
    "render_page",
    "select_subgraph",
]
