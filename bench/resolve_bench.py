"""Resolution benchmark: the cost of keeping the graph a function of its documents.

Stores of synthetic *documents* (hand-made extraction records: people named in full, by surname
alone or by first name alone, shared surnames, organizations with legal suffixes and acronyms,
skewed popularity so some entities are hubs), at about 100k and 1M triples of the queried graph.
For each size it prints:

* the time of a whole-store resolution from scratch (``kg resolve``), and its peak RSS;
* adding one article to the store (``kg.build.build`` of one file, in a process that has loaded
  the spaCy model already, so the figure is the time *beyond* the model load; median of
  ``--repeat``), with the summary's counts and without them (``--quiet``), for a plain article
  and for one naming the biggest hub (whose component is re-resolved), and the whole ``kg build
  ONE --no-export`` command for reference;
* the summary's counts alone: read from the counts the store keeps, and counted (a scan), when
  the code has both;
* removing that article again (the same, ``remove_document`` in process, and ``kg remove``).

``--before DIR`` runs the same adds and removals with another checkout of kg (e.g. the code
before issue 12: ``git archive a2bf37f | tar -x -C /tmp/kg-before``) on a store of the same
documents written by that code, for a before/after comparison.

    python bench/resolve_bench.py                              # 100k and 1M
    python bench/resolve_bench.py --sizes 100000 --repeat 3 --before /tmp/kg-before
    python bench/resolve_bench.py --smoke                      # seconds (used by a test)

Times are medians of ``--repeat`` runs, with the fastest and slowest in brackets. Figures are
printed, never asserted.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

FIRST = ("Ada Boris Carla Dmitri Elena Farid Greta Hiro Ines Jonas Kofi Lena Marta Nadia Oskar Priya Quentin Rosa "
         "Sven Tariq Ursula Viktor Wanda Xavier Yara Zoltan Amara Bruno Chen Dalia Emil Fatima Goran Hana Ivo Jana "
         "Kenji Lucia Milan Nora Omar Petra Rafael Sofia Tomas Uma Vera Wei Yusuf Zara").split()
SURNAMES = ("Quinlan Feldt Montes Osei Varga Haddad Lindqvist Tanaka Duarte Becker Mensah Novak Okafor Petrov "
            "Rossi Schmidt Torres Ueda Vasquez Weber Xu Yilmaz Zhang Abbott Barros Castillo Dietrich Eriksen "
            "Fischer Gallo Hoffmann Ibrahim Jansen Kowalski Larsen Moreau Nakamura Oliveira Park Quist Romero "
            "Sato Tran Ulrich Valdez Wagner Young Ziegler Andersen Bauer Costa Dubois Engel Ferrari Garcia "
            "Hansen Ito Jensen Kim Lopez Meyer Nielsen Ortiz Pereira Ramos Silva Takahashi Urban Vogel Wolf "
            "Yamamoto Zimmermann Alvarez Berg Cruz Diaz Ekström Fuchs Gomez Horvat Iversen Jovanovic Keller "
            "Lambert Marino Nagy Olsen Pavlov Richter Santos Tamura Underwood Volkov Walsh Yoshida Zeller").split()
STEMS = ("Bright Corvid Delta Ember Fjord Granite Helix Ionic Juniper Kestrel Lumen Meridian Nimbus Onyx Pioneer "
         "Quartz Radiant Summit Tandem Umbra Vertex Willow Xenon Yonder Zephyr Aurora Beacon Cobalt Drift Echo "
         "Falcon Glacier Harbor Indigo Jasper Krypton Lattice Magnet Nova Orbit").split()
TAILS = ("Line Wave Point Field Stone Gate Bridge Path Peak Works").split()
KINDS = ("Labs Systems Capital Robotics Bio Motors Cloud Analytics Forge Networks Energy Media").split()
PERSON_ORG = ("founded", "ceoOf", "worksFor", "left", "leads")
ORG_ORG = ("acquired", "partneredWith", "sued", "investedIn", "subsidiaryOf")


def synthetic_documents(n_docs: int, seed: int = 12):
    """Extraction records of ``n_docs`` articles (deterministic for a size and seed)."""
    from kg.model import Assertion, Document, Entity, Extraction
    from kg.rdf import entity_key

    rnd = random.Random(seed)
    n_people = max(30, n_docs // 3)
    pairs = [(f, s) for s in SURNAMES for f in FIRST]
    rnd.shuffle(pairs)
    people = pairs[:n_people]
    stems = [f"{a}{b.lower()}" for a in STEMS for b in TAILS]
    rnd.shuffle(stems)
    n_orgs = max(20, n_docs // 3)
    orgs = [f"{stems[i % len(stems)]} {KINDS[(i // len(stems)) % len(KINDS)]}"
            + (f" {KINDS[(i * 7) % len(KINDS)]} Group" if i % 10 == 0 else "") for i in range(n_orgs)]
    weights_p = [1 / (r + 1) ** 0.9 for r in range(len(people))]
    weights_o = [1 / (r + 1) ** 0.9 for r in range(len(orgs))]
    docs = []
    for i in range(n_docs):
        doc_id = hashlib.sha256(f"synthetic article {i}".encode()).hexdigest()
        ents: dict[str, Entity] = {}
        persons, companies = [], []
        for first, last in {p: None for p in rnd.choices(people, weights_p, k=rnd.randint(1, 3))}:
            full = f"{first} {last}"
            roll = rnd.random()
            name, aliases = (full, (last,) if rnd.random() < 0.5 else ()) if roll < 0.7 else \
                ((last, ()) if roll < 0.9 else (first, ()))
            ents.setdefault(entity_key(name), Entity(entity_key(name), name, "Person", aliases))
            persons.append(entity_key(name))
        for org in {o: None for o in rnd.choices(orgs, weights_o, k=rnd.randint(1, 3))}:
            name, aliases = org, ()
            if org.endswith(" Group") and rnd.random() < 0.3:
                name = "".join(w[0] for w in org.split())  # the acronym alone
            elif rnd.random() < 0.15:
                name, aliases = f"{org} Inc.", (org,)
            ents.setdefault(entity_key(name), Entity(entity_key(name), name, "Organization", aliases))
            companies.append(entity_key(name))
        facts = []
        for j in range(rnd.randint(2, 5)):
            if persons and (len(companies) < 2 or rnd.random() < 0.6):
                s, rel, o = rnd.choice(persons), rnd.choice(PERSON_ORG), rnd.choice(companies)
            else:
                s, o = rnd.sample(companies, 2) if len(companies) >= 2 else (companies[0], companies[0])
                rel = rnd.choice(ORG_ORG)
            if s == o:
                continue
            facts.append(Assertion(s, rel, o, doc_id, f"{ents[s].name} {rel} {ents[o].name}.", 0.8,
                                   "verb:synthetic", f"20{10 + j:02d}" if j == 0 else None, 60 * j))
        doc = Document(id=doc_id, source=f"synthetic/{i:06d}.txt", text="", title=f"Synthetic article {i}",
                       date="2024-05-01")
        docs.append(Extraction(document=doc, entities=tuple(ents.values()), assertions=tuple(facts)))
    hub_person, hub_org = " ".join(people[0]), orgs[0]
    return docs, hub_person, hub_org


# ----------------------------------------------------------------------------- workers (one per code)
def worker_make(store: str, n_docs: int, before: bool) -> dict:
    """Write the synthetic documents into a new store with the code on sys.path."""
    docs, hub_person, hub_org = synthetic_documents(n_docs)
    from kg.store import GraphStore

    started = time.perf_counter()
    if before:  # the code before issue 12: resolve_across, then one transaction a document
        from kg.extract import resolve_across

        with GraphStore(store) as st:
            for ex in resolve_across(docs):
                st.write_extraction(ex, "bench")
        resolve_s = None
    else:  # the documents' graphs in bulk, then one resolution of the whole store
        from pyoxigraph import Quad

        from kg.rdf import extraction_quads
        from kg.resolve import resolve_everything

        with GraphStore(store) as st:
            st.raw.bulk_extend(Quad(q.subject, q.predicate, q.object, q.graph_name)
                               for ex in docs for q in extraction_quads(ex, "bench"))
            t = time.perf_counter()
            resolve_everything(st)
            resolve_s = time.perf_counter() - t
    with GraphStore(store) as st:
        triples = st.count_triples()
    return {"documents": len(docs), "triples": triples, "make_s": time.perf_counter() - started,
            "resolve_s": resolve_s, "hub_person": hub_person, "hub_org": hub_org}


def worker_measure(store: str, articles: list[str], repeat: int) -> dict:
    """Add each article and remove it again, ``repeat`` times, with the model loaded first: the
    build as ``kg build`` runs it (with the summary's counts of the whole graph) and, when the code
    has the option, as ``kg build --quiet`` runs it (without them)."""
    import inspect

    from kg.build import build
    from kg.documents import read_file
    from kg.extract import extract_documents
    from kg.nlp import load_nlp
    from kg.store import GraphStore

    t = time.perf_counter()
    load_nlp()
    out = {"model_load_s": time.perf_counter() - t, "articles": {}}
    quiet = "stats" in inspect.signature(build).parameters
    from kg.build import graph_stats

    if "fresh" in inspect.signature(graph_stats).parameters:  # counts kept by the store
        read, counted = [], []
        with GraphStore(store, read_only=True) as st:
            for _ in range(repeat):
                t = time.perf_counter()
                kept = graph_stats(st)
                read.append(time.perf_counter() - t)
                t = time.perf_counter()
                fresh = graph_stats(st, fresh=True)
                counted.append(time.perf_counter() - t)
                assert kept == fresh, (kept, fresh)
        out["counts"] = {"read_s": statistics.median(read), "counted_s": statistics.median(counted)}
    # One add and removal first, not timed: the first build of a process imports and sets up
    # what the others reuse, which would land on whichever variant runs first.
    [doc] = read_file(articles[0])
    build([articles[0]], store, **({"stats": False} if quiet else {}))
    with GraphStore(store) as st:
        assert st.remove_document(doc.id)
    for path in articles:
        [doc] = read_file(path)
        times: dict[str, list[float]] = {"extract_s": [], "add_s": [], "add_quiet_s": [], "remove_s": []}
        for i in range(repeat):
            t = time.perf_counter()
            list(extract_documents([doc]))
            times["extract_s"].append(time.perf_counter() - t)
            variants = (("add_s", {}), ("add_quiet_s", {"stats": False}))
            for key, options in variants[::-1] if i % 2 else variants:  # each goes first as often
                if options and not quiet:
                    continue
                t = time.perf_counter()
                report = build([path], store, **options)
                times[key].append(time.perf_counter() - t)
                assert report.documents_built == 1, report
                t = time.perf_counter()
                with GraphStore(store) as st:
                    assert st.remove_document(doc.id)
                times["remove_s"].append(time.perf_counter() - t)
        out["articles"][Path(path).name] = {k: statistics.median(v) if v else None for k, v in times.items()}
        out["articles"][Path(path).name]["doc_id"] = doc.id
        out["articles"][Path(path).name]["runs"] = times
    return out


# ----------------------------------------------------------------------------- driver
def run(cmd: list[str], env: dict | None = None) -> tuple[float, int, str]:
    """(wall seconds, peak RSS in MB, stdout) of a subprocess; exits with its stderr on failure."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, text=True, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - started
        out.seek(0)
        err.seek(0)
        if os.waitstatus_to_exitcode(status):
            raise SystemExit(f"{' '.join(cmd)} failed:\n{err.read()}")
        return wall, usage.ru_maxrss // 1024, out.read()


def code_env(code: Path) -> dict:
    return {**os.environ, "PYTHONPATH": str(code)}


def worker(code: Path, *args: str) -> tuple[dict, int]:
    wall, rss, out = run([sys.executable, __file__, "--worker", *args], env=code_env(code))
    return json.loads(out.strip().splitlines()[-1]), rss


def kg_cmd(code: Path, *args: str) -> tuple[float, int, str]:
    return run([sys.executable, "-c", "from kg.cli import main; main()", *args], env=code_env(code))


def articles(tmp: Path, hub_person: str, hub_org: str) -> list[str]:
    plain = tmp / "plain.txt"
    plain.write_text((ROOT / "seeds" / "000_2b23d448c3e89721.txt").read_text(encoding="utf-8")
                     + "\n(one more article)\n", encoding="utf-8")
    surname = hub_person.split()[-1]
    hub = tmp / "hub.txt"
    hub.write_text(f"{hub_person} is the chief executive of {hub_org}.\n{surname} said {hub_org} would hire "
                   f"200 engineers in 2025.\n{hub_org} sued Meridianwave Networks over a patent.\n", encoding="utf-8")
    return [str(plain), str(hub)]


def bench_size(target: int, repeat: int, codes: dict[str, Path], tmp: Path) -> dict:
    n_docs = max(20, target // 41)  # about 41 triples of the queried graph a document
    res = {"target": target}
    for label, code in codes.items():
        store = tmp / f"store-{label}-{target}"
        made, rss = worker(code, "make", str(store), str(n_docs), "before" if label == "before" else "after")
        made["make_rss_mb"] = rss
        r = {"made": made}
        if label == "after":
            wall, rss, out = kg_cmd(code, "resolve", "--store", str(store), "--out", str(tmp / "o"), "--no-page")
            r["kg_resolve"] = {"wall_s": wall, "rss_mb": rss,
                               "report": next((x for x in out.splitlines() if x.startswith("time:")), "")}
        arts = articles(tmp, made["hub_person"], made["hub_org"])
        r["measure"], r["measure_rss_mb"] = worker(code, "measure", str(store), json.dumps(arts), str(repeat))
        wall, rss, out = kg_cmd(code, "build", arts[1], "--store", str(store), "--out", str(tmp / "o"), "--no-export")
        r["kg_build"] = {"wall_s": wall, "rss_mb": rss,
                         "report": next((x for x in out.splitlines() if x.startswith("time:")), "")}
        doc_id = r["measure"]["articles"]["hub.txt"]["doc_id"]
        wall, rss, _ = kg_cmd(code, "remove", doc_id, "--store", str(store), "--out", str(tmp / "o"), "--no-page")
        r["kg_remove"] = {"wall_s": wall, "rss_mb": rss}
        res[label] = r
        shutil.rmtree(store, ignore_errors=True)
    return res


def report(res: dict) -> str:
    lines = []
    for label in ("before", "after"):
        if label not in res:
            continue
        r = res[label]
        m = r["made"]
        lines.append(f"\n== {label}: {m['documents']:,} documents, {m['triples']:,} triples in the queried graph "
                     f"(target {res['target']:,}) ==")
        lines.append(f"store written in {m['make_s']:.1f} s (peak RSS {m['make_rss_mb']} MB)"
                     + (f"; whole-store resolution inside it {m['resolve_s']:.1f} s" if m["resolve_s"] else ""))
        if "kg_resolve" in r:
            k = r["kg_resolve"]
            lines.append(f"kg resolve (whole store, from scratch): {k['wall_s']:.1f} s for the command "
                         f"({k['report']}), peak RSS {k['rss_mb']} MB")
        ms = r["measure"]
        lines.append(f"model load {ms['model_load_s']:.1f} s (not counted below); peak RSS of the measuring "
                     f"process {r['measure_rss_mb']} MB")
        if ms.get("counts"):
            lines.append(f"  the summary's counts: read from the store {ms['counts']['read_s'] * 1000:.1f} ms, "
                         f"counted {ms['counts']['counted_s'] * 1000:.0f} ms (the same numbers)")
        def spread(a: dict, key: str) -> str:
            runs = a.get("runs", {}).get(key) or []
            return f" ({min(runs) * 1000:.0f}-{max(runs) * 1000:.0f})" if len(runs) > 1 else ""

        for name, a in ms["articles"].items():
            quiet = (f", {a['add_quiet_s'] * 1000:.0f} ms{spread(a, 'add_quiet_s')} without the summary's counts"
                     if a["add_quiet_s"] else "")
            lines.append(f"  {name:10} add {a['add_s'] * 1000:6.0f} ms{spread(a, 'add_s')}{quiet} (parse + extract "
                         f"{a['extract_s'] * 1000:.0f} ms of it)   remove {a['remove_s'] * 1000:6.0f} ms"
                         f"{spread(a, 'remove_s')}")
        lines.append(f"kg build hub.txt --no-export: {r['kg_build']['wall_s']:.1f} s for the command, model load "
                     f"included ({r['kg_build']['report']}); kg remove: {r['kg_remove']['wall_s']:.1f} s")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--before", type=Path, default=None, help="a checkout of kg to compare with")
    ap.add_argument("--smoke", action="store_true", help="one tiny store, one repetition")
    ap.add_argument("--json", type=Path, default=None, help="also write the figures here")
    ap.add_argument("--worker", nargs="+", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        kind, *rest = args.worker
        if kind == "make":
            print(json.dumps(worker_make(rest[0], int(rest[1]), rest[2] == "before")))
        else:
            print(json.dumps(worker_measure(rest[0], json.loads(rest[1]), int(rest[2]))))
        return
    if args.smoke:
        args.sizes, args.repeat = [2_000], 1
    codes = {"after": ROOT}
    if args.before:
        codes = {"before": args.before.resolve(), **codes}
    tmp = Path(tempfile.mkdtemp(prefix="kg-resolve-bench-"))
    results = []
    try:
        for size in args.sizes:
            res = bench_size(size, args.repeat, codes, tmp)
            results.append(res)
            print(report(res), flush=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
