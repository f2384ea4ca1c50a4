"""Does a fact's confidence mean what it says? The scorer's probability against the precision
observed on data it never saw.

Runs the extractor on the held-out parts -- ``gold/news_dev_b.jsonl``, KnowledgeNet fold 3, the
held-out third of CORE train -- takes every candidate the rules admit with the probability the
shipped model (``kg/data/scorer.json``) gives it, labels each with the evaluation's rules (the
labelling of ``train/train_scorer.py``), and prints, per confidence band, the mean confidence
given beside the precision observed. Figures are printed, never asserted.

    python bench/calibration.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "train"))

BANDS = ((0.0, 0.5), (0.5, 0.6), (0.6, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 1.01))


def held_out(shared: Path) -> dict:
    from train_scorer import KN_PROPERTIES, core_part, label_core, label_knowledgenet, label_news, read_jsonl

    news = read_jsonl(shared / "gold" / "news_dev_b.jsonl")
    kn = [p for p in read_jsonl(shared / "bench" / "knowledgenet" / "passages.jsonl")
          if p.get("fold") == 3 and any(a in KN_PROPERTIES for a in p.get("annotated", ()))]
    core = [p for p in read_jsonl(shared / "bench" / "core" / "train.jsonl") if core_part(p["id"]) == "held"]
    return {"news_dev_b": (news, label_news), "knowledgenet fold 3": (kn, label_knowledgenet),
            "core held-out": (core, label_core)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = ap.parse_args(argv)
    if not (args.shared / "gold" / "news_dev_b.jsonl").exists():
        print(f"calibration: {args.shared} holds no gold/news_dev_b.jsonl; give --shared PATH", file=sys.stderr)
        return 3
    from kg.extract import analyse
    from kg.extract.scorer import model
    from kg.nlp import load_nlp

    trained = model()
    if trained is None:
        print("calibration: no trained model in kg/data/scorer.json; run make train", file=sys.stderr)
        return 3
    nlp = load_nlp()
    print(f"model threshold {trained.threshold}; candidates of the rules, each fact counted once "
          "(its best-scored candidate)")
    total = {b: [0, 0, 0.0] for b in BANDS}
    for source, (passages, labeller) in held_out(args.shared).items():
        facts: dict[tuple, tuple[float, int]] = {}
        for passage, doc in zip(passages, nlp.pipe((p["text"] for p in passages), batch_size=16)):
            analysis = analyse(doc)
            names = {cid: (e.name, *e.aliases) for cid, e in analysis.ents.entities().items()}
            for cand, feats in zip(analysis.candidates, analysis.features):
                label = labeller((names[cand.subject], names[cand.object]), cand.relation, passage)
                if label is None:
                    continue
                key = (passage["id"], cand.subject, cand.relation, cand.object)
                p = trained.probability(feats)
                if key not in facts or p > facts[key][0]:
                    facts[key] = (p, label)
        print(f"\n{source}: {len(facts)} labelled facts")
        print(f"  {'band':>9}  {'facts':>5}  {'confidence given':>16}  {'precision observed':>18}")
        for lo, hi in BANDS:
            sel = [(p, lab) for p, lab in facts.values() if lo <= p < hi]
            if not sel:
                continue
            mean = sum(p for p, _ in sel) / len(sel)
            observed = sum(lab for _, lab in sel) / len(sel)
            total[(lo, hi)][0] += len(sel)
            total[(lo, hi)][1] += sum(lab for _, lab in sel)
            total[(lo, hi)][2] += sum(p for p, _ in sel)
            print(f"  {lo:.1f}-{min(hi, 1.0):.1f}  {len(sel):>5}  {mean:>16.3f}  {observed:>18.3f}")
    print("\nall held-out sets")
    for (lo, hi), (n, right, psum) in total.items():
        if n:
            print(f"  {lo:.1f}-{min(hi, 1.0):.1f}  {n:>5}  {psum / n:>16.3f}  {right / n:>18.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
