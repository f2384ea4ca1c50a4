"""Benchmark of kg serve's explorer: a synthetic store too large for one page, asked through the API.

Usage: .venv/bin/python bench/serve_bench.py [--entities 120000] [--keep DIR] [--no-browser]

Imports a synthetic graph (``--entities`` typed, labelled entities, a third with an alias; half of
them in about two facts each per entity of the graph, endpoints drawn by a Zipf law so there are
hubs) with ``kg import``, starts the server on a free loopback port in this process and measures,
each the median of a few requests:

* index: the first search, which builds the name index (names and fact counts);
* search: a search by alias, by a word of many labels, by one letter;
* neighbourhood: of the biggest hub, of an entity of median degree and of a leaf, at depth 1 and 2
  (entities and facts sent, the size of the answer);
* in headless Chromium: the explorer ready, a search typed and Enter until the neighbourhood is
  drawn (the hub's), and expanding one of its neighbours until drawn.

Timings are printed, never asserted.
"""

from __future__ import annotations

import argparse
import itertools
import json
import pathlib
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

RES = "http://kg.example.org/resource/entity/E"
KG = "http://kg.example.org/ontology#"
WORDS = "alpha beta gamma delta kestrel orvanta talverin brisklet marsh reyes thrive atlas nova vega".split()


def write_ntriples(path: pathlib.Path, n: int, seed: int = 1) -> None:
    from kg.model import ENTITY_TYPES, RELATIONS

    rng = random.Random(seed)
    types = list(ENTITY_TYPES)
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            e = f"<{RES}{i}>"
            out.write(f"{e} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{KG}{types[i % len(types)]}> .\n")
            out.write(f'{e} <http://www.w3.org/2000/01/rdf-schema#label> '
                      f'"{rng.choice(WORDS).title()} {rng.choice(WORDS).title()} {i}" .\n')
            if i % 3 == 0:
                out.write(f'{e} <http://www.w3.org/2004/02/skos/core#altLabel> "Alias{i}" .\n')
        linked = n // 2
        cum = list(itertools.accumulate(1.0 / (r + 1) for r in range(linked)))
        seen: set = set()
        k = 0
        while len(seen) < 2 * n:
            u = k if k < linked else rng.choices(range(linked), cum_weights=cum)[0]
            v = rng.choices(range(linked), cum_weights=cum)[0]
            k += 1
            r = rng.choice(RELATIONS)
            if u == v or (u, v, r) in seen:
                continue
            seen.add((u, v, r))
            out.write(f"<{RES}{u}> <{KG}{r}> <{RES}{v}> .\n")


def fetch(base: str, path: str, params: dict) -> tuple[float, int, dict]:
    t = time.perf_counter()
    with urllib.request.urlopen(base + path + "?" + urllib.parse.urlencode(params), timeout=600) as r:
        body = r.read()
    return (time.perf_counter() - t) * 1000, len(body), json.loads(body)


def median_ms(base: str, path: str, params: dict, runs: int = 5) -> tuple[float, int, dict]:
    results = [fetch(base, path, params) for _ in range(runs)]
    return statistics.median(r[0] for r in results), results[0][1], results[0][2]


PAINTED = "() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))"


def measure_browser(base: str, alias: str) -> dict:
    from browser_util import browser, open_page, wait_ready

    with browser() as b:
        page = open_page(b)
        t = time.perf_counter()
        page.goto(base + "explore")
        wait_ready(page)
        ready = time.perf_counter() - t
        page.fill("#kg-search", alias)
        page.wait_for_selector("#kg-results button")
        t = time.perf_counter()
        page.press("#kg-search", "Enter")
        page.wait_for_function("() => kgGraph.network.getSelectedNodes().length === 1", timeout=600_000)
        page.evaluate(PAINTED)
        opened = time.perf_counter() - t
        drawn = page.evaluate("() => [kgGraph.shownNodes().length, kgGraph.shownEdges().length]")
        other = page.evaluate("""() => { const sel = kgGraph.network.getSelectedNodes()[0];
            return kgGraph.shownNodes().filter(i => i !== sel).sort((a, b) => kgGraph.data.nodes[b].facts -
                kgGraph.data.nodes[a].facts)[0]; }""")
        t = time.perf_counter()
        page.evaluate("(i) => kgGraph.expand(i)", other)
        page.wait_for_function("(i) => kgGraph.loadedDepth(i) > 0", arg=other, timeout=600_000)
        page.evaluate(PAINTED)
        expanded = time.perf_counter() - t
        after = page.evaluate("() => [kgGraph.shownNodes().length, kgGraph.shownEdges().length]")
        remote = [u for u in page.kg_log.requests if not u.startswith(base)]
        errors = page.kg_log.page_errors + page.kg_log.console_errors
    return {"ready_s": ready, "open_s": opened, "drawn": drawn, "expand_s": expanded, "after": after,
            "remote": remote, "errors": errors}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--entities", type=int, default=120_000)
    ap.add_argument("--keep", default=None, help="build the store in this folder (reused if it exists)")
    ap.add_argument("--no-browser", action="store_true")
    args = ap.parse_args(argv)

    from browser_util import skip_reason
    from kg.serve import make_server

    with tempfile.TemporaryDirectory() as tmp:
        out = pathlib.Path(args.keep or tmp)
        out.mkdir(parents=True, exist_ok=True)
        if not (out / "store").exists():
            nt = out / "synthetic.nt"
            write_ntriples(nt, args.entities)
            t = time.perf_counter()
            subprocess.run([str(pathlib.Path(sys.executable).with_name("kg")), "import", str(nt), "--out", str(out)],
                           check=True, capture_output=True)
            print(f"kg import of {args.entities:,} entities: {time.perf_counter() - t:.1f} s", file=sys.stderr)
        server = make_server(out, out / "store", port=0)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{server.server_address[1]}/"
        try:
            index_ms, _, first = fetch(base, "api/search", {"q": "Alias3"})
            print(f"entities in the store: {first['entities']:,}; name index built by the first search: "
                  f"{index_ms / 1000:.2f} s")
            print("\n| search | results | median ms |\n| --- | ---: | ---: |")
            for q in ("Alias300", "kestrel marsh", "a"):
                ms, _, answer = median_ms(base, "api/search", {"q": q})
                print(f"| {q!r} | {len(answer['results'])} | {ms:.0f} |")
            facts = server.explorer.index()
            order = sorted(facts.counts, key=lambda iri: (-facts.counts[iri], iri))
            picks = {"biggest hub": order[0], "median": order[len(order) // 2], "leaf": order[-1]}
            print("\n| neighbourhood | its facts | depth | entities sent (in reach) | facts sent | complete | KB "
                  "| median ms |\n| --- | ---: | ---: | ---: | ---: | --- | ---: | ---: |")
            for name, iri in picks.items():
                for depth in (1, 2):
                    ms, size, data = median_ms(base, "api/neighbourhood", {"entity": iri, "depth": depth}, runs=3)
                    print(f"| {name} | {facts.counts[iri]:,} | {depth} | {len(data['nodes'])} ({data['found']:,}) "
                          f"| {len(data['edges']):,} | {data['complete']} | {size / 1000:.0f} | {ms:.0f} |")
            if not args.no_browser and skip_reason() is None:
                alias = "Alias" + order[0].rsplit("E", 1)[1]
                r = measure_browser(base, alias.lower())
                print(f"\nbrowser: explorer ready {r['ready_s']:.2f} s; search {alias!r} + Enter until the hub's "
                      f"neighbourhood is drawn {r['open_s']:.2f} s ({r['drawn'][0]} entities, {r['drawn'][1]:,} "
                      f"relations); expanding its most connected neighbour {r['expand_s']:.2f} s (then "
                      f"{r['after'][0]} entities, {r['after'][1]:,} relations); requests off loopback: "
                      f"{len(r['remote'])}; errors: {r['errors'] or 'none'}")
        finally:
            server.shutdown()
            server.server_close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
