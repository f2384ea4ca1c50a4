"""KnowledgeNet passages (``../shared/bench/knowledgenet/passages.jsonl``), run through an
``extract`` callable and scored on the four properties that map onto our ontology.

See :func:`score_knowledgenet` for the protocol and :func:`group_gold_facts` for how mention-level
gold rows become facts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from kg.evaluate.names import is_name, names_overlap, normalize_name
from kg.evaluate.passages import Extract, run_extract, speed_stats
from kg.evaluate.report import FactReport, GoldFact, PredictedFact
from kg.evaluate.tally import Tally
from kg.model import Document, Extraction

__all__ = ["KNOWLEDGENET_PROPERTIES", "group_gold_facts", "score_knowledgenet", "select_knowledgenet"]

#: KnowledgeNet property -> (our relation, whether our subject is KnowledgeNet's object).
KNOWLEDGENET_PROPERTIES: dict[str, tuple[str, bool]] = {
    "FOUNDED_BY": ("founded", True),  # org FOUNDED_BY person  = person founded org
    "CEO": ("ceoOf", True),  # org CEO person  = person ceoOf org
    "EMPLOYEE_OR_MEMBER_OF": ("worksFor", False),  # person -> org
    "SUBSIDIARY_OF": ("subsidiaryOf", False),  # org -> org
}
_RELATION_PROPERTY = {rel: prop for prop, (rel, _) in KNOWLEDGENET_PROPERTIES.items()}

_STOPWORDS = frozenset({"of", "and", "the", "for", "&", "de", "in", "on", "at", "und", "et"})
_SUFFIXES = frozenset(
    {"inc", "ltd", "llc", "llp", "co", "corp", "corporation", "company", "plc", "sa", "s",
     "a", "gmbh", "ag", "group", "limited", "pte", "bhd", "berhad"}
)
_MARKER = (
    r"(?:(?:also|commonly|sometimes|often|better|formerly|previously|now|later|officially)\s+)?"
    r"(?:known|referred\s+to|called|named|abbreviated|renamed)(?:\s+by\s+the\s+handle)?(?:\s+as)?"
    r"|formerly|formally|previously|officially|alias|aka|a\.k\.a\.|d/b/a|doing\s+business\s+as"
    r"|nicknamed|(?:which\s+)?(?:later\s+)?(?:was\s+)?renamed(?:\s+to)?"
    r"|[^\W\d_][\w.\-]{0,15}\s*:"  # "(NASDAQ: X", "(hangul: X", "(German: X"
)
_VARIANT_GAP = re.compile(
    rf"""^\s*(?:\(\s*(?:(?:{_MARKER})\s*)?|,?\s*(?:{_MARKER})\s*|or\s+)(?:the\s+)?["'\u201c\u2018]?\s*$""",
    re.IGNORECASE,
)


def _is_acronym_of(short: str, long: str) -> bool:
    compact = re.sub(r"[\W_]", "", short)
    if " " in short.strip() or not 2 <= len(compact) <= 6:
        return False
    words = re.findall(r"[^\W_]+", long)
    if len(words) < 2:
        return False
    for drop_stop in (False, True):
        for drop_suffix in (False, True):
            kept = [
                w
                for w in words
                if not (drop_stop and w.casefold() in _STOPWORDS)
                and not (drop_suffix and w.casefold() in _SUFFIXES)
            ]
            if "".join(w[0] for w in kept).casefold() == compact.casefold():
                return True
    return False


def _surface_variants(text: str, a: str, span_a: tuple, b: str, span_b: tuple) -> bool:
    """Heuristic: do two argument mentions of one passage name the same entity?"""
    if names_overlap(a, b):  # "Powa" / "Powa Technologies", "Maniatis" / "Tom Maniatis"
        return True
    if _is_acronym_of(a, b) or _is_acronym_of(b, a):  # "NYGC" / "New York Genome Center"
        return True
    if not re.search(r"[A-Za-z]", a) or not re.search(r"[A-Za-z]", b):
        return True  # a native-script form given beside a Latin one: "제이에스 푸드플랜"
    (s1, e1), (s2, e2) = sorted([tuple(span_a), tuple(span_b)])
    # "X (Y)", "X (formerly Y)", "X (NASDAQ: Y)", "X, also known as Y", "X or Y"
    return e1 <= s2 and bool(_VARIANT_GAP.match(text[e1:s2]))


def group_gold_facts(passage: Mapping) -> tuple[list[list[dict]], list[dict]]:
    """Split a passage's gold facts (of the four mapped properties) into scorable fact groups
    and pronoun-argument facts.

    A KnowledgeNet passage lists one fact per pair of *mentions*, so "JS Food Plan Co, Ltd.",
    "JS" and "제이에스 푸드플랜" CEO'd by "Jeong Jae Sang" are three rows of one fact. Two
    name-argument facts are the same fact when they have the same property, share one argument
    span exactly (same offsets), and their other arguments are surface variants of one entity:
    names overlapping on token boundaries, one an acronym of the other, one written in a
    non-Latin script, or the two joined in the text by a renaming/aliasing pattern ("X (Y)",
    "X (formerly Y)", "X (NASDAQ: Y)", "X, also known as Y", "X or Y"). Groups are the connected
    components of that relation (union-find). Sharing a span alone is not enough: "Denis" works
    for Anaeko, Mobile Cohesion and Openwave -- three facts.

    Facts with a pronoun or descriptive argument (see :func:`is_name`) are returned separately
    and never joined into groups (a "he" can share a span with two different named people).
    """
    text = passage.get("text", "")
    named, pronoun = [], []
    for f in passage.get("facts", ()):
        if f.get("property") not in KNOWLEDGENET_PROPERTIES:
            continue
        (named if is_name(f["subject"]) and is_name(f["object"]) else pronoun).append(f)

    parent = list(range(len(named)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(named)):
        for j in range(i + 1, len(named)):
            fi, fj = named[i], named[j]
            if fi["property"] != fj["property"] or find(i) == find(j):
                continue
            for shared, other in (("subject", "object"), ("object", "subject")):
                if _span(fi, shared) == _span(fj, shared) and _surface_variants(
                    text, fi[other], _span(fi, other), fj[other], _span(fj, other)
                ):
                    parent[find(i)] = find(j)
                    break
    groups: dict[int, list[dict]] = {}
    for i, f in enumerate(named):
        groups.setdefault(find(i), []).append(f)
    return list(groups.values()), pronoun


def _span(f: Mapping, arg: str) -> tuple:
    return (f.get(f"{arg}_start"), f.get(f"{arg}_end"))


def _oriented(f: Mapping) -> tuple[str, str, str]:
    """(our relation, our subject text, our object text) of a KnowledgeNet fact."""
    relation, flip = KNOWLEDGENET_PROPERTIES[f["property"]]
    return (relation, f["object"], f["subject"]) if flip else (relation, f["subject"], f["object"])


def _arg_matches(pred_names: tuple[str, ...], gold_arg: str, *, wildcard: bool = False) -> int:
    """2 = a predicted name equals the gold argument, 1 = token overlap, 0 = no match.
    With ``wildcard`` a pronoun gold argument matches anything (1)."""
    if wildcard and not is_name(gold_arg):
        return 1
    g = normalize_name(gold_arg)
    if any(normalize_name(n) == g for n in pred_names):
        return 2
    return 1 if any(names_overlap(n, gold_arg) for n in pred_names) else 0


@dataclass(frozen=True)
class _Pred:
    fact: PredictedFact
    subject_names: tuple[str, ...]
    object_names: tuple[str, ...]
    pattern: str = ""
    entailed: bool = False  # a super-property of what was extracted, not extracted itself


def _passage_predictions(ex: Extraction, doc_id: str, min_confidence: float = 0.0) -> tuple[list[_Pred], int]:
    ents = {e.key: e for e in ex.entities}

    def names(key: str) -> tuple[str, ...]:
        e = ents.get(key)
        return (e.name, *e.aliases) if e else (key,)

    from kg.ontology import super_properties

    supers = super_properties()
    out, dropped = [], 0
    for a in ex.assertions:
        if a.confidence < min_confidence:
            dropped += 1
            continue
        sn, on = names(a.subject), names(a.object)
        # The graph entails every super-property of what it asserts (ceoOf implies worksFor):
        # KnowledgeNet's EMPLOYEE_OR_MEMBER_OF lists CEOs as employees, so score the entailment.
        for relation in (a.relation, *sorted(supers.get(a.relation, ()))):
            out.append(_Pred(PredictedFact(doc_id, sn[0], relation, on[0]), sn, on,
                             pattern=a.pattern, entailed=relation != a.relation))
    return out, dropped


def score_knowledgenet(
    passages: Iterable[Mapping],
    extract: Extract,
    *,
    folds: Iterable[int] | None = None,
    limit: int | None = None,
    min_confidence: float = 0.0,
) -> FactReport:
    """Run ``extract`` on KnowledgeNet passages and score the four mapped relations.

    Protocol:

    - Passages are filtered by ``folds`` (if given); those that annotate none of FOUNDED_BY,
      CEO, EMPLOYEE_OR_MEMBER_OF, SUBSIDIARY_OF are dropped (they cannot score anything); then
      the first ``limit`` are kept. Each is its own ``Document(id=passage id, source=passage id,
      text=passage text)``; ``extract`` is called once with all of them and timed
      (``stats["words_per_second"]`` = whitespace words / seconds).
    - Extracted facts with a confidence under ``min_confidence`` are dropped first
      (``stats["predictions_below_confidence"]``), as ``kg build --min-confidence`` would.
    - Predictions are the extracted facts plus what the ontology entails from them through
      rdfs:subPropertyOf (``ceoOf`` and ``leads`` imply ``worksFor``), as a reasoner would.
    - Mapping: FOUNDED_BY(org, person) = person ``founded`` org; CEO(org, person) = person
      ``ceoOf`` org; EMPLOYEE_OR_MEMBER_OF(person, org) = person ``worksFor`` org;
      SUBSIDIARY_OF(org, org) = ``subsidiaryOf``. Other predicted relations are not scored.
    - A prediction counts only if its relation's property is in the passage's ``annotated``
      list; otherwise it is ignored (neither right nor wrong).
    - Gold facts are grouped into facts by :func:`group_gold_facts`: mention variants of one
      fact count once, and only groups whose arguments are names (:func:`is_name`) are scored.
    - Argument matching: a predicted argument matches a gold argument if the entity's name or any
      of its aliases, normalised, equals the gold text or one contains the other on token
      boundaries (:func:`names_overlap`); a prediction matches a group if both arguments match
      one member (in our direction). Each group is credited once: a prediction matching a group
      already credited is redundant (neither TP nor FP; ``stats["predictions_redundant"]``).
    - A prediction matching no name group but matching a pronoun-argument gold fact -- where the
      pronoun argument matches anything and the named argument must match -- is ignored: the
      passage alone cannot tell who "He" is.
    - Any other prediction of an annotated property is a false positive; a group no prediction
      matched is a false negative.
    """
    folds = set(folds) if folds is not None else None
    selected = select_knowledgenet(passages, folds, limit)
    run = run_extract([Document(id=p["id"], source=p["id"], text=p["text"]) for p in selected], extract)
    tally = Tally(
        (rel for rel, _ in KNOWLEDGENET_PROPERTIES.values()),
        counts=("predictions", "predictions_other_relation", "predictions_unannotated",
                "predictions_redundant", "predictions_pronoun", "gold_facts", "gold_mentions",
                "gold_pronoun_facts", "predictions_below_confidence"),
    )
    gold_per_relation = dict.fromkeys(tally.scores, 0)
    with_gold = 0
    for p in selected:
        groups = _score_passage(p, run.by_passage.get(p["id"], ()), tally, min_confidence)
        with_gold += bool(groups)
        for g in groups:
            gold_per_relation[_oriented(g[0])[0]] += 1

    return tally.report({
        "passages": len(selected),
        "passages_with_gold": with_gold,
        "folds": sorted(folds) if folds is not None else "all",
        "limit": limit,
        "gold_facts_per_relation": gold_per_relation,
        **tally.counts,
        "min_confidence": min_confidence,
        "extractions_unmatched": run.unplaced,
        **speed_stats(run),
        "patterns": tally.patterns,  # extracted (not entailed) predictions scored, per pattern
    })


def select_knowledgenet(passages: Iterable[Mapping], folds: Iterable[int] | None = None,
                        limit: int | None = None) -> list[Mapping]:
    """The passages :func:`score_knowledgenet` scores: those of ``folds`` (all if None) that
    annotate one of the four mapped properties, the first ``limit`` of them, in file order."""
    wanted = set(folds) if folds is not None else None
    selected = []
    for p in passages:
        if wanted is not None and p.get("fold") not in wanted:
            continue
        if not any(a in KNOWLEDGENET_PROPERTIES for a in p.get("annotated", ())):
            continue
        selected.append(p)
        if limit is not None and len(selected) >= limit:
            break
    return selected


def _score_passage(p: Mapping, extractions: Iterable[Extraction], tally: Tally,
                   min_confidence: float) -> list[list[dict]]:
    """Score one passage into ``tally``; returns its gold fact groups."""
    pid = p["id"]
    annotated = {KNOWLEDGENET_PROPERTIES[a][0] for a in p["annotated"] if a in KNOWLEDGENET_PROPERTIES}
    groups, pronoun_facts = group_gold_facts(p)
    tally.counts["gold_facts"] += len(groups)
    tally.counts["gold_mentions"] += sum(len(g) for g in groups)
    tally.counts["gold_pronoun_facts"] += len(pronoun_facts)

    scored = []  # the predictions of a mapped relation the passage annotates
    for pr in _unique_predictions(extractions, pid, tally, min_confidence):
        rel = pr.fact.relation
        if rel not in _RELATION_PROPERTY:
            tally.counts["predictions_other_relation"] += 1
        elif rel not in annotated:
            tally.counts["predictions_unannotated"] += 1
        else:
            scored.append(pr)

    outcome, credited_groups = _credit(scored, groups)
    for pi, pr in enumerate(scored):
        state, rel = outcome.get(pi), pr.fact.relation
        if not pr.entailed:
            tally.pattern(pr.pattern)
        if state == "tp":
            tally.score(rel).tp += 1
            if not pr.entailed:
                tally.pattern(pr.pattern, right=True)
        elif state == "redundant":
            tally.counts["predictions_redundant"] += 1
        elif any(_matches_pronoun_fact(pr, f) for f in pronoun_facts):
            tally.counts["predictions_pronoun"] += 1
            tally.ignored.append(pr.fact)
        else:
            tally.score(rel).fp += 1
            if not pr.entailed:
                tally.pattern(pr.pattern, right=False)
            tally.false_positives.append(pr.fact)

    for gi, group in enumerate(groups):
        if gi not in credited_groups:
            tally.score(_oriented(group[0])[0]).fn += 1
            tally.false_negatives.append(_group_as_gold(pid, p.get("text", ""), group))
    return groups


def _unique_predictions(extractions: Iterable[Extraction], pid: str, tally: Tally,
                        min_confidence: float) -> list[_Pred]:
    """The passage's predictions, one per (relation, subject name, object name)."""
    preds: dict[tuple, _Pred] = {}
    for ex in extractions:
        extracted, dropped = _passage_predictions(ex, pid, min_confidence)
        tally.counts["predictions_below_confidence"] += dropped
        for pr in extracted:
            f = pr.fact
            preds.setdefault((f.relation, normalize_name(f.subject), normalize_name(f.object)), pr)
    tally.counts["predictions"] += len(preds)
    return list(preds.values())


def _credit(scored: list[_Pred], groups: list[list[dict]]) -> tuple[dict[int, str], set[int]]:
    """Credit each gold group to one prediction, best match first (2 per argument for an equal
    name, 1 for an overlap). Returns (prediction index -> ``"tp"`` or ``"redundant"``: it matched
    only groups already credited; the groups credited)."""
    candidates = []  # (quality, prediction index, group index)
    for pi, pr in enumerate(scored):
        for gi, group in enumerate(groups):
            best = 0
            for f in group:
                rel, gs, go = _oriented(f)
                if rel != pr.fact.relation:
                    break
                qs = _arg_matches(pr.subject_names, gs)
                qo = _arg_matches(pr.object_names, go)
                if qs and qo:
                    best = max(best, qs + qo)
            if best:
                candidates.append((best, pi, gi))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    credited: set[int] = set()
    outcome: dict[int, str] = {}
    for _, pi, gi in candidates:  # best matches first, each group credited once
        if outcome.get(pi) == "tp":
            continue
        if gi not in credited:
            credited.add(gi)
            outcome[pi] = "tp"
        else:
            outcome.setdefault(pi, "redundant")
    return outcome, credited


def _matches_pronoun_fact(pr: _Pred, f: Mapping) -> bool:
    rel, gs, go = _oriented(f)
    return (
        rel == pr.fact.relation
        and bool(_arg_matches(pr.subject_names, gs, wildcard=True))
        and bool(_arg_matches(pr.object_names, go, wildcard=True))
    )


def _group_as_gold(pid: str, text: str, group: list[dict]) -> GoldFact:
    oriented = [_oriented(f) for f in group]
    rel, subj, obj = max(oriented, key=lambda t: (len(t[1]) + len(t[2])))
    variants = tuple(
        dict.fromkeys((s, o) for _, s, o in oriented if (s, o) != (subj, obj))
    )
    return GoldFact(pid, subj, rel, obj, required=True, evidence=text, variants=variants)

