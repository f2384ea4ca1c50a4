"""From documents to extraction records: parse, resolve entities, find relations, score them.

Everything returned is a plain record (:mod:`kg.model`), never a spaCy object, so extraction can
run in worker processes and the store never sees spaCy.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import lru_cache
from importlib import resources

from kg import __version__
from kg.model import Assertion, Document, Entity, Extraction

#: Bump when extraction changes, so stored documents are re-extracted on the next build.
EXTRACTOR_VERSION = f"{__version__}+x2"

#: Fallback confidence of a pattern family when calibration has not measured the pattern.
FAMILY_CONFIDENCE = {"verb": 0.8, "role": 0.75, "event": 0.65, "poss": 0.7, "modifier": 0.7}


@lru_cache(maxsize=1)
def pattern_confidence() -> dict[str, float]:
    """Measured precision of each pattern (kg/data/pattern_confidence.json, written by
    bench/calibrate.py from the annotated dev data)."""
    try:
        text = resources.files("kg.data").joinpath("pattern_confidence.json").read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    return {k: float(v["confidence"]) for k, v in json.loads(text).get("patterns", {}).items()}


def confidence_of(pattern: str) -> float:
    table = pattern_confidence()
    if pattern in table:
        return table[pattern]
    family = pattern.split(":", 1)[0]
    if family in table:
        return table[family]
    return FAMILY_CONFIDENCE.get(family, 0.5)


def extract_doc(document: Document, doc) -> Extraction:
    """The entities and facts of one parsed document: mentions and their clusters
    (:mod:`kg.extract.mentions`), candidates from triggers and constructions
    (:mod:`kg.extract.candidates`), each with the date its clause gives (:mod:`kg.extract.dates`)."""
    from kg.extract.candidates import document_candidates, type_votes
    from kg.extract.dates import date_of
    from kg.extract.mentions import DocEntities

    ents = DocEntities(doc)
    ents.add_type_votes(type_votes(doc, ents))
    entities = ents.entities()
    assertions = []
    seen = set()
    for cand in document_candidates(doc, ents):
        trigger = doc[cand.trigger]
        sent = trigger.sent
        key = (cand.subject, cand.relation, cand.object, sent.start)
        if key in seen:
            continue
        seen.add(key)
        assertions.append(Assertion(
            subject=entities[cand.subject].key, relation=cand.relation, object=entities[cand.object].key,
            doc_id=document.id, sentence=sent.text.strip(), confidence=confidence_of(cand.pattern),
            pattern=cand.pattern, date=date_of(trigger), sent_start=sent.start_char,
        ))
    used = {a.subject for a in assertions} | {a.object for a in assertions}
    # Every resolved entity is kept (a node with no fact yet is still a thing the article names),
    # except places, which only matter when a fact links them.
    kept = tuple(e for cid, e in entities.items()
                 if e.key in used or e.type != "Place" and not ents.is_weak(cid))
    return Extraction(document=document, entities=kept, assertions=tuple(assertions),
                      stats={"tokens": len(doc), "words": len(document.text.split())})


def extract_documents(documents: Iterable[Document], *, batch_size: int = 8, n_process: int = 1,
                      min_confidence: float = 0.0) -> Iterator[Extraction]:
    """Parse and extract documents in batches (spaCy ``nlp.pipe``), yielding one record each."""
    from kg.nlp import load_nlp

    nlp = load_nlp()
    docs = list(documents)
    texts = (d.text for d in docs)
    for document, parsed in zip(docs, nlp.pipe(texts, batch_size=batch_size, n_process=n_process)):
        ex = extract_doc(document, parsed)
        if min_confidence > 0:
            ex = replace(ex, assertions=tuple(a for a in ex.assertions if a.confidence >= min_confidence))
        yield ex


# ---------------------------------------------------------------------- across documents

def resolve_across(extractions: list[Extraction], known: Iterable[Entity] = ()) -> list[Extraction]:
    """One node per real thing across documents: a short name used alone in one document
    ("Musk") joins the one full name that it is part of elsewhere ("Elon Musk"), in this batch or
    in the store; the type and canonical name of an entity already stored win."""
    registry: dict[str, Entity] = {}
    for ent in known:
        registry[ent.key] = ent
    for ex in extractions:
        for ent in ex.entities:
            prev = registry.get(ent.key)
            if prev is None:
                registry[ent.key] = ent
            else:
                registry[ent.key] = replace(prev, aliases=tuple(sorted(set(prev.aliases) | set(ent.aliases))),
                                            wikidata=prev.wikidata or ent.wikidata)
    # Short person names -> full names, when exactly one full name fits.
    parts: dict[str, set[str]] = {}
    for ent in registry.values():
        words = ent.name.split()
        if ent.type == "Person" and len(words) >= 2:
            parts.setdefault(words[-1], set()).add(ent.key)
            parts.setdefault(words[0], set()).add(ent.key)
    rename: dict[str, str] = {}
    for ent in registry.values():
        if " " in ent.name or ent.type not in ("Person", "Organization", "Place"):
            continue
        candidates = parts.get(ent.name, set()) - {ent.key}
        if len(candidates) == 1:
            rename[ent.key] = next(iter(candidates))
    if not rename and not known:
        return extractions
    out = []
    for ex in extractions:
        ents: dict[str, Entity] = {}
        for ent in ex.entities:
            key = rename.get(ent.key, ent.key)
            target = registry[key]
            merged = replace(target, aliases=tuple(sorted(set(target.aliases) | set(ent.aliases)
                                                          | ({ent.name} - {target.name}))))
            if key in ents:
                merged = replace(merged, aliases=tuple(sorted(set(ents[key].aliases) | set(merged.aliases))))
            ents[key] = merged
        assertions = tuple(replace(a, subject=rename.get(a.subject, a.subject), object=rename.get(a.object, a.object))
                           for a in ex.assertions)
        assertions = tuple(a for a in assertions if a.subject != a.object)
        out.append(replace(ex, entities=tuple(ents.values()), assertions=assertions))
    return out
