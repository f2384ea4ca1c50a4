"""From documents to extraction records, one step a module, in the order a sentence meets them:

1. :mod:`kg.extract.mentions` -- the names a document uses, grouped one cluster per real thing,
   typed by the model, the gazetteer and the words around them;
2. :mod:`kg.extract.reference` -- what "he", "the company", "the chipmaker" refer to;
3. :mod:`kg.extract.triggers` -- the words that state a relation (``kg/data/triggers.json``), and
   :mod:`kg.extract.args` -- where their arguments sit in the parse;
4. :mod:`kg.extract.candidates` (with :mod:`kg.extract.constructions`) -- (subject, relation,
   object) candidates, checked against the ontology's types and against what the text does not
   assert (:mod:`kg.extract.hedges`);
5. :mod:`kg.extract.scorer` -- the trained model's calibrated probability that a candidate is a
   stated fact; those at or above its threshold become assertions, dated by
   :mod:`kg.extract.dates`.

Everything returned is a plain record (:mod:`kg.model`), never a spaCy object, so extraction can
run in worker processes and the store never sees spaCy.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from kg import __version__
from kg.model import Assertion, Document, Extraction

#: Bump when extraction changes, so stored documents are re-extracted on the next build.
EXTRACTOR_VERSION = f"{__version__}+x13"


@dataclass
class Analysis:
    """A parsed document's entities (:class:`kg.extract.mentions.DocEntities`), its admissible
    candidates and the scorer's features of each (what training and extraction share)."""

    ents: object
    candidates: list
    features: list[dict]


def analyse(doc, *, pairs: bool | None = None) -> Analysis:
    """Mentions, types, candidates and their features for one parsed document. ``pairs``: also
    propose the pairs of names near a trigger (default: when the installed model was trained
    to score them)."""
    from kg.extract.candidates import document_candidates, raw_candidates, type_votes
    from kg.extract.mentions import DocEntities
    from kg.extract.scorer import features, model

    if pairs is None:
        trained = model()
        pairs = trained is not None and trained.scores_pairs
    ents = DocEntities(doc)
    raw = raw_candidates(ents, pairs=pairs)
    # The relations a name fills say what it is; where that changes a type, the candidates are
    # proposed again (a pronoun's antecedent, a slot's admissible types depend on types).
    if ents.add_type_votes(*type_votes(raw, ents)):
        raw = raw_candidates(ents, pairs=pairs)
    cands = document_candidates(doc, ents, pairs=pairs, raw=raw)
    rules: dict[tuple, set[str]] = {}
    relations_of_pair: dict[frozenset, set[str]] = {}
    for c in cands:
        if not c.pattern.startswith("pair:"):  # the pairs are no evidence of their own
            rules.setdefault((c.subject, c.relation, c.object), set()).add(c.pattern)
            relations_of_pair.setdefault(frozenset((c.subject, c.object)), set()).add(c.relation)
    support = Counter({k: len(v) for k, v in rules.items()})
    return Analysis(ents, cands, [features(c, doc, ents, support, relations_of_pair) for c in cands])


def extract_doc(document: Document, doc, *, scorer: bool = True) -> Extraction:
    """The entities and facts of one parsed document. Each candidate's confidence is the
    scorer's calibrated probability; with ``scorer`` (the default) only candidates at or above
    the model's threshold are asserted, without it every admissible candidate is ("rules
    alone")."""
    from kg.extract.dates import date_of
    from kg.extract.scorer import FALLBACK_CONFIDENCE, model

    analysis = analyse(doc)
    ents = analysis.ents
    entities = ents.entities()
    trained = model()
    best: dict[tuple, tuple[float, object]] = {}
    for cand, feats in zip(analysis.candidates, analysis.features):
        if cand.pattern.startswith("pair:") and (not scorer or trained is None):
            continue  # proposed for the scorer only
        p = trained.probability(feats) if trained else FALLBACK_CONFIDENCE
        if scorer and trained is not None and p < trained.threshold_for(feats, cand.relation):
            continue
        sent = doc[cand.trigger].sent
        key = (cand.subject, cand.relation, cand.object, sent.start)
        if key not in best or p > best[key][0]:
            best[key] = (p, cand)
    assertions = []
    for (s, rel, o, _), (p, cand) in sorted(best.items(), key=lambda kv: (kv[0][3], kv[1][1].trigger)):
        trigger = doc[cand.trigger]
        sent = trigger.sent
        assertions.append(Assertion(
            subject=entities[s].key, relation=rel, object=entities[o].key, doc_id=document.id,
            sentence=sent.text.strip(), confidence=round(p, 4), pattern=cand.pattern,
            date=date_of(trigger), sent_start=sent.start_char,
        ))
    used = {a.subject for a in assertions} | {a.object for a in assertions}
    # Every resolved entity is kept (a node with no fact yet is still a thing the article names),
    # except places and weak mentions, which only matter when a fact links them.
    kept = tuple(e for cid, e in entities.items()
                 if e.key in used or e.type != "Place" and not ents.is_weak(cid))
    return Extraction(document=document, entities=kept, assertions=tuple(assertions),
                      stats={"tokens": len(doc), "words": len(document.text.split())})


def extract_documents(documents: Iterable[Document], *, batch_size: int = 8, n_process: int = 1,
                      min_confidence: float = 0.0, scorer: bool = True) -> Iterator[Extraction]:
    """Parse and extract documents in batches (spaCy ``nlp.pipe``), yielding one record each;
    ``min_confidence`` drops assertions less likely than that, ``scorer=False`` asserts every
    admissible candidate (see :func:`extract_doc`)."""
    from kg.nlp import load_nlp

    nlp = load_nlp()
    docs = list(documents)
    texts = (d.text for d in docs)
    for document, parsed in zip(docs, nlp.pipe(texts, batch_size=batch_size, n_process=n_process)):
        ex = extract_doc(document, parsed, scorer=scorer)
        if min_confidence > 0:
            ex = replace(ex, assertions=tuple(a for a in ex.assertions if a.confidence >= min_confidence))
        yield ex
