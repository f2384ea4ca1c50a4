"""Benchmark of kg.page: page generation and time until the page is interactive in Chromium.

Usage: .venv/bin/python bench/page_bench.py [--sizes 500,5000,20000] [--no-browser]

For each size it builds a synthetic graph shaped like the projection's output (edges about twice
the nodes, hubs as in news, evidence sentences of realistic length), renders it, and opens it in
headless Chromium, measuring until ``body[data-ready=1]`` (drawn). It also times one relation
filter toggle and one node selection (neighbourhood dimming + side panel), the two interactions
that touch every node or edge.
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


def synthetic_graph(n: int, *, seed: int = 1):
    """A MultiDiGraph of ``n`` entities and about ``2 n`` relations, following the contract."""
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
    # News graphs have hubs: endpoints drawn with weights ~ 1/rank (Zipf).
    weights = [1.0 / (r + 1) for r in range(n)]
    docs = max(1, n // 5)
    titles = [" ".join(rng.choices(WORDS, k=8)).title() for _ in range(docs)]
    for _ in range(2 * n):
        u, v = rng.choices(nodes, weights, k=2)
        if u == v:
            v = rng.choice(nodes)
        relation = rng.choice(RELATIONS)
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
                }
            )
        G.add_edge(u, v, key=relation, relation=relation,
                   confidence=max(f["confidence"] for f in facts), facts=facts)
    return G


def measure_browser(path: pathlib.Path, relation: str) -> dict:
    from browser_util import browser, count_drawn_pixels, open_page, wait_ready

    with browser() as b:
        page = open_page(b)
        start = time.perf_counter()
        page.goto(path.as_uri(), timeout=300_000)
        wait_ready(page, timeout_ms=300_000)
        ready = time.perf_counter() - start
        drawn = count_drawn_pixels(page)
        timings = page.evaluate(
            """(rel) => {
                const t0 = performance.now();
                kgGraph.setRelationVisible(rel, false);
                const t1 = performance.now();
                kgGraph.selectNode(0);
                const t2 = performance.now();
                return [t1 - t0, t2 - t1];
            }""",
            relation,
        )
        offline = not page.kg_log.non_local_requests()
        errors = page.kg_log.page_errors + page.kg_log.console_errors
    return {"ready_s": ready, "filter_ms": timings[0], "select_ms": timings[1],
            "drawn_px": drawn, "offline": offline, "errors": errors}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="500,5000,20000")
    parser.add_argument("--no-browser", action="store_true")
    args = parser.parse_args(argv)

    from browser_util import skip_reason
    from kg.page import compute_layout, render_page

    use_browser = not args.no_browser and skip_reason() is None
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in (int(s) for s in args.sizes.split(",")):
            G = synthetic_graph(n)
            t = time.perf_counter()
            compute_layout(G)
            layout_s = time.perf_counter() - t
            t = time.perf_counter()
            page = render_page(G, title=f"bench {n}")
            render_s = time.perf_counter() - t
            path = pathlib.Path(tmp) / f"bench_{n}.html"
            path.write_text(page, encoding="utf-8")
            row = {"nodes": n, "edges": G.number_of_edges(), "html_mb": len(page.encode()) / 1e6,
                   "layout_s": layout_s, "render_s": render_s}
            if use_browser:
                row.update(measure_browser(path, RELATIONS[0]))
            rows.append(row)
            print(row, file=sys.stderr, flush=True)

    header = "| nodes | edges | HTML MB | layout s | render_page s (incl. layout) |"
    sep = "| ---: | ---: | ---: | ---: | ---: |"
    if use_browser:
        header += " ready in Chromium s | filter toggle ms | select node ms | offline |"
        sep += " ---: | ---: | ---: | --- |"
    print(header)
    print(sep)
    for r in rows:
        line = (f"| {r['nodes']} | {r['edges']} | {r['html_mb']:.1f} | {r['layout_s']:.2f} "
                f"| {r['render_s']:.2f} |")
        if use_browser:
            line += (f" {r['ready_s']:.2f} | {r['filter_ms']:.0f} | {r['select_ms']:.0f} "
                     f"| {'yes' if r['offline'] else 'NO'} |")
        print(line)
    if not use_browser:
        print(f"(browser timings skipped: {skip_reason() or '--no-browser'})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
