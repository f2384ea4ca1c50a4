"""Running the extractor on passages, for the formats scored in-process (KnowledgeNet, news,
CORE): each passage is its own document, ``extract`` is called once with all of them and timed,
and what comes back is sorted by passage and turned into :class:`Prediction` records."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from kg.evaluate.report import ExtractedFact
from kg.model import Document, Extraction

__all__ = ["Extract", "ExtractRun", "Prediction", "predictions_of", "run_extract", "speed_stats"]

#: What the scorers call: documents in, one :class:`kg.model.Extraction` per document out
#: (``kg.extract.extract_documents`` in ``kg eval``, hand-made records in the tests).
Extract = Callable[[list[Document]], Iterable[Extraction]]


@dataclass(frozen=True)
class ExtractRun:
    """The extractions of one run, by passage id, and how long the run took."""

    by_passage: dict[str, list[Extraction]]
    words: int
    seconds: float
    unplaced: int  # extractions whose document is none of the passages (a broken extract callable)


def run_extract(docs: list[Document], extract: Extract) -> ExtractRun:
    """Call ``extract`` once on ``docs`` (timed) and sort the extractions by passage: an
    extraction belongs to the passage whose id is its document's id or source. ``words`` counts
    whitespace-separated words, for the words/s figure."""
    words = sum(len(d.text.split()) for d in docs)
    started = time.perf_counter()
    extractions = list(extract(docs)) if docs else []
    seconds = time.perf_counter() - started
    ids = {d.id for d in docs}
    by_passage: dict[str, list[Extraction]] = {}
    unplaced = 0
    for ex in extractions:
        d = ex.document
        pid = next((k for k in (d.id, d.source) if k in ids), None)
        if pid is None:
            unplaced += 1
        else:
            by_passage.setdefault(pid, []).append(ex)
    return ExtractRun(by_passage, words, seconds, unplaced)


def speed_stats(run: ExtractRun) -> dict:
    return {
        "words": run.words,
        "seconds": round(run.seconds, 3),
        "words_per_second": round(run.words / run.seconds, 1) if run.seconds > 0 else None,
    }


@dataclass(frozen=True)
class Prediction:
    """One assertion of a passage's extraction, with its entities' names (label first, then the
    aliases) and types, and what an error analysis lists: pattern, confidence, sentence."""

    doc: str
    relation: str
    subject_names: tuple[str, ...]
    object_names: tuple[str, ...]
    subject_type: str = ""
    object_type: str = ""
    pattern: str = ""
    confidence: float | None = None
    evidence: str = ""

    @property
    def subject(self) -> str:
        return self.subject_names[0]

    @property
    def object(self) -> str:
        return self.object_names[0]

    def as_fact(self, *, negative: str | None = None, note: str = "") -> ExtractedFact:
        return ExtractedFact(self.doc, self.subject, self.relation, self.object, pattern=self.pattern,
                             confidence=self.confidence, evidence=self.evidence, negative=negative,
                             note=note)


def predictions_of(extractions: Iterable[Extraction], doc: str, *,
                   min_confidence: float = 0.0) -> tuple[list[Prediction], int]:
    """The predictions of a passage's extractions, and how many assertions were dropped for a
    confidence under ``min_confidence`` (what ``kg build --min-confidence`` would not store).

    An assertion whose entity key is not among the extraction's entities uses the key as name."""
    out, dropped = [], 0
    for ex in extractions:
        ents = {e.key: e for e in ex.entities}

        def names(key: str) -> tuple[tuple[str, ...], str]:
            e = ents.get(key)
            return ((e.name, *e.aliases), e.type) if e else ((key,), "")

        for a in ex.assertions:
            if a.confidence < min_confidence:
                dropped += 1
                continue
            (sn, st), (on, ot) = names(a.subject), names(a.object)
            out.append(Prediction(doc, a.relation, sn, on, st, ot, a.pattern, a.confidence, a.sentence))
    return out, dropped
