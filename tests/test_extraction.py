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
    """What the rules assert (every admissible candidate: the scorer's threshold is tested apart)."""
    doc = Document(id="t", source="t.txt", text=text)
    ex = extract_doc(doc, nlp(text), scorer=False)
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
    # coordinated and apposed roles share their holder and their organization
    ("Dana Whitlock is the President and CEO of Quorvane Holdings.",
     {("Dana Whitlock", "ceoOf", "Quorvane Holdings"), ("Dana Whitlock", "leads", "Quorvane Holdings")}),
    ("Omar Reyes is an Italian engineer, founder and CEO of Brisklet Systems.",
     {("Omar Reyes", "founded", "Brisklet Systems"), ("Omar Reyes", "ceoOf", "Brisklet Systems")}),
    ("Omar Reyes is a German businessman, CEO of Talverin Group, a maker of heating systems.",
     {("Omar Reyes", "ceoOf", "Talverin Group")}),
    ("Dana Whitlock is a physician, and the current chief executive officer of Quorvane.",
     {("Dana Whitlock", "ceoOf", "Quorvane")}),
    ("Leona Marsh is chairman, president and chief executive officer at Brisklet Inc.",
     {("Leona Marsh", "ceoOf", "Brisklet Inc.")}),
    ("Leona Marsh is Quorvane's President and CEO.", {("Leona Marsh", "ceoOf", "Quorvane")}),
    ("Leona Marsh is a Senior Vice President at Quorvane Partners.", {("Leona Marsh", "worksFor", "Quorvane Partners")}),
    # a role of the "by" agent of a passive verb is held in the organization the verb is about
    ("Brisklet Inc. was founded in 1996 by Omar Reyes, President and Chief Executive Officer.",
     {("Omar Reyes", "founded", "Brisklet Inc."), ("Omar Reyes", "ceoOf", "Brisklet Inc.")}),
    ("Talverin Group was founded by Leona Marsh, who serves as its CEO.",
     {("Leona Marsh", "founded", "Talverin Group"), ("Leona Marsh", "ceoOf", "Talverin Group")}),
    ("Quorvane is a clothing brand, established in 2004 by Dana Whitlock and Leona Marsh.",
     {("Dana Whitlock", "founded", "Quorvane"), ("Leona Marsh", "founded", "Quorvane")}),
    ("Created in 1899 by Omar Reyes, Talverin has become the largest builder in Europe.",
     {("Omar Reyes", "founded", "Talverin")}),
    ("She is a member of the band Velmora, which she co-founded in 1990 with her brother Omar Reyes.",
     {("Omar Reyes", "founded", "Velmora")}),
    ("Dana Whitlock was a founding member of the Brisklet Society.", {("Dana Whitlock", "founded", "Brisklet Society")}),
    ("Prior to joining Quorvane, Dana Whitlock was co-founder of Brisklet Labs.",
     {("Dana Whitlock", "worksFor", "Quorvane"), ("Dana Whitlock", "founded", "Brisklet Labs")}),
    # employment: occupations at an organization, titles, affiliations, boards
    ("Omar Reyes is a zoologist at Talverin University.", {("Omar Reyes", "worksFor", "Talverin University")}),
    ("Omar Reyes was Professor of Mathematics at Talverin University.",
     {("Omar Reyes", "worksFor", "Talverin University")}),
    ("The study was led by Talverin University psychologist Dana Whitlock.",
     {("Dana Whitlock", "worksFor", "Talverin University")}),
    ("Physicists Omar Reyes of Talverin University and Leona Marsh of Brisklet Institute shared the prize.",
     {("Omar Reyes", "worksFor", "Talverin University"), ("Leona Marsh", "worksFor", "Brisklet Institute")}),
    ("Omar Reyes served on the Brisklet Council of Economic Advisers.",
     {("Omar Reyes", "worksFor", "Brisklet Council of Economic Advisers")}),
    ("The language was designed by Omar Reyes at Talverin University in 1969.",
     {("Omar Reyes", "worksFor", "Talverin University")}),
    # a one-word name the NER misses, typed by what only people do
    ("In 1984 Brannick served in the Talverin Army.", {("Brannick", "worksFor", "Talverin Army")}),
    # subsidiaries, both ways round
    ("Velmora Health is a wholly owned subsidiary of Talverin Group.", {("Velmora Health", "subsidiaryOf", "Talverin Group")}),
    ("Talverin Group is the parent company of Velmora Health.", {("Velmora Health", "subsidiaryOf", "Talverin Group")}),
    # a name the NER misses, found by its place in the sentence and typed by it
    ("Dana Whitlock is the CEO of Veooz.", {("Dana Whitlock", "ceoOf", "Veooz")}),
    # an epithet for the article's protagonist, and the companies it lists as his
    ("Omar Reyes owns many firms. Reyes met investors on Monday. Reyes also spoke. The richest man in the "
     "country runs his six companies, including Talverin Corp., Brisklet Inc. and Quorvane Labs, from one office.",
     {("Omar Reyes", "owns", "Talverin Corp."), ("Omar Reyes", "owns", "Brisklet Inc."),
      ("Omar Reyes", "owns", "Quorvane Labs")}),
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
    # a nomination is not yet the job; a deputy does not lead
    ("Leona Marsh has since become the president's pick to lead the Brisklet Agency.",
     ("Leona Marsh", "leads", "Brisklet Agency")),
    ("Leona Marsh is a Senior Vice President at Quorvane Partners.", ("Leona Marsh", "leads", "Quorvane Partners")),
    # a student is not an employee; a professor "of" a subject names no employer
    ("Omar Reyes is a student at Talverin University.", ("Omar Reyes", "worksFor", "Talverin University")),
    ("Omar Reyes was Professor of Psychology at Talverin University.", ("Omar Reyes", "worksFor", "Psychology")),
    # "that" refers to the firm right before it, not to the person the parser attached it to
    ("Josh Kushner is the owner of the firm Thrive Capital that is a major investor in OpenAI.",
     ("Josh Kushner", "investedIn", "OpenAI")),
    # an apposition fallback never jumps over another name and its verb
    ("Prior to joining Quorvane, Dana Whitlock was co-founder of Brisklet Labs.",
     ("Quorvane", "founded", "Brisklet Labs")),
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
    ex = extract_doc(Document(id="t", source="t.txt", text=text), nlp(text), scorer=False)
    dates = {(a.relation, a.date) for a in ex.assertions}
    assert ("sued", "2024-03") in dates and ("left", "2018") in dates


def test_evidence_is_the_sentence(nlp):
    text = "Nothing here. Microsoft invested in OpenAI. Nothing there."
    ex = extract_doc(Document(id="t", source="t.txt", text=text), nlp(text), scorer=False)
    assert [a.sentence for a in ex.assertions] == ["Microsoft invested in OpenAI."]
    assert all(0 < a.confidence <= 1 for a in ex.assertions)


@pytest.mark.timeout(60)  # the bug was an endless loop: fail in a minute instead of hanging the suite
@pytest.mark.parametrize("text", [
    # a participle under a root that is not a verb once made the subject search loop forever
    "Previous to joining Zorblax full-time he had worked as a campus rep (at Texas A&M).",
    # "their" in a sentence with no verb at all
    "Their feud, again.",
])
def test_parses_without_a_verb_root_terminate(nlp, text):
    # returns (the bug was an endless loop at the root), and asserts nothing: neither sentence names
    # who did what ("he" and "Their" have nothing before them to refer to)
    assert facts(nlp, text) == set()


def test_confidence_is_the_scorers_calibrated_probability(nlp):
    from kg.extract import analyse
    from kg.extract.scorer import model

    trained = model()
    assert trained is not None, "kg/data/scorer.json is shipped with the package"
    text = "Dana Whitlock founded Zephyrix Labs in 2015. Zephyrix Labs did not acquire Brisklet."
    doc = nlp(text)
    ex = extract_doc(Document(id="t", source="t.txt", text=text), doc)
    expected = {(c.relation, round(trained.probability(f), 4))
                for c, f in zip(analyse(doc).candidates, analyse(doc).features)}
    got = {(a.relation, a.confidence) for a in ex.assertions}
    assert got and got <= expected
    assert all(a.confidence >= trained.threshold for a in ex.assertions)
