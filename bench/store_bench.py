"""Store benchmark: named-query latency on synthetic graphs, Oxigraph (kg's store) beside rdflib's
in-memory store; load times; peak memory; the time to add one article to the big store.

    python bench/store_bench.py                      # 100k and 1M triples (about 10 minutes)
    python bench/store_bench.py --sizes 100000 --repeat 3
    python bench/store_bench.py --smoke              # 2,000 triples, seconds (used by a test)

The synthetic graphs follow the ontology and kg's mapping (bench/synth.py) and are loaded the way
users load RDF: ``kg import FILE`` (a subprocess, whose peak RSS is read with wait4). Each engine
runs in a child process of its own so its peak RSS is its own. Latency is the median of
``--repeat`` runs with every row fetched; rdflib runs each query ``--rdflib-repeat`` times
(default 1 at 1M: a join there takes seconds),
each capped at 120 s (rdflib cannot be interrupted; the child running it is killed). Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

#: name -> (named query, parameters, kind)
QUERIES = {
    "investors(name)": ("investors", {"name": "Organization 1"}, "one-hop"),
    "investors(name, any case)": ("investors", {"name": "organization 1"}, "one-hop"),
    "neighbourhood(name)": ("neighbourhood", {"name": "Person 7"}, "one-hop"),
    "evidence(subject,rel)": ("evidence", {"subject": "Person 0", "rel": "sued"}, "one-hop"),
    "founders": ("founders", {}, "two-hop"),
    "rivals": ("rivals", {}, "two-hop"),
    "sued": ("sued", {}, "two-hop"),
    "entities": ("entities", {}, "scan"),
}


def kg_exe() -> str:
    return str(Path(sys.executable).with_name("kg"))


def run_measured(cmd: list[str], **kw) -> tuple[float, int, str]:
    """(wall seconds, peak RSS in MB, stdout) of a subprocess."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, text=True, **kw)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        if proc.returncode:
            raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err.read()}")
        return wall, usage.ru_maxrss // 1024, out.read()


def run_child(args: list[str]) -> tuple[dict, int]:
    """Run this script as a worker; (its JSON answer, its peak RSS in MB)."""
    _, rss, out = run_measured([sys.executable, __file__, *args])
    return json.loads(out), rss


def worker(engine: str, target: str, repeat: int) -> dict:
    from kg.query import named_queries, prepare
    from kg.rdf import PREFIXES

    # The time includes binding the parameters the way `kg query` does (a name is looked up first).
    texts = {name: (named_queries()[q].read_text(), params) for name, (q, params, _) in QUERIES.items()}
    started = time.perf_counter()
    if engine == "oxigraph":
        from kg.store import GraphStore

        store = GraphStore(target, read_only=True)

        def run(text):
            return len(list(store.query(prepare(store, *text))))
    else:
        import rdflib

        graph = rdflib.Graph()
        graph.parse(target, format="nt")

        class Adapter:
            def query(self, sparql, reason=False):
                return graph.query(sparql, initNs=PREFIXES)

        def run(text):
            return _capped(lambda: len(list(graph.query(prepare(Adapter(), *text), initNs=PREFIXES))), RDFLIB_CAP)
    load = time.perf_counter() - started
    out = {"load_s": load, "queries": {}}
    for name, text in texts.items():
        times, rows = [], 0
        try:
            for _ in range(repeat):
                t = time.perf_counter()
                rows = run(text)
                times.append((time.perf_counter() - t) * 1000)
        except Exception as e:  # rdflib fails on some queries (GROUP_CONCAT of an unbound OPTIONAL)
            out["queries"][name] = {"ms": None, "rows": 0, "error": f"{type(e).__name__}: {e}"[:80]}
            continue
        out["queries"][name] = {"ms": statistics.median(times), "rows": rows}
    return out


RDFLIB_CAP = 120.0


def _capped(fn, cap: float) -> int:
    """Run ``fn`` in a forked child (sharing the loaded graph), killed after ``cap`` seconds:
    rdflib cannot be interrupted, and some of its query plans take hours."""
    import multiprocessing

    ctx = multiprocessing.get_context("fork")
    receive, send = ctx.Pipe(duplex=False)
    def target():
        try:
            send.send((True, fn()))
        except Exception as e:  # noqa: BLE001 - reported, not hidden
            send.send((False, f"{type(e).__name__}: {e}"))

    child = ctx.Process(target=target)
    child.start()
    answer = receive.recv() if receive.poll(cap) else None
    child.kill()
    child.join()
    if answer is None:
        raise TimeoutError(f"gave up after {cap:.0f} s")
    if not answer[0]:
        raise RuntimeError(answer[1])
    return answer[1]


def add_one_article(store: Path, tmp: Path) -> dict:
    """Time `kg build ONE_ARTICLE --store STORE` (the store's own time, and the whole command with
    and without rewriting graph.ttl/graph.html)."""
    article = ROOT / "seeds" / "000_2b23d448c3e89721.txt"
    copy = tmp / "one.txt"
    copy.write_text(article.read_text(encoding="utf-8") + "\n(one more article)\n", encoding="utf-8")
    wall, rss, out = run_measured([kg_exe(), "build", str(copy), "--store", str(store), "--out", str(tmp / "o"),
                                   "--no-page", "--no-export"])
    inner = next((line for line in out.splitlines() if line.startswith("time:")), "")
    return {"wall_s": wall, "rss_mb": rss, "report": inner}


def bench(size: int, repeat: int, rdflib_repeat: int | None, tmp: Path, skip_rdflib: bool) -> dict:
    import synth

    nt = tmp / f"synthetic-{size}.nt"
    t = time.perf_counter()
    lines = synth.write(size, nt)
    gen = time.perf_counter() - t
    store = tmp / f"store-{size}"
    wall, rss, _ = run_measured([kg_exe(), "import", str(nt), "--store", str(store)])
    res = {"size": lines, "generate_s": gen, "import_s": wall, "import_rss_mb": rss,
           "store_mb": sum(f.stat().st_size for f in store.iterdir()) / 1e6}
    res["oxigraph"], res["oxigraph_rss_mb"] = run_child(["--worker", "oxigraph", str(store), str(repeat)])
    if not skip_rdflib:
        rr = rdflib_repeat or (1 if size >= 500_000 else repeat)
        res["rdflib"], res["rdflib_rss_mb"] = run_child(["--worker", "rdflib", str(nt), str(rr)])
    res["add_article"] = add_one_article(store, tmp)
    return res


def report(res: dict) -> str:
    lines = [f"\n== {res['size']:,} triples ==",
             f"generate {res['generate_s']:.1f} s; kg import {res['import_s']:.1f} s "
             f"(peak RSS {res['import_rss_mb']} MB, store {res['store_mb']:.0f} MB on disk)"]
    ox, rl = res["oxigraph"], res.get("rdflib")
    lines.append(f"open: Oxigraph {ox['load_s'] * 1000:.0f} ms (peak RSS {res['oxigraph_rss_mb']} MB)"
                 + (f"; rdflib Memory parse {rl['load_s']:.1f} s (peak RSS {res['rdflib_rss_mb']} MB)" if rl else ""))
    lines.append(f"{'query':26} {'kind':8} {'rows':>7} {'Oxigraph ms':>12} {'rdflib ms':>11} {'ratio':>7}")
    for name, (_, _, kind) in QUERIES.items():
        o = ox["queries"][name]
        r = rl["queries"][name] if rl else None
        if r and r["ms"] is None:
            lines.append(f"{name:26} {kind:8} {o['rows']:>7} {o['ms']:>12.1f} {'fails':>11}  ({r['error']})")
            continue
        ratio = f"{r['ms'] / o['ms']:.0f}x" if r and o["ms"] > 0 else ""
        lines.append(f"{name:26} {kind:8} {o['rows']:>7} {o['ms']:>12.1f} "
                     f"{('%.1f' % r['ms']) if r else '-':>11} {ratio:>7}"
                     + ("" if not r or r["rows"] == o["rows"] else f"  (rdflib rows {r['rows']})"))
    add = res["add_article"]
    lines.append(f"add one article: {add['wall_s']:.1f} s for the whole command ({add['report']}), "
                 f"peak RSS {add['rss_mb']} MB")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--rdflib-repeat", type=int, default=None)
    ap.add_argument("--no-rdflib", action="store_true")
    ap.add_argument("--smoke", action="store_true", help="one tiny graph, one repetition")
    ap.add_argument("--json", type=Path, default=None, help="also write the figures here")
    ap.add_argument("--worker", nargs=3, metavar=("ENGINE", "TARGET", "REPEAT"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        engine, target, repeat = args.worker
        print(json.dumps(worker(engine, target, int(repeat))))
        return
    if args.smoke:
        args.sizes, args.repeat = [2_000], 1
    tmp = Path(tempfile.mkdtemp(prefix="kg-store-bench-"))
    results = []
    try:
        for size in args.sizes:
            res = bench(size, args.repeat, args.rdflib_repeat, tmp, args.no_rdflib)
            results.append(res)
            print(report(res), flush=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
