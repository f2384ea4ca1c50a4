"""Adding up what the passage scorers judge (KnowledgeNet, news, CORE): one :class:`Tally` per set
of passages scored, which the format's scorer fills passage by passage and turns into a
:class:`~kg.evaluate.report.FactReport`."""

from __future__ import annotations

from collections.abc import Iterable

from kg.evaluate.report import ExtractedFact, FactReport, GoldFact, PredictedFact, Score

__all__ = ["Tally"]


class Tally:
    """Per-relation :class:`Score`, the false positives, false negatives and ignored predictions,
    named counts and the right/wrong predictions of each extraction pattern.

    ``relations``: the relations that get a row even when nothing is predicted or annotated for
    them; others get one when first scored. ``with_found``: recall by gold relation (the scores'
    ``found``, see :class:`Score`), as in the news and CORE protocols. ``counts``: the names of
    the counts, in the order the report's stats list them.
    """

    def __init__(self, relations: Iterable[str] = (), *, with_found: bool = False, counts: Iterable[str] = ()):
        self.with_found = with_found
        self.scores: dict[str, Score] = {}
        for rel in relations:
            self.score(rel)
        self.counts: dict[str, int] = dict.fromkeys(counts, 0)
        self.false_positives: list[PredictedFact | ExtractedFact] = []
        self.false_negatives: list[GoldFact] = []
        self.ignored: list[PredictedFact | ExtractedFact] = []
        self._patterns: dict[str, dict[str, int]] = {}

    def score(self, relation: str) -> Score:
        """The score of ``relation``, a new row the first time."""
        return self.scores.setdefault(relation, Score(relation, found=0 if self.with_found else None))

    def pattern(self, pattern: str, right: bool | None = None) -> None:
        """Count a scored prediction of extraction pattern ``pattern`` (``"?"`` when it has none)
        as right or wrong; ``None`` lists the pattern without counting (a prediction neither)."""
        tally = self._patterns.setdefault(pattern or "?", {"tp": 0, "fp": 0})
        if right is not None:
            tally["tp" if right else "fp"] += 1

    @property
    def patterns(self) -> dict[str, dict[str, int]]:
        """Right (``tp``) and wrong (``fp``) predictions per pattern, by pattern name."""
        return dict(sorted(self._patterns.items()))

    def report(self, stats: dict) -> FactReport:
        return FactReport(
            per_relation=self.scores,
            false_positives=tuple(self.false_positives),
            false_negatives=tuple(self.false_negatives),
            ignored=tuple(self.ignored),
            stats=stats,
        )
