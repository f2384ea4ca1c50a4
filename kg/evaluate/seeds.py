"""The seeds gold: a built graph's facts against ``seeds.gold.jsonl`` (exact names, per document),
and its nodes against ``seeds.entities.jsonl`` (missing, duplicated, wrongly typed entities).

The predictions come from a graph (:func:`facts_from_store`) or straight from extractor output
(:func:`facts_from_extractions`, :func:`entities_from_extractions`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from kg.evaluate.names import normalize_name
from kg.evaluate.report import EntityReport, FactReport, GoldFact, PredictedEntity, PredictedFact, Score
from kg.model import SYMMETRIC_RELATIONS, Extraction

__all__ = [
    "doc_basename",
    "entities_from_extractions",
    "facts_from_extractions",
    "facts_from_store",
    "score_entities",
    "score_facts",
]


def doc_basename(doc: str) -> str:
    """The file name of a document's source path ("/data/seeds/a.txt" -> "a.txt"): the seeds
    gold names documents by file name, wherever the graph was built from."""
    return re.split(r"[\\/]", doc.rstrip("/\\"))[-1] if doc else doc


# --------------------------------------------------------------------------------------------
# Facts
# --------------------------------------------------------------------------------------------

def _fact_key(doc: str, subject: str, relation: str, obj: str) -> tuple:
    s, o = normalize_name(subject), normalize_name(obj)
    if relation in SYMMETRIC_RELATIONS and o < s:
        s, o = o, s
    return (doc_basename(doc), relation, s, o)


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
# Entities
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
# From extractor output and from a built graph
# --------------------------------------------------------------------------------------------


def facts_from_extractions(extractions: Iterable[Extraction]) -> list[PredictedFact]:
    """The assertions of extractor output as :class:`PredictedFact`, by entity name.

    ``doc`` is the basename of the document's ``source`` (falling back to its id); an assertion
    whose entity key is not among the extraction's entities uses the key as the name.
    """
    facts = []
    for ex in extractions:
        names = {e.key: e.name for e in ex.entities}
        doc = doc_basename(ex.document.source or ex.document.id)
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


def facts_from_store(store) -> tuple[list[PredictedFact], list[PredictedEntity]]:
    """The asserted facts (by document file name) and the entities of a built graph."""
    facts = [
        PredictedFact(doc=doc_basename(r["source"].value), subject=r["sl"].value,
                      relation=r["p"].value.rsplit("#", 1)[-1], object=r["ol"].value)
        for r in store.query(
            "SELECT DISTINCT ?source ?sl ?p ?ol WHERE { ?st a rdf:Statement ; rdf:subject ?s ; "
            "rdf:predicate ?p ; rdf:object ?o ; prov:wasDerivedFrom ?doc . ?doc dcterms:source ?source . "
            "?s rdfs:label ?sl . ?o rdfs:label ?ol }")
    ]
    entities = [PredictedEntity(name=k.name, type=k.type, aliases=k.aliases) for k in store.known_entities()]
    return facts, entities

