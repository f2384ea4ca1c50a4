"""CORE company-relation passages (``../shared/bench/core/train.jsonl``), run through an
``extract`` callable and scored on the one annotated pair of each passage, by the protocol of
``../shared/bench/core/README.md``: see :func:`score_core`.

:func:`core_part` splits CORE train into a tuning part and a held-out part; the training script
uses the same function, so a figure "on the held-out part" means the same passages everywhere.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping

from kg.evaluate.names import best_name_match, is_name
from kg.evaluate.passages import Extract, Prediction, predictions_of, run_extract, speed_stats
from kg.evaluate.report import CoreReport, FactReport, GoldFact
from kg.evaluate.tally import Tally
from kg.model import SYMMETRIC_RELATIONS, Document, Extraction

__all__ = ["CORE_PARTS", "core_part", "judge_core_fact", "score_core", "select_core"]

#: What ``kg eval --part`` accepts.
CORE_PARTS = ("tune", "held", "all")


def core_part(passage_id: str) -> str:
    """``"held"`` for the held-out third of CORE train, ``"tune"`` for the rest.

    Held out when ``int(sha256(id).hexdigest(), 16) % 3 == 0``: decided by the id alone, so the
    split does not depend on the file's order, on which passages a run reads, or on Python's
    per-process hash seed.
    """
    return "held" if int(hashlib.sha256(passage_id.encode("utf-8")).hexdigest(), 16) % 3 == 0 else "tune"


def select_core(passages: Iterable[Mapping], part: str = "all", limit: int | None = None) -> list[Mapping]:
    """The passages of ``part`` (``tune``, ``held`` or ``all``) in file order, the first ``limit``."""
    if part not in CORE_PARTS:
        raise ValueError(f"unknown CORE part {part!r}: use one of {', '.join(CORE_PARTS)}")
    selected = []
    for p in passages:
        if limit is not None and len(selected) >= limit:
            break
        if part == "all" or core_part(p["id"]) == part:
            selected.append(p)
    return selected


def judge_core_fact(relation: str, forward: bool, backward: bool, gold: str | None) -> bool:
    """Is a fact of ours between the annotated pair right, given the passage's relation ``gold``?

    ``forward``: our subject is CORE's subject and our object its object; ``backward``: the
    reverse (both can hold when one entity matches both arguments). Right when ``relation`` is
    ``gold`` in its direction (either direction for ``rivalOf``/``partneredWith``), or ``owns``
    from parent to child for ``subsidiaryOf``, or ``owns`` in the relation's direction for
    ``investedIn`` and ``develops``. A passage without a relation of ours (``gold`` None) makes any
    fact between the pair wrong.
    """
    if gold is None:
        return False
    if relation == gold:
        return forward or (gold in SYMMETRIC_RELATIONS and backward)
    if relation == "owns":
        if gold == "subsidiaryOf":
            return backward  # CORE says child subsidiaryOf parent; "parent owns child" is ours reversed
        if gold in ("investedIn", "develops"):
            return forward
    return False


def _argument_match(names: tuple[str, ...], span: str, canonical: str) -> bool:
    # The README: a label or alias equal (normalised) to the span or the canonical name, or its
    # first or last tokens -- the entity's name inside the gold's, not the other way round.
    return any(best_name_match(names, gold, either_way=False) for gold in (span, canonical))


def score_core(
    passages: Iterable[Mapping],
    extract: Extract,
    *,
    part: str = "all",
    limit: int | None = None,
    min_confidence: float = 0.0,
    file: str = "",
) -> CoreReport:
    """Run ``extract`` on CORE passages (dicts from :func:`kg.evaluate.load_core`) and score the
    annotated pair of each.

    Protocol (../shared/bench/core/README.md):

    - The passages of ``part`` (:func:`core_part`: ``tune``, ``held`` or ``all``), the first
      ``limit`` of them; each its own ``Document(id=passage id, source=passage id, text=text)``,
      ``extract`` called once with all of them and timed. Facts under ``min_confidence`` are
      dropped first (``stats["predictions_below_confidence"]``).
    - Only the annotated pair is scored: other facts of the passage are neither right nor wrong
      (``stats["predictions_outside_pair"]``), because CORE does not annotate them.
    - An argument matches an entity whose label or an alias equals the span or the canonical
      name after normalisation (case, punctuation, "Inc."/"Ltd." and the like), or is its first
      or last tokens ("Norwest" for "Norwest Venture Partners").
    - A fact of ours between the two arguments is right or wrong by :func:`judge_core_fact`;
      each (relation, direction) between the pair counts once, however many nodes or sentences
      state it. Precision is by predicted relation: right / facts between the pairs.
    - A passage with a relation is found when the graph states it (a right fact between the
      pair), missed otherwise. Recall is by gold relation: passages found / passages with a
      relation. ``relation: null`` passages only count against precision.
    - Scored twice: on the passages whose two spans name their entity (:func:`is_name`: not "It",
      "The company", "its parent"), the headline figure, and on all of them.
    """
    all_passages = list(passages)
    selected = select_core(all_passages, part, limit)
    run = run_extract([Document(id=p["id"], source=p["id"], text=p["text"]) for p in selected], extract)

    named_tally = Tally(with_found=True)
    all_tally = Tally(
        with_found=True,
        counts=("passages_with_relation", "passages_null", "named_pairs", "named_pairs_with_relation",
                "predictions", "predictions_right", "predictions_outside_pair", "predictions_below_confidence"),
    )
    counts = all_tally.counts  # the counts and the patterns are kept once, in the tally of all passages
    gold_per_relation: dict[str, int] = {}
    for p in selected:
        _score_passage(p, run.by_passage.get(p["id"], ()), all_tally, named_tally, min_confidence)
        if p.get("relation") is not None:
            gold_per_relation[p["relation"]] = gold_per_relation.get(p["relation"], 0) + 1

    stats = {
        "format": "core",
        "file": file,
        "part": part,
        "limit": limit,
        "min_confidence": min_confidence,
        "passages_in_file": len(all_passages),
        "passages": len(selected),
        **counts,
        "gold_per_relation": dict(sorted(gold_per_relation.items())),
        "extractions_unmatched": run.unplaced,
        **speed_stats(run),
        "patterns": all_tally.patterns,
    }

    def report(t: Tally, name: str, passages: int, with_relation: int) -> FactReport:
        return t.report({"format": "core", "set": name, "passages": passages,
                         "passages_with_relation": with_relation})

    return CoreReport(
        named=report(named_tally, "named_pairs", counts["named_pairs"], counts["named_pairs_with_relation"]),
        all=report(all_tally, "all", len(selected), counts["passages_with_relation"]),
        stats=stats,
    )


def _score_passage(p: Mapping, extractions: Iterable[Extraction], all_tally: Tally, named_tally: Tally,
                   min_confidence: float) -> None:
    """Score one passage's annotated pair into ``all_tally``, and into ``named_tally`` when the
    text names both arguments; the counts and patterns go to ``all_tally``."""
    pid, gold = p["id"], p.get("relation")
    counts = all_tally.counts
    named = is_name(p["subject_span"]) and is_name(p["object_span"])
    tallies = [all_tally, named_tally] if named else [all_tally]
    counts["named_pairs"] += named
    if gold is None:
        counts["passages_null"] += 1
    else:
        counts["passages_with_relation"] += 1
        counts["named_pairs_with_relation"] += named
        for t in tallies:
            t.score(gold)

    extracted, dropped = predictions_of(extractions, pid, min_confidence=min_confidence)
    counts["predictions_below_confidence"] += dropped
    between: dict[tuple, tuple[Prediction, bool]] = {}  # one per (relation, direction)
    for pr in extracted:
        s_is = (_argument_match(pr.subject_names, p["subject_span"], p["subject"]),
                _argument_match(pr.subject_names, p["object_span"], p["object"]))
        o_is = (_argument_match(pr.object_names, p["subject_span"], p["subject"]),
                _argument_match(pr.object_names, p["object_span"], p["object"]))
        forward, backward = s_is[0] and o_is[1], s_is[1] and o_is[0]
        if not (forward or backward):
            counts["predictions_outside_pair"] += 1
            continue
        between.setdefault((pr.relation, forward, backward),
                           (pr, judge_core_fact(pr.relation, forward, backward, gold)))

    found = False
    note = f"gold: {gold or 'none of ours'} ({p['core_relation']})"
    for pr, right in between.values():
        counts["predictions"] += 1
        counts["predictions_right"] += right
        found = found or right
        all_tally.pattern(pr.pattern, right=right)
        for t in tallies:
            if right:
                t.score(pr.relation).tp += 1
            else:
                t.score(pr.relation).fp += 1
                t.false_positives.append(pr.as_fact(note=note))
    if gold is not None:
        for t in tallies:
            if found:
                t.score(gold).found += 1
            else:
                t.score(gold).fn += 1
                t.false_negatives.append(GoldFact(pid, p["subject"], gold, p["object"], evidence=p["text"],
                                                  variants=((p["subject_span"], p["object_span"]),)))
