"""Which part of the graph a page shows: ``kg show --focus/--depth/--relations/--min-degree``,
and the neighbourhoods ``kg serve``'s page asks the store for.

:func:`select_subgraph` works on the projection's networkx graph (:func:`kg.analysis.to_networkx`)
and returns a filtered copy; the focus entity is found by :func:`kg.lookup.find_entities`, the
rule ``kg path`` and ``--param name=`` share. :func:`store_neighbourhood` reads one neighbourhood
from the store itself, for stores too large for one page.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from kg.lookup import find_entities
from kg.rdf import KG_NS


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


# --------------------------------------------------------------------------------------------
# From the store, a neighbourhood at a time (``kg serve``'s page)
# --------------------------------------------------------------------------------------------

#: At most this many entities in one neighbourhood the server sends (a hub of a large archive has
#: tens of thousands of neighbours; a page draws a few hundred legibly) ...
MAX_NEIGHBOURHOOD = 400
#: ... and at most this many facts: those of the entities asked for first, then those between
#: their neighbours.
MAX_NEIGHBOURHOOD_FACTS = 4000
#: Facts read in the store to find the facts between neighbours, at most (the entities with the
#: fewest facts read first): among a hub's 400 biggest neighbours, themselves hubs, there were 92,000
#: to read (7 s). A fact between two hubs left out so is drawn when either is expanded.
FACT_BUDGET = 20000

# Plain patterns, filtered in Python: a UNION with FILTERs on the predicate's string made the
# store's own work five times slower (0.5 s for a hub's 26,000 facts).
_OUTGOING = "SELECT ?x ?p ?y WHERE { %s ?x ?p ?y }"
_INCOMING = "SELECT ?x ?p ?y WHERE { %s ?y ?p ?x }"
_TYPED = ("SELECT ?e WHERE { %s ?e a ?type ; rdfs:label ?label . "
          "FILTER(STRSTARTS(STR(?type), STR(kg:)) && ?type != kg:Document) }")
_FACT_COUNTS = ("SELECT ?x (COUNT(*) AS ?n) WHERE { %s { ?x ?p ?y } UNION { ?y ?p ?x } "
                "FILTER(isIRI(?y) && STRSTARTS(STR(?p), STR(kg:))) } GROUP BY ?x")


@dataclass
class Neighbourhood:
    """What :func:`store_neighbourhood` found: ``graph`` (the projection's graph of the entities
    kept and the facts between them, each node with ``facts``, its number of facts in the whole
    store), ``seeds`` (the entities asked for that the store has), ``found`` (entities in reach,
    of which ``graph`` holds ``limit`` at most) and ``complete`` (False when facts between them
    were left out: :data:`MAX_NEIGHBOURHOOD_FACTS`, :data:`FACT_BUDGET`)."""

    graph: object
    seeds: list
    found: int
    complete: bool


def store_neighbourhood(store, seeds: Iterable[str], *, depth: int = 1, limit: int = MAX_NEIGHBOURHOOD,
                        reason: bool = False, fact_counts=None) -> Neighbourhood:
    """The entities within ``depth`` (0-2) hops of ``seeds`` (IRIs) and the facts between them,
    read from the store through its indexes: nothing else of the graph is loaded, so a
    neighbourhood costs its own facts, whatever the size of the store.

    A fact counts as :func:`kg.analysis.to_networkx` counts one (a relation of the ontology, or a
    ``kg:`` triple between two typed entities) and comes with the same provenance. Hop by hop,
    when more entities are in reach than ``limit`` allows, those linked to the ones before by the
    most facts are kept (then by IRI). Every fact of a seed with a kept entity is there (up to
    :data:`MAX_NEIGHBOURHOOD_FACTS`); the others as far as :data:`FACT_BUDGET` allows, read for
    the entities with the fewest facts first. ``fact_counts`` (IRI -> its number of facts in the
    store, a mapping or a callable; the server keeps them with its name index) saves counting
    them here. IRIs the store does not have are left out.
    """
    from collections import Counter

    from pyoxigraph import NamedNode

    from kg.analysis import project_facts, values_blocks
    from kg.errors import KGError
    from kg.model import RELATIONS

    if depth not in (0, 1, 2):
        raise KGError(f"depth must be 0, 1 or 2, not {depth}")
    relations = set(RELATIONS)
    asked = set(seeds)
    # the seeds the store has: typed entities, or the untyped ends of some fact
    kept = set(_column(store, _TYPED, "e", asked, reason))
    kept |= set(_column(store, _FACT_COUNTS, "x", asked - kept, reason))
    found_seeds = sorted(kept)
    counts = _fact_counts(store, kept, fact_counts, reason)
    budget = {"left": FACT_BUDGET, "complete": True}

    def triples(nodes, budgeted: bool, *, incoming: bool = True):
        """(x, relation, y, x is the subject) for the ``kg:`` triples between an entity ``x`` of
        ``nodes`` and another ``y``; when ``budgeted``, for the nodes with the fewest facts first,
        as far as the budget goes."""
        order = sorted(nodes, key=lambda n: (counts.get(n, 0), n))
        for start in range(0, len(order), 50):
            chunk = order[start:start + 50]
            if budgeted:
                cost = sum(counts.get(n, 0) for n in chunk)
                if cost > budget["left"]:
                    budget["complete"] = False
                    return
                budget["left"] -= cost
            block = next(values_blocks("x", chunk))
            for template, out in ((_OUTGOING, True), (_INCOMING, False)) if incoming else ((_OUTGOING, True),):
                for row in store.query(template % block, reason=reason):
                    x, p, y = row[0], row[1].value, row[2]
                    if p.startswith(KG_NS) and isinstance(y, NamedNode):
                        yield x.value, p[len(KG_NS):], y.value, out

    facts: dict = {}  # (s, relation, o) -> None, in the order found
    unsure: set = set()  # kg: triples not of the ontology: facts only between two typed entities

    def note(s: str, rel: str, o: str) -> None:
        if rel in relations:
            facts.setdefault((s, rel, o), None)
        else:
            unsure.add((s, rel, o))

    found = len(kept)
    frontier = set(kept)
    for hop in range(depth):
        links: Counter = Counter()
        seen = []
        for x, rel, y, out in triples(frontier, budgeted=hop > 0):
            seen.append((x, rel, y) if out else (y, rel, x))
            if y not in kept:
                links[y] += 1
        ranked = sorted(links, key=lambda y: (-links[y], y))
        found += len(ranked)
        frontier = set(ranked[:max(limit - len(kept), 0)])
        kept |= frontier
        counts.update(_fact_counts(store, frontier, fact_counts, reason))
        for s, rel, o in seen:
            if s in kept and o in kept:
                note(s, rel, o)
    # The facts among the entities of the last hop (both ends there): read from their subjects.
    for x, rel, y, _ in triples(frontier, budgeted=True, incoming=False):
        if y in frontier:
            note(x, rel, y)
    if unsure:
        typed = set(_column(store, _TYPED, "e", {n for key in unsure for n in (key[0], key[2])}, reason))
        for s, rel, o in sorted(unsure):
            if s in typed and o in typed:
                facts.setdefault((s, rel, o), None)
    # Up to the cap: the seeds' facts first, then the others; among each, a first fact of every
    # pair of entities before a second of any (so no entity kept is left without a fact).
    seed_set = set(found_seeds)
    nth: Counter = Counter()
    rank = {}
    for key in facts:
        pair = (min(key[0], key[2]), max(key[0], key[2]))
        rank[key] = (not (key[0] in seed_set or key[2] in seed_set), nth[pair])
        nth[pair] += 1
    ordered = sorted(facts, key=rank.__getitem__)
    if len(ordered) > MAX_NEIGHBOURHOOD_FACTS:
        ordered, budget["complete"] = ordered[:MAX_NEIGHBOURHOOD_FACTS], False
    G = project_facts(store, kept, ordered, reason=reason)
    for n in G:
        G.nodes[n]["facts"] = counts.get(n, 0)
    return Neighbourhood(G, found_seeds, found, budget["complete"])


def _column(store, template: str, var: str, iris, reason: bool) -> list[str]:
    from kg.analysis import values_blocks

    return [row[var].value for block in values_blocks(var, iris)
            for row in store.query(template % block, reason=reason)]


def _fact_counts(store, iris, known, reason: bool) -> dict:
    """IRI -> its number of facts in the store: from ``known`` (a mapping or a callable), else
    counted."""
    from kg.analysis import values_blocks

    if known is not None:
        get = known if callable(known) else known.get
        return {n: get(n) or 0 for n in iris}
    out = {}
    for block in values_blocks("x", iris):
        for row in store.query(_FACT_COUNTS % block, reason=reason):
            out[row["x"].value] = int(row["n"].value)
    return out
