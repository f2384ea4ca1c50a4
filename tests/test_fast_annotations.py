"""kg.fast_annotations gives exactly what the model's own attribute ruler and lemmatizer give:
part of speech, tag, morphology, lemma and dependency of every token, on the seeds and on text
written to hit the ruler's rarer rules (two-token patterns, spaces, expletives, contractions)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.fast_annotations import AttributeTable, MemoLemmas

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

TEXTS = [
    "Y'all gon na love it, let's go. C'm on! I ain't done, and you gotta see it. I'd go if I could.",
    "There is a dog. There are two. There's one more, wasn't there? It's got ta be.",
    "Orvanta Systems, which was founded in 2010, sold 40% of its shares to them -- that's it.",
    "  Leading   spaces\n\n\tand tabs \n between the lines.  ",
    "I, me, my, mine; you, your; he, him, his; she, her; it, its; we, us; they, them, theirs.",
    "The best, better and good chips; running, ran, runs; the firm's CEOs' pay; U.S.-based.",
    "",
    "!",
]


def _stock_and_fast(text: str):
    """The stock model's annotations of ``text`` and kg's: the same parse, then the model's
    attribute ruler and lemmatizer on one copy and kg.fast_annotations on the other."""
    from spacy.tokens import Doc

    stock = _stock_model()
    doc = stock.make_doc(text)
    for name, proc in stock.pipeline:
        if name == "attribute_ruler":
            break
        doc = proc(doc)
    data = doc.to_bytes()
    expected = Doc(stock.vocab).from_bytes(data)
    stock.get_pipe("attribute_ruler")(expected)
    stock.get_pipe("lemmatizer")(expected)
    got = Doc(stock.vocab).from_bytes(data)
    AttributeTable(stock.get_pipe("attribute_ruler"))(got)
    MemoLemmas(stock.get_pipe("lemmatizer"))(got)
    return expected, got


_STOCK: list = []


def _stock_model():
    """en_core_web_sm as spaCy loads it (kg.nlp.load_nlp replaces the two components)."""
    if not _STOCK:
        import spacy

        from kg.nlp import MODEL

        _STOCK.append(spacy.load(MODEL))
    return _STOCK[0]


def _annotations(doc) -> list[tuple]:
    return [(t.text, t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in doc]


@pytest.mark.parametrize("text", TEXTS + [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))],
                         ids=[f"text{i}" for i in range(len(TEXTS))] + [p.name for p in sorted(SEEDS.glob("*.txt"))])
def test_same_annotations_as_the_model(text):
    expected, got = _stock_and_fast(text)
    assert _annotations(got) == _annotations(expected)


def test_the_pipeline_uses_them(nlp):
    names = nlp.pipe_names
    assert "kg_attributes" in names and "kg_lemmas" in names
    assert "attribute_ruler" not in names and "lemmatizer" not in names
    doc = nlp("Orvanta Systems was founded by two engineers who ain't gon na quit.")
    assert [t.lemma_ for t in doc][:6] == ["Orvanta", "Systems", "be", "found", "by", "two"]


def test_the_model_lemmatizer_is_left_as_it_is():
    # kg's lemmas read a copy of the word index made into sets; the model's own stays lists
    lemmatizer = _stock_model().get_pipe("lemmatizer")
    MemoLemmas(lemmatizer)
    index = lemmatizer.lookups.get_table("lemma_index")
    assert index and all(isinstance(words, list) for words in index.values())
    assert lemmatizer.lemmatize.__self__ is lemmatizer
