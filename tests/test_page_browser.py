"""kg.page in headless Chromium: offline, inert with hostile text, and interactive."""

from __future__ import annotations

import random

import networkx as nx
import pytest

from kg.page import iframe_html, render_page

try:
    import browser_util as bu
except ImportError:  # tests/ imported as a package
    from tests import browser_util as bu

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(bu.skip_reason() is not None, reason=bu.skip_reason() or ""),
]


@pytest.fixture(scope="module")
def hostile():
    return bu.hostile_graph()


@pytest.fixture(scope="module")
def hostile_file(hostile, tmp_path_factory):
    return bu.write_page(tmp_path_factory.mktemp("page") / "graph.html", hostile, title=f"News {bu.HOSTILE}")


@pytest.fixture
def page(browser, hostile_file):
    """The hostile page, drawn; afterwards asserts it stayed offline, inert and error-free."""
    with bu.opened(browser, hostile_file.as_uri()) as p:
        yield p
        bu.assert_clean(p)
        assert p.evaluate("() => window.__pwned") is None, "a payload ran"


PAINTED = "() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))"


def node_index(page, iri: str) -> int:
    return page.evaluate("(iri) => kgGraph.data.nodes.findIndex(n => n.iri === iri)", iri)


def label_index(page, label: str) -> int:
    """The index of the (first) node labelled ``label`` in the page's data, -1 if none."""
    return page.evaluate("(label) => kgGraph.data.nodes.findIndex(n => n.label === label)", label)


def dom_point(page, node_id: int) -> tuple[float, float]:
    """Where node ``node_id`` is on screen (page coordinates)."""
    return tuple(page.evaluate(
        """(id) => {
            const net = kgGraph.network;
            const p = net.canvasToDOM(net.getPositions([id])[id]);
            const r = document.querySelector('#kg-net canvas').getBoundingClientRect();
            return [r.left + p.x, r.top + p.y];
        }""",
        node_id,
    ))


def pixel(page, xy) -> list[int]:
    """RGBA of the canvas at page point ``xy`` (the canvas may be scaled by devicePixelRatio)."""
    return page.evaluate(
        """([x, y]) => {
            const c = document.querySelector('#kg-net canvas');
            const r = c.getBoundingClientRect();
            const k = c.width / r.width;
            return Array.from(c.getContext('2d')
                .getImageData(Math.round((x - r.left) * k), Math.round((y - r.top) * k), 1, 1).data);
        }""",
        list(xy),
    )


# ---- safety and offline ----------------------------------------------------------------------


def test_counts_read_from_the_page_equal_the_graph(page, hostile):
    counts = page.evaluate("() => [kgGraph.nodes.length, kgGraph.edges.length]")
    assert counts == [hostile.number_of_nodes(), hostile.number_of_edges()]
    assert page.locator("#kg-status").inner_text().startswith("6 of 6 entities")


def test_clicking_a_hostile_node_shows_its_text_literally(page):
    musk = node_index(page, "kg:musk")
    page.mouse.click(*dom_point(page, musk))  # a real click on the canvas
    page.wait_for_function("() => document.querySelector('#kg-panel h2') !== null")
    assert page.evaluate("() => kgGraph.network.getSelectedNodes()") == [musk]
    panel = page.locator("#kg-panel").text_content()
    assert f"Elon Musk {bu.HOSTILE}" in panel  # label
    assert f"Musk is the chief executive of Tesla. #1 {bu.HOSTILE}" in panel  # evidence
    assert f"Title ceoOf {bu.HOSTILE}" in panel and "2024-03" in panel  # document, date
    assert "confidence 0.90" in panel and "Technoking" in panel
    # every fact of Musk: 2 ceoOf + founded + criticized
    assert page.locator("#kg-panel ol.kg-facts > li").count() == 4
    assert page.locator("#kg-panel img, #kg-panel script, #kg-panel a").count() == 0
    assert page.evaluate("() => document.querySelectorAll('img').length") == 0


def test_edge_tooltip_shows_evidence_as_text(page):
    tesla, model3 = node_index(page, "kg:tesla"), node_index(page, "kg:model3")
    (x1, y1), (x2, y2) = dom_point(page, tesla), dom_point(page, model3)
    page.evaluate("() => kgGraph.setRelationVisible('rivalOf', false)")  # no other edge nearby
    page.mouse.move((x1 + x2) / 2, (y1 + y2) / 2)
    page.mouse.move((x1 + x2) / 2 + 1, (y1 + y2) / 2 + 1)
    tooltip = page.locator("div.vis-tooltip")
    tooltip.wait_for(state="visible", timeout=5000)
    text = tooltip.text_content()
    assert "develops" in text and f"Tesla develops the Model 3. #0 {bu.HOSTILE}" in text
    assert "confidence 0.80" in text
    assert tooltip.locator("img, script").count() == 0


def test_inline_iframe_is_sandboxed_offline_and_inert(browser, hostile, tmp_path):
    wrapper = tmp_path / "notebook.html"
    frame = iframe_html(render_page(hostile), height=600)
    wrapper.write_text(f"<!DOCTYPE html><html><body>{frame}</body></html>", encoding="utf-8")
    with bu.opened(browser, wrapper.as_uri(), ready=False) as p:  # the wrapper is not a kg page
        inner = p.frames[1]
        bu.wait_ready(inner)
        assert inner.evaluate("() => kgGraph.nodes.length") == hostile.number_of_nodes()
        assert inner.evaluate("() => window.origin") == "null"  # opaque: cannot reach the notebook
        assert inner.evaluate("() => window.__pwned") is None
        assert p.evaluate("() => window.__pwned") is None
        assert p.kg_log.non_local_requests() == []


# ---- interaction -----------------------------------------------------------------------------


def test_search_focuses_a_node_by_alias(page):
    musk = node_index(page, "kg:musk")
    page.fill("#kg-search", "technoK")  # part of an alias, any case
    assert page.locator("#kg-results button").count() == 1
    assert "Technoking" in page.locator("#kg-results").text_content()
    page.press("#kg-search", "Enter")
    assert page.evaluate("() => kgGraph.network.getSelectedNodes()") == [musk]
    assert page.locator("#kg-panel h2").text_content() == f"Elon Musk {bu.HOSTILE}"
    assert page.evaluate("() => kgGraph.search('tsla')") == [node_index(page, "kg:tesla")]
    page.wait_for_timeout(600)  # the focus animation
    # the view is centred on the node
    x, y = dom_point(page, musk)
    box = page.locator("#kg-net").bounding_box()
    assert abs(x - (box["x"] + box["width"] / 2)) < 5 and abs(y - (box["y"] + box["height"] / 2)) < 5


def test_relation_filter_hides_only_that_relation(page, hostile):
    before = bu.count_drawn_pixels(page)
    page.locator('#kg-relations input[data-relation="ceoOf"]').uncheck()
    hidden = page.evaluate("""() => { const shown = new Set(kgGraph.shownEdges());
        return kgGraph.data.edges.filter((e, i) => !shown.has(i)).map(e => e.relation); }""")
    assert hidden == ["ceoOf"]
    assert page.evaluate("() => kgGraph.shownNodes().length") == 6
    assert page.locator("#kg-status").inner_text().endswith(f"{hostile.number_of_edges() - 1} of "
                                                          f"{hostile.number_of_edges()} relations")
    assert bu.count_drawn_pixels(page) > 0.5 * before  # not a blank graph
    page.locator('#kg-relations input[data-relation="ceoOf"]').check()
    assert page.evaluate("() => kgGraph.shownEdges().length") == hostile.number_of_edges()


def test_type_filter_hides_nodes_of_that_type(page):
    page.locator('#kg-types input[data-type="Place"]').uncheck()
    hidden = page.evaluate("""() => { const shown = new Set(kgGraph.shownNodes());
        return kgGraph.data.nodes.filter((n, i) => !shown.has(i)).map(n => n.type); }""")
    assert hidden == ["Place", "Place"]
    assert page.locator("#kg-status").inner_text().startswith("4 of 6 entities")
    assert bu.count_drawn_pixels(page) > 1000


def test_selecting_a_node_dims_the_rest(page):
    austin, texas = node_index(page, "kg:austin"), node_index(page, "kg:texas")
    tesla = node_index(page, "kg:tesla")
    far = dom_point(page, austin)  # Austin is not a neighbour of Tesla
    near = dom_point(page, texas)
    assert min(pixel(page, far)[:3]) < 200  # drawn in colour
    page.evaluate("(id) => kgGraph.selectNode(id)", tesla)
    dimmed = pixel(page, far)
    assert min(dimmed[:3]) > 200, f"Austin not dimmed: {dimmed}"
    page.evaluate("(id) => kgGraph.selectNode(id)", austin)
    assert min(pixel(page, far)[:3]) < 200 and min(pixel(page, near)[:3]) < 200
    page.evaluate("() => kgGraph.clearSelection()")
    assert page.evaluate("() => kgGraph.focused()") is None


def test_physics_button_freezes_and_resumes(page):
    button = page.locator("#kg-physics")
    assert page.evaluate("() => kgGraph.physicsEnabled()") is False  # laid out in Python
    assert button.text_content() == "Resume physics"
    button.click()
    assert page.evaluate("() => kgGraph.network.physics.options.enabled") is True
    assert button.text_content() == "Freeze layout"
    button.click()
    assert page.evaluate("() => kgGraph.network.physics.options.enabled") is False


def test_screenshot_is_not_blank(page, tmp_path):
    png = page.screenshot(path=str(tmp_path / "graph.png"))
    assert len(png) > 20_000
    assert bu.count_drawn_pixels(page) > 2_000


def test_page_without_layout_stabilizes_with_physics(browser, hostile, tmp_path):
    path = bu.write_page(tmp_path / "physics.html", hostile, layout=False)
    with bu.opened(browser, path.as_uri()) as p:
        assert p.evaluate("() => kgGraph.physicsEnabled()") is True
        assert p.locator("#kg-physics").text_content() == "Freeze layout"
        assert bu.count_drawn_pixels(p) > 2_000
        bu.assert_clean(p, console=False)


# ---- scale -----------------------------------------------------------------------------------


@pytest.mark.slow
def test_5000_nodes_10000_edges_are_drawn_and_interactive(browser, tmp_path):
    """(How long until the page is ready is measured by bench/page_bench.py, not asserted here.)"""
    rng = random.Random(5)
    G = nx.MultiDiGraph()
    types = ["Person", "Organization", "Product", "Place"]
    for i in range(5000):
        G.add_node(f"kg:{i}", label=f"Entity {i}", type=types[i % 4], aliases=[], wikidata=None)
    relations = ["founded", "owns", "develops", "leads"]
    edges = set()
    while len(edges) < 10_000:  # (u, v, relation) is the edge's identity in the MultiDiGraph
        edges.add((rng.randrange(5000), rng.randrange(5000), rng.choice(relations)))
    for u, v, r in edges:
        fact = {"evidence": "word " * 30, "source": "a.txt", "doc": "kg:doc", "title": "T",
                "date": None, "confidence": 0.5}
        G.add_edge(f"kg:{u}", f"kg:{v}", key=r, relation=r, confidence=0.5, facts=[fact])
    path = bu.write_page(tmp_path / "big.html", G)
    with bu.opened(browser, path.as_uri()) as p:
        assert p.evaluate("() => [kgGraph.nodes.length, kgGraph.edges.length]") == [5000, 10_000]
        assert bu.count_drawn_pixels(p) > 2_000
        bu.assert_clean(p, console=False)


# ---- the first view, imported facts, exploration ------------------------------------------------


def sparse_graph():
    """Eight entities, four of them in facts (a star around Hub), four in none (one with an alias)."""
    G = nx.MultiDiGraph()
    for key, label, kind in [("hub", "Hub Holdings", "Organization"), ("a", "Ann Able", "Person"),
                             ("b", "Bo Brand", "Product"), ("c", "Cy Corp", "Organization")]:
        G.add_node(f"kg:{key}", label=label, type=kind, aliases=[], wikidata=None)
    for i in range(4):
        G.add_node(f"kg:lone{i}", label=f"Lonely Entity Number {i}", type="Person",
                   aliases=["Hermit Crab"] if i == 2 else [], wikidata=None)
    for other, rel, conf, date in [("a", "ceoOf", 0.9, "2023-05"), ("b", "develops", 0.4, "2024-02"),
                                   ("c", "acquired", 0.7, None)]:
        fact = {"evidence": f"Hub {rel} {other}.", "source": f"{other}.txt", "doc": f"kg:doc{other}",
                "title": None, "date": date, "confidence": conf, "kind": "document"}
        G.add_edge("kg:hub", f"kg:{other}", key=rel, relation=rel, confidence=conf, facts=[fact])
    return G


@pytest.fixture
def sparse(browser, tmp_path):
    """The page of sparse_graph(), drawn; afterwards asserts it stayed offline and error-free."""
    path = bu.write_page(tmp_path / "sparse.html", sparse_graph())
    with bu.opened(browser, path.as_uri()) as p:
        yield p
        bu.assert_clean(p)


def shown_labels(page) -> list[str]:
    return page.evaluate("() => kgGraph.shownNodes().map(i => kgGraph.data.nodes[i].label)")


def assert_no_two_overlap(boxes) -> None:
    """Assert that no two of the label boxes (page.labelBoxes(): x, y, w, h) intersect."""
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert not (a["x"] < b["x"] + b["w"] and b["x"] < a["x"] + a["w"] and
                        a["y"] < b["y"] + b["h"] and b["y"] < a["y"] + a["h"]), (a, b)


def test_default_view_hides_entities_without_facts_and_the_toggle_shows_them(sparse):
    assert sorted(shown_labels(sparse)) == ["Ann Able", "Bo Brand", "Cy Corp", "Hub Holdings"]
    assert sparse.locator("#kg-status").inner_text() == "4 of 8 entities, 3 relations"
    assert sparse.locator("#kg-isolated-count").inner_text() == "4"
    sparse.locator("#kg-isolated").check()
    assert len(shown_labels(sparse)) == 8
    assert sparse.locator("#kg-status").inner_text() == "8 of 8 entities, 3 relations"
    sparse.locator("#kg-isolated").uncheck()
    assert len(shown_labels(sparse)) == 4


def test_labels_of_the_first_view_are_drawn_and_never_overlap(sparse):
    boxes = sparse.evaluate("() => kgGraph.labelBoxes()")
    texts = {b["text"] for b in boxes}
    assert {"Ann Able", "Bo Brand", "Cy Corp", "Hub Holdings"} <= texts
    assert_no_two_overlap(boxes)
    sparse.locator("#kg-isolated").check()  # the packed entities without facts: no overlap either
    sparse.evaluate("() => kgGraph.network.fit()")
    sparse.wait_for_timeout(100)
    boxes = sparse.evaluate("() => kgGraph.labelBoxes()")
    assert len([b for b in boxes if not b["edge"]]) == 8  # and relation names where there is room
    assert_no_two_overlap(boxes)


def test_search_by_alias_finds_a_hidden_entity_and_shows_it(sparse):
    sparse.fill("#kg-search", "hermit")
    assert "Hermit Crab" in sparse.locator("#kg-results").text_content()
    sparse.press("#kg-search", "Enter")
    lone = label_index(sparse, "Lonely Entity Number 2")
    assert sparse.evaluate("() => kgGraph.network.getSelectedNodes()") == [lone]
    assert "Lonely Entity Number 2" in shown_labels(sparse)
    assert sparse.locator("#kg-panel h2").text_content() == "Lonely Entity Number 2"
    assert sparse.locator("#kg-status").inner_text() == "5 of 8 entities, 3 relations"


def test_confidence_and_date_filters_combine(sparse):
    sparse.evaluate("() => kgGraph.setMinConfidence(0.5)")
    assert sorted(shown_labels(sparse)) == ["Ann Able", "Cy Corp", "Hub Holdings"]
    assert sparse.locator("#kg-status").inner_text() == "3 of 8 entities, 2 of 3 relations"
    sparse.evaluate("() => kgGraph.setDateRange('2023', '2023-12')")  # the undated fact drops out
    assert sorted(shown_labels(sparse)) == ["Ann Able", "Hub Holdings"]
    sparse.evaluate("() => kgGraph.setMinConfidence(0)")
    sparse.evaluate("() => kgGraph.setDateRange('2024', '')")
    assert sorted(shown_labels(sparse)) == ["Bo Brand", "Hub Holdings"]
    sparse.evaluate("() => kgGraph.setDateRange('', '')")
    assert len(shown_labels(sparse)) == 4


def test_neighbourhood_expand_and_back(browser, tmp_path):
    G = nx.MultiDiGraph()
    for k in "abcde":
        G.add_node(k, label=f"Node {k.upper()}", type="Organization", aliases=[], wikidata=None)
    for u, v in ["ab", "bc", "cd", "de"]:
        G.add_edge(u, v, key="owns", relation="owns", confidence=0.8,
                   facts=[{"evidence": f"{u} owns {v}", "source": "s.txt", "doc": "d", "title": None,
                           "date": None, "confidence": 0.8}])
    path = bu.write_page(tmp_path / "chain.html", G)
    with bu.opened(browser, path.as_uri()) as p:
        c = label_index(p, "Node C")
        p.evaluate("(i) => kgGraph.showNeighbourhood(i, 1)", c)
        assert sorted(shown_labels(p)) == ["Node B", "Node C", "Node D"]
        assert p.locator("#kg-back").is_visible()
        b = label_index(p, "Node B")
        p.evaluate("(i) => kgGraph.expand(i)", b)
        assert sorted(shown_labels(p)) == ["Node A", "Node B", "Node C", "Node D"]
        p.locator("#kg-back").click()
        assert sorted(shown_labels(p)) == ["Node B", "Node C", "Node D"]
        p.locator("#kg-back").click()
        assert len(shown_labels(p)) == 5 and not p.locator("#kg-back").is_visible()
        p.evaluate("(i) => kgGraph.showNeighbourhood(i, 2)", c)
        assert len(shown_labels(p)) == 5
        bu.assert_clean(p, console=False)


def test_imported_facts_are_drawn_as_edges_with_their_file(browser, tmp_path):
    """kg import of plain N-Triples, then kg show: the facts are edges whose source is the file."""
    from conftest import kg
    from test_every_fact import plain_ntriples

    out = tmp_path / "out"
    out.mkdir()
    nt = out / "facts.nt"
    nt.write_text(plain_ntriples(), encoding="utf-8")
    kg("import", str(nt), "--out", str(out), check=True)
    kg("show", "--out", str(out), check=True)
    with bu.opened(browser, (out / "graph.html").as_uri()) as p:
        assert p.locator("#kg-status").inner_text() == "4 of 5 entities, 5 relations"
        assert p.evaluate("() => kgGraph.shownEdges().length") == 5
        bolt = label_index(p, "Bolt Corp")
        p.evaluate("(i) => kgGraph.selectNode(i)", bolt)
        panel = p.locator("#kg-panel").text_content()
        assert f"imported from {nt}" in panel
        assert p.locator("#kg-panel ol.kg-facts > li").count() == 4
        assert bu.count_drawn_pixels(p) > 2_000
        bu.assert_clean(p, console=False)


# ---- communities and source links ------------------------------------------------------------


def test_colour_by_community_with_a_legend(browser, tmp_path):
    from test_page import two_cliques

    path = bu.write_page(tmp_path / "cliques.html", two_cliques())
    with bu.opened(browser, path.as_uri()) as p:
        a, w = label_index(p, "Org A"), label_index(p, "Org W")
        orange = p.evaluate("() => kgGraph.data.types.find(t => t.name === 'Organization').color")
        assert p.evaluate("(i) => kgGraph.nodeColour(i)", a) == orange  # by type at first
        assert p.locator("#kg-community-legend").is_hidden()
        p.locator("#kg-community").check()
        legend = p.locator("#kg-community-legend")
        assert legend.is_visible()
        assert legend.locator("button[data-community]").count() == 2
        assert "without relations" in legend.inner_text()  # the loner
        colours = p.evaluate("() => kgGraph.data.communities.map(c => c.color)")
        ca, cw = (p.evaluate("(i) => kgGraph.data.nodes[i].c", i) for i in (a, w))
        assert ca != cw
        assert p.evaluate("(i) => kgGraph.nodeColour(i)", a) == colours[ca]
        assert p.evaluate("(i) => kgGraph.nodeColour(i)", w) == colours[cw]
        # drawn so: the pixel at the centre of Org A is its community's colour
        r, g, b, _ = pixel(p, dom_point(p, a))
        assert "#%02x%02x%02x" % (r, g, b) == colours[ca]
        # a legend entry shows its community: its members in the panel, the rest dimmed
        legend.locator(f"button[data-community='{ca}']").click()
        panel = p.locator("#kg-panel")
        assert "community" in panel.locator("h2").inner_text()
        assert sorted(panel.locator("ol.kg-members button").all_inner_texts()) == [
            "Org A", "Org B", "Org C", "Org D"]
        assert sorted(p.evaluate("() => kgGraph.focused().nodes")) == sorted(
            p.evaluate("(c) => kgGraph.data.nodes.map((n, i) => n.c === c ? i : -1).filter(i => i >= 0)", ca))
        p.locator("#kg-community").uncheck()
        assert p.evaluate("(i) => kgGraph.nodeColour(i)", a) == orange
        bu.assert_clean(p)


def test_the_panel_links_each_source_and_the_page_fetches_nothing(browser, tmp_path):
    article = tmp_path / "news" / "a <b>.txt"
    article.parent.mkdir()
    article.write_text("Ann founded Bolt.", encoding="utf-8")
    G = nx.MultiDiGraph()
    G.add_node("kg:ann", label="Ann", type="Person", aliases=[], wikidata=None)
    G.add_node("kg:bolt", label="Bolt", type="Organization", aliases=[], wikidata=None)
    facts = [
        {"evidence": "Ann founded Bolt.", "source": str(article), "doc": "kg:d1", "title": "On file",
         "date": "2024-01", "confidence": 0.9, "kind": "document"},
        {"evidence": "Ann, Bolt's founder.", "source": "feed.jsonl", "doc": "kg:d2", "title": "On the web",
         "date": None, "confidence": 0.8, "kind": "document", "url": "https://news.example.com/bolt?a=1&b=<2>"},
        {"evidence": "Bolt's founder.", "source": "javascript:window.__pwned=1", "doc": "kg:d3",
         "title": "Hostile", "date": None, "confidence": 0.7, "kind": "document",
         "url": "javascript:window.__pwned=1"},
    ]
    G.add_edge("kg:ann", "kg:bolt", key="founded", relation="founded", confidence=0.9, facts=facts)
    path = bu.write_page(tmp_path / "links.html", G)
    with bu.opened(browser, path.as_uri()) as p:
        p.evaluate("() => kgGraph.selectNode(0)")
        links = p.locator("#kg-panel a.kg-source")
        assert links.count() == 2  # the file and the web page; not the javascript: source
        hrefs = links.evaluate_all("as => as.map(a => [a.getAttribute('href'), a.textContent, a.rel, a.target])")
        assert [article.resolve().as_uri(), str(article), "noopener noreferrer", "_blank"] in hrefs
        assert ["https://news.example.com/bolt?a=1&b=<2>", "feed.jsonl", "noopener noreferrer", "_blank"] in hrefs
        assert "javascript:window.__pwned=1" in p.locator("#kg-panel").text_content()  # as text
        assert p.locator("#kg-panel a[href^='javascript']").count() == 0
        assert p.evaluate("() => window.__pwned") is None
        bu.assert_clean(p, console=False)


# ---- big graphs: nodes drawn in batches, long lines left out, one redraw a change ----------------


def test_a_big_page_draws_in_batches_and_still_answers_clicks_and_search(browser, tmp_path):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    from page_bench import synthetic_graph

    G = synthetic_graph(3000)  # over 2,000 entities: the page's big-graph mode
    path = bu.write_page(tmp_path / "big.html", G)
    with bu.opened(browser, path.as_uri()) as p:
        drawn = p.evaluate("() => kgGraph.drawn()")
        assert drawn["nodes"] == len(p.evaluate("() => kgGraph.shownNodes()")) == 1500  # all in view
        # every line in view is drawn or counted; edges from one entity to another (one per
        # relation) are one line
        assert drawn["lines"] + drawn["hidden"] == len({(u, v) for u, v in G.edges()}) < 6000
        if drawn["hidden"]:
            assert p.locator("#kg-lod").inner_text() == f"{drawn['hidden']:,} long lines not drawn at this zoom"
        assert bu.count_drawn_pixels(p) > 5_000
        # a real click on a node the page drew (vis-network drew none) selects it
        leaf = p.evaluate("""() => { const d = kgGraph.data, deg = new Array(d.nodes.length).fill(0);
            d.edges.forEach(e => { deg[e.from]++; if (e.to !== e.from) deg[e.to]++; });
            return kgGraph.shownNodes().find(i => deg[i] === 1); }""")
        p.evaluate("(i) => kgGraph.network.focus(i, {scale: 2, animation: false})", leaf)
        p.evaluate(PAINTED)
        if drawn["hidden"]:  # zoomed in, fewer lines are long enough to be left out
            assert p.evaluate("() => kgGraph.drawn().hidden") < drawn["hidden"]
        p.mouse.click(*dom_point(p, leaf))
        p.evaluate(PAINTED)
        assert p.evaluate("() => kgGraph.network.getSelectedNodes()") == [leaf]
        assert p.locator("#kg-panel h2").inner_text() == G.nodes[list(G)[leaf]]["label"]
        # a real click on the leaf's line (vis-network holds no edges on a big page) selects that edge
        j, other = p.evaluate("""(i) => { const j = kgGraph.data.edges.findIndex(e => e.from === i || e.to === i);
            const e = kgGraph.data.edges[j]; return [j, e.from === i ? e.to : e.from]; }""", leaf)
        (x0, y0), (x1, y1) = dom_point(p, leaf), dom_point(p, other)
        d = ((x1 - x0) ** 2 + (y1 - y0) ** 2) ** 0.5
        p.mouse.click(x0 + (x1 - x0) * 40 / d, y0 + (y1 - y0) * 40 / d)  # 40 px along the line
        p.evaluate(PAINTED)
        assert p.evaluate("() => kgGraph.focused().edges") == [j]
        assert p.locator("#kg-panel h2").inner_text() == p.evaluate("(j) => kgGraph.data.edges[j].relation", j)
        # search: exact names and aliases first, then prefixes, then names containing the query
        labels = [d["label"] for _, d in G.nodes(data=True)]
        aliases = [[a.lower() for a in d["aliases"]] for _, d in G.nodes(data=True)]
        for query in ("alias12", "said", "e 10", labels[7].lower()):
            names = [[labels[i].lower()] + aliases[i] for i in range(len(labels))]
            exact = [i for i, ns in enumerate(names) if query in ns]
            prefix = [i for i, ns in enumerate(names) if i not in exact and any(s.startswith(query) for s in ns)]
            inside = [i for i, ns in enumerate(names)
                      if i not in exact and i not in prefix and any(query in s for s in ns)]
            assert p.evaluate("(q) => kgGraph.search(q, 15)", query) == (exact + prefix + inside)[:15], query
        bu.assert_clean(p)


def test_a_hub_lists_its_facts_most_certain_first_a_page_at_a_time(browser, tmp_path):
    """The side panel of an entity with many facts: the first 25 by confidence, then "Show more"."""
    G = nx.MultiDiGraph()
    G.add_node("kg:hub", label="Hub", type="Organization", aliases=[], wikidata=None)
    confidences = []
    for k in range(30):
        G.add_node(f"kg:{k}", label=f"Spoke {k}", type="Person", aliases=[], wikidata=None)
        facts = []
        for f in range(2):  # two facts an edge: 60 in all, confidences interleaved across edges
            c = round(((k * 7 + f * 13) % 60) / 60, 3)
            confidences.append(c)
            facts.append({"evidence": f"Spoke {k} works for Hub ({f}).", "source": "s.txt", "doc": f"kg:d{k}{f}",
                          "title": None, "date": None, "confidence": c, "kind": "document"})
        G.add_edge(f"kg:{k}", "kg:hub", key="worksFor", relation="worksFor",
                   confidence=max(x["confidence"] for x in facts), facts=facts)
    path = bu.write_page(tmp_path / "hub.html", G)
    with bu.opened(browser, path.as_uri()) as p:
        p.evaluate("(i) => kgGraph.selectNode(i)", label_index(p, "Hub"))
        items = p.locator("#kg-panel ol.kg-facts > li")
        assert p.locator("#kg-panel h3").inner_text() == "Facts (60)"
        assert items.count() == 25
        more = p.locator("#kg-panel button.kg-more-facts")
        assert more.inner_text() == "Show 25 more (of 35)"
        more.click()
        assert items.count() == 50 and more.inner_text() == "Show 10 more (of 10)"
        more.click()
        assert items.count() == 60 and more.count() == 0
        shown = [float(t.rsplit("confidence ", 1)[1]) for t in items.all_inner_texts()]
        assert shown == sorted((round(c, 2) for c in confidences), reverse=True)
        bu.assert_clean(p, offline=False)
