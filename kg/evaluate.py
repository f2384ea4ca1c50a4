"""Measure extraction against gold annotations: the module behind ``kg eval``.

Everything here is a pure function over plain records, so the same scoring works on a built graph
(turn its statements into :class:`PredictedFact` and its nodes into :class:`PredictedEntity`) and
directly on extractor output (:func:`facts_from_extractions`, :func:`entities_from_extractions`).

Three measurements:

- :func:`score_facts` -- asserted facts against ``seeds.gold.jsonl`` (exact names, per document).
- :func:`score_entities` -- graph nodes against ``seeds.entities.jsonl`` (missing, duplicated,
  wrongly typed entities).
- :func:`score_knowledgenet` -- the KnowledgeNet passages, run through an ``extract`` callable, on
  the four properties that map onto our ontology.

:func:`format_report` renders any report as a table, JSON or CSV; :func:`load_gold`,
:func:`load_gold_entities` and :func:`load_passages` read the files and raise
:class:`kg.errors.InputError` naming the file and line when something is wrong.

Nothing happens at import time.
"""

from __future__ import annotations

import csv
import io
import json
import re
import time
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path

from kg.errors import InputError
from kg.model import (
    ENTITY_TYPES,
    RELATIONS,
    SYMMETRIC_RELATIONS,
    Document,
    Extraction,
)

__all__ = [
    "KNOWLEDGENET_PROPERTIES",
    "EntityReport",
    "FactReport",
    "GoldFact",
    "PredictedEntity",
    "PredictedFact",
    "Score",
    "entities_from_extractions",
    "facts_from_extractions",
    "format_report",
    "group_gold_facts",
    "is_name",
    "load_gold",
    "load_gold_entities",
    "load_passages",
    "names_overlap",
    "normalize_name",
    "score_entities",
    "score_facts",
    "score_knowledgenet",
]

# --------------------------------------------------------------------------------------------
# Records
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PredictedFact:
    """One asserted fact, by names. ``doc`` is the document's file basename (or passage id)."""

    doc: str
    subject: str
    relation: str
    object: str


@dataclass(frozen=True)
class PredictedEntity:
    """One node of the graph (or one resolved entity of the extractor)."""

    name: str
    type: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class GoldFact:
    """One gold fact. ``variants`` lists other (subject, object) surface forms of the same fact
    (KnowledgeNet only); ``evidence`` is the sentence that states it."""

    doc: str
    subject: str
    relation: str
    object: str
    required: bool = True
    evidence: str = ""
    date: str | None = None
    variants: tuple[tuple[str, str], ...] = ()


@dataclass
class Score:
    """Counts for one relation (or the micro total). Undefined ratios (0/0) are 0.0."""

    relation: str
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict:
        return {
            "relation": self.relation,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass
class FactReport:
    """Per-relation and micro-averaged scores, with the facts that went wrong.

    ``false_positives``: predictions that match no gold fact. ``false_negatives``: required gold
    facts no prediction matched. ``ignored``: predictions that matched a gold fact that is scored
    neither way (``required: false``, or a KnowledgeNet fact with a pronoun argument).
    ``stats``: counts of what was scored and skipped (and, for KnowledgeNet, the speed).
    """

    per_relation: dict[str, Score]
    false_positives: tuple[PredictedFact, ...] = ()
    false_negatives: tuple[GoldFact, ...] = ()
    ignored: tuple[PredictedFact, ...] = ()
    stats: dict = field(default_factory=dict)

    @property
    def total(self) -> Score:
        """Micro average: the counts of all relations added up."""
        scores = self.per_relation.values()
        return Score(
            "micro",
            tp=sum(s.tp for s in scores),
            fp=sum(s.fp for s in scores),
            fn=sum(s.fn for s in scores),
        )

    def to_dict(self) -> dict:
        return {
            "kind": "facts",
            "total": self.total.to_dict(),
            "per_relation": [self.per_relation[r].to_dict() for r in sorted(self.per_relation)],
            "false_positives": [asdict(f) for f in self.false_positives],
            "false_negatives": [_gold_dict(f) for f in self.false_negatives],
            "ignored": [asdict(f) for f in self.ignored],
            "stats": self.stats,
        }


@dataclass
class EntityReport:
    """How the predicted nodes cover the gold entities.

    ``found``: gold names matched by exactly one node. ``missing``: gold names matched by none.
    ``duplicates``: (gold name, the nodes) where more than one node matches. ``wrong_type``:
    (gold name, gold type, node) for each matching node whose type differs. ``unmatched``:
    predicted nodes that match no gold entity (informational: the gold list is not exhaustive).
    """

    found: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()
    duplicates: tuple[tuple[str, tuple[PredictedEntity, ...]], ...] = ()
    wrong_type: tuple[tuple[str, str, PredictedEntity], ...] = ()
    unmatched: tuple[PredictedEntity, ...] = ()

    @property
    def counts(self) -> dict:
        return {
            "gold": len(self.found) + len(self.missing) + len(self.duplicates),
            "found": len(self.found),
            "missing": len(self.missing),
            "duplicates": len(self.duplicates),
            "wrong_type": len(self.wrong_type),
            "unmatched": len(self.unmatched),
        }

    def to_dict(self) -> dict:
        return {
            "kind": "entities",
            "counts": self.counts,
            "found": list(self.found),
            "missing": list(self.missing),
            "duplicates": [
                {"gold": name, "nodes": [asdict(n) for n in nodes]}
                for name, nodes in self.duplicates
            ],
            "wrong_type": [
                {"gold": name, "gold_type": gtype, "node": asdict(node)}
                for name, gtype, node in self.wrong_type
            ],
            "unmatched": [asdict(n) for n in self.unmatched],
        }


def _gold_dict(f: GoldFact) -> dict:
    d = asdict(f)
    d["variants"] = [list(v) for v in f.variants]
    return d


# --------------------------------------------------------------------------------------------
# Names
# --------------------------------------------------------------------------------------------

_QUOTES = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
        "\u00b4": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
        "\u00ab": '"', "\u00bb": '"',
    }
)
_EDGE_PUNCT = " \t\"'.,;:!?()[]{}"
_POSSESSIVE = re.compile(r"(?<=\w)'s$|(?<=s)'$")


def normalize_name(name: str) -> str:
    """Comparable form of a name: NFKC, straight quotes, case-folded, whitespace collapsed,
    surrounding punctuation and a final possessive ('s or s') removed.

    >>> normalize_name("  Musk\u2019s ")
    'musk'
    """
    s = unicodedata.normalize("NFKC", name).translate(_QUOTES).casefold()
    s = " ".join(s.split()).strip(_EDGE_PUNCT)
    s = _POSSESSIVE.sub("", s)
    return s.strip(_EDGE_PUNCT)


def _tokens(name: str) -> tuple[str, ...]:
    return tuple(re.findall(r"\w+", normalize_name(name)))


def names_overlap(a: str, b: str) -> bool:
    """True if the normalised names are equal or one is a run of whole tokens of the other.

    "Raymond James Bank" ~ "Raymond James Bank", "Maniatis" ~ "Tom Maniatis", "JS" ~ "JS Food
    Plan Co, Ltd."; but "Bank" !~ "Banking Corp" (token boundaries) and nothing matches "".
    """
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return False
    if len(ta) > len(tb):
        ta, tb = tb, ta
    n = len(ta)
    return any(tb[i : i + n] == ta for i in range(len(tb) - n + 1))


#: Words that refer to an entity without naming it (case-insensitive).
PRONOUNS = frozenset(
    """
    i me my mine myself we us our ours ourselves you your yours yourself yourselves
    he him his himself she her hers herself it its itself they them their theirs themselves
    one oneself who whom whose which that what where when whoever whichever
    this these those there here
    """.split()
)
# A lowercase determiner or possessive followed by a lowercase word: "the company", "its parent".
# "The Corrs" and "the Journal" (capitalised head) stay names.
_DESCRIPTION = re.compile(
    r"^(?:the|this|that|these|those|a|an|his|her|its|their|our|my|your)\s+[a-z]"
)


def is_name(text: str) -> bool:
    """True if ``text`` names an entity; False for a pronoun, relative word or description.

    Rule: not a name if, normalised, it is empty or one of :data:`PRONOUNS` ("He", "which",
    "its", "I"), or if it starts with a lowercase determiner/possessive followed by a lowercase
    word ("the company", "its subsidiary"). A lowercase first letter alone does not disqualify:
    "iRobot Corporation", "mPower Advisors" and "ip.access" are names.
    """
    norm = normalize_name(text)
    if not norm or norm in PRONOUNS:
        return False
    return not _DESCRIPTION.match(" ".join(text.split()))


def _doc_basename(doc: str) -> str:
    return re.split(r"[\\/]", doc.rstrip("/\\"))[-1] if doc else doc


# --------------------------------------------------------------------------------------------
# Seeds: facts
# --------------------------------------------------------------------------------------------


def _fact_key(doc: str, subject: str, relation: str, obj: str) -> tuple:
    s, o = normalize_name(subject), normalize_name(obj)
    if relation in SYMMETRIC_RELATIONS and o < s:
        s, o = o, s
    return (_doc_basename(doc), relation, s, o)


def _as_gold(row: GoldFact | Mapping) -> GoldFact:
    if isinstance(row, GoldFact):
        return row
    return GoldFact(
        doc=row["doc"],
        subject=row["subject"],
        relation=row["relation"],
        object=row["object"],
        required=bool(row.get("required", True)),
        evidence=row.get("evidence", "") or "",
        date=row.get("date"),
    )


def score_facts(
    predicted: Iterable[PredictedFact], gold_rows: Iterable[GoldFact | Mapping]
) -> FactReport:
    """Score predicted facts against gold rows (dicts from :func:`load_gold` or GoldFacts).

    Matching is per document (the basename of ``predicted.doc`` against the gold ``doc``), by
    relation, with names compared by :func:`normalize_name`; ``rivalOf`` and ``partneredWith``
    match in either direction. Duplicated predictions count once.

    - a prediction equal to a ``required: true`` fact is a true positive;
    - a prediction equal to a ``required: false`` fact is ignored (listed in ``ignored``);
    - any other prediction is a false positive;
    - a required fact nobody predicted is a false negative.

    Predictions about documents the gold does not cover are not scored (counted in
    ``stats["predictions_outside_gold_docs"]``), so a graph built from more articles than the
    gold annotates can still be evaluated.
    """
    gold: dict[tuple, GoldFact] = {}
    for row in gold_rows:
        g = _as_gold(row)
        key = _fact_key(g.doc, g.subject, g.relation, g.object)
        if key not in gold or (g.required and not gold[key].required):
            gold[key] = g  # a fact listed twice is required if any listing says so
    gold_docs = {k[0] for k in gold}

    seen: dict[tuple, PredictedFact] = {}
    outside = 0
    duplicates = 0
    for p in predicted:
        key = _fact_key(p.doc, p.subject, p.relation, p.object)
        if key[0] not in gold_docs:
            outside += 1
        elif key in seen:
            duplicates += 1
        else:
            seen[key] = p

    scores: dict[str, Score] = {}

    def score(rel: str) -> Score:
        return scores.setdefault(rel, Score(rel))

    fps, ignored = [], []
    for key, p in seen.items():
        g = gold.get(key)
        if g is None:
            score(p.relation).fp += 1
            fps.append(p)
        elif g.required:
            score(p.relation).tp += 1
        else:
            ignored.append(p)
    fns = []
    for key, g in gold.items():
        if g.required:
            score(g.relation)
            if key not in seen:
                scores[g.relation].fn += 1
                fns.append(g)

    return FactReport(
        per_relation=scores,
        false_positives=tuple(sorted(fps, key=_sort_key)),
        false_negatives=tuple(sorted(fns, key=_sort_key)),
        ignored=tuple(sorted(ignored, key=_sort_key)),
        stats={
            "documents": len(gold_docs),
            "gold_required": sum(1 for g in gold.values() if g.required),
            "gold_optional": sum(1 for g in gold.values() if not g.required),
            "predictions": len(seen),
            "predictions_duplicate": duplicates,
            "predictions_optional": len(ignored),
            "predictions_outside_gold_docs": outside,
        },
    )


def _sort_key(f) -> tuple:
    return (f.doc, f.relation, f.subject, f.object)


# --------------------------------------------------------------------------------------------
# Seeds: entities
# --------------------------------------------------------------------------------------------


def score_entities(
    predicted_entities: Iterable[PredictedEntity], gold_entities: Iterable[Mapping]
) -> EntityReport:
    """Check that each gold entity is exactly one node, of the right type.

    A predicted node matches a gold entity when its name, normalised, equals the gold name or
    one of the gold aliases. Per gold entity: one matching node = found, none = missing, several
    = duplicates (e.g. "Elon Musk" and "Musk" as separate nodes). Independently, each matching
    node whose type differs from the gold type is listed under ``wrong_type``. Identical
    predicted entities (same name, type, aliases) are counted once.
    ``predicted_entities`` may be :class:`PredictedEntity` or :class:`kg.model.Entity` records
    (anything with ``name``, ``type``, ``aliases``); ``gold_entities`` dicts or the like.
    """
    nodes: list[PredictedEntity] = []
    seen = set()
    for e in predicted_entities:
        node = PredictedEntity(e.name, e.type, tuple(getattr(e, "aliases", ()) or ()))
        if node not in seen:
            seen.add(node)
            nodes.append(node)
    by_name: dict[str, list[PredictedEntity]] = {}
    for node in nodes:
        by_name.setdefault(normalize_name(node.name), []).append(node)

    found, missing, dups, wrong = [], [], [], []
    matched_ids = set()
    for g in gold_entities:
        gname, gtype = _get(g, "name"), _get(g, "type")
        keys = {normalize_name(n) for n in (gname, *(_get(g, "aliases") or ()))}
        matches: list[PredictedEntity] = []
        for k in sorted(keys):
            for node in by_name.get(k, ()):
                if id(node) not in {id(m) for m in matches}:
                    matches.append(node)
        matched_ids.update(id(m) for m in matches)
        if not matches:
            missing.append(gname)
        elif len(matches) == 1:
            found.append(gname)
        else:
            dups.append((gname, tuple(matches)))
        wrong.extend((gname, gtype, m) for m in matches if m.type != gtype)

    return EntityReport(
        found=tuple(found),
        missing=tuple(missing),
        duplicates=tuple(dups),
        wrong_type=tuple(wrong),
        unmatched=tuple(n for n in nodes if id(n) not in matched_ids),
    )


def _get(record, key: str):
    return record[key] if isinstance(record, Mapping) else getattr(record, key)


# --------------------------------------------------------------------------------------------
# From extractor output
# --------------------------------------------------------------------------------------------


def facts_from_extractions(extractions: Iterable[Extraction]) -> list[PredictedFact]:
    """The assertions of extractor output as :class:`PredictedFact`, by entity name.

    ``doc`` is the basename of the document's ``source`` (falling back to its id); an assertion
    whose entity key is not among the extraction's entities uses the key as the name.
    """
    facts = []
    for ex in extractions:
        names = {e.key: e.name for e in ex.entities}
        doc = _doc_basename(ex.document.source or ex.document.id)
        for a in ex.assertions:
            facts.append(
                PredictedFact(
                    doc, names.get(a.subject, a.subject), a.relation, names.get(a.object, a.object)
                )
            )
    return facts


def entities_from_extractions(extractions: Iterable[Extraction]) -> list[PredictedEntity]:
    """The entities of extractor output, one per entity key (aliases merged across documents).

    The name and type are the first seen for that key, as the store would keep one node per key.
    """
    merged: dict[str, tuple[str, str, list[str]]] = {}
    for ex in extractions:
        for e in ex.entities:
            name, etype, aliases = merged.setdefault(e.key, (e.name, e.type, []))
            for alias in e.aliases:
                if alias not in aliases and alias != name:
                    aliases.append(alias)
    return [PredictedEntity(n, t, tuple(a)) for n, t, a in merged.values()]


# --------------------------------------------------------------------------------------------
# KnowledgeNet
# --------------------------------------------------------------------------------------------

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


def _passage_predictions(ex: Extraction, doc_id: str) -> list[_Pred]:
    ents = {e.key: e for e in ex.entities}

    def names(key: str) -> tuple[str, ...]:
        e = ents.get(key)
        return (e.name, *e.aliases) if e else (key,)

    from kg.ontology import super_properties

    supers = super_properties()
    out = []
    for a in ex.assertions:
        sn, on = names(a.subject), names(a.object)
        # The graph entails every super-property of what it asserts (ceoOf implies worksFor):
        # KnowledgeNet's EMPLOYEE_OR_MEMBER_OF lists CEOs as employees, so score the entailment.
        for relation in (a.relation, *sorted(supers.get(a.relation, ()))):
            out.append(_Pred(PredictedFact(doc_id, sn[0], relation, on[0]), sn, on,
                             pattern=a.pattern, entailed=relation != a.relation))
    return out


def score_knowledgenet(
    passages: Iterable[Mapping],
    extract: Callable[[list[Document]], Iterable[Extraction]],
    *,
    folds: Iterable[int] | None = None,
    limit: int | None = None,
) -> FactReport:
    """Run ``extract`` on KnowledgeNet passages and score the four mapped relations.

    Protocol:

    - Passages are filtered by ``folds`` (if given); those that annotate none of FOUNDED_BY,
      CEO, EMPLOYEE_OR_MEMBER_OF, SUBSIDIARY_OF are dropped (they cannot score anything); then
      the first ``limit`` are kept. Each is its own ``Document(id=passage id, source=passage id,
      text=passage text)``; ``extract`` is called once with all of them and timed
      (``stats["words_per_second"]`` = whitespace words / seconds).
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

    docs = [Document(id=p["id"], source=p["id"], text=p["text"]) for p in selected]
    words = sum(len(d.text.split()) for d in docs)
    started = time.perf_counter()
    extractions = list(extract(docs)) if docs else []
    seconds = time.perf_counter() - started

    by_passage: dict[str, list[Extraction]] = {}
    ids = {p["id"] for p in selected}
    unplaced = 0
    for ex in extractions:
        d = ex.document
        pid = next((k for k in (d.id, d.source) if k in ids), None)
        if pid is None:
            unplaced += 1
        else:
            by_passage.setdefault(pid, []).append(ex)

    scores = {rel: Score(rel) for rel, _ in KNOWLEDGENET_PROPERTIES.values()}
    gold_per_relation = {rel: 0 for rel in scores}
    counts = dict.fromkeys(
        ("predictions", "predictions_other_relation", "predictions_unannotated",
         "predictions_redundant", "predictions_pronoun", "gold_facts", "gold_mentions",
         "gold_pronoun_facts"),
        0,
    )
    fps, fns, ignored = [], [], []
    by_pattern: dict[str, dict[str, int]] = {}  # extracted (not entailed) predictions scored, per pattern
    with_gold = 0

    for p in selected:
        pid = p["id"]
        annotated = {
            KNOWLEDGENET_PROPERTIES[a][0] for a in p["annotated"] if a in KNOWLEDGENET_PROPERTIES
        }
        groups, pronoun_facts = group_gold_facts(p)
        counts["gold_facts"] += len(groups)
        counts["gold_mentions"] += sum(len(g) for g in groups)
        counts["gold_pronoun_facts"] += len(pronoun_facts)
        with_gold += bool(groups)
        for g in groups:
            gold_per_relation[_oriented(g[0])[0]] += 1

        # Deduplicate predictions by (relation, subject name, object name).
        preds: dict[tuple, _Pred] = {}
        for ex in by_passage.get(pid, ()):
            for pr in _passage_predictions(ex, pid):
                f = pr.fact
                key = (f.relation, normalize_name(f.subject), normalize_name(f.object))
                preds.setdefault(key, pr)
        counts["predictions"] += len(preds)

        candidates = []  # (quality, prediction index, group index)
        scored: list[_Pred] = []
        for pr in preds.values():
            rel = pr.fact.relation
            if rel not in _RELATION_PROPERTY:
                counts["predictions_other_relation"] += 1
                continue
            if rel not in annotated:
                counts["predictions_unannotated"] += 1
                continue
            scored.append(pr)
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
        credited_groups: set[int] = set()
        pred_state: dict[int, str] = {}
        for _, pi, gi in candidates:  # best matches first, each group credited once
            if pi in pred_state and pred_state[pi] == "tp":
                continue
            if gi not in credited_groups:
                credited_groups.add(gi)
                pred_state[pi] = "tp"
            else:
                pred_state.setdefault(pi, "redundant")

        for pi, pr in enumerate(scored):
            state = pred_state.get(pi)
            rel = pr.fact.relation
            tally = by_pattern.setdefault(pr.pattern or "?", {"tp": 0, "fp": 0}) if not pr.entailed else {}
            if state == "tp":
                scores[rel].tp += 1
                if tally:
                    tally["tp"] += 1
            elif state == "redundant":
                counts["predictions_redundant"] += 1
            elif any(_matches_pronoun_fact(pr, f) for f in pronoun_facts):
                counts["predictions_pronoun"] += 1
                ignored.append(pr.fact)
            else:
                scores[rel].fp += 1
                if tally:
                    tally["fp"] += 1
                fps.append(pr.fact)

        for gi, group in enumerate(groups):
            if gi in credited_groups:
                continue
            rel = _oriented(group[0])[0]
            scores[rel].fn += 1
            fns.append(_group_as_gold(pid, p.get("text", ""), group))

    stats = {
        "passages": len(selected),
        "passages_with_gold": with_gold,
        "folds": sorted(wanted) if wanted is not None else "all",
        "limit": limit,
        "gold_facts_per_relation": gold_per_relation,
        **counts,
        "extractions_unmatched": unplaced,
        "words": words,
        "seconds": round(seconds, 3),
        "words_per_second": round(words / seconds, 1) if seconds > 0 else None,
        "patterns": dict(sorted(by_pattern.items())),
    }
    return FactReport(
        per_relation=scores,
        false_positives=tuple(fps),
        false_negatives=tuple(fns),
        ignored=tuple(ignored),
        stats=stats,
    )


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


# --------------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------------


def format_report(
    report: FactReport | EntityReport, fmt: str = "table", *, details: bool = False
) -> str:
    """Render a report: ``table`` (for people), ``json`` (everything, FP/FN lists included) or
    ``csv`` (one row per relation plus a ``micro`` row; for entities one row per finding).

    ``details`` adds the false positive / false negative lists (or the entity findings) under
    the table.
    """
    if fmt not in ("table", "json", "csv"):
        raise ValueError(f"unknown report format {fmt!r}: use table, json or csv")
    if fmt == "json":
        return json.dumps(report.to_dict(), indent=2, ensure_ascii=False)
    if isinstance(report, EntityReport):
        return _entity_csv(report) if fmt == "csv" else _entity_table(report, details)
    rows = [report.per_relation[r] for r in sorted(report.per_relation)]
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(["relation", "precision", "recall", "f1", "tp", "fp", "fn"])
        for s in [*rows, report.total]:
            ratios = (f"{s.precision:.4f}", f"{s.recall:.4f}", f"{s.f1:.4f}")
            w.writerow([s.relation, *ratios, s.tp, s.fp, s.fn])
        return buf.getvalue()
    return _fact_table(report, rows, details)


def _fact_table(report: FactReport, rows: list[Score], details: bool) -> str:
    width = max([len("relation"), len("micro"), *(len(s.relation) for s in rows)])
    head = f"{'relation':<{width}}  {'P':>5}  {'R':>5}  {'F1':>5}  {'TP':>4}  {'FP':>4}  {'FN':>4}"

    def line(s: Score) -> str:
        return (
            f"{s.relation:<{width}}  {s.precision:5.3f}  {s.recall:5.3f}  {s.f1:5.3f}  "
            f"{s.tp:>4}  {s.fp:>4}  {s.fn:>4}"
        )

    out = [head, "-" * len(head), *(line(s) for s in rows), "-" * len(head), line(report.total)]
    st = report.stats
    if "passages" in st:
        out.append(
            f"\n{st['passages']} passages, {st['gold_facts']} gold facts with name arguments "
            f"({st['gold_pronoun_facts']} with a pronoun argument not scored), "
            f"{st['predictions']} predictions"
        )
        if st.get("words_per_second") is not None:
            out.append(
                f"speed: {st['words_per_second']:.0f} words/s "
                f"({st['words']} words in {st['seconds']} s)"
            )
    elif "documents" in st:
        out.append(
            f"\n{st['documents']} documents, {st['gold_required']} required gold facts "
            f"({st['gold_optional']} optional), {st['predictions']} predictions "
            f"({st['predictions_optional']} optional, "
            f"{st['predictions_outside_gold_docs']} outside the gold documents)"
        )
    if details:
        if report.false_positives:
            out.append("\nfalse positives:")
            out += [_fact_line(f) for f in report.false_positives]
        if report.false_negatives:
            out.append("\nfalse negatives:")
            out += [_fact_line(f) for f in report.false_negatives]
    return "\n".join(out) + "\n"


def _fact_line(f: PredictedFact | GoldFact) -> str:
    return f"  {f.doc}: {f.subject} {f.relation} {f.object}"


def _entity_table(report: EntityReport, details: bool) -> str:
    c = report.counts
    out = [
        f"gold entities: {c['gold']}",
        f"found:         {c['found']}",
        f"missing:       {c['missing']}",
        f"duplicated:    {c['duplicates']}",
        f"wrong type:    {c['wrong_type']}",
        f"not in gold:   {c['unmatched']}",
    ]
    if details or report.missing or report.duplicates or report.wrong_type:
        if report.missing:
            out.append("\nmissing: " + ", ".join(report.missing))
        for name, nodes in report.duplicates:
            out.append(f"duplicate: {name} -> " + ", ".join(f"{n.name} ({n.type})" for n in nodes))
        for name, gtype, node in report.wrong_type:
            out.append(f"wrong type: {name} should be {gtype}, node {node.name!r} is {node.type}")
    if details and report.unmatched:
        out.append("\nnot in gold: " + ", ".join(f"{n.name} ({n.type})" for n in report.unmatched))
    return "\n".join(out) + "\n"


def _entity_csv(report: EntityReport) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["status", "gold_name", "gold_type", "node_name", "node_type"])
    for name in report.found:
        w.writerow(["found", name, "", "", ""])
    for name in report.missing:
        w.writerow(["missing", name, "", "", ""])
    for name, nodes in report.duplicates:
        for n in nodes:
            w.writerow(["duplicate", name, "", n.name, n.type])
    for name, gtype, n in report.wrong_type:
        w.writerow(["wrong_type", name, gtype, n.name, n.type])
    for n in report.unmatched:
        w.writerow(["not_in_gold", "", "", n.name, n.type])
    return buf.getvalue()


# --------------------------------------------------------------------------------------------
# Loading
# --------------------------------------------------------------------------------------------


def _read_jsonl(path: str | Path, what: str) -> list[tuple[int, dict]]:
    p = Path(path)
    if not p.exists():
        raise InputError(p, f"{what} file not found", "check the path (see /work/shared or --gold)")
    if p.is_dir():
        raise InputError(p, f"is a folder, expected a {what} .jsonl file", "give the file inside it")
    try:
        text = p.read_text(encoding="utf-8")
    except UnicodeDecodeError as e:
        raise InputError(p, f"not UTF-8 text ({e.reason} at byte {e.start})", "save it as UTF-8") from e
    except OSError as e:
        raise InputError(p, f"cannot read: {e.strerror or e}", "check the file's permissions") from e
    rows = []
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            raise InputError(
                p, f"line {n}: broken JSON ({e.msg}, column {e.colno})",
                "fix that line: each line must be one JSON object",
            ) from e
        if not isinstance(row, dict):
            raise InputError(p, f"line {n}: expected a JSON object, got {type(row).__name__}",
                             "each line must be one JSON object")
        rows.append((n, row))
    return rows


def _require(path, n: int, row: dict, key: str, kind: type | tuple, what: str):
    value = row.get(key)
    if value is None or not isinstance(value, kind) or (isinstance(value, str) and not value.strip()):
        raise InputError(path, f"line {n}: missing or invalid {key!r}", f"each line needs {what}")
    return value


def load_gold(path: str | Path) -> list[dict]:
    """Read ``seeds.gold.jsonl``: one dict per fact (doc, subject, relation, object, required,
    evidence, date). ``required`` defaults to true."""
    rows = []
    for n, row in _read_jsonl(path, "gold facts"):
        for key in ("doc", "subject", "relation", "object"):
            _require(path, n, row, key, str, "doc, subject, relation and object strings")
        if row["relation"] not in RELATIONS:
            raise InputError(path, f"line {n}: unknown relation {row['relation']!r}",
                             "use one of: " + ", ".join(RELATIONS))
        required = row.get("required", True)
        if not isinstance(required, bool):
            raise InputError(path, f"line {n}: 'required' must be true or false", "write true or false")
        rows.append({**row, "required": required})
    return rows


def load_gold_entities(path: str | Path) -> list[dict]:
    """Read ``seeds.entities.jsonl``: one dict per entity (name, type, aliases)."""
    rows = []
    for n, row in _read_jsonl(path, "gold entities"):
        _require(path, n, row, "name", str, "a name string")
        if row.get("type") not in ENTITY_TYPES:
            raise InputError(path, f"line {n}: unknown or missing type {row.get('type')!r}",
                             "use one of: " + ", ".join(ENTITY_TYPES))
        aliases = row.get("aliases", []) or []
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise InputError(path, f"line {n}: 'aliases' must be a list of strings", 'write e.g. ["Musk"]')
        rows.append({"name": row["name"], "type": row["type"], "aliases": list(aliases)})
    return rows


def load_passages(path: str | Path) -> list[dict]:
    """Read KnowledgeNet ``passages.jsonl``: one dict per passage (id, fold, doc, text,
    annotated, facts)."""
    rows = []
    for n, row in _read_jsonl(path, "passages"):
        _require(path, n, row, "id", str, "an id string")
        _require(path, n, row, "text", str, "a text string")
        annotated = row.get("annotated", [])
        facts = row.get("facts", [])
        if not isinstance(annotated, list) or not isinstance(facts, list):
            raise InputError(path, f"line {n}: 'annotated' and 'facts' must be lists", "see the README")
        for f in facts:
            if not isinstance(f, dict) or not all(
                isinstance(f.get(k), str) for k in ("property", "subject", "object")
            ):
                raise InputError(path, f"line {n}: a fact lacks property/subject/object",
                                 "see the README for the fact fields")
        rows.append(row)
    return rows


# --------------------------------------------------------------------------- the CLI's entry point

def is_knowledgenet(path: str | Path) -> bool:
    """KnowledgeNet passages carry "facts" and "annotated"; the seeds gold carries "relation"."""
    try:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    first = json.loads(line)
                    return isinstance(first, dict) and "annotated" in first and "facts" in first
    except (OSError, ValueError):
        return False
    return False


def facts_from_store(store) -> tuple[list[PredictedFact], list[PredictedEntity]]:
    """The asserted facts (by document file name) and the entities of a built graph."""
    facts = [
        PredictedFact(doc=_doc_basename(r["source"].value), subject=r["sl"].value,
                      relation=r["p"].value.rsplit("#", 1)[-1], object=r["ol"].value)
        for r in store.query(
            "SELECT DISTINCT ?source ?sl ?p ?ol WHERE { ?st a rdf:Statement ; rdf:subject ?s ; "
            "rdf:predicate ?p ; rdf:object ?o ; prov:wasDerivedFrom ?doc . ?doc dcterms:source ?source . "
            "?s rdfs:label ?sl . ?o rdfs:label ?ol }")
    ]
    entities = [PredictedEntity(name=k.name, type=k.type, aliases=k.aliases) for k in store.known_entities()]
    return facts, entities


def evaluate_path(gold: str | Path, store_path: str | Path, *, entities_path: str | Path | None = None,
                  fmt: str = "table", details: bool = False, folds: list[int] | None = None,
                  limit: int | None = None) -> str:
    """``kg eval``: score a built graph against seeds-style gold, or run the KnowledgeNet protocol."""
    gold = Path(gold)
    if not gold.exists():
        raise InputError(gold, "does not exist", "give the path of a gold file, e.g. ../shared/gold/seeds.gold.jsonl")
    if is_knowledgenet(gold):
        from kg.extract import extract_documents
        from kg.nlp import load_nlp

        load_nlp()  # so the words/s figure measures extraction, not model loading
        report = score_knowledgenet(load_passages(gold), lambda docs: extract_documents(docs),
                                    folds=folds, limit=limit)
        return format_report(report, fmt, details=details)
    from kg.remote_store import open_store

    rows = load_gold(gold)
    with open_store(store_path, read_only=True) as store:
        predicted, entities = facts_from_store(store)
    out = [format_report(score_facts(predicted, rows), fmt, details=details)]
    if entities_path is None:
        candidate = gold.with_name(gold.name.replace(".gold.jsonl", ".entities.jsonl"))
        entities_path = candidate if candidate != gold and candidate.exists() else None
    if entities_path is not None:
        out.append(format_report(score_entities(entities, load_gold_entities(entities_path)), fmt, details=details))
    return "\n\n".join(out)
