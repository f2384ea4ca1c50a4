"""Why the extractor misses the facts of a news gold file, counted by kind.

Scores a news file (``../shared/gold/news_dev_*.jsonl``) as ``kg eval`` does and sorts each missed
fact (a false negative) into one kind, from what the extractor made of its passage:

* ``no entity``: the subject or the object is no entity of the passage (and whether the gold's
  name is in the text at all: "Justice Department" for "federal prosecutors" is not);
* ``dropped``: the rules proposed the fact and a hedge or the relation's types turned it down;
* ``another relation``: the pair was found, with another relation (a role, not the departure);
* ``no candidate``: both are entities and nothing was proposed for the pair -- split by whether
  the evidence span names both, or one argument is absent from it or only referred to ("he", "the
  company").

Prints the counts, overall and per relation. With ``--examples`` it also prints each miss with its
evidence: use that on the tuning half only, since reading the held-out half's sentences would tune
on it. Figures are printed, never asserted.

    python bench/miss_kinds.py ../shared/gold/news_dev_b.jsonl
    python bench/miss_kinds.py ../shared/gold/news_dev_a.jsonl --examples
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PRONOUNS = re.compile(r"\b(he|she|his|her|him|it|its|they|their|them)\b")
DESCRIPTIONS = re.compile(r"\bthe (company|firm|startup|group|giant|bank|[a-z]+maker|[a-z]+ company)\b")


def clusters_named(ents, name: str) -> set[int]:
    """The clusters whose name or alias is ``name`` after normalisation, else those whose name
    overlaps it as the evaluation's lenient matching allows."""
    from kg.evaluate.names import names_overlap, normalize_name

    exact = {cid for cid, c in ents.clusters.items()
             if any(normalize_name(n) == normalize_name(name) for n in (c.name, *c.names))}
    return exact or {cid for cid, c in ents.clusters.items() if names_overlap(c.name, name)}


def how_named(doc, ents, clusters: set[int], gold_name: str, evidence: str) -> str:
    """How the evidence span refers to an argument: "name", "pronoun", "description", "absent"."""
    ev = evidence.lower()
    surfaces = {doc[m.start:m.end].text.lower() for m in ents.mentions if m.cluster in clusters} | {gold_name.lower()}
    if any(s and re.search(r"\b" + re.escape(s) + r"\b", ev) for s in surfaces):
        return "name"
    if PRONOUNS.search(ev):
        return "pronoun"
    if DESCRIPTIONS.search(ev):
        return "description"
    return "absent"


def kind_of(miss: dict, text: str, doc, analysis, raw) -> str:
    ents = analysis.ents
    subjects, objects = clusters_named(ents, miss["subject"]), clusters_named(ents, miss["object"])
    if not subjects or not objects:
        which = "subject" if not subjects else "object"
        if not subjects and not objects:
            which = "both"
        name = miss["subject"] if which == "subject" else miss["object"]
        absent = which != "both" and name.lower() not in text.lower()
        return f"no entity: {which}" + (" (name not in the text)" if absent else "")
    rel = miss["relation"]
    if any(c.subject in subjects and c.object in objects and c.relation == rel for c in analysis.candidates):
        return "admitted, then left out (scorer or duplicate)"
    if any(c.subject in subjects and c.object in objects and c.relation == rel for c in raw):
        return "dropped (hedge or types)"
    if any(c.subject in objects and c.object in subjects and c.relation == rel for c in analysis.candidates):
        return "found the other way round"
    others = {c.relation for c in analysis.candidates if {c.subject, c.object} <= subjects | objects
              and c.subject != c.object}
    if others:
        return "another relation: " + ",".join(sorted(others))
    evidence = miss.get("evidence") or ""
    named = (how_named(doc, ents, subjects, miss["subject"], evidence),
             how_named(doc, ents, objects, miss["object"], evidence))
    if named == ("name", "name"):
        return "no candidate: both named in the evidence"
    return f"no candidate: subject {named[0]}, object {named[1]}"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", type=Path, help="a news gold file (../shared/gold/news_dev_*.jsonl)")
    ap.add_argument("--examples", action="store_true",
                    help="also print each miss with its evidence (the tuning half only)")
    args = ap.parse_args(argv)
    if not args.gold.exists():
        print(f"miss_kinds: {args.gold} does not exist; give a news gold file of ../shared/gold", file=sys.stderr)
        return 3

    from kg.evaluate import evaluate_path
    from kg.evaluate.loading import load_news
    from kg.extract import analyse
    from kg.extract.candidates import raw_candidates
    from kg.nlp import load_nlp

    report = evaluate_path(args.gold)[0]
    passages = {p["id"]: p for p in load_news(args.gold)}
    nlp = load_nlp()
    parsed: dict[str, tuple] = {}
    kinds, by_relation = Counter(), defaultdict(Counter)
    for miss in report.to_dict()["false_negatives"]:
        pid = miss["doc"]
        if pid not in parsed:
            doc = nlp(passages[pid]["text"])
            analysis = analyse(doc)
            parsed[pid] = (doc, analysis, raw_candidates(analysis.ents))
        kind = kind_of(miss, passages[pid]["text"], *parsed[pid])
        kinds[kind] += 1
        by_relation[miss["relation"]][kind.split(":")[0]] += 1
        if args.examples:
            print(f"{kind} | {pid} {miss['subject']} {miss['relation']} {miss['object']} | {(miss.get('evidence') or '')[:160]}")
    print(f"{sum(kinds.values())} missed facts of {args.gold.name}, by kind:")
    for kind, n in kinds.most_common():
        print(f"  {n:4d}  {kind}")
    print("by relation:")
    for rel in sorted(by_relation):
        print(f"  {rel}: " + ", ".join(f"{k} {n}" for k, n in by_relation[rel].most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
