"""What scoring returns, and how it is shown: the fact records, :class:`Score`, the reports and
:func:`format_report` (table for people, JSON with everything, CSV one row per relation)."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field

from kg.csvout import csv_text

__all__ = [
    "CoreReport",
    "EntityReport",
    "ExtractedFact",
    "FactReport",
    "GoldFact",
    "PredictedEntity",
    "PredictedFact",
    "Report",
    "Score",
    "format_report",
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
class ExtractedFact:
    """A fact the extractor asserted in one passage, with what an error analysis needs: the
    pattern that found it, its confidence and the sentence. ``negative`` is the ``why`` of the
    listed gold negative the fact asserts (news passages), ``note`` anything else worth saying
    about it (a duplicate node, CORE's relation for the pair)."""

    doc: str
    subject: str
    relation: str
    object: str
    pattern: str = ""
    confidence: float | None = None
    evidence: str = ""
    negative: str | None = None
    note: str = ""


@dataclass(frozen=True)
class PredictedEntity:
    """One node of the graph (or one resolved entity of the extractor)."""

    name: str
    type: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class GoldFact:
    """One gold fact. ``variants`` lists other (subject, object) surface forms of the same fact
    (KnowledgeNet; the text's spans in CORE); ``evidence`` is the text that states it."""

    doc: str
    subject: str
    relation: str
    object: str
    required: bool = True
    evidence: str = ""
    date: str | None = None
    variants: tuple[tuple[str, str], ...] = ()


# --------------------------------------------------------------------------------------------
# Scores and reports
# --------------------------------------------------------------------------------------------


@dataclass
class Score:
    """Counts for one relation (or the micro total). Undefined ratios (0/0) are 0.0.

    ``tp``/``fp`` count predictions, ``fn`` gold facts missed. ``found`` counts gold facts found
    where that is not the same number as ``tp``: in the news and CORE protocols a prediction of
    one relation can find a gold fact of another (``owns`` for ``subsidiaryOf``, ``ceoOf`` for
    ``worksFor``), so precision is by predicted relation (tp / (tp + fp)) and recall by gold
    relation (found / (found + fn)). ``None`` means recall is tp / (tp + fn).
    """

    relation: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    found: int | None = None

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        hit = self.tp if self.found is None else self.found
        return hit / (hit + self.fn) if hit + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict:
        d = {
            "relation": self.relation,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }
        if self.found is not None:
            d["found"] = self.found
        return d


@dataclass
class FactReport:
    """Per-relation and micro-averaged scores, with the facts that went wrong.

    ``false_positives``: predictions that match no gold fact. ``false_negatives``: required gold
    facts no prediction matched. ``ignored``: predictions scored neither way (a ``required:
    false`` gold fact, a KnowledgeNet fact with a pronoun argument, a news ``worksFor`` that a gold
    ``ceoOf`` implies). ``stats``: counts of what was scored and skipped (and, for the formats
    run in-process, the speed); ``stats["format"]`` names the news and CORE protocols.
    """

    per_relation: dict[str, Score]
    false_positives: tuple[PredictedFact | ExtractedFact, ...] = ()
    false_negatives: tuple[GoldFact, ...] = ()
    ignored: tuple[PredictedFact | ExtractedFact, ...] = ()
    stats: dict = field(default_factory=dict)

    @property
    def total(self) -> Score:
        """Micro average: the counts of all relations added up."""
        scores = list(self.per_relation.values())
        found = None
        if any(s.found is not None for s in scores):
            found = sum(s.found or 0 for s in scores)
        return Score(
            "micro",
            tp=sum(s.tp for s in scores),
            fp=sum(s.fp for s in scores),
            fn=sum(s.fn for s in scores),
            found=found,
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


@dataclass
class CoreReport:
    """CORE scored twice: on the passages whose two arguments the text names (``named``, the
    headline figure: no text-only system can name "It" or "The company") and on all of them
    (``all``). ``stats``: which part of the split, how many passages of each kind, the speed."""

    named: FactReport
    all: FactReport
    stats: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {
            "kind": "core",
            "stats": self.stats,
            "named_pairs": self.named.to_dict(),
            "all": self.all.to_dict(),
        }


#: What a scorer returns, and :func:`format_report` renders.
Report = FactReport | EntityReport | CoreReport


def _gold_dict(f: GoldFact) -> dict:
    d = asdict(f)
    d["variants"] = [list(v) for v in f.variants]
    return d


# --------------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------------


def format_report(report: Report, fmt: str = "table", *, details: bool = False) -> str:
    """Render a report: ``table`` (for people), ``json`` (everything, FP/FN lists included) or
    ``csv`` (one row per relation plus a ``micro`` row; for entities one row per finding; for
    CORE a first column says which set of passages the row is about).

    ``details`` adds the false positive / false negative lists (or the entity findings) under
    the table.
    """
    if fmt not in ("table", "json", "csv"):
        raise ValueError(f"unknown report format {fmt!r}: use table, json or csv")
    if fmt == "json":
        return json.dumps(report.to_dict(), indent=2, ensure_ascii=False)
    if isinstance(report, EntityReport):
        return _entity_csv(report) if fmt == "csv" else _entity_table(report, details)
    if isinstance(report, CoreReport):
        return _core_csv(report) if fmt == "csv" else _core_table(report, details)
    if fmt == "csv":
        return _fact_csv(report)
    return _fact_table(report, details)


def _rows(report: FactReport) -> list[Score]:
    return [report.per_relation[r] for r in sorted(report.per_relation)]


def _with_found(report: FactReport) -> bool:
    return report.total.found is not None


def _csv_rows(report: FactReport) -> tuple[list[str], list[list]]:
    found = _with_found(report)
    head = ["relation", "precision", "recall", "f1", "tp", "fp", "fn", *(["found"] if found else [])]
    rows = []
    for s in [*_rows(report), report.total]:
        ratios = (f"{s.precision:.4f}", f"{s.recall:.4f}", f"{s.f1:.4f}")
        rows.append([s.relation, *ratios, s.tp, s.fp, s.fn, *([s.found] if found else [])])
    return head, rows


def _fact_csv(report: FactReport) -> str:
    head, rows = _csv_rows(report)
    return csv_text(head, rows)


def _score_lines(report: FactReport) -> list[str]:
    rows = _rows(report)
    found = _with_found(report)
    width = max([len("relation"), len("micro"), *(len(s.relation) for s in rows)])
    head = f"{'relation':<{width}}  {'P':>5}  {'R':>5}  {'F1':>5}  {'TP':>4}  {'FP':>4}  {'FN':>4}"
    if found:
        head += f"  {'found':>5}"

    def line(s: Score) -> str:
        text = (
            f"{s.relation:<{width}}  {s.precision:5.3f}  {s.recall:5.3f}  {s.f1:5.3f}  "
            f"{s.tp:>4}  {s.fp:>4}  {s.fn:>4}"
        )
        return text + (f"  {s.found:>5}" if found else "")

    return [head, "-" * len(head), *(line(s) for s in rows), "-" * len(head), line(report.total)]


def _fact_table(report: FactReport, details: bool) -> str:
    out = _score_lines(report)
    st = report.stats
    if st.get("format") == "news":
        out.append(_news_summary(st))
        out += _speed(st)
    elif st.get("format") == "core":  # one of the two sets of a CoreReport, rendered alone
        out.append(f"\n{st['passages']} CORE passages ({st['set']}), "
                   f"{st['passages_with_relation']} with a relation of ours")
    elif "gold_pronoun_facts" in st:
        out.append(
            f"\n{st['passages']} passages, {st['gold_facts']} gold facts with name arguments "
            f"({st['gold_pronoun_facts']} with a pronoun argument not scored), "
            f"{st['predictions']} predictions"
        )
        out += _speed(st)
    elif "documents" in st:
        out.append(
            f"\n{st['documents']} documents, {st['gold_required']} required gold facts "
            f"({st['gold_optional']} optional), {st['predictions']} predictions "
            f"({st['predictions_optional']} optional, "
            f"{st['predictions_outside_gold_docs']} outside the gold documents)"
        )
    if details:
        out += _details(report, with_evidence=st.get("format") in ("news", "core"))
    return "\n".join(out) + "\n"


def _news_summary(st: dict) -> str:
    return (
        f"\nnews {st['file'] or 'passages'}: {st['passages']} passages, {st['gold_facts']} gold facts, "
        f"{st['negatives']} listed negatives; {st['predictions']} predictions: "
        f"{st['predictions_duplicate_node']} false positives from a duplicate node, "
        f"{st['fp_negatives']} asserting a listed negative, "
        f"{st['predictions_ignored']} worksFor implied by a gold ceoOf/leads (ignored); "
        f"{st['entailed_worksFor_found']} gold worksFor found through ceoOf/leads"
        + (f"; {st['predictions_below_confidence']} facts under --min-confidence "
           f"{st['min_confidence']} dropped" if st.get("min_confidence") else "")
    )


def _speed(st: dict) -> list[str]:
    if st.get("words_per_second") is None:
        return []
    return [f"speed: {st['words_per_second']:.0f} words/s ({st['words']} words in {st['seconds']} s)"]


def _details(report: FactReport, *, with_evidence: bool) -> list[str]:
    out = []
    if report.false_positives:
        out.append("\nfalse positives:")
        out += [_fact_line(f, with_evidence) for f in report.false_positives]
    if report.false_negatives:
        out.append("\nfalse negatives:")
        out += [_fact_line(f, with_evidence) for f in report.false_negatives]
    return out


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _fact_line(f: PredictedFact | ExtractedFact | GoldFact, with_evidence: bool = False) -> str:
    line = f"  {f.doc}: {f.subject} {f.relation} {f.object}"
    if isinstance(f, ExtractedFact):
        conf = f", confidence {f.confidence:.2f}" if f.confidence is not None else ""
        line += f"  [pattern {f.pattern or '?'}{conf}]"
        if f.negative:
            line += f"  NEGATIVE: {f.negative}"
        if f.note:
            line += f"  ({f.note})"
        return line + (f'\n      "{_one_line(f.evidence)}"' if f.evidence else "")
    if with_evidence and isinstance(f, GoldFact):
        if f.variants:
            line += "  (in the text: " + "; ".join(f"{s} / {o}" for s, o in f.variants) + ")"
        if f.evidence:
            line += f'\n      gold evidence: "{_one_line(f.evidence)}"'
    return line


def _core_table(report: CoreReport, details: bool) -> str:
    st = report.stats
    out = [
        f"CORE {st['file']}, part: {st['part']} ({st['passages']} of {st['passages_in_file']} "
        f"passages{', first ' + str(st['limit']) if st.get('limit') else ''}): "
        f"{st['passages_with_relation']} with a relation of ours, {st['passages_null']} without",
        "",
        f"pairs the text names ({st['named_pairs']} passages, {st['named_pairs_with_relation']} "
        "with a relation; the headline figure):",
        *_score_lines(report.named),
        "",
        f"all passages ({st['passages']}; {st['passages'] - st['named_pairs']} with a pronoun or "
        "description as an argument, which a text-only system cannot name):",
        *_score_lines(report.all),
        "",
        f"{st['predictions']} facts between the annotated pairs, {st['predictions_outside_pair']} "
        "other facts not scored (only the pair is annotated)"
        + (f"; {st['predictions_below_confidence']} facts under --min-confidence "
           f"{st['min_confidence']} dropped" if st.get("min_confidence") else ""),
        *_speed(st),
    ]
    if details:
        out += _details(report.all, with_evidence=True)
    return "\n".join(out) + "\n"


def _core_csv(report: CoreReport) -> str:
    head = ["set", *_csv_rows(report.named)[0]]
    rows = [[name, *row] for name, rep in (("named_pairs", report.named), ("all", report.all))
            for row in _csv_rows(rep)[1]]
    return csv_text(head, rows)


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
    # (names come from articles: through the one CSV writer that neutralises formula cells)
    rows = [["found", name, "", "", ""] for name in report.found]
    rows += [["missing", name, "", "", ""] for name in report.missing]
    rows += [["duplicate", name, "", n.name, n.type] for name, nodes in report.duplicates for n in nodes]
    rows += [["wrong_type", name, gtype, n.name, n.type] for name, gtype, n in report.wrong_type]
    rows += [["not_in_gold", "", "", n.name, n.type] for n in report.unmatched]
    return csv_text(["status", "gold_name", "gold_type", "node_name", "node_type"], rows)
