"""kg.page without a browser: the HTML's structure, offline-ness, escaping, layouts, subgraphs."""

from __future__ import annotations

import html
import json
import math
import re

import networkx as nx
import pytest

from kg.errors import EntityNotFound, KGError
from kg.page import (
    TYPE_STYLES,
    compute_layout,
    display_inline,
    find_entities,
    iframe_html,
    render_page,
    select_subgraph,
)

try:
    from browser_util import HOSTILE, PAYLOAD_IMG, PAYLOAD_SCRIPT, hostile_graph
except ImportError:  # tests/ imported as a package
    from tests.browser_util import HOSTILE, PAYLOAD_IMG, PAYLOAD_SCRIPT, hostile_graph

DATA_BLOCK = re.compile(r'<script type="application/json" id="kg-data">(.*?)</script>', re.S)


@pytest.fixture(scope="module")
def hostile():
    return hostile_graph()


@pytest.fixture(scope="module")
def page(hostile):
    return render_page(hostile, title=f"News {HOSTILE}")


def payload_of(page: str) -> dict:
    blocks = DATA_BLOCK.findall(page)
    assert len(blocks) == 1
    return json.loads(blocks[0])


# ---- structure -------------------------------------------------------------------------------


def test_page_is_one_document_with_inlined_vis(page):
    assert page.startswith("<!DOCTYPE html>")
    assert page.count("<html") == 1 and page.rstrip().endswith("</html>")
    assert page.count("@version 9.1.2") == 1  # vis-network's banner, inlined once
    assert "vis.Network" in page
    # data, vis-network, the page's own (vis-network's code also spells "<script>" in a string)
    assert re.findall(r"^<script[^>]*>", page, re.M) == [
        '<script type="application/json" id="kg-data">', "<script>", "<script>"]
    assert "<link" not in page
    assert "sourceMappingURL" not in page


def test_page_loads_nothing_from_anywhere(page):
    assert not re.search(r"""\b(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", page, re.I)
    assert not re.search(r"""url\(\s*["']?\s*(?:https?:)?//""", page, re.I)
    assert "@import" not in page
    assert not re.search(r"<(?:script|img|iframe|link)\b[^>]*\bsrc\s*=", page, re.I)


def test_page_has_a_csp_that_forbids_network(page):
    m = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">', page)
    assert m, "no CSP meta tag"
    csp = html.unescape(m.group(1))
    assert "default-src 'none'" in csp
    assert "script-src 'unsafe-inline'" in csp and "unsafe-eval" not in csp
    assert "img-src data:" in csp
    # it must come before any script, or it would not apply to them
    assert m.start() < page.index("<script")


def test_page_has_the_interactive_controls(page):
    for element_id in ("kg-search", "kg-physics", "kg-types", "kg-relations", "kg-panel", "kg-net"):
        assert f'id="{element_id}"' in page
    assert "document.body.dataset.ready" in page
    assert "window.kgGraph" in page


# ---- safety ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "fragment",
    [PAYLOAD_IMG, PAYLOAD_SCRIPT, "<img", "<a href", "<!--", "\u2028", "\u2029",
     "</style></title>"],
)
def test_hostile_text_never_appears_raw(page, fragment):
    assert fragment not in page


def test_hostile_text_survives_exactly_in_the_json(hostile, page):
    data = payload_of(page)
    labels = {n["label"] for n in data["nodes"]}
    assert f"Elon Musk {HOSTILE}" in labels
    musk = next(n for n in data["nodes"] if n["iri"] == "kg:musk")
    assert musk["aliases"] == ["Technoking", HOSTILE]
    evidence = [f[0] for e in data["edges"] for f in e["facts"]]
    assert any(ev.endswith(HOSTILE) for ev in evidence)
    titles = {d["title"] for d in data["docs"]}
    assert f"Title ceoOf {HOSTILE}" in titles


def test_title_is_escaped(page):
    title = re.search(r"<title>(.*?)</title>", page, re.S).group(1)
    assert html.unescape(title) == f"News {HOSTILE}"
    assert title.isascii() and "<" not in title and ">" not in title


def test_json_block_cannot_be_closed_by_data():
    G = nx.MultiDiGraph()
    G.add_node("a", label="</script><script>alert(1)</script>", type="Person")
    G.add_node("b", label="</SCRIPT >&lt;", type="Person")
    page = render_page(G, layout=False)
    block = DATA_BLOCK.search(page).group(1)
    assert "<" not in block and ">" not in block and "&" not in block
    assert [n["label"] for n in json.loads(block)["nodes"]] == [
        "</script><script>alert(1)</script>", "</SCRIPT >&lt;"]


def test_placeholders_in_data_are_not_expanded():
    G = nx.MultiDiGraph()
    G.add_node("a", label="@@KG_VIS_JS@@ @@KG_DATA@@", type="Person")
    page = render_page(G)
    assert page.count("@version 9.1.2") == 1
    assert payload_of(page)["nodes"][0]["label"] == "@@KG_VIS_JS@@ @@KG_DATA@@"


def test_lone_surrogates_and_odd_values_do_not_break_rendering():
    G = nx.MultiDiGraph()
    G.add_node("a", label="bad \udc80 byte", type="Spaceship", aliases=None, wikidata=None)
    G.add_node("b")  # no attributes at all
    G.add_edge("a", "b", key="owns", relation="owns", confidence=float("nan"),
               facts=[{"evidence": None, "confidence": "high"}])
    page = render_page(G)
    page.encode("utf-8")  # must not raise
    data = payload_of(page)
    assert data["nodes"][0]["label"] == "bad \ufffd byte"
    assert data["nodes"][0]["type"] == "Entity"  # unknown types are drawn as Entity
    assert data["nodes"][1]["label"] == "b"
    assert data["edges"][0]["confidence"] == 0.0
    assert data["edges"][0]["facts"][0][3] == 0.0  # [evidence, doc, date, confidence]


# ---- data for the page -----------------------------------------------------------------------


def test_payload_matches_graph(hostile, page):
    data = payload_of(page)
    assert len(data["nodes"]) == hostile.number_of_nodes()
    assert len(data["edges"]) == hostile.number_of_edges()
    assert sum(len(e["facts"]) for e in data["edges"]) == sum(
        len(d["facts"]) for _, _, d in hostile.edges(data=True))
    iris = [n["iri"] for n in data["nodes"]]
    for e in data["edges"]:
        u, v = iris[e["from"]], iris[e["to"]]
        assert hostile.has_edge(u, v, key=e["relation"])
    assert data["physics"] is False
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in data["nodes"])
    assert set(data["relations"]) == {k for _, _, k in hostile.edges(keys=True)}
    assert [t["name"] for t in data["types"]] == list(TYPE_STYLES)  # all five types present
    doc_ids = [d["iri"] for d in data["docs"]]
    assert len(doc_ids) == len(set(doc_ids))  # one entry per document


def test_without_layout_the_page_runs_physics(hostile):
    data = payload_of(render_page(hostile, layout=False))
    assert data["physics"] is True
    assert all("x" not in n for n in data["nodes"])


def test_every_type_has_its_own_colour_and_shape():
    colours = [s["color"] for s in TYPE_STYLES.values()]
    shapes = [s["shape"] for s in TYPE_STYLES.values()]
    assert len(set(colours)) == len(colours) and len(set(shapes)) == len(shapes)


def test_empty_graph_renders():
    data = payload_of(render_page(nx.MultiDiGraph()))
    assert data["nodes"] == [] and data["edges"] == []


# ---- layout ----------------------------------------------------------------------------------


def random_graph(n: int, m: int, seed: int = 3) -> nx.MultiDiGraph:
    G = nx.gnm_random_graph(n, m, seed=seed, directed=True)
    return nx.MultiDiGraph(G)


@pytest.mark.parametrize("n", [0, 1, 2, 60, 1200])
def test_layout_gives_every_node_a_finite_position(n):
    G = random_graph(n, 2 * n)
    pos = compute_layout(G)
    assert set(pos) == set(G)
    assert all(math.isfinite(x) and math.isfinite(y) for x, y in pos.values())
    if n > 1:
        assert len(set(pos.values())) > 0.95 * n  # not collapsed onto a few points


@pytest.mark.parametrize("n", [200, 3000])
def test_layout_puts_neighbours_closer_than_strangers(n):
    # a forest of small trees: a good layout keeps each tree together
    G = nx.MultiDiGraph()
    for i in range(n):
        G.add_node(i)
        if i % 10:
            G.add_edge(i - 1 - (i % 3 == 0), i)
    pos = compute_layout(G)

    def dist(u, v):
        return math.dist(pos[u], pos[v])

    edge_mean = sum(dist(u, v) for u, v in G.edges()) / G.number_of_edges()
    nodes = list(G)
    pairs = [(nodes[i], nodes[(i * 7919 + 13) % n]) for i in range(n)]
    random_mean = sum(dist(u, v) for u, v in pairs) / len(pairs)
    assert edge_mean < random_mean / 4


def planted_communities(k: int = 8, size: int = 90, seed: int = 4) -> tuple[nx.MultiDiGraph, list[list[int]]]:
    """``k`` groups of ``size`` nodes, each a sparse random graph of its own (three edges a node),
    and a few edges between groups (a tenth as many): over the exact layout's limit."""
    import random

    rng = random.Random(seed)
    G = nx.MultiDiGraph()
    groups = [list(range(g * size, (g + 1) * size)) for g in range(k)]
    G.add_nodes_from(range(k * size))
    for group in groups:
        for _ in range(3 * size):
            u, v = rng.sample(group, 2)
            G.add_edge(u, v)
    for _ in range(3 * size * k // 10):
        a, b = rng.sample(range(k), 2)
        G.add_edge(rng.choice(groups[a]), rng.choice(groups[b]))
    return G, groups


def test_large_layouts_put_each_community_apart_the_same_way_each_time():
    from kg.analysis import community_groups
    from kg.page.layout import EXACT_LAYOUT_BELOW

    G, planted = planted_communities()
    assert G.number_of_nodes() >= EXACT_LAYOUT_BELOW  # the grid layout, which groups communities
    groups = community_groups(G)
    pos = compute_layout(G, groups=groups)
    assert pos == compute_layout(G, groups=groups)  # seeded
    plain = compute_layout(G)

    def spread(p):
        """How far apart the planted groups lie, in units of their own size: the distance between
        two groups' centres over the mean distance of a node to its group's centre."""
        import statistics

        centres = [tuple(statistics.fmean(p[n][d] for n in g) for d in (0, 1)) for g in planted]
        within = statistics.fmean(math.dist(p[n], centres[k]) for k, g in enumerate(planted) for n in g)
        between = statistics.fmean(math.dist(a, b) for i, a in enumerate(centres) for b in centres[i + 1:])
        return between / within

    assert spread(pos) > 2.5 and spread(pos) > 1.5 * spread(plain), (spread(pos), spread(plain))


def test_cluster_centres_never_overlap_and_keep_the_largest_in_the_middle():
    from kg.page.layout import CLUSTER_RADIUS, cluster_centres

    sizes = [900, 40, 5000, 12, 12, 300, 8, 2000] + [20] * 40
    centres = cluster_centres(sizes, gap=2.0)
    radii = [CLUSTER_RADIUS * math.sqrt(s) + 1.5 for s in sizes]
    for i in range(len(sizes)):
        for j in range(i):
            assert math.dist(centres[i], centres[j]) >= radii[i] + radii[j] + 2.0 - 1e-9
    assert tuple(centres[2]) == (0.0, 0.0)  # the largest
    assert max(math.hypot(*c) for c in centres) < 3 * math.sqrt(sum(r * r for r in radii))  # packed


@pytest.mark.slow
def test_page_for_20k_nodes_renders():
    """(How long it takes is measured by bench/page_bench.py, not asserted here.)"""
    G = random_graph(20_000, 40_000)
    page = render_page(G)
    assert len(payload_of(page)["nodes"]) == 20_000


# ---- select_subgraph -------------------------------------------------------------------------


def chain() -> nx.MultiDiGraph:
    """a -founded-> b <-worksFor- c -owns-> d -owns-> e, plus x -sued-> a (x: alias "Xcorp")."""
    G = nx.MultiDiGraph()
    for n in "abcdex":
        G.add_node(n, label=f"Node {n.upper()}", type="Organization", aliases=[], wikidata=None)
    G.nodes["x"]["aliases"] = ["Xcorp"]
    G.nodes["a"]["aliases"] = ["Alpha Holdings"]
    for u, v, r in [("a", "b", "founded"), ("c", "b", "worksFor"), ("c", "d", "owns"),
                    ("d", "e", "owns"), ("x", "a", "sued")]:
        G.add_edge(u, v, key=r, relation=r, confidence=0.5,
                   facts=[{"evidence": f"{u} {r} {v}", "source": "s", "doc": "d", "title": None,
                           "date": None, "confidence": 0.5}])
    return G


@pytest.mark.parametrize(
    ("depth", "expected"),
    [(0, {"c"}), (1, {"b", "c", "d"}), (2, {"a", "b", "c", "d", "e"}), (5, set("abcdex"))],
)
def test_focus_depth_ignores_direction(depth, expected):
    H = select_subgraph(chain(), focus="node c", depth=depth)
    assert set(H) == expected


def test_focus_matches_alias_case_insensitively():
    assert set(select_subgraph(chain(), focus="XCORP", depth=1)) == {"x", "a"}
    assert set(select_subgraph(chain(), focus="  alpha   holdings ", depth=0)) == {"a"}


def test_focus_falls_back_to_a_unique_substring():
    assert find_entities(chain(), "corp") == ["x"]


def test_ambiguous_substring_is_an_error_naming_the_candidates():
    with pytest.raises(EntityNotFound, match=r"ambiguous.*Node A.*Node B"):
        find_entities(chain(), "node")


def test_unknown_focus_lists_close_matches():
    with pytest.raises(EntityNotFound) as info:
        select_subgraph(chain(), focus="Xcrop")
    assert "Xcorp" in str(info.value)
    assert info.value.exit_code == 7


def test_unknown_focus_without_close_matches_says_so():
    with pytest.raises(EntityNotFound, match="no close matches"):
        select_subgraph(chain(), focus="Zebra Quantum")


def test_relations_filter_edges_and_limit_hops():
    H = select_subgraph(chain(), focus="Node C", depth=3, relations=["owns"])
    assert set(H) == {"c", "d", "e"}
    assert {k for _, _, k in H.edges(keys=True)} == {"owns"}
    H = select_subgraph(chain(), relations="owns")  # one name, not its letters
    assert set(H) == set("abcdex") and H.number_of_edges() == 2


def test_unknown_relation_is_an_error():
    with pytest.raises(KGError, match="unknown relation.*ownz"):
        select_subgraph(chain(), relations=["ownz"])


def test_min_degree_counts_edges_after_relation_filter():
    assert set(select_subgraph(chain(), min_degree=2)) == {"a", "b", "c", "d"}
    assert set(select_subgraph(chain(), relations=["owns"], min_degree=1)) == {"c", "d", "e"}
    H = select_subgraph(chain(), relations=["owns"], min_degree=1)
    assert H.number_of_edges() == 2


def test_min_degree_keeps_the_focus():
    # degrees: a, b, c, d have 2 edges; e and x have 1. e is kept because it is the focus.
    H = select_subgraph(chain(), focus="Node E", depth=2, min_degree=2)
    assert set(H) == {"c", "d", "e"}


def test_negative_depth_is_an_error():
    with pytest.raises(KGError):
        select_subgraph(chain(), focus="Node A", depth=-1)


def test_select_subgraph_returns_an_independent_copy():
    G = chain()
    before = nx.to_dict_of_dicts(G)
    H = select_subgraph(G)
    assert H is not G and nx.utils.graphs_equal(H, G)
    H.nodes["x"]["aliases"].append("changed")
    H.edges["a", "b", "founded"]["facts"][0]["evidence"] = "changed"
    H.remove_node("a")
    assert G.nodes["x"]["aliases"] == ["Xcorp"]
    assert G.edges["a", "b", "founded"]["facts"][0]["evidence"] == "a founded b"
    assert nx.to_dict_of_dicts(G).keys() == before.keys()


# ---- notebooks -------------------------------------------------------------------------------


def test_iframe_embeds_the_escaped_page_in_a_sandbox(hostile):
    page = render_page(hostile)
    markup = iframe_html(page, height=500, title=HOSTILE)
    assert markup.startswith("<iframe ") and markup.endswith("</iframe>")
    assert 'sandbox="allow-scripts"' in markup and "allow-same-origin" not in markup
    assert "<script" not in markup and PAYLOAD_IMG not in markup
    srcdoc = re.search(r'srcdoc="([^"]*)"', markup).group(1)
    assert html.unescape(srcdoc) == page


def test_display_inline_returns_ipython_html(hostile):
    obj = display_inline(hostile, title="T", height=400)
    assert type(obj).__name__ == "HTML"
    assert obj.data.startswith("<div><iframe srcdoc=") and "height:400px" in obj.data


# ---- communities and source links ------------------------------------------------------------


def two_cliques() -> nx.MultiDiGraph:
    """Two groups of four organizations, linked inside and by one edge between them, and a loner."""
    G = nx.MultiDiGraph()
    for k in "abcdwxyz":
        G.add_node(f"kg:{k}", label=f"Org {k.upper()}", type="Organization", aliases=[], wikidata=None)
    G.add_node("kg:lone", label="Loner", type="Person", aliases=[], wikidata=None)
    for group in ("abcd", "wxyz"):
        for i, u in enumerate(group):
            for v in group[i + 1:]:
                G.add_edge(f"kg:{u}", f"kg:{v}", key="partneredWith", relation="partneredWith",
                           confidence=0.9, facts=[])
    G.add_edge("kg:d", "kg:w", key="sued", relation="sued", confidence=0.9, facts=[])
    return G


def test_communities_are_in_the_page_data_with_a_colour_each():
    from kg.analysis import communities, community_groups
    from kg.page.render import COMMUNITY_COLOURS

    G = two_cliques()
    groups = community_groups(G)
    assert sorted(map(sorted, groups)) == [[f"kg:{k}" for k in "abcd"], [f"kg:{k}" for k in "wxyz"]]
    assert community_groups(G) == groups  # seeded: the same groups every time
    assert communities(G) == [sorted(G.nodes[n]["label"] for n in g) for g in groups]
    data = payload_of(render_page(G))
    by_label = {n["label"]: n for n in data["nodes"]}
    assert "c" not in by_label["Loner"]  # entities without facts are in no community
    assert len({by_label[f"Org {k}"]["c"] for k in "ABCD"}) == 1
    assert by_label["Org A"]["c"] != by_label["Org W"]["c"]
    assert [c["size"] for c in data["communities"]] == [4, 4]
    assert [c["color"] for c in data["communities"]] == list(COMMUNITY_COLOURS[:2])
    # named by its most connected member (D and W have the edge between the groups)
    assert {c["name"] for c in data["communities"]} == {"Org D", "Org W"}
    assert payload_of(render_page(G, communities=False))["communities"] == []


def test_more_communities_than_colours_share_the_other_colour():
    from kg.page.render import COMMUNITY_COLOURS, OTHER_COMMUNITY_COLOUR

    G = nx.MultiDiGraph()
    for k in range(len(COMMUNITY_COLOURS) + 3):  # pairs: one community each
        G.add_node(f"kg:a{k}", label=f"A{k}", type="Person", aliases=[], wikidata=None)
        G.add_node(f"kg:b{k}", label=f"B{k}", type="Person", aliases=[], wikidata=None)
        G.add_edge(f"kg:a{k}", f"kg:b{k}", key="leads", relation="leads", confidence=1.0, facts=[])
    colours = [c["color"] for c in payload_of(render_page(G))["communities"]]
    assert colours[:len(COMMUNITY_COLOURS)] == list(COMMUNITY_COLOURS)
    assert set(colours[len(COMMUNITY_COLOURS):]) == {OTHER_COMMUNITY_COLOUR}


@pytest.mark.parametrize("url, source, expected", [
    ("https://news.example.com/a?b=1", "feed.jsonl", "https://news.example.com/a?b=1"),
    (None, "http://news.example.com/x.html", "http://news.example.com/x.html"),
    ("javascript:alert(1)", "javascript:alert(1)", None),
    ("data:text/html,<b>", "vbscript:x", None),
    (None, "does/not/exist.txt", None),
    (None, "/abs/path/article one.txt", "file:///abs/path/article%20one.txt"),
    (None, "", None),
])
def test_source_link_is_a_web_url_or_a_file_never_another_scheme(url, source, expected):
    from kg.page.render import source_link

    assert source_link(url, source) == expected


def test_a_document_source_that_exists_links_to_its_file(tmp_path, monkeypatch):
    from kg.page.render import doc_record

    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text("x", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    record = doc_record("kg:doc", "news/a.txt", "A", "document")
    assert record["href"] == (tmp_path / "news" / "a.txt").resolve().as_uri()
    assert "href" not in doc_record("kg:imp", "/abs/facts.nt", "imported from /abs/facts.nt", "import")
