"""News passages with every fact annotated (``../shared/gold/news_dev_a.jsonl``, ``..._b``), run
through an ``extract`` callable and scored by the rules of ``../shared/gold/README.md``: see
:func:`score_news`."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from kg.evaluate.names import best_name_match, normalize_name
from kg.evaluate.passages import Extract, Prediction, predictions_of, run_extract, speed_stats
from kg.evaluate.report import FactReport, GoldFact
from kg.evaluate.tally import Tally
from kg.model import SYMMETRIC_RELATIONS, Document, Extraction

__all__ = ["WORKSFOR_IMPLIED_BY", "score_news", "select_news"]

#: Relations whose facts imply ``worksFor`` between the same pair (rdfs:subPropertyOf in the
#: ontology; the gold README: a gold ``ceoOf`` is not repeated as ``worksFor``).
WORKSFOR_IMPLIED_BY = frozenset({"ceoOf", "leads"})

_OWNERSHIP = frozenset({"owns", "subsidiaryOf"})


@dataclass(frozen=True)
class _Statement:
    """A gold triple or negative, as the passage lists it."""

    relation: str
    subject: str
    object: str


@dataclass(frozen=True)
class _Gold:
    """One gold fact: its statements (two when the passage lists both "X subsidiaryOf Y" and
    "Y owns X", or a symmetric fact both ways), the first as listed."""

    forms: tuple[_Statement, ...]
    evidence: str
    date: str | None

    @property
    def first(self) -> _Statement:
        return self.forms[0]


def _fact_key(relation: str, subject: str, obj: str, *, ownership_equivalent: bool = True) -> tuple:
    """One key per fact, whatever form states it: symmetric relations in either direction, and
    "Y owns X" as "X subsidiaryOf Y" (unless ``ownership_equivalent`` is false: a person's)."""
    s, o = normalize_name(subject), normalize_name(obj)
    if relation in SYMMETRIC_RELATIONS and o < s:
        s, o = o, s
    if relation == "owns" and ownership_equivalent:
        return ("subsidiaryOf", o, s)
    return (relation, s, o)


def _pair(subject_names: tuple[str, ...], subject: str, object_names: tuple[str, ...], obj: str) -> int:
    qs = best_name_match(subject_names, subject)
    qo = best_name_match(object_names, obj)
    return qs + qo if qs and qo else 0


def _match(pred: Prediction, st: _Statement) -> tuple[int, int]:
    """(quality, kind) of ``pred`` as a statement of ``st``: quality 0 (no match) or 2-4 (each
    argument 1 for a lenient name match, 2 for an equal name); kind 0 for the same relation, 1 for
    the other form of ownership (less direct, so a same-relation match of equal quality wins)."""
    if pred.relation == st.relation:
        q = _pair(pred.subject_names, st.subject, pred.object_names, st.object)
        if st.relation in SYMMETRIC_RELATIONS:
            q = max(q, _pair(pred.subject_names, st.object, pred.object_names, st.subject))
        return q, 0
    if {pred.relation, st.relation} == _OWNERSHIP and "Person" not in (pred.subject_type, pred.object_type):
        # "Y owns X" and "X subsidiaryOf Y" between organizations: the same fact, reversed.
        return _pair(pred.subject_names, st.object, pred.object_names, st.subject), 1
    return 0, 0


def _best(pred: Prediction, statements: Iterable[_Statement]) -> tuple[int, int]:
    return max((_match(pred, st) for st in statements), key=lambda m: (m[0], -m[1]), default=(0, 0))


def _passage_gold(p: Mapping) -> tuple[list[_Gold], int]:
    """The passage's gold facts, forms of one fact merged; and how many forms were merged."""
    by_key: dict[tuple, _Gold] = {}
    merged = 0
    for t in p.get("triples", ()):
        st = _Statement(t["relation"], t["subject"], t["object"])
        key = _fact_key(st.relation, st.subject, st.object)
        prev = by_key.get(key)
        if prev is None:
            by_key[key] = _Gold((st,), t.get("evidence") or "", t.get("date"))
        else:
            merged += 1
            evidence = " / ".join(e for e in dict.fromkeys((prev.evidence, t.get("evidence") or "")) if e)
            by_key[key] = _Gold((*prev.forms, st), evidence, prev.date or t.get("date"))
    return list(by_key.values()), merged


def _closest_negative(pred: Prediction, negatives: list[tuple[_Statement, str]]) -> tuple[int, str]:
    """(quality, why) of the listed negative ``pred`` matches best; (0, "") when none."""
    return max(((_best(pred, [st])[0], why) for st, why in negatives), key=lambda t: t[0], default=(0, ""))


def _credit(preds: list[Prediction], entailed: list[Prediction], golds: list[_Gold],
            negative_quality: dict[int, int]) -> tuple[dict[int, int], dict[int, int], dict[int, int]]:
    """Credit each gold fact to one prediction, best match first.

    Prediction indexes are those of ``preds``, then ``len(preds) + k`` for ``entailed[k]`` (the
    worksFor a ceoOf/leads entails: it can only find a gold worksFor). A prediction is not
    matched to a gold fact it names less closely than a listed negative (``negative_quality``).
    Returns (gold -> the prediction credited, prediction -> the gold fact it found, prediction ->
    a gold fact it matched that another prediction had already found).
    """
    candidates = []  # (-quality, kind, prediction, gold): kind 0 same relation, 1 ownership, 2 entailed
    for i, pr in enumerate(preds):
        for j, g in enumerate(golds):
            q, kind = _best(pr, g.forms)
            if q and q >= negative_quality.get(i, 0):
                candidates.append((-q, kind, i, j))
    for k, pr in enumerate(entailed):
        for j, g in enumerate(golds):
            for st in g.forms:
                q = _pair(pr.subject_names, st.subject, pr.object_names, st.object) if st.relation == "worksFor" else 0
                if q:
                    candidates.append((-q, 2, len(preds) + k, j))
    candidates.sort()
    credited: dict[int, int] = {}
    found_by: dict[int, int] = {}
    duplicate_of: dict[int, int] = {}
    for _, _, i, j in candidates:
        if i in found_by:
            continue
        if j not in credited:
            credited[j] = i
            found_by[i] = j
        else:
            duplicate_of.setdefault(i, j)
    return credited, found_by, duplicate_of


def score_news(
    passages: Iterable[Mapping],
    extract: Extract,
    *,
    limit: int | None = None,
    min_confidence: float = 0.0,
    file: str = "",
) -> FactReport:
    """Run ``extract`` on news passages (dicts from :func:`kg.evaluate.load_news`) and score
    every fact of the 15 relations, passage by passage.

    Protocol (../shared/gold/README.md):

    - The first ``limit`` passages (all if None), each its own ``Document(id=passage id,
      source=passage id, text=text, title=title, date=date)`` -- the title stays out of the text,
      as in ``kg build``. ``extract`` is called once with all of them and timed
      (``stats["words_per_second"]``). Extracted facts with a confidence under
      ``min_confidence`` are dropped first (``stats["predictions_below_confidence"]``).
    - A passage's predictions are its extracted facts, by entity: one per (relation, subject
      name, object name), as the graph holds one triple however many sentences state it
      (``stats["predictions_same_fact"]`` counts the repeats). Symmetric facts both ways and the
      two forms of ownership between the same two entities are one fact.
    - Names match leniently (:func:`kg.evaluate.name_match`): equal after normalisation (case,
      punctuation, possessive, trailing "Inc."/"Ltd."/"Corp."/"LLC"/"plc" and the like), or one is
      the first or last tokens of the other ("Huang" ~ "Jensen Huang"). A predicted argument
      matches when the entity's label or any alias does.
    - ``rivalOf`` and ``partneredWith`` match in either direction. Between organizations,
      "X subsidiaryOf Y" and "Y owns X" match each other, whichever the graph or the gold uses
      (not when the prediction's subject or object is a person: "Musk owns X" is not a
      subsidiary). A passage listing both forms has one gold fact (``stats["gold_forms_merged"]``).
    - ``ceoOf`` and ``leads`` entail ``worksFor``: a gold ``worksFor`` is found when the graph says
      ``ceoOf``, ``leads`` or ``worksFor`` of the pair (``stats["entailed_worksFor_found"]``
      counts those found through ``ceoOf``/``leads``; such a ``ceoOf`` is still scored as a
      ``ceoOf``). A predicted ``worksFor`` whose pair is a gold ``ceoOf``/``leads`` is neither
      right nor wrong: it is listed in ``ignored`` (``stats["predictions_ignored"]``).
    - Each gold fact is credited once, best match first (equal names before lenient ones, the
      same relation before the other form of ownership, an extracted fact before an entailed
      one). A prediction matching only gold facts already credited is a **false positive**: it
      comes from a second node for an entity the graph already has (two nodes "Dario" and "Dario
      Amodei" both said to be CEO of Anthropic), counted in
      ``stats["predictions_duplicate_node"]`` and noted in its FP entry.
    - Negatives are ordinary false positives when asserted; an FP that asserts a listed negative
      carries its ``why`` (``ExtractedFact.negative``; ``stats["fp_negatives"]``). A prediction
      whose names match a listed negative more closely than any gold fact asserts that negative,
      not the gold fact: with gold "Lenovo acquired IBM Personal Computing Division" and the
      negative "Lenovo acquired IBM", the prediction "Lenovo acquired IBM" is the negative even
      though "IBM" is the first token of the gold name.
    - Per relation: precision over predicted relations (``tp``/``fp``), recall over gold relations
      (``found``/``fn``); micro adds them up. A gold fact no prediction matched is a false
      negative, listed with its gold evidence. ``file`` only labels the report.
    """
    selected = select_news(passages, limit)
    docs = [
        Document(id=p["id"], source=p["id"], text=p["text"], title=p.get("title"), date=p.get("date"))
        for p in selected
    ]
    run = run_extract(docs, extract)
    tally = Tally(
        with_found=True,
        counts=("gold_facts", "gold_forms_merged", "negatives", "predictions", "predictions_same_fact",
                "predictions_below_confidence", "predictions_duplicate_node", "predictions_ignored",
                "fp_negatives", "entailed_worksFor_found"),
    )
    gold_per_relation: dict[str, int] = {}
    for p in selected:
        for g in _score_passage(p, run.by_passage.get(p["id"], ()), tally, min_confidence):
            gold_per_relation[g.first.relation] = gold_per_relation.get(g.first.relation, 0) + 1

    return tally.report({
        "format": "news",
        "file": file,
        "passages": len(selected),
        "limit": limit,
        "min_confidence": min_confidence,
        "gold_facts_per_relation": dict(sorted(gold_per_relation.items())),
        **tally.counts,
        "extractions_unmatched": run.unplaced,
        **speed_stats(run),
        "patterns": tally.patterns,
    })


def select_news(passages: Iterable[Mapping], limit: int | None = None) -> list[Mapping]:
    """The passages :func:`score_news` scores: the first ``limit`` (all if None), in file order."""
    selected = []
    for p in passages:
        if limit is not None and len(selected) >= limit:
            break
        selected.append(p)
    return selected


def _unique_predictions(extractions: Iterable[Extraction], pid: str, tally: Tally,
                        min_confidence: float) -> list[Prediction]:
    """The passage's predictions, one per fact (:func:`_fact_key`), in the order extracted."""
    extracted, dropped = predictions_of(extractions, pid, min_confidence=min_confidence)
    tally.counts["predictions_below_confidence"] += dropped
    unique: dict[tuple, Prediction] = {}
    for pr in extracted:
        person = "Person" in (pr.subject_type, pr.object_type)
        key = _fact_key(pr.relation, pr.subject, pr.object, ownership_equivalent=not person)
        if key in unique:
            tally.counts["predictions_same_fact"] += 1
        else:
            unique[key] = pr
    tally.counts["predictions"] += len(unique)
    return list(unique.values())


def _score_passage(p: Mapping, extractions: Iterable[Extraction], tally: Tally,
                   min_confidence: float) -> list[_Gold]:
    """Score one passage into ``tally``; returns its gold facts."""
    pid = p["id"]
    golds, merged = _passage_gold(p)
    negatives = [(_Statement(n["relation"], n["subject"], n["object"]), n.get("why") or "listed negative")
                 for n in p.get("negatives", ())]
    tally.counts["gold_facts"] += len(golds)
    tally.counts["gold_forms_merged"] += merged
    tally.counts["negatives"] += len(negatives)
    for g in golds:
        tally.score(g.first.relation)

    preds = _unique_predictions(extractions, pid, tally, min_confidence)
    # The worksFor each ceoOf/leads entails, as extra predictions after the extracted ones:
    # they can find a gold worksFor but are never wrong (the README: neither right nor wrong).
    entailed = [pr for pr in preds if pr.relation in WORKSFOR_IMPLIED_BY]

    negative_of = {i: neg for i, pr in enumerate(preds) if (neg := _closest_negative(pr, negatives))[0]}
    credited, tp_of, dup_of = _credit(preds, entailed, golds, {i: q for i, (q, _) in negative_of.items()})

    def gold_text(j: int) -> str:
        st = golds[j].first
        return f"{st.subject} {st.relation} {st.object}"

    def name_of(i: int) -> str:
        pr = preds[i] if i < len(preds) else entailed[i - len(preds)]
        return f"{pr.subject} / {pr.object}"

    for i, pr in enumerate(preds):
        tally.pattern(pr.pattern)
        if i in tp_of:
            tally.score(pr.relation).tp += 1
            tally.pattern(pr.pattern, right=True)
            continue
        if i in dup_of:
            j = dup_of[i]
            tally.counts["predictions_duplicate_node"] += 1
            note = f"duplicate node: {gold_text(j)} is already found by {name_of(credited[j])}"
            tally.false_positives.append(pr.as_fact(note=note))
        elif pr.relation == "worksFor" and any(
            st.relation in WORKSFOR_IMPLIED_BY
            and _pair(pr.subject_names, st.subject, pr.object_names, st.object)
            for g in golds for st in g.forms
        ):
            tally.counts["predictions_ignored"] += 1
            tally.ignored.append(pr.as_fact(note="implied by a gold ceoOf/leads of the pair"))
            continue
        else:
            why = negative_of[i][1] if i in negative_of else None
            tally.counts["fp_negatives"] += why is not None
            tally.false_positives.append(pr.as_fact(negative=why))
        tally.score(pr.relation).fp += 1
        tally.pattern(pr.pattern, right=False)
    tally.counts["entailed_worksFor_found"] += sum(1 for i in tp_of if i >= len(preds))

    for j, g in enumerate(golds):
        st = g.first
        if j in credited:
            tally.score(st.relation).found += 1
        else:
            tally.score(st.relation).fn += 1
            tally.false_negatives.append(GoldFact(pid, st.subject, st.relation, st.object,
                                                  evidence=g.evidence, date=g.date))
    return golds
