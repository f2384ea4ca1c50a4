"""Parses built by hand (``spacy.tokens.Doc`` with words, tags, heads, dependencies and entities
given), for the unit tests of the extraction steps: no model, so each test pins one rule to one
parse, whatever the statistical parser would do with the sentence.

A parse is written as lines of ``word/POS/TAG/dep/head-index[/ENT[/lemma]]``: heads are token
indexes (the root is its own head), entity spans are read from the ENT column (``B-ORG``,
``I-ORG``, ``O``), and the lemma is the lower-cased word unless a seventh column gives it. The
whole text is one sentence.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab


@lru_cache(maxsize=1)
def english_vocab() -> Vocab:
    """A blank English pipeline's vocabulary: no model, but the lexical attributes the extractor
    reads (``lower_``, ``like_num``, ...), which a bare ``Vocab()`` leaves empty."""
    return spacy.blank("en").vocab


def parse(vocab: Vocab | None, spec: str) -> Doc:
    """The parse ``spec`` describes (see the module), over ``vocab`` (:func:`english_vocab` if None)."""
    vocab = vocab if vocab is not None else english_vocab()
    rows = [line.split("/") for line in spec.strip().splitlines()]
    words = [r[0] for r in rows]
    doc = Doc(vocab, words=words, spaces=[True] * (len(words) - 1) + [False],
              pos=[r[1] for r in rows], tags=[r[2] for r in rows], deps=[r[3] for r in rows],
              heads=[int(r[4]) for r in rows], lemmas=[r[6] if len(r) > 6 else r[0].lower() for r in rows],
              sent_starts=[True] + [False] * (len(words) - 1))
    ents, start, label = [], None, None
    for i, r in enumerate(rows + [["", "", "", "", "0", "O"]]):
        tag = r[5] if len(r) > 5 else "O"
        if start is not None and not tag.startswith("I-"):
            ents.append(Span(doc, start, i, label=label))
            start = None
        if tag.startswith("B-"):
            start, label = i, tag[2:]
    doc.ents = ents
    return doc
