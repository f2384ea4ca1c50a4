"""The graph as networkx: a projection of the store, and analytics over it.

:func:`to_networkx` returns an ``nx.MultiDiGraph`` (entities as nodes, facts as edges carrying
their evidence); the page, the notebook and ``kg path`` all start from it.
"""

from __future__ import annotations

from collections import defaultdict

from kg.lookup import find_entities
from kg.rdf import KG_NS, SKOS_NS


def to_networkx(store):
    """Entities and facts of the store as a MultiDiGraph (one edge per subject, relation, object)."""
    import networkx as nx

    g = nx.MultiDiGraph()
    aliases = defaultdict(list)
    for row in store.query(f"SELECT ?e ?alt WHERE {{ ?e <{SKOS_NS}altLabel> ?alt }}"):
        aliases[row["e"].value].append(row["alt"].value)
    wikidata = {row["e"].value: row["w"].value.rsplit("/", 1)[-1]
                for row in store.query("SELECT ?e ?w WHERE { ?e owl:sameAs ?w }")}
    for row in store.query("SELECT ?e ?label ?type WHERE { ?e a ?type ; rdfs:label ?label . "
                           "FILTER(STRSTARTS(STR(?type), STR(kg:)) && ?type != kg:Document) }"):
        iri = row["e"].value
        g.add_node(iri, label=row["label"].value, type=row["type"].value[len(KG_NS):],
                   aliases=sorted(aliases.get(iri, [])), wikidata=wikidata.get(iri))
    rows = store.query(
        "SELECT ?s ?p ?o ?evidence ?conf ?date ?doc ?source ?title WHERE { "
        "?st a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; "
        "kg:evidence ?evidence ; kg:confidence ?conf ; prov:wasDerivedFrom ?doc . "
        "?doc dcterms:source ?source . OPTIONAL { ?doc dcterms:title ?title } "
        "OPTIONAL { ?st dcterms:date ?date } } ORDER BY ?s ?p ?o ?source ?evidence")
    for row in rows:
        s, o, rel = row["s"].value, row["o"].value, row["p"].value[len(KG_NS):]
        fact = {"evidence": row["evidence"].value, "source": row["source"].value, "doc": row["doc"].value,
                "title": row["title"].value if row["title"] else None,
                "date": row["date"].value if row["date"] else None,
                "confidence": float(row["conf"].value)}
        if g.has_edge(s, o, key=rel):
            data = g.edges[s, o, rel]
            if fact not in data["facts"]:
                data["facts"].append(fact)
            data["confidence"] = max(data["confidence"], fact["confidence"])
        else:
            for node in (s, o):
                if node not in g:
                    g.add_node(node, label=node.rsplit("/", 1)[-1], type="Entity", aliases=[], wikidata=None)
            g.add_edge(s, o, key=rel, relation=rel, confidence=fact["confidence"], facts=[fact])
    return g


def find_node(g, name: str) -> str:
    """The first node ``name`` finds by the rule of :mod:`kg.lookup` (label or alias ignoring case
    and spacing, else a unique part of one); EntityNotFound otherwise."""
    return find_entities(g, name)[0]


def centrality(g, top: int = 10) -> list[tuple[str, str, float]]:
    """Most central entities by degree centrality of the undirected simple graph."""
    import networkx as nx

    simple = nx.Graph(g)
    if simple.number_of_nodes() == 0:
        return []
    scores = nx.degree_centrality(simple)
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], g.nodes[kv[0]].get("label", "")))
    return [(n, g.nodes[n].get("label", n), round(score, 4)) for n, score in ranked[:top]]


def communities(g) -> list[list[str]]:
    """Groups of entities more linked to each other than to the rest (greedy modularity)."""
    import networkx as nx
    from networkx.algorithms.community import greedy_modularity_communities

    simple = nx.Graph(g)
    simple.remove_nodes_from([n for n in list(simple) if simple.degree(n) == 0])
    if simple.number_of_edges() == 0:
        return []
    groups = greedy_modularity_communities(simple)
    return [sorted(g.nodes[n].get("label", n) for n in group) for group in groups]


def connection(g, a: str, b: str) -> list[dict]:
    """How two entities connect: the shortest path (ignoring direction), each hop with the
    relation as stated (its direction) and the evidence behind it. ``a`` and ``b`` are names,
    found by the rule of :mod:`kg.lookup` (EntityNotFound when one finds nothing)."""
    import networkx as nx

    sources, targets = find_entities(g, a), find_entities(g, b)
    undirected = nx.Graph(g)
    nodes = None
    # A name may find several entities (an organization and a product called "Apple"): the
    # shortest chain between any of the one and any of the other, the first of equal ones.
    for src in sources:
        for dst in targets:
            try:
                path = nx.shortest_path(undirected, src, dst)
            except nx.NetworkXNoPath:
                continue
            if nodes is None or len(path) < len(nodes):
                nodes = path
    if nodes is None:
        return []
    hops = []
    for u, v in zip(nodes, nodes[1:]):
        edges = [(u, v, k, d) for k, d in g.get_edge_data(u, v, default={}).items()] + \
                [(v, u, k, d) for k, d in g.get_edge_data(v, u, default={}).items()]
        s, o, rel, data = max(edges, key=lambda e: e[3]["confidence"])
        hops.append({"subject": g.nodes[s]["label"], "relation": rel, "object": g.nodes[o]["label"],
                     "confidence": data["confidence"], "facts": data["facts"]})
    return hops
