"""Measure extraction against gold annotations: the package behind ``kg eval``.

Everything here is a pure function over plain records, so the same scoring works on a built graph
(its statements as :class:`PredictedFact`, its nodes as :class:`PredictedEntity`) and directly on
extractor output. Four gold formats, one module each:

- :mod:`~kg.evaluate.seeds` -- a built graph against ``seeds.gold.jsonl`` (:func:`score_facts`,
  exact names, per document) and ``seeds.entities.jsonl`` (:func:`score_entities`);
- :mod:`~kg.evaluate.knowledgenet` -- KnowledgeNet passages run through an ``extract`` callable,
  on the four properties that map onto our ontology (:func:`score_knowledgenet`);
- :mod:`~kg.evaluate.news` -- news passages with every fact annotated, run the same way, all 15
  relations, lenient names (:func:`score_news`);
- :mod:`~kg.evaluate.core` -- CORE passages, one annotated pair each (:func:`score_core`), and the
  tune/held split of CORE train (:func:`core_part`).

:mod:`~kg.evaluate.names` compares names, :mod:`~kg.evaluate.report` holds the reports and
:func:`format_report`, :mod:`~kg.evaluate.loading` reads the files (raising
:class:`kg.errors.InputError` naming file, line and fix) and tells the formats apart
(:func:`detect_format`); :func:`evaluate_path` is what ``kg eval`` calls.

Nothing happens at import time: the spaCy model and the store are opened by :func:`evaluate_path`
only, and only for the formats that need them.
"""

from __future__ import annotations

from pathlib import Path

from kg.evaluate.core import CORE_PARTS, core_part, judge_core_fact, score_core, select_core
from kg.evaluate.knowledgenet import KNOWLEDGENET_PROPERTIES, group_gold_facts, score_knowledgenet
from kg.evaluate.loading import (
    FORMATS,
    detect_format,
    is_knowledgenet,
    load_core,
    load_gold,
    load_gold_entities,
    load_news,
    load_passages,
)
from kg.evaluate.names import PRONOUNS, best_name_match, is_name, name_match, names_overlap, normalize_name
from kg.evaluate.news import WORKSFOR_IMPLIED_BY, score_news
from kg.evaluate.passages import Extract
from kg.evaluate.report import (
    CoreReport,
    EntityReport,
    ExtractedFact,
    FactReport,
    GoldFact,
    PredictedEntity,
    PredictedFact,
    Score,
    format_report,
)
from kg.evaluate.seeds import (
    entities_from_extractions,
    facts_from_extractions,
    facts_from_store,
    score_entities,
    score_facts,
)

__all__ = [
    "CORE_PARTS",
    "FORMATS",
    "FORMAT_OPTIONS",
    "KNOWLEDGENET_PROPERTIES",
    "PRONOUNS",
    "WORKSFOR_IMPLIED_BY",
    "CoreReport",
    "EntityReport",
    "Extract",
    "ExtractedFact",
    "FactReport",
    "GoldFact",
    "PredictedEntity",
    "PredictedFact",
    "Score",
    "best_name_match",
    "core_part",
    "detect_format",
    "entities_from_extractions",
    "evaluate_path",
    "facts_from_extractions",
    "facts_from_store",
    "format_report",
    "group_gold_facts",
    "is_knowledgenet",
    "is_name",
    "judge_core_fact",
    "load_core",
    "load_gold",
    "load_gold_entities",
    "load_news",
    "load_passages",
    "name_match",
    "names_overlap",
    "normalize_name",
    "score_core",
    "score_entities",
    "score_facts",
    "score_knowledgenet",
    "score_news",
    "select_core",
    "unused_options",
]

#: The ``kg eval`` options each format uses; given to another format they would be silently
#: meaningless, so they are refused (:func:`unused_options`).
FORMAT_OPTIONS: dict[str, frozenset[str]] = {
    "seeds": frozenset({"entities"}),
    "knowledgenet": frozenset({"fold", "limit", "min-confidence", "rules-only"}),
    "news": frozenset({"limit", "min-confidence", "rules-only"}),
    "core": frozenset({"part", "limit", "min-confidence", "rules-only"}),
}


def unused_options(fmt: str, **given) -> list[str]:
    """The options (``--name`` spelling) given a value that format ``fmt`` does not use.
    ``given`` maps option names, with ``_`` for ``-``, to values; None or empty means not given."""
    return [
        "--" + name.replace("_", "-")
        for name, value in given.items()
        if value not in (None, (), []) and name.replace("_", "-") not in FORMAT_OPTIONS[fmt]
    ]


def _default_extract(scorer: bool = True) -> Extract:
    from kg.extract import extract_documents
    from kg.nlp import load_nlp

    load_nlp()  # loaded before the timed call, so words/s measures extraction, not model loading
    return lambda docs: extract_documents(docs, scorer=scorer)


def evaluate_path(
    gold: str | Path,
    store_path: str | Path | None = None,
    *,
    entities_path: str | Path | None = None,
    fmt: str = "table",
    details: bool = False,
    folds: list[int] | None = None,
    limit: int | None = None,
    part: str | None = None,
    min_confidence: float | None = None,
    rules_only: bool = False,
    extract: Extract | None = None,
) -> str:
    """``kg eval``: detect the format of ``gold`` from its first line (:func:`detect_format`) and
    score it, returning the rendered report.

    - seeds gold facts: the graph in ``store_path`` against them (and against the gold entities,
      ``entities_path`` or ``seeds.entities.jsonl`` beside ``gold`` when present);
    - KnowledgeNet, news, CORE: the passages run through ``extract`` (default: the real extractor,
      ``kg.extract.extract_documents``), ``limit`` passages at most, facts under
      ``min_confidence`` dropped; ``folds`` for KnowledgeNet, ``part`` (``tune``/``held``/``all``,
      default ``all``) for CORE; ``rules_only``: every candidate the rules admit, not only those
      the trained scorer keeps (see :func:`kg.extract.extract_doc`).

    Raises :class:`kg.errors.InputError` for a file that is not one of the four formats or has a broken line, and
    ValueError for an option the format does not use.
    """
    gold = Path(gold)
    kind = detect_format(gold)
    unused = unused_options(kind, entities=entities_path, fold=folds, limit=limit, part=part,
                            min_confidence=min_confidence, rules_only=rules_only or None)
    if unused:
        raise ValueError(f"{', '.join(unused)} does not apply to {kind} files")
    if kind == "seeds":
        return _evaluate_seeds(gold, store_path, entities_path, fmt, details)
    threshold = min_confidence or 0.0
    extract = extract or _default_extract(scorer=not rules_only)
    if kind == "knowledgenet":
        passages = load_passages(gold)
        report = score_knowledgenet(passages, extract, folds=folds, limit=limit,
                                    min_confidence=threshold)
    elif kind == "news":
        passages = load_news(gold)
        report = score_news(passages, extract, limit=limit,
                            min_confidence=threshold, file=gold.name)
    else:
        passages = load_core(gold)
        report = score_core(passages, extract, part=part or "all", limit=limit,
                            min_confidence=threshold, file=gold.name)
    return format_report(report, fmt, details=details)


def _evaluate_seeds(gold: Path, store_path, entities_path, fmt: str, details: bool) -> str:
    from kg.store import open_store

    if store_path is None:
        raise ValueError("scoring seeds gold facts needs the store of a built graph (store_path)")
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

