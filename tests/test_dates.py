"""kg/extract/dates.py without the model: date expressions to ISO form, and which clause a DATE
entity belongs to, on parses built by hand (tests/parses.py)."""

from __future__ import annotations

import pytest

from kg.extract.dates import date_of, normalise_date
from parses import parse


@pytest.mark.parametrize("text, iso", [
    ("2018", "2018"),
    ("in 2018", "2018"),
    ("March 2024", "2024-03"),
    ("May 30, 2024", "2024-05-30"),
    ("30 May 2024", "2024-05-30"),
    ("on the 3rd of June 2021", "2021-06-03"),
    ("Sept. 5, 2023", "2023-09-05"),
    ("Jan 2020", "2020-01"),
    ("DECEMBER 1999", "1999-12"),
    ("March 35, 2024", "2024-03"),  # no such day: the month alone
    ("last week", None),  # no year
    ("March 3", None),
    ("1750", None),  # outside 1800-2199: a number, not a year of ours
    ("the 1990s", None),  # a decade is no year
])
def test_normalise_date(text, iso):
    assert normalise_date(text) == iso


# Zephyrix acquired Brisklet in March 2024 .
VERB_DATE = """
Zephyrix/PROPN/NNP/nsubj/1/B-ORG
acquired/VERB/VBD/ROOT/1/O/acquire
Brisklet/PROPN/NNP/dobj/1/B-ORG
in/ADP/IN/prep/1/O
March/PROPN/NNP/pobj/3/B-DATE
2024/NUM/CD/nummod/4/I-DATE
./PUNCT/./punct/1/O
"""

# Zephyrix , founded in 2015 , acquired Brisklet .
OTHER_CLAUSE = """
Zephyrix/PROPN/NNP/nsubj/6/B-ORG
,/PUNCT/,/punct/0/O
founded/VERB/VBN/acl/0/O/found
in/ADP/IN/prep/2/O
2015/NUM/CD/pobj/3/B-DATE
,/PUNCT/,/punct/0/O
acquired/VERB/VBD/ROOT/6/O/acquire
Brisklet/PROPN/NNP/dobj/6/B-ORG
./PUNCT/./punct/6/O
"""

# Zephyrix , founded 2015 , acquired Brisklet .  (the date two hops from the trigger, through the other verb)
OTHER_VERB = """
Zephyrix/PROPN/NNP/nsubj/5/B-ORG
,/PUNCT/,/punct/0/O
founded/VERB/VBN/acl/0/O/found
2015/NUM/CD/npadvmod/2/B-DATE
,/PUNCT/,/punct/0/O
acquired/VERB/VBD/ROOT/5/O/acquire
Brisklet/PROPN/NNP/dobj/5/B-ORG
./PUNCT/./punct/5/O
"""

# Zephyrix completed its acquisition of Brisklet in 2020 .
NOUN_TRIGGER = """
Zephyrix/PROPN/NNP/nsubj/1/B-ORG
completed/VERB/VBD/ROOT/1/O/complete
its/PRON/PRP$/poss/3/O
acquisition/NOUN/NN/dobj/1/O
of/ADP/IN/prep/3/O
Brisklet/PROPN/NNP/pobj/4/B-ORG
in/ADP/IN/prep/1/O
2020/NUM/CD/pobj/6/B-DATE
./PUNCT/./punct/1/O
"""

# Zephyrix acquired Brisklet last week .
NO_YEAR = """
Zephyrix/PROPN/NNP/nsubj/1/B-ORG
acquired/VERB/VBD/ROOT/1/O/acquire
Brisklet/PROPN/NNP/dobj/1/B-ORG
last/ADJ/JJ/amod/4/B-DATE
week/NOUN/NN/npadvmod/1/I-DATE
./PUNCT/./punct/1/O
"""


def test_a_date_under_the_trigger_through_a_preposition():
    doc = parse(None, VERB_DATE)
    assert date_of(doc[1]) == "2024-03"


def test_a_date_of_another_clause_is_not_the_trigger_s():
    doc = parse(None, OTHER_CLAUSE)
    assert date_of(doc[6]) is None, "2015 is when Zephyrix was founded, not when it acquired Brisklet"
    assert date_of(doc[2]) == "2015"
    doc = parse(None, OTHER_VERB)
    assert date_of(doc[5]) is None, "the chain to the trigger passes another verb"
    assert date_of(doc[2]) == "2015"


def test_a_noun_trigger_takes_the_date_of_the_verb_governing_it():
    doc = parse(None, NOUN_TRIGGER)
    assert date_of(doc[3]) == "2020"


def test_a_date_without_a_year_gives_none():
    doc = parse(None, NO_YEAR)
    assert date_of(doc[1]) is None
