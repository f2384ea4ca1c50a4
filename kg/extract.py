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
    """The entities and facts of one parsed document."""
    from kg.entities import DocEntities
    from kg.relations import find_relations

    ents = DocEntities(doc)
    entities = ents.entities()
    assertions = []
    for cand, date in find_relations(doc, ents):
        sent = doc[cand.trigger].sent
        assertions.append(Assertion(
            subject=entities[cand.subject].key, relation=cand.relation, object=entities[cand.object].key,
            doc_id=document.id, sentence=sent.text.strip(), confidence=confidence_of(cand.pattern),
            pattern=cand.pattern, date=date, sent_start=sent.start_char,
        ))
    used = {a.subject for a in assertions} | {a.object for a in assertions}
    # Every resolved entity is kept (a node with no fact yet is still a thing the article names),
    # except places, which only matter when a fact links them.
    kept = tuple(e for e in entities.values() if e.type != "Place" or e.key in used)
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
