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

:mod:`~kg.evaluate.passages` runs the extractor on the passages of the last three (one timed
call), :mod:`~kg.evaluate.tally` adds up what their scorers judge, :mod:`~kg.evaluate.names`
compares names, :mod:`~kg.evaluate.loading` reads the files (raising
:class:`kg.errors.InputError` naming file, line and fix) and tells the formats apart
(:func:`detect_format`). Every scorer returns a report (:class:`FactReport`,
:class:`EntityReport`, :class:`CoreReport`: :mod:`~kg.evaluate.report`); :func:`format_report`
renders one as a table, JSON or CSV. :func:`evaluate_path` (:mod:`~kg.evaluate.files`) scores one
gold file of any format and returns its reports; ``kg eval`` prints them with
:func:`format_report`.

Nothing happens at import time: the spaCy model and the store are opened by :func:`evaluate_path`
only, and only for the formats that need them.
"""

from __future__ import annotations

from kg.evaluate.core import CORE_PARTS, core_part, judge_core_fact, score_core, select_core
from kg.evaluate.files import (
    FORMAT_OPTIONS,
    default_extract,
    entities_beside,
    evaluate_path,
    evaluate_seeds,
    unused_options,
)
from kg.evaluate.knowledgenet import (
    KNOWLEDGENET_PROPERTIES,
    group_gold_facts,
    score_knowledgenet,
    select_knowledgenet,
)
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
from kg.evaluate.news import WORKSFOR_IMPLIED_BY, score_news, select_news
from kg.evaluate.passages import Extract
from kg.evaluate.report import (
    CoreReport,
    EntityReport,
    ExtractedFact,
    FactReport,
    GoldFact,
    PredictedEntity,
    PredictedFact,
    Report,
    Score,
    format_report,
)
from kg.evaluate.tally import Tally
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
    "Report",
    "Score",
    "Tally",
    "best_name_match",
    "core_part",
    "default_extract",
    "detect_format",
    "entities_beside",
    "entities_from_extractions",
    "evaluate_path",
    "evaluate_seeds",
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
    "select_knowledgenet",
    "select_news",
    "unused_options",
]
