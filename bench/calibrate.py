"""Calibrate the confidence of each extraction pattern from annotated data, and check it on held-out data.

A fact's confidence is the measured precision of the pattern that found it: on the KnowledgeNet
development folds (1 and 2 by default) every extracted prediction of an annotated property is
right or wrong, so each pattern gets (true positives, false positives). With few observations the
estimate is pulled toward its family's prior (``FAMILY_CONFIDENCE`` in kg/extract.py) by a
pseudo-count, so a pattern seen twice is not declared perfect. Families (verb, role, poss, ...)
get their own pooled estimate, used for patterns never observed (those of relations KnowledgeNet
does not annotate, like sued or investedIn).

Writes kg/data/pattern_confidence.json, then scores the held-out fold (3) and prints the observed
precision of the facts in each confidence band beside the confidence they were given: if the
confidences mean something, the two columns agree.

    python bench/calibrate.py [--dev 1 2] [--test 3] [--prior-weight 4] [--dry-run]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PASSAGES = ROOT.parent / "shared" / "bench" / "knowledgenet" / "passages.jsonl"
OUT = ROOT / "kg" / "data" / "pattern_confidence.json"


def _extract(docs):
    from kg.extract import extract_documents

    return extract_documents(docs, batch_size=64)


def score(passages, folds):
    from kg.evaluate import score_knowledgenet

    return score_knowledgenet(passages, _extract, folds=folds)


def estimate(patterns: dict[str, dict[str, int]], weight: float) -> dict:
    from kg.extract import FAMILY_CONFIDENCE

    families: dict[str, dict[str, int]] = {}
    for name, c in patterns.items():
        fam = families.setdefault(name.split(":", 1)[0], {"tp": 0, "fp": 0})
        fam["tp"] += c["tp"]
        fam["fp"] += c["fp"]
    table = {}
    for fam, c in families.items():
        prior = FAMILY_CONFIDENCE.get(fam, 0.5)
        table[fam] = {**c, "confidence": round((c["tp"] + weight * prior) / (c["tp"] + c["fp"] + weight), 3)}
    for name, c in patterns.items():
        prior = table[name.split(":", 1)[0]]["confidence"]
        table[name] = {**c, "confidence": round((c["tp"] + weight * prior) / (c["tp"] + c["fp"] + weight), 3)}
    return dict(sorted(table.items()))


def bands(patterns: dict[str, dict[str, int]], confidence) -> list[tuple[str, float, int, int]]:
    edges = [(0.0, 0.6), (0.6, 0.75), (0.75, 0.85), (0.85, 0.92), (0.92, 1.01)]
    rows = []
    for lo, hi in edges:
        tp = fp = 0
        given = 0.0
        for name, c in patterns.items():
            conf = confidence(name)
            if lo <= conf < hi:
                tp += c["tp"]
                fp += c["fp"]
                given += conf * (c["tp"] + c["fp"])
        n = tp + fp
        rows.append((f"[{lo:.2f}, {min(hi, 1.0):.2f})", given / n if n else 0.0, tp, fp))
    return rows


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--passages", type=Path, default=PASSAGES)
    ap.add_argument("--dev", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--test", type=int, nargs="+", default=[3])
    ap.add_argument("--prior-weight", type=float, default=4.0)
    ap.add_argument("--dry-run", action="store_true", help="print, do not write the table")
    args = ap.parse_args(argv)
    if not args.passages.exists():
        print(f"{args.passages} not found: the KnowledgeNet passages live in ../shared/bench", file=sys.stderr)
        return 2

    from kg.evaluate import load_passages
    from kg.extract import confidence_of, pattern_confidence

    passages = load_passages(args.passages)
    dev = score(passages, args.dev)
    patterns = dev.stats["patterns"]
    table = estimate(patterns, args.prior_weight)
    print(f"dev folds {args.dev}: {len(patterns)} patterns observed, "
          f"{sum(c['tp'] for c in patterns.values())} TP, {sum(c['fp'] for c in patterns.values())} FP")
    print(f"{'pattern':40} {'TP':>4} {'FP':>4} {'confidence':>10}")
    for name, row in table.items():
        print(f"{name:40} {row['tp']:>4} {row['fp']:>4} {row['confidence']:>10.3f}")
    if not args.dry_run:
        payload = {"source": f"KnowledgeNet folds {args.dev} (bench/calibrate.py)",
                   "prior_weight": args.prior_weight, "patterns": table}
        tmp = OUT.with_suffix(".json.tmp")
        tmp.write_text(json.dumps(payload, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        tmp.replace(OUT)
        print(f"wrote {OUT.relative_to(ROOT)}")
        pattern_confidence.cache_clear()

    test = score(passages, args.test)
    print(f"\nheld-out folds {args.test}: confidence given vs precision observed")
    print(f"{'band':14} {'given':>6} {'observed':>8} {'TP':>4} {'FP':>4}")
    for band, given, tp, fp in bands(test.stats["patterns"], confidence_of):
        n = tp + fp
        print(f"{band:14} {given:6.3f} {tp / n if n else float('nan'):8.3f} {tp:>4} {fp:>4}")
    t = test.total
    print(f"held-out micro P {t.precision:.3f} R {t.recall:.3f} F1 {t.f1:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
