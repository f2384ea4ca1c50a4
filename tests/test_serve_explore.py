"""kg serve's explorer: a page that asks the store for what it shows (stores too large for a page).

The endpoints are checked row by row against the whole projection of the same store
(:func:`kg.analysis.to_networkx`): the search against the lookup's order, each neighbourhood
against the projection's subgraph within so many hops, fact by fact. A real server on a free
loopback port answers them (in this process, so no spaCy model is loaded twice). The page itself
is driven in headless Chromium: search by an alias, the neighbourhood drawn, a neighbour expanded,
no request leaving loopback, hostile names shown as text.
"""

from __future__ import annotations

import contextlib
import json
import threading
import urllib.error
import urllib.parse
import urllib.request

import networkx as nx
import pytest

from kg.lookup import fold

try:
    import browser_util as bu
except ImportError:  # tests/ imported as a package
    from tests import browser_util as bu


@contextlib.contextmanager
def serving(out, store=None):
    """A kg serve server of ``out`` on a free loopback port, serving in a thread: yields its base URL,
    then shuts the server down and closes its socket."""
    from kg.serve import make_server

    server = make_server(out, store or out / "store", port=0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def served(seeds_out):
    with serving(seeds_out) as base:
        yield base


@pytest.fixture(scope="module")
def graph(seeds_out):
    """The whole projection of the same store: what every answer is checked against."""
    from kg.analysis import to_networkx
    from kg.store import open_store

    with open_store(seeds_out / "store", read_only=True) as st:
        return to_networkx(st)


def get(base: str, path: str, params: dict | None = None, headers: dict | None = None):
    """(status, headers, body as JSON when it is JSON, else text)."""
    url = base + path.lstrip("/") + ("?" + urllib.parse.urlencode(params, doseq=True) if params else "")
    req = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            status, hdrs, body = r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        status, hdrs, body = e.code, e.headers, e.read()
    if hdrs.get("Content-Type", "").startswith("application/json"):
        return status, hdrs, json.loads(body)
    return status, hdrs, body.decode("utf-8")


# ---- the endpoints, row by row -------------------------------------------------------------------


def expected_search(G, query: str, limit: int = 15) -> list[tuple]:
    """The lookup's order: names equal to the query (folded), then starting with it, then
    containing it; the most connected first among each, then by label, then IRI."""
    q = fold(query)
    ranked = []
    for n, d in G.nodes(data=True):
        if d["type"] == "Entity":  # (untyped ends of a fact have no name to find)
            continue
        names = [fold(d["label"])] + [fold(a) for a in d["aliases"]]
        klass = min((0 if s == q else 1 if s.startswith(q) else 2 for s in names if q in s), default=None)
        if klass is not None:
            ranked.append(((klass, -G.degree(n), fold(d["label"]), n), (n, d["label"], d["type"], G.degree(n))))
    return [row for _, row in sorted(ranked)[:limit]]


@pytest.mark.parametrize("query", ["Twitter", "musk", "open", "a", "  SAM   altman ", "zzz-nothing"])
def test_search_answers_in_the_lookup_order(served, graph, query):
    status, headers, answer = get(served, "api/search", {"q": query})
    assert status == 200 and headers["Content-Type"] == "application/json; charset=utf-8"
    assert headers["X-Content-Type-Options"] == "nosniff" and "Access-Control-Allow-Origin" not in headers
    assert answer["entities"] == sum(1 for _, d in graph.nodes(data=True) if d["type"] != "Entity")
    got = [(r["iri"], r["label"], r["type"], r["facts"]) for r in answer["results"]]
    assert got == expected_search(graph, query)
    q = fold(query)
    for r in answer["results"]:  # the alias that matched is named when the label matched less well
        names = [fold(graph.nodes[r["iri"]]["label"])] + [fold(a) for a in graph.nodes[r["iri"]]["aliases"]]
        klass = [0 if s == q else 1 if s.startswith(q) else 2 if q in s else 3 for s in names]
        assert ("alias" in r) == (klass[0] > min(klass))
        if "alias" in r:
            assert fold(r["alias"]) in names[1:] and klass[names.index(fold(r["alias"]))] == min(klass)
    if len(answer["results"]) > 2:
        assert get(served, "api/search", {"q": query, "limit": 2})[2]["results"] == answer["results"][:2]


def facts_of(data: dict) -> dict:
    """{(subject IRI, relation, object IRI): [(evidence, source, date, confidence)]} of a payload."""
    nodes, docs = data["nodes"], data["docs"]
    return {(nodes[e["from"]]["iri"], e["relation"], nodes[e["to"]]["iri"]):
            [(f[0], docs[f[1]]["source"], f[2], f[3]) for f in e["facts"]] for e in data["edges"]}


def expected_facts(H) -> dict:
    from kg.page.render import clean_text, confidence_value

    return {(u, k, v): [(clean_text(f["evidence"]), f["source"], f["date"], confidence_value(f["confidence"]))
                        for f in d["facts"]] for u, v, k, d in H.edges(keys=True, data=True)}


@pytest.mark.parametrize("depth", [0, 1, 2])
def test_each_neighbourhood_is_the_projections_fact_by_fact(served, graph, depth):
    undirected = nx.Graph(graph)
    for n in graph:
        status, _, data = get(served, "api/neighbourhood", {"entity": n, "depth": depth})
        assert status == 200
        within = set(nx.single_source_shortest_path_length(undirected, n, cutoff=depth))
        assert {x["iri"] for x in data["nodes"]} == within, graph.nodes[n]["label"]
        assert facts_of(data) == expected_facts(graph.subgraph(within))
        assert [data["nodes"][k]["iri"] for k in data["root"]] == [n]
        assert data["found"] == len(within) and data["complete"] is True
        for record in data["nodes"]:
            attrs = graph.nodes[record["iri"]]
            assert (record["label"], record["type"], record["aliases"], record["facts"]) == (
                attrs["label"], attrs["type"], attrs["aliases"], graph.degree(record["iri"]))
            assert isinstance(record["x"], float) and isinstance(record["y"], float)


def test_a_neighbourhood_beyond_the_limit_keeps_the_most_linked(served, graph):
    hub = max(graph, key=lambda n: (graph.degree(n), n))
    status, _, data = get(served, "api/neighbourhood", {"entity": hub, "limit": 3})
    assert status == 200 and len(data["nodes"]) == 3
    links = {}
    for u, v in graph.to_undirected(as_view=True).edges(hub):
        links[v] = links.get(v, 0) + graph.number_of_edges(hub, v) + graph.number_of_edges(v, hub)
    best = sorted(links, key=lambda v: (-links[v], v))[:2]
    assert {x["iri"] for x in data["nodes"]} == {hub, *best}
    assert data["found"] == 1 + len(links)


def test_the_api_refuses_what_it_cannot_answer(served):
    assert get(served, "api/neighbourhood")[0] == 400  # no entity
    status, _, answer = get(served, "api/neighbourhood", {"entity": "not an iri"})
    assert status == 400 and "IRI" in answer["error"]
    assert get(served, "api/neighbourhood", {"entity": "http://x.example/a", "depth": 3})[0] == 400
    status, _, data = get(served, "api/neighbourhood", {"entity": "http://x.example/none"})
    assert status == 200 and data["nodes"] == [] and data["root"] == []  # not in the store: nothing
    assert get(served, "api/search", {"q": ""})[2]["results"] == []
    # a page elsewhere pointing its own name at 127.0.0.1 (DNS rebinding) is refused
    for path in ("api/search?q=musk", "explore"):
        assert get(served, path, headers={"Host": "evil.example:80"})[0] == 403
    assert get(served, "api/search", {"q": "musk"}, headers={"Host": "localhost"})[0] == 200


def test_the_explorer_is_the_page_that_may_fetch_from_its_own_origin_only(served, seeds_out):
    from kg.page.render import CSP, SERVED_CSP

    status, headers, page = get(served, "explore")
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    assert SERVED_CSP.replace("'", "&#x27;") in page and "connect-src 'self'" in SERVED_CSP
    assert SERVED_CSP.replace("connect-src 'self'; ", "") == CSP
    data = json.loads(page.split('id="kg-data">', 1)[1].split("</script>", 1)[0])
    assert data["nodes"] == [] and data["served"]["search"] == "/api/search"
    # "/" is the built page while there is one that holds the graph, else the explorer
    assert get(served, "")[2] == (seeds_out / "graph.html").read_text(encoding="utf-8")


def test_slash_is_the_explorer_without_a_page_or_over_the_limit(tmp_path, seeds_out, monkeypatch):
    import kg.page.render as render

    out = tmp_path / "out"
    out.mkdir()
    with serving(out, seeds_out / "store") as base:
        assert 'id="kg-data"' in get(base, "")[2] and '"served"' in get(base, "")[2]  # no graph.html
        monkeypatch.setattr(render, "MAX_PAGE_ENTITIES", 3)
        (out / "graph.html").write_text(render.too_large_page(50, "Knowledge graph"), encoding="utf-8")
        assert '"served"' in get(base, "")[2]  # the note that the graph is too large: the explorer instead


def test_the_name_index_follows_the_store(tmp_path):
    """Entities a later import adds are found: the index is built again when the store changes."""
    from conftest import kg

    out = tmp_path / "out"
    out.mkdir()
    (out / "a.nt").write_text(ntriples({"Ann": "Person"}, []), encoding="utf-8")
    kg("import", str(out / "a.nt"), "--out", str(out), check=True)
    with serving(out) as base:
        assert [r["label"] for r in get(base, "api/search", {"q": "bo"})[2]["results"]] == []
        (out / "b.nt").write_text(ntriples({"Bolt": "Organization"}, [("Ann", "founded", "Bolt")]), encoding="utf-8")
        kg("import", str(out / "b.nt"), "--out", str(out), check=True)
        hits = get(base, "api/search", {"q": "bo"})[2]["results"]
        assert [(r["label"], r["facts"]) for r in hits] == [("Bolt", 1)]


RES = "http://kg.example.org/resource/entity/"


def ntriples(entities: dict, facts: list, aliases: dict | None = None) -> str:
    """N-Triples of typed, labelled entities (keys minted from their names), their aliases and
    facts; every string written by pyoxigraph, whatever it holds."""
    import pyoxigraph as ox

    from kg.rdf import entity_key

    kg_ns, rdf_type = "http://kg.example.org/ontology#", "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    label, alt = "http://www.w3.org/2000/01/rdf-schema#label", "http://www.w3.org/2004/02/skos/core#altLabel"

    def iri(name):
        return ox.NamedNode(RES + entity_key(name))

    triples = []
    for name, kind in entities.items():
        triples += [ox.Triple(iri(name), ox.NamedNode(rdf_type), ox.NamedNode(kg_ns + kind)),
                    ox.Triple(iri(name), ox.NamedNode(label), ox.Literal(name))]
        triples += [ox.Triple(iri(name), ox.NamedNode(alt), ox.Literal(a)) for a in (aliases or {}).get(name, [])]
    triples += [ox.Triple(iri(s), ox.NamedNode(kg_ns + p), iri(o)) for s, p, o in facts]
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")


# ---- the page, in headless Chromium ----------------------------------------------------------------
# (the browser fixture is conftest.py's)


def shown(page) -> set[str]:
    return set(page.evaluate("() => kgGraph.shownNodes().map(i => kgGraph.data.nodes[i].iri)"))


@pytest.mark.browser
@pytest.mark.skipif(bu.skip_reason() is not None, reason=bu.skip_reason() or "")
def test_the_explorer_searches_an_alias_draws_and_expands_on_loopback_only(served, graph, browser):
    undirected = nx.Graph(graph)
    x = next(n for n, d in graph.nodes(data=True) if "Twitter" in d["aliases"])
    with bu.opened(browser, served + "explore") as p:
        assert p.evaluate("() => kgGraph.shownNodes().length") == 0
        assert "the store has" in p.locator("#kg-status").inner_text()
        p.locator("#kg-search").type("twitter")
        p.wait_for_selector("#kg-results button")
        first = p.locator("#kg-results button").first
        assert first.get_attribute("data-iri") == x and "(Twitter)" in first.inner_text()
        p.press("#kg-search", "Enter")
        p.wait_for_function("() => kgGraph.network.getSelectedNodes().length === 1")
        hood = set(nx.single_source_shortest_path_length(undirected, x, cutoff=1))
        assert shown(p) == hood
        selected = p.evaluate("() => kgGraph.data.nodes[kgGraph.network.getSelectedNodes()[0]].iri")
        assert selected == x and p.locator("#kg-panel h2").inner_text() == graph.nodes[x]["label"]
        assert bu.count_drawn_pixels(p) > 500
        # expand the neighbour: select it, then its panel's Expand fetches its neighbourhood
        other = next(iter(hood - {x}))
        p.evaluate("(iri) => kgGraph.selectNode(kgGraph.data.nodes.findIndex(n => n.iri === iri))", other)
        p.locator("#kg-panel button.kg-expand").click()
        p.wait_for_function("(iri) => kgGraph.loadedDepth(kgGraph.data.nodes.findIndex(n => n.iri === iri)) > 0",
                            arg=other)
        both = hood | set(nx.single_source_shortest_path_length(undirected, other, cutoff=1))
        assert shown(p) == both and len(both) > len(hood)
        # what was drawn before did not move; nothing was fetched but from this server
        assert p.evaluate("() => kgGraph.data.edges.length") == graph.subgraph(both).number_of_edges()
        requests = p.kg_log.requests
        assert requests and all(u.startswith(served) for u in requests), requests
        bu.assert_clean(p, offline=False)  # served over loopback: its requests are checked just above


@pytest.mark.browser
@pytest.mark.skipif(bu.skip_reason() is not None, reason=bu.skip_reason() or "")
def test_hostile_names_from_the_store_stay_text_in_the_explorer(tmp_path, browser):
    from conftest import kg

    evil = f"Evil {bu.HOSTILE}"
    out = tmp_path / "out"
    out.mkdir()
    (out / "h.nt").write_text(ntriples({evil: "Person", "Plain Corp": "Organization"},
                                       [(evil, "founded", "Plain Corp")], {evil: ["Hermit " + bu.PAYLOAD_IMG]}),
                              encoding="utf-8")
    kg("import", str(out / "h.nt"), "--out", str(out), check=True)
    with serving(out) as base, bu.opened(browser, base) as p:  # no graph.html: "/" is the explorer
        p.locator("#kg-search").type("hermit")
        p.wait_for_selector("#kg-results button")
        assert bu.PAYLOAD_IMG in p.locator("#kg-results").text_content()
        p.press("#kg-search", "Enter")
        p.wait_for_function("() => kgGraph.network.getSelectedNodes().length === 1")
        assert p.locator("#kg-panel h2").text_content() == evil
        assert len(shown(p)) == 2
        assert p.evaluate("() => window.__pwned") is None
        assert p.locator("#kg-panel img, #kg-panel script, #kg-results img").count() == 0
        assert all(u.startswith(base) for u in p.kg_log.requests)
        assert p.kg_log.page_errors == []
