"""kg/extract/mentions.py's name cleaning without the model: a mention's text made a name
(clean_name), headings told from sentences (is_heading_line), the NER's DATEs that are names
(misread_date, on parses built by hand), and the shape of a personal name
(looks_like_personal_name; more cases in test_extract_units.py)."""

from __future__ import annotations

import pytest

from kg.extract.mentions import (clean_name, is_heading_line, looks_like_personal_name, misread_date, misread_group,
                                 names_a_domain, split_entity_span, unknown_word_name)
from parses import parse


@pytest.mark.parametrize("text, name", [
    ("Elon Musk's", "Elon Musk"),  # possessive
    ("Tesla’s", "Tesla"),  # curly apostrophe
    ("“OpenAI”", "OpenAI"),  # quotes
    ("(Anthropic),", "Anthropic"),  # brackets and punctuation around it
    ("the Walt Disney Company", "Walt Disney Company"),  # leading article
    ("CEO Tim Cook", "Tim Cook"),  # a title
    ("Mr. Sam Altman", "Sam Altman"),
    ("Chairman Dr. Lisa Su", "Lisa Su"),  # titles in a row
    ("President", "President"),  # a title alone stays: there is nothing else
    ("  Sam \n  Altman ", "Sam Altman"),  # spacing
    ("Apple Inc.", "Apple Inc."),  # the period of an abbreviation stays
    ("U.S.", "U.S."),
    ("X.", "X"),  # but a one-letter name's is the sentence's
])
def test_clean_name(text, name):
    assert clean_name(text) == name


@pytest.mark.parametrize("line, heading", [
    ("Technology News And Analysis", True),
    ("The State of the Union", True),  # small words count as capitalised
    ("Top Stories:", True),
    ("Elon Musk sued OpenAI on Tuesday.", False),  # a sentence
    ("Zephyrix acquired Brisklet", False),  # a lower-case verb: most words are not capitalised
    ("Markets", False),  # one word says nothing
    ("", False),
    ("Why Nvidia Bought Arm?", False),  # final punctuation
    ("One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen Fourteen Fifteen", False),
])
def test_is_heading_line(line, heading):
    assert is_heading_line(line) is heading


# Nvidia sued Workday on Monday , May 3 , over Christmas in 2024 .  (the NER's DATEs as a small model tags them)
DATES = """
Nvidia/PROPN/NNP/nsubj/1/B-ORG
sued/VERB/VBD/ROOT/1/O/sue
Workday/PROPN/NNP/dobj/1/B-DATE
on/ADP/IN/prep/1/O
Monday/PROPN/NNP/pobj/3/B-DATE
,/PUNCT/,/punct/4/O
May/PROPN/NNP/appos/4/B-DATE
3/NUM/CD/nummod/6/I-DATE
,/PUNCT/,/punct/6/O
over/ADP/IN/prep/1/O
Christmas/PROPN/NNP/pobj/9/B-DATE
in/ADP/IN/prep/1/O
2024/NUM/CD/pobj/11/B-DATE
./PUNCT/./punct/1/O
"""


def test_misread_date_is_a_lone_proper_noun_no_calendar_knows():
    doc = parse(None, DATES)
    by_word = {t.text: misread_date(t) for t in doc}
    assert by_word["Workday"] is True, "a company the NER read as a day"
    assert by_word["Monday"] is False, "a weekday"
    assert by_word["May"] is False, "more than one word: May 3"
    assert by_word["Christmas"] is False, "a holiday"
    assert by_word["2024"] is False, "not a proper noun"
    assert by_word["Nvidia"] is False, "not a DATE"


GROUPS = """
Halvex/PROPN/NNP/compound/1/B-NORP
founder/NOUN/NN/compound/3/O
Dana/PROPN/NNP/compound/3/B-PERSON
Korvel/PROPN/NNP/nsubj/4/I-PERSON
met/VERB/VBD/ROOT/4/O
American/PROPN/NNP/amod/6/B-NORP
investors/NOUN/NNS/dobj/4/O
./PUNCT/./punct/4/O
"""

SENTENCE_START = """
Corvane/NOUN/NN/nsubj/1/O
sued/VERB/VBD/ROOT/1/O
Regulators/NOUN/NNS/dobj/1/O/regulator
and/CCONJ/CC/cc/2/O
Company/NOUN/NN/conj/2/O
./PUNCT/./punct/1/O
"""


def test_a_nationality_is_a_word_an_unknown_name_is_not():
    doc = parse(None, GROUPS)
    by_word = {t.text: misread_group(t) for t in doc}
    assert by_word["Halvex"] is True, "no English word: a name the NER read as a group"
    assert by_word["American"] is False, "a nationality is a word of the dictionary"
    assert by_word["Dana"] is False, "not NORP"


def test_a_capitalised_common_noun_that_is_no_word_is_a_name():
    doc = parse(None, SENTENCE_START)
    by_word = {t.text: unknown_word_name(t) for t in doc}
    assert by_word["Corvane"] is True
    assert by_word["Regulators"] is False, "its lemma is a word"
    assert by_word["Company"] is False, "a word"
    assert by_word["sued"] is False, "not a noun"


@pytest.mark.parametrize("name, person", [
    ("Dana Whitlock", True),
    ("Marcus J. Obi", True),  # three words
    ("marcus obi", False),  # not capitalised
    ("Marcus Obi Smith Jones", False),  # four words
    ("Grace Holdings Ltd", False),
])
def test_looks_like_personal_name(name, person):
    assert looks_like_personal_name(name) is person


#: "Marcus Obi of Brisklet University": the NER's span runs over the "of" after the name.
TRAILING_OF = """
Marcus/PROPN/NNP/compound/1/B-ORG
Obi/PROPN/NNP/nsubj/5/I-ORG
of/ADP/IN/prep/1/I-ORG
Brisklet/PROPN/NNP/compound/4/B-ORG
University/PROPN/NNP/pobj/2/I-ORG
spoke/VERB/VBD/ROOT/5/O
"""


def test_no_name_ends_in_a_function_word():
    doc = parse(None, TRAILING_OF)
    assert split_entity_span(doc, 0, 3) == [(0, 2)]
    assert split_entity_span(doc, 3, 5) == [(3, 5)], "a name's own last word stays"


#: "fined Quorvane 1.2 billion euros": the NER's span runs over the amount after the name.
AMOUNT_AFTER_NAME = """
fined/VERB/VBD/ROOT/0/O
Quorvane/PROPN/NNP/nmod/4/B-ORG
1.2/NUM/CD/compound/3/I-ORG
billion/NUM/CD/nummod/4/I-ORG
euros/NOUN/NNS/dobj/0/O
"""


def test_no_name_runs_into_an_amount():
    doc = parse(None, AMOUNT_AFTER_NAME)
    assert split_entity_span(doc, 1, 4) == [(1, 2)]


#: "from Tarn Capital, Brisk Ventures and Oakridge Partners": the NER's span runs over the
#: comma into the list's second name, which the parser coordinated with the first.
LIST_OVER_COMMA = """
from/ADP/IN/ROOT/0/O
Tarn/PROPN/NNP/compound/2/B-ORG
Capital/PROPN/NNP/pobj/0/I-ORG
,/PUNCT/,/punct/2/I-ORG
Brisk/PROPN/NNP/compound/5/I-ORG
Ventures/PROPN/NNP/conj/2/I-ORG
and/CCONJ/CC/cc/5/O
Oakridge/PROPN/NNP/compound/8/B-ORG
Partners/PROPN/NNPS/conj/5/I-ORG
"""


def test_a_span_over_a_list_is_cut_at_the_comma():
    doc = parse(None, LIST_OVER_COMMA)
    assert split_entity_span(doc, 1, 6) == [(1, 3), (4, 6)]


#: "by Tarn Capital and Brisk Ventures": a span over two whole company names, whatever the
#: parser hung where (here the first name as the second's modifier).
TWO_COMPANIES = """
by/ADP/IN/ROOT/0/O
Tarn/PROPN/NNP/compound/2/B-ORG
Capital/PROPN/NNP/nmod/5/I-ORG
and/CCONJ/CC/cc/2/I-ORG
Brisk/PROPN/NNP/conj/2/I-ORG
Ventures/PROPN/NNPS/pobj/0/I-ORG
"""

#: "Marks and Spencer" and "Johnson and Johnson": no company word ends the first side.
ONE_COMPANY = """
by/ADP/IN/ROOT/0/O
Halden/PROPN/NNP/compound/3/B-ORG
and/CCONJ/CC/cc/1/I-ORG
Corvane/PROPN/NNP/conj/1/I-ORG
Group/PROPN/NNP/pobj/0/I-ORG
"""


def test_a_span_over_two_company_names_is_cut_at_and():
    assert split_entity_span(parse(None, TWO_COMPANIES), 1, 6) == [(1, 3), (4, 6)]
    assert split_entity_span(parse(None, ONE_COMPANY), 1, 5) == [(1, 5)]


#: "VP of Engineering and Product Development at Flock": capitalised business functions after a
#: role's "of" name a part of the company, not an organization of their own.
FUNCTIONS_AFTER_ROLE = """
was/AUX/VBD/ROOT/0/O/be
VP/PROPN/NNP/attr/0/O/vp
of/ADP/IN/prep/1/O
Engineering/PROPN/NNP/nmod/6/B-ORG
and/CCONJ/CC/cc/3/O
Product/PROPN/NNP/compound/6/B-ORG
Development/PROPN/NNP/pobj/2/I-ORG
at/ADP/IN/prep/6/O
Halvex/PROPN/NNP/compound/9/B-ORG
Research/PROPN/NNP/pobj/7/I-ORG
"""


def test_business_functions_after_a_role_name_no_organization():
    doc = parse(None, FUNCTIONS_AFTER_ROLE)
    assert names_a_domain(doc[3:4])
    assert names_a_domain(doc[5:7]), "the whole run of function words back to the role's 'of'"
    assert not names_a_domain(doc[8:10]), "a distinctive word makes a name"


#: "Halden, Marsh, Tolver & Quist": a firm named for its partners, which the NER spans whole and
#: the parser reads as a list.
PARTNERS_FIRM = """
at/ADP/IN/ROOT/0/O
Halden/PROPN/NNP/pobj/0/B-ORG
,/PUNCT/,/punct/1/I-ORG
Marsh/PROPN/NNP/conj/1/I-ORG
,/PUNCT/,/punct/3/I-ORG
Tolver/PROPN/NNP/conj/3/I-ORG
&/CCONJ/CC/cc/5/I-ORG
Quist/PROPN/NNP/conj/5/I-ORG
"""


def test_a_firm_named_for_its_partners_stays_whole():
    assert split_entity_span(parse(None, PARTNERS_FIRM), 1, 8) == [(1, 8)]
