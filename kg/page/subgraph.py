"""Which part of the graph a page shows: ``kg show --focus/--depth/--relations/--min-degree``.

Works on the projection's networkx graph (:func:`kg.analysis.to_networkx`) and returns a filtered
copy; the focus entity is found by :func:`kg.lookup.find_entities`, the rule ``kg path`` and
``--param name=`` share.
"""

from __future__ import annotations

from collections.abc import Iterable

from kg.lookup import find_entities


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
    3. ``focus``: keep the entities within ``depth`` hops (ignoring direction) of the entities
       ``focus`` names, by the rule of :mod:`kg.lookup`: its label or alias, ignoring case and
       spacing; if none, a unique part of one. No match raises EntityNotFound with close matches.

    The copy has new node/edge attribute dicts, and new lists for ``aliases`` and ``facts``.
    """
    import networkx as nx

    from kg.errors import KGError

    if depth < 0:
        raise KGError(f"depth must be 0 or more, not {depth}")
    keep_edge = relation_predicate(G, relations)
    seeds = set(find_entities(G, focus)) if focus is not None else set()

    degree = dict.fromkeys(G, 0)
    for u, v, k, data in edges(G):
        if keep_edge(k, data):
            degree[u] += 1
            degree[v] += 1
    nodes = {n for n, d in degree.items() if d >= min_degree} | seeds

    if focus is not None:
        nodes = within_hops(G, seeds, depth, nodes, keep_edge)

    H = nx.MultiDiGraph() if G.is_directed() else nx.MultiGraph()
    H.graph.update(G.graph)
    for n in G:  # iterate G, not the set, so the copy keeps G's node order
        if n in nodes:
            H.add_node(n, **copy_attrs(G.nodes[n]))
    for u, v, k, data in edges(G):
        if u in nodes and v in nodes and keep_edge(k, data):
            H.add_edge(u, v, key=k, **copy_attrs(data))
    return H


def edges(G):
    """(u, v, key, data) for every edge, whether or not G is a multigraph."""
    if G.is_multigraph():
        return G.edges(keys=True, data=True)
    return ((u, v, d.get("relation"), d) for u, v, d in G.edges(data=True))


def relation_predicate(G, relations):
    """``keep(key, data)``: whether an edge's relation is one of ``relations`` (None: every edge).
    Names that are neither the ontology's relations nor in ``G`` raise KGError."""
    from kg.errors import KGError
    from kg.model import RELATIONS

    if relations is None:
        return lambda key, data: True
    if isinstance(relations, str):  # "founded" means ["founded"], not its letters
        relations = [relations]
    wanted = set(relations)
    known = set(RELATIONS) | {relation_name(k, d) for _, _, k, d in edges(G)}
    unknown = sorted(wanted - known)
    if unknown:
        raise KGError(
            f"unknown relation(s): {', '.join(unknown)}; known relations are "
            f"{', '.join(sorted(known))}"
        )
    return lambda key, data: relation_name(key, data) in wanted


def within_hops(G, seeds, depth, allowed, keep_edge):
    """Nodes of ``allowed`` reachable from ``seeds`` in at most ``depth`` hops, either direction."""
    neighbours: dict = {}
    for u, v, k, data in edges(G):
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


def copy_attrs(attrs: dict) -> dict:
    """Copy an attribute dict two levels deep (lists of names, lists of fact dicts)."""
    out = {}
    for key, value in attrs.items():
        if isinstance(value, list):
            value = [dict(x) if isinstance(x, dict) else x for x in value]
        elif isinstance(value, dict):
            value = dict(value)
        out[key] = value
    return out


def relation_name(key, data) -> str:
    """An edge's relation: its ``relation`` attribute, else its key."""
    return str(data.get("relation") or key or "related")
