"""One gold file, whatever its format: :func:`evaluate_path` tells the format from the first line,
refuses the options that format does not use, scores it with the format's scorer and returns the
reports. It formats nothing: ``kg eval`` renders what it returns with
:func:`~kg.evaluate.report.format_report`, as a library caller may."""

from __future__ import annotations

from pathlib import Path

from kg.evaluate.core import score_core
from kg.evaluate.knowledgenet import score_knowledgenet
from kg.evaluate.loading import detect_format, load_core, load_gold, load_gold_entities, load_news, load_passages
from kg.evaluate.news import score_news
from kg.evaluate.passages import Extract
from kg.evaluate.report import Report
from kg.evaluate.seeds import facts_from_store, score_entities, score_facts

__all__ = ["FORMAT_OPTIONS", "default_extract", "entities_beside", "evaluate_path", "evaluate_seeds",
           "unused_options"]

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


def default_extract(scorer: bool = True) -> Extract:
    """The real extractor as an ``extract`` callable (``kg.extract.extract_documents``); the
    model is loaded here, before the scorers time the call, so words/s measures extraction."""
    from kg.extract import extract_documents
    from kg.nlp import load_nlp

    load_nlp()
    return lambda docs: extract_documents(docs, scorer=scorer)


def evaluate_path(
    gold: str | Path,
    store_path: str | Path | None = None,
    *,
    entities_path: str | Path | None = None,
    folds: list[int] | None = None,
    limit: int | None = None,
    part: str | None = None,
    min_confidence: float | None = None,
    rules_only: bool = False,
    extract: Extract | None = None,
) -> list[Report]:
    """``kg eval``: detect the format of ``gold`` from its first line (:func:`detect_format`),
    score it and return the reports, in the order ``kg eval`` prints them.

    - seeds gold facts: the graph in ``store_path`` against them, a
      :class:`~kg.evaluate.report.FactReport`, followed by an
      :class:`~kg.evaluate.report.EntityReport` against the gold entities (``entities_path``, or
      ``seeds.entities.jsonl`` beside ``gold`` when present): :func:`evaluate_seeds`;
    - KnowledgeNet, news (a :class:`~kg.evaluate.report.FactReport`), CORE (a
      :class:`~kg.evaluate.report.CoreReport`): the passages run through ``extract`` (default: the
      real extractor, :func:`default_extract`), ``limit`` passages at most, facts under
      ``min_confidence`` dropped; ``folds`` for KnowledgeNet, ``part`` (``tune``/``held``/``all``,
      default ``all``) for CORE; ``rules_only``: every candidate the rules admit, not only those
      the trained scorer keeps (see :func:`kg.extract.extract_doc`).

    Raises :class:`kg.errors.InputError` for a file that is not one of the four formats or has a
    broken line, and ValueError for an option the format does not use.
    """
    gold = Path(gold)
    kind = detect_format(gold)
    unused = unused_options(kind, entities=entities_path, fold=folds, limit=limit, part=part,
                            min_confidence=min_confidence, rules_only=rules_only or None)
    if unused:
        raise ValueError(f"{', '.join(unused)} does not apply to {kind} files")
    if kind == "seeds":
        return evaluate_seeds(gold, store_path, entities_path)
    threshold = min_confidence or 0.0
    extract = extract or default_extract(scorer=not rules_only)
    if kind == "knowledgenet":
        return [score_knowledgenet(load_passages(gold), extract, folds=folds, limit=limit,
                                   min_confidence=threshold)]
    if kind == "news":
        return [score_news(load_news(gold), extract, limit=limit, min_confidence=threshold, file=gold.name)]
    return [score_core(load_core(gold), extract, part=part or "all", limit=limit,
                       min_confidence=threshold, file=gold.name)]


def evaluate_seeds(gold: str | Path, store_path: str | Path | None,
                   entities_path: str | Path | None = None) -> list[Report]:
    """The graph in ``store_path`` (a store folder or a SPARQL server's URL) against the seeds
    gold facts in ``gold``, and against the gold entities of ``entities_path`` (default:
    :func:`entities_beside` ``gold``) when there are any: one or two reports."""
    from kg.store import open_store

    if store_path is None:
        raise ValueError("scoring seeds gold facts needs the store of a built graph (store_path)")
    gold = Path(gold)
    rows = load_gold(gold)
    with open_store(store_path, read_only=True) as store:
        predicted, entities = facts_from_store(store)
    reports: list[Report] = [score_facts(predicted, rows)]
    if entities_path is None:
        entities_path = entities_beside(gold)
    if entities_path is not None:
        reports.append(score_entities(entities, load_gold_entities(entities_path)))
    return reports


def entities_beside(gold: str | Path) -> Path | None:
    """``seeds.entities.jsonl`` beside ``seeds.gold.jsonl`` (any ``X.gold.jsonl``), if it exists."""
    gold = Path(gold)
    candidate = gold.with_name(gold.name.replace(".gold.jsonl", ".entities.jsonl"))
    return candidate if candidate != gold and candidate.exists() else None
