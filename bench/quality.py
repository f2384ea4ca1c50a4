"""Extraction quality on every development set, rules alone against rules + scorer.

Runs `kg eval --format json` on each set and part (tuning parts and held-out parts, as
`train/train_scorer.py` splits them) twice: with `--rules-only` (every admissible candidate
asserted) and with the trained scorer's threshold; prints one Markdown table of the totals and,
with --per-relation, one per set. Needs ../shared (the data sets are not part of the project).

    .venv/bin/python bench/quality.py [--shared ../shared] [--per-relation] [--json FILE]

For CORE the figures are over the annotated pairs the text names (its README's protocol), for
the relations of the issue's target (acquired, subsidiaryOf, investedIn, partneredWith, rivalOf)
and over all relations.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORE_TARGET = ("acquired", "subsidiaryOf", "investedIn", "partneredWith", "rivalOf")


def sets(shared: Path) -> list[tuple[str, str, list[str]]]:
    gold, bench = shared / "gold", shared / "bench"
    kn = str(bench / "knowledgenet" / "passages.jsonl")
    core = str(bench / "core" / "train.jsonl")
    return [
        ("news_dev_a (tune)", str(gold / "news_dev_a.jsonl"), []),
        ("news_dev_b (held out)", str(gold / "news_dev_b.jsonl"), []),
        ("KnowledgeNet folds 1-2 (tune)", kn, ["--fold", "1", "--fold", "2"]),
        ("KnowledgeNet fold 3 (held out)", kn, ["--fold", "3"]),
        ("CORE train, tune part", core, ["--part", "tune"]),
        ("CORE train, held part", core, ["--part", "held"]),
    ]


def run_eval(path: str, extra: list[str], rules_only: bool) -> dict:
    cmd = [sys.executable, "-c", "from kg.cli import main; main()", "eval", path, "--format", "json", *extra]
    if rules_only:
        cmd.append("--rules-only")
    out = subprocess.run(cmd, check=True, capture_output=True, text=True, cwd=ROOT).stdout
    return json.loads(out)


def core_subset(report: dict, relations: tuple[str, ...]) -> dict:
    """Micro P/R/F1 over some relations of a CORE report (predictions by relation, gold by relation)."""
    rows = [r for r in report["per_relation"] if r["relation"] in relations]
    tp = sum(r["tp"] for r in rows)
    fp = sum(r["fp"] for r in rows)
    found = sum(r.get("found", r["tp"]) for r in rows)
    fn = sum(r["fn"] for r in rows)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = found / (found + fn) if found + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
            "tp": tp, "fp": fp, "fn": fn}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--per-relation", action="store_true")
    ap.add_argument("--json", type=Path, help="also write every report here")
    ap.add_argument("--only", action="append", default=[], metavar="TEXT",
                    help="only the sets whose name contains TEXT (repeatable), e.g. --only news_dev")
    ap.add_argument("--mode", choices=("rules", "rules+scorer"), action="append",
                    help="only this mode (repeatable; default: both)")
    args = ap.parse_args(argv)
    if not (args.shared / "gold").is_dir():
        print(f"{args.shared}/gold not found: pass --shared DIR", file=sys.stderr)
        return 2
    results = {}
    for name, path, extra in sets(args.shared):
        if args.only and not any(text in name for text in args.only):
            continue
        for mode in args.mode or ("rules", "rules+scorer"):
            report = run_eval(path, extra, rules_only=(mode == "rules"))
            results[(name, mode)] = report
            print(f"  {name}, {mode}: done", file=sys.stderr)
    print("| set | mode | P | R | F1 | tp | fp | fn |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for (name, mode), report in results.items():
        if report["kind"] == "core":
            views = [("named pairs, 5 target relations", core_subset(report["named_pairs"], CORE_TARGET)),
                     ("named pairs, all relations", report["named_pairs"]["total"])]
        else:
            views = [("", report["total"])]
        for label, t in views:
            shown = f"{name}, {label}" if label else name
            print(f"| {shown} | {mode} | {t['precision']:.3f} | {t['recall']:.3f} | {t['f1']:.3f} "
                  f"| {t['tp']} | {t['fp']} | {t['fn']} |")
    if args.per_relation:
        for (name, mode), report in results.items():
            body = report["named_pairs"] if report["kind"] == "core" else report
            print(f"\n{name}, {mode}\n\n| relation | P | R | F1 | tp | fp | fn |\n| --- | --- | --- | --- | --- | --- | --- |")
            for r in body["per_relation"]:
                print(f"| {r['relation']} | {r['precision']:.3f} | {r['recall']:.3f} | {r['f1']:.3f} "
                      f"| {r['tp']} | {r['fp']} | {r['fn']} |")
    if args.json:
        args.json.write_text(json.dumps({f"{n} | {m}": r for (n, m), r in results.items()}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
