"""Benchmark of kg.page: page generation and how fast the page answers in headless Chromium.

Usage: .venv/bin/python bench/page_bench.py [--sizes 500,5000,20000] [--no-browser] [--keep DIR]

For each size it builds a synthetic graph shaped like a news archive's projection (about half the
entities take part in no fact, as in the seeds; the others share about two relations per entity
of the graph with hubs drawn by a Zipf law; evidence sentences of realistic length, one to three
facts an edge), renders it, and opens it in headless Chromium (Debian's chromium). Measured:

* ready: from navigation until ``body[data-ready=1]`` (drawn and interactive);
Each interaction is timed from the call until the next frame is painted, the median of three runs
(undone between them), so a busy machine disturbs the figures less:

* filter: one relation unticked, until the next frame is painted (the call, and the redraw);
* focus: the 1-hop neighbourhood of the biggest hub shown and fitted, until painted;
* select: a click's work (highlight the neighbourhood, fill the side panel), until painted;
* search: typing an alias into the search box (results listed), then Enter (the entity found,
  revealed if hidden, centred, selected), until painted, through Playwright (its typing and
  round trips included); "search in page": the same input and Enter events dispatched by a script
  in the page, until painted (what a reader waits for);
* lines: how many lines the fitted first view draws, and how many long ones it leaves out;
* the file's size, and the labels of the initial view: how many are drawn and how many pairs of
  their boxes (as the page reports them, in screen pixels) overlap.

Timings are printed, never asserted (tests do not time the page).
"""

from __future__ import annotations

import argparse
import pathlib
import random
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from kg.model import ENTITY_TYPES, RELATIONS  # noqa: E402

WORDS = (
    "the company said on tuesday that its new chip would ship to customers later this year "
    "after regulators approved a deal worth billions of dollars with partners in europe and asia "
    "while analysts expected revenue growth to slow as rivals cut prices and investors worried"
).split()


def synthetic_graph(n: int, *, seed: int = 1, isolated_share: float = 0.5, edges_per_node: float = 2.0):
    """A MultiDiGraph of ``n`` entities and about ``edges_per_node * n`` relations among the
    entities that are not isolated, following the projection's contract."""
    import networkx as nx

    rng = random.Random(seed)
    G = nx.MultiDiGraph()
    types = list(ENTITY_TYPES) + ["Entity"]
    for i in range(n):
        G.add_node(
            f"https://example.org/kg/entity/{i}",
            label=f"{rng.choice(WORDS).title()} {rng.choice(WORDS).title()} {i}",
            type=rng.choice(types),
            aliases=[f"Alias{i}"] if rng.random() < 0.3 else [],
            wikidata=f"Q{rng.randint(1, 10**7)}" if rng.random() < 0.2 else None,
        )
    nodes = list(G)
    linked = nodes[: max(2, int(n * (1 - isolated_share)))]
    # News graphs have hubs: endpoints drawn with weights ~ 1/rank (Zipf), every linked entity
    # in at least one fact.
    import itertools

    cum = list(itertools.accumulate(1.0 / (r + 1) for r in range(len(linked))))
    docs = max(1, n // 5)
    titles = [" ".join(rng.choices(WORDS, k=8)).title() for _ in range(docs)]
    target = int(edges_per_node * n)
    k = 0
    seen = set()
    while len(seen) < target:
        if k < len(linked):
            u, v = linked[k], rng.choices(linked, cum_weights=cum)[0]
        else:
            u, v = rng.choices(linked, cum_weights=cum, k=2)
        k += 1
        if u == v:
            v = rng.choice(linked)
        relation = rng.choice(RELATIONS)
        if (u, v, relation) in seen:
            continue
        seen.add((u, v, relation))
        facts = []
        for _ in range(rng.choice((1, 1, 1, 2, 3))):
            d = rng.randrange(docs)
            facts.append(
                {
                    "evidence": " ".join(rng.choices(WORDS, k=rng.randint(12, 40))).capitalize() + ".",
                    "source": f"articles/{d:06d}.html",
                    "doc": f"https://example.org/kg/doc/{d}",
                    "title": titles[d],
                    "date": f"2024-{d % 12 + 1:02d}",
                    "confidence": round(rng.uniform(0.3, 1.0), 3),
                    "kind": "document",
                }
            )
        G.add_edge(u, v, key=relation, relation=relation,
                   confidence=max(f["confidence"] for f in facts), facts=facts)
    return G


PAINTED = "() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))"


def measure_browser(path: pathlib.Path, relation: str, alias: str) -> dict:
    from browser_util import browser, open_page, wait_ready

    with browser() as b:
        page = open_page(b)
        start = time.perf_counter()
        page.goto(path.as_uri(), timeout=300_000)
        wait_ready(page, timeout_ms=300_000)
        ready = time.perf_counter() - start
        boxes = page.evaluate("() => kgGraph.labelBoxes()")
        drawn = page.evaluate("() => kgGraph.drawn()")
        shown = page.evaluate("() => [kgGraph.shownNodes().length, kgGraph.shownEdges().length]")

        def timed(script: str, arg=None, undo: str | None = None) -> float:
            """Milliseconds from the call until the next frame is painted: the median of three runs
            (``undo`` between them) when ``undo`` is given, so a busy machine disturbs it less."""
            if undo is None:
                return once(script, arg)
            runs = []
            for k in range(3):
                runs.append(once(script, arg))
                if k < 2:
                    once(undo, arg)
            return sorted(runs)[1]

        def once(script: str, arg=None) -> float:
            return page.evaluate(
                """async ([script, arg]) => {
                    const t0 = performance.now();
                    (new Function('arg', script))(arg);
                    await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
                    return performance.now() - t0;
                }""",
                [script, arg],
            )

        hub = page.evaluate("""() => { const d = kgGraph.data, deg = new Array(d.nodes.length).fill(0);
            d.edges.forEach(e => { deg[e.from]++; deg[e.to]++; });
            return deg.indexOf(Math.max(...deg)); }""")
        filter_ms = timed("kgGraph.setRelationVisible(arg, false)", relation, "kgGraph.setRelationVisible(arg, true)")
        timed("kgGraph.setRelationVisible(arg, true)", relation)
        focus_ms = timed("kgGraph.showNeighbourhood(arg, 1)", hub, "kgGraph.back()")
        back_ms = timed("kgGraph.back()", None, "kgGraph.showNeighbourhood(%d, 1)" % hub)
        select_ms = timed("kgGraph.selectNode(arg)", hub, "kgGraph.clearSelection()")
        timed("kgGraph.clearSelection()")
        t = time.perf_counter()
        page.fill("#kg-search", alias)
        page.press("#kg-search", "Enter")
        page.evaluate(PAINTED)
        search_ms = (time.perf_counter() - t) * 1000
        found = page.evaluate("() => kgGraph.network.getSelectedNodes()")
        timed("kgGraph.clearSelection(); kgGraph.back()")
        page.evaluate("() => { const s = document.querySelector('#kg-search'); s.value = ''; }")
        search_page_ms = timed("""const s = document.querySelector('#kg-search');
            s.value = arg; s.dispatchEvent(new Event('input'));
            s.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter'}));""", alias,
            "kgGraph.clearSelection(); document.querySelector('#kg-search').value = '';")
        found_page = page.evaluate("() => kgGraph.network.getSelectedNodes()")
        offline = not page.kg_log.non_local_requests()
        errors = page.kg_log.page_errors + page.kg_log.console_errors
    return {"ready_s": ready, "filter_ms": filter_ms, "focus_ms": focus_ms, "back_ms": back_ms,
            "select_ms": select_ms, "search_ms": search_ms, "search_found": len(found) == 1,
            "search_page_ms": search_page_ms, "search_page_found": found_page == found,
            "shown": shown, "labels": len(boxes), "lines": drawn["lines"], "hidden": drawn.get("hidden", 0), "overlaps": overlaps(boxes), "offline": offline,
            "errors": errors}


def overlaps(boxes: list[dict]) -> int:
    """Pairs of label boxes that overlap."""
    count = 0
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            if a["x"] < b["x"] + b["w"] and b["x"] < a["x"] + a["w"] and \
               a["y"] < b["y"] + b["h"] and b["y"] < a["y"] + a["h"]:
                count += 1
    return count


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="500,5000,20000")
    parser.add_argument("--no-browser", action="store_true")
    parser.add_argument("--keep", default=None, help="keep the pages in this folder")
    args = parser.parse_args(argv)

    from browser_util import skip_reason
    from kg.analysis import community_groups
    from kg.page import compute_layout, render_page

    use_browser = not args.no_browser and skip_reason() is None
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = pathlib.Path(args.keep or tmp)
        folder.mkdir(parents=True, exist_ok=True)
        for n in (int(s) for s in args.sizes.split(",")):
            G = synthetic_graph(n)
            t = time.perf_counter()
            compute_layout(G, groups=community_groups(G))  # as render_page does: by community
            layout_s = time.perf_counter() - t
            t = time.perf_counter()
            page = render_page(G, title=f"bench {n}")
            render_s = time.perf_counter() - t
            path = folder / f"bench_{n}.html"
            path.write_text(page, encoding="utf-8")
            alias = next(a for _, d in G.nodes(data=True) for a in d["aliases"])
            row = {"nodes": n, "edges": G.number_of_edges(),
                   "isolated": sum(1 for v in G if G.degree(v) == 0),
                   "html_mb": len(page.encode()) / 1e6, "layout_s": layout_s, "render_s": render_s}
            if use_browser:
                row.update(measure_browser(path, RELATIONS[0], alias.lower()))
            rows.append(row)
            print(row, file=sys.stderr, flush=True)

    header = "| nodes | edges | isolated | HTML MB | layout s (incl. communities) | render_page s (incl. layout) |"
    sep = "| ---: | ---: | ---: | ---: | ---: | ---: |"
    if use_browser:
        header += (" ready s | filter ms | focus ms | back ms | select ms | search ms | search in page ms "
                   "| lines drawn (left out) | labels drawn | overlapping label pairs | offline |")
        sep += " ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
    print(header)
    print(sep)
    for r in rows:
        line = (f"| {r['nodes']} | {r['edges']} | {r['isolated']} | {r['html_mb']:.1f} | {r['layout_s']:.2f} "
                f"| {r['render_s']:.2f} |")
        if use_browser:
            line += (f" {r['ready_s']:.2f} | {r['filter_ms']:.0f} | {r['focus_ms']:.0f} | {r['back_ms']:.0f} "
                     f"| {r['select_ms']:.0f} | {r['search_ms']:.0f}{'' if r['search_found'] else ' (not found)'} "
                     f"| {r['search_page_ms']:.0f}{'' if r['search_page_found'] else ' (not found)'} "
                     f"| {r['lines']} ({r['hidden']}) "
                     f"| {r['labels']} | {r['overlaps']} | {'yes' if r['offline'] else 'NO'} |")
        print(line)
    if not use_browser:
        print(f"(browser timings skipped: {skip_reason() or '--no-browser'})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
