"""Table-driven extraction cases: text -> the facts it states, and nothing it doesn't.

Names are deliberately made up (Zephyrix, Dana Whitlock, ...) next to well-known ones, so the
cases check the patterns, not the gazetteer.
"""

from __future__ import annotations

import pytest

from kg.extract import extract_doc
from kg.model import Document

pytestmark = pytest.mark.model


def facts(nlp, text: str) -> set[tuple[str, str, str]]:
    doc = Document(id="t", source="t.txt", text=text)
    ex = extract_doc(doc, nlp(text))
    names = {e.key: e.name for e in ex.entities}
    return {(names[a.subject], a.relation, names[a.object]) for a in ex.assertions}


POSITIVE = [
    # verbs, active and passive, coordination, relative clauses
    ("In March 2024, Elon Musk sued OpenAI and Sam Altman.",
     {("Elon Musk", "sued", "OpenAI"), ("Elon Musk", "sued", "Sam Altman")}),
    ("Zephyrix was sued by Dana Whitlock in 2023.", {("Dana Whitlock", "sued", "Zephyrix")}),
    ("He referred to xAI, which recently sued OpenAI and Apple.", {("xAI", "sued", "OpenAI"), ("xAI", "sued", "Apple")}),
    ("Microsoft invested in OpenAI in 2019.", {("Microsoft", "investedIn", "OpenAI")}),
    ("Google acquired DeepMind in 2014.", {("Google", "acquired", "DeepMind")}),
    ("Dana Whitlock left Zephyrix Labs in 2018.", {("Dana Whitlock", "left", "Zephyrix Labs")}),
    ("Dana Whitlock founded Zephyrix Labs in 2015.", {("Dana Whitlock", "founded", "Zephyrix Labs")}),
    ("Zephyrix Labs was founded by Dana Whitlock and Omar Reyes.",
     {("Dana Whitlock", "founded", "Zephyrix Labs"), ("Omar Reyes", "founded", "Zephyrix Labs")}),
    # titles, appositions, roles
    ("OpenAI CEO Sam Altman posted a thread.", {("Sam Altman", "ceoOf", "OpenAI")}),
    ("Dana Whitlock, chief executive of Zephyrix Labs, declined to comment.", {("Dana Whitlock", "ceoOf", "Zephyrix Labs")}),
    ("Elon Musk and Sam Altman, co-founders of OpenAI, have feuded for years.",
     {("Elon Musk", "founded", "OpenAI"), ("Sam Altman", "founded", "OpenAI")}),
    ("Josh Kushner, the owner of the venture-capital firm Thrive Capital, was there.",
     {("Josh Kushner", "owns", "Thrive Capital")}),
    ("He met Thrive Capital, which is a major investor in OpenAI.", {("Thrive Capital", "investedIn", "OpenAI")}),
    # events and nouns
    ("A long-standing feud between Elon Musk and Sam Altman erupted again.", {("Elon Musk", "rivalOf", "Sam Altman")}),
    # possessives
    ("Google's Gemini and Anthropic's Claude dominate enterprise adoption.",
     {("Google", "develops", "Gemini"), ("Anthropic", "develops", "Claude")}),
    ("He referred to Musk's AI startup, xAI, in the post.", {("Elon Musk", "owns", "xAI")}),
    # role descriptions resolved to the person just named
    ("Mark Zuckerberg spoke on Tuesday. The Meta CEO described a future of ads.", {("Mark Zuckerberg", "ceoOf", "Meta")}),
]

NEGATIVE = [
    ("Elon Musk did not sue OpenAI.", ("Elon Musk", "sued", "OpenAI")),
    ("Elon Musk threatened to sue OpenAI.", ("Elon Musk", "sued", "OpenAI")),
    ("Google hasn't acquired DeepMind.", ("Google", "acquired", "DeepMind")),
    ("Google abandoned its acquisition of Zephyrix Labs.", ("Google", "acquired", "Zephyrix Labs")),
    ("Google plans to acquire Zephyrix Labs.", ("Google", "acquired", "Zephyrix Labs")),
    ("If Microsoft invests in OpenAI, prices will rise.", ("Microsoft", "investedIn", "OpenAI")),
    ("Microsoft could invest in OpenAI next year.", ("Microsoft", "investedIn", "OpenAI")),
    ("Zephyrix was sued by Dana Whitlock.", ("Zephyrix", "sued", "Dana Whitlock")),
    ("Did Elon Musk sue OpenAI?", ("Elon Musk", "sued", "OpenAI")),
]


@pytest.mark.parametrize("text, expected", POSITIVE, ids=[t[:40] for t, _ in POSITIVE])
def test_states(nlp, text, expected):
    found = facts(nlp, text)
    assert expected <= found, f"missing {expected - found}; found {found}"


@pytest.mark.parametrize("text, fact", NEGATIVE, ids=[t[:40] for t, _ in NEGATIVE])
def test_does_not_state(nlp, text, fact):
    assert fact not in facts(nlp, text)


def test_short_names_and_aliases_are_one_entity(nlp):
    text = ("Dana Whitlock runs Zephyrix. Whitlock said the startup would grow. "
            "The platform X, formerly known as Twitter, changed its logo. Twitter users complained.")
    ex = extract_doc(Document(id="t", source="t.txt", text=text), nlp(text))
    by_name = {e.name: e for e in ex.entities}
    assert "Whitlock" not in by_name and by_name["Dana Whitlock"].type == "Person"
    assert "Whitlock" in by_name["Dana Whitlock"].aliases
    assert "Twitter" not in by_name and "Twitter" in by_name["X"].aliases


def test_dates_are_attached(nlp):
    text = "In March 2024, Elon Musk sued OpenAI. Musk left the company in 2018."
    ex = extract_doc(Document(id="t", source="t.txt", text=text), nlp(text))
    dates = {(a.relation, a.date) for a in ex.assertions}
    assert ("sued", "2024-03") in dates and ("left", "2018") in dates


def test_evidence_is_the_sentence(nlp):
    text = "Nothing here. Microsoft invested in OpenAI. Nothing there."
    ex = extract_doc(Document(id="t", source="t.txt", text=text), nlp(text))
    assert [a.sentence for a in ex.assertions] == ["Microsoft invested in OpenAI."]
    assert all(0 < a.confidence <= 1 for a in ex.assertions)
