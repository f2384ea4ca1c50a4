"""The extraction steps on parses built by hand: no model, so each test pins one rule to one
parse, whatever the statistical parser would do with the sentence.

A parse is written as lines of ``word/POS/TAG/dep/head-index[/ENT[/lemma]]`` (tests/parses.py);
entity spans are read from the ENT column (B-ORG, I-ORG, ...).
"""

from __future__ import annotations

import pytest
import spacy

from kg.extract import analyse, extract_doc
from kg.model import Document
from parses import parse


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("en").vocab


def facts(doc, *, scorer: bool = False) -> set[tuple[str, str, str]]:
    ex = extract_doc(Document(id="t", source="t.txt", text=doc.text), doc, scorer=scorer)
    names = {e.key: e.name for e in ex.entities}
    return {(names[a.subject], a.relation, names[a.object]) for a in ex.assertions}


# word/POS/TAG/dep/head/ENT (lemma = lower-cased word unless a 7th column gives it)
ACTIVE = """
Zephyrix/PROPN/NNP/nsubj/1/B-ORG
acquired/VERB/VBD/ROOT/1/O/acquire
Brisklet/PROPN/NNP/dobj/1/B-ORG
./PUNCT/./punct/1/O
"""

PASSIVE = """
Brisklet/PROPN/NNP/nsubjpass/2/B-ORG
was/AUX/VBD/auxpass/2/O/be
bought/VERB/VBN/ROOT/2/O/buy
by/ADP/IN/agent/2/O
Zephyrix/PROPN/NNP/pobj/3/B-ORG
./PUNCT/./punct/2/O
"""

NEGATED = """
Zephyrix/PROPN/NNP/nsubj/3/B-ORG
did/AUX/VBD/aux/3/O/do
not/PART/RB/neg/3/O
sue/VERB/VB/ROOT/3/O/sue
Brisklet/PROPN/NNP/dobj/3/B-ORG
./PUNCT/./punct/3/O
"""

EVENT = """
Zephyrix/PROPN/NNP/nsubj/1/B-ORG
completed/VERB/VBD/ROOT/1/O/complete
its/PRON/PRP$/poss/3/O/its
acquisition/NOUN/NN/dobj/1/O/acquisition
of/ADP/IN/prep/3/O
Brisklet/PROPN/NNP/pobj/4/B-ORG
./PUNCT/./punct/1/O
"""

ROLE = """
Dana/PROPN/NNP/compound/1/B-PERSON
Whitlock/PROPN/NNP/nsubj/8/I-PERSON
,/PUNCT/,/punct/1/O
chief/ADJ/JJ/amod/4/O
executive/NOUN/NN/appos/1/O
of/ADP/IN/prep/4/O
Zephyrix/PROPN/NNP/pobj/5/B-ORG
,/PUNCT/,/punct/1/O
spoke/VERB/VBD/ROOT/8/O/speak
./PUNCT/./punct/8/O
"""

PARTICLE = """
Dana/PROPN/NNP/compound/1/B-PERSON
Whitlock/PROPN/NNP/nsubj/2/I-PERSON
stepped/VERB/VBD/ROOT/2/O/step
down/ADV/RB/advmod/2/O
from/ADP/IN/prep/2/O
Zephyrix/PROPN/NNP/pobj/4/B-ORG
./PUNCT/./punct/2/O
"""

# "Solvane invested in Quvar AI", the model having found no name: "AI" names nothing alone but
# ends a company's name after a proper noun
AI_SUFFIX = """
Solvane/PROPN/NNP/nsubj/1/B-ORG
invested/VERB/VBD/ROOT/1/O/invest
in/ADP/IN/prep/1/O
Quvar/PROPN/NNP/compound/4/O
AI/PROPN/NNP/pobj/2/O
./PUNCT/./punct/1/O
"""

# "... from Talverin, Mubadala and Andreessen Horowitz", both tagged people: "Mubadala" is no
# first name, so it takes no surname from the name after it (as "Dario and Daniela Amodei" does)
NO_SHARED_SURNAME = """
Velmora/PROPN/NNP/nsubj/1/B-ORG
raised/VERB/VBD/ROOT/1/O/raise
money/NOUN/NN/dobj/1/O
from/ADP/IN/prep/1/O
Mubadala/PROPN/NNP/pobj/3/B-PERSON
and/CCONJ/CC/cc/4/O
Andreessen/PROPN/NNP/compound/7/B-PERSON
Horowitz/PROPN/NNP/conj/4/I-PERSON
./PUNCT/./punct/1/O
"""


@pytest.mark.parametrize("spec, expected", [
    (ACTIVE, {("Zephyrix", "acquired", "Brisklet")}),
    (PASSIVE, {("Zephyrix", "acquired", "Brisklet")}),
    (NEGATED, set()),
    (EVENT, {("Zephyrix", "acquired", "Brisklet")}),
    (ROLE, {("Dana Whitlock", "ceoOf", "Zephyrix")}),
    (PARTICLE, {("Dana Whitlock", "left", "Zephyrix"), ("Dana Whitlock", "worksFor", "Zephyrix")}),
    (AI_SUFFIX, {("Solvane", "investedIn", "Quvar AI")}),
], ids=["active verb", "passive verb", "negated", "event noun", "role in apposition", "particle as adverb",
        "a name ending in AI"])
def test_rules_on_hand_built_parses(vocab, spec, expected):
    assert facts(parse(vocab, spec)) == expected


def test_candidates_say_where_their_arguments_come_from(vocab):
    analysis = analyse(parse(vocab, EVENT))
    [cand] = [c for c in analysis.candidates if c.relation == "acquired" and not c.pattern.startswith("pair:")]
    assert cand.pattern == "event:acquisition"
    assert cand.slots == ("poss", "prep:of")
    assert cand.how == ("pronoun", "name")  # "its" resolved to Zephyrix


def test_features_name_the_rule_and_the_resolution(vocab):
    analysis = analyse(parse(vocab, EVENT))
    feats = analysis.features[0]
    assert feats["rel=acquired"] == 1 and feats["pat=event:acquisition"] == 1
    assert feats["how_s=pronoun"] == 1 and feats["how_o=name"] == 1


@pytest.mark.parametrize("name, person", [
    ("Marcus Obi", True),
    ("Benoît Dageville", True),  # a French first name, accents stripped
    ("Börje Lindqvist", True),  # a Swedish one
    ("Viking Global Investors", False),  # a company word after the first name
    ("Grace Industries", False),
    ("Morgan Stanley", False),  # "morgan" is left out of the names
    ("Line Server", False),  # lexicon words are no first names
    ("Marcus", False),  # one word says nothing
])
def test_personal_name_shape(name, person):
    from kg.extract.mentions import looks_like_personal_name

    assert looks_like_personal_name(name) is person


def test_no_surname_shared_with_a_word_that_is_no_first_name(vocab):
    from kg.extract.mentions import DocEntities

    ents = DocEntities(parse(vocab, NO_SHARED_SURNAME))
    assert {c.name for c in ents.clusters.values()} >= {"Mubadala", "Andreessen Horowitz"}
    assert "Mubadala Horowitz" not in {c.name for c in ents.clusters.values()}


# "Zarvik reported a loss", the model having called Zarvik a person: reporting a loss is what a
# company does (lexicon organization_acts)
REPORTED_A_LOSS = """
Zarvik/PROPN/NNP/nsubj/1/B-PERSON
reported/VERB/VBD/ROOT/1/O/report
a/DET/DT/det/3/O
loss/NOUN/NN/dobj/1/O/loss
./PUNCT/./punct/1/O
"""

# "Zarvik named Dana Whitlock as chief executive": who gives a person a role is an organization
NAMED_AS = """
Zarvik/PROPN/NNP/nsubj/1/B-PERSON
named/VERB/VBD/ROOT/1/O/name
Dana/PROPN/NNP/compound/3/B-PERSON
Whitlock/PROPN/NNP/dobj/1/I-PERSON
as/ADP/IN/prep/1/O
chief/ADJ/JJ/amod/6/O
executive/NOUN/NN/pobj/4/O
./PUNCT/./punct/1/O
"""


@pytest.mark.parametrize("spec", [REPORTED_A_LOSS, NAMED_AS], ids=["reported a loss", "named X as chief executive"])
def test_what_only_companies_do_types_the_subject(vocab, spec):
    from kg.extract.mentions import DocEntities

    ents = DocEntities(parse(vocab, spec))
    assert {c.name: c.type for c in ents.clusters.values()}["Zarvik"] == "Organization"


# "Carly Wendover quit; Wendover smiled", the model having tagged both ORG: a surname alone joins
# the one full name it ends that has a given name's shape, a weak one-word ORG tag notwithstanding
SURNAME_TAGGED_ORG = """
Carly/PROPN/NNP/compound/1/B-ORG
Wendover/PROPN/NNP/nsubj/2/I-ORG
quit/VERB/VBD/ROOT/2/O
;/PUNCT/:/punct/2/O
Wendover/PROPN/NNP/nsubj/5/B-ORG
smiled/VERB/VBD/conj/2/O
./PUNCT/./punct/2/O
"""


def test_a_surname_tagged_org_joins_the_full_name(vocab):
    from kg.extract.mentions import DocEntities

    ents = DocEntities(parse(vocab, SURNAME_TAGGED_ORG))
    names = [sorted(c.names) for c in ents.clusters.values()]
    assert names == [["Carly Wendover", "Wendover"]]


# "bought it from the Pike family", the model having called Pike an ORG: a family's name is a surname
FAMILY_NAME = """
Zarvik/PROPN/NNP/nsubj/1/B-ORG
bought/VERB/VBD/ROOT/1/O/buy
it/PRON/PRP/dobj/1/O
from/ADP/IN/prep/1/O
the/DET/DT/det/6/O
Pike/PROPN/NNP/compound/6/B-ORG
family/NOUN/NN/pobj/3/O
./PUNCT/./punct/1/O
"""


# "Halden Joe's has partnered with X", the model having called it a person: a possessive that
# possesses nothing is part of a shop's name
SHOP_NAME = """
Halden/PROPN/NNP/compound/1/B-PERSON
Joe/PROPN/NNP/nsubj/4/I-PERSON
's/PART/POS/case/1/I-PERSON
has/AUX/VBZ/aux/4/O
partnered/VERB/VBN/ROOT/4/O/partner
./PUNCT/./punct/4/O
"""


# "Zarvik, a designer of memory modules, sued ...", the model having called Zarvik a person: a
# designer (maker, supplier) of goods is a company
DESIGNER_OF_GOODS = """
Zarvik/PROPN/NNP/nsubj/7/B-PERSON
,/PUNCT/,/punct/0/O
a/DET/DT/det/3/O
designer/NOUN/NN/appos/0/O
of/ADP/IN/prep/3/O
memory/NOUN/NN/compound/6/O
modules/NOUN/NNS/pobj/4/O
sued/VERB/VBD/ROOT/7/O/sue
./PUNCT/./punct/7/O
"""


# "The Halvex board fired Marta Quist", the model having called Halvex a nationality: a name
# before a company's board is the company's
BOARD_NAME = """
The/DET/DT/det/2/O
Halvex/PROPN/NNP/compound/2/B-NORP
board/NOUN/NN/nsubj/3/O
fired/VERB/VBD/ROOT/3/O/fire
Marta/PROPN/NNP/compound/5/B-PERSON
Quist/PROPN/NNP/dobj/3/I-PERSON
./PUNCT/./punct/3/O
"""

# "The Marta Quist staff criticized Halvex": a person's staff, not a company's
PERSON_STAFF = """
The/DET/DT/det/3/O
Marta/PROPN/NNP/compound/2/B-PERSON
Quist/PROPN/NNP/compound/3/I-PERSON
staff/NOUN/NN/nsubj/4/O
criticized/VERB/VBD/ROOT/4/O/criticize
Halvex/PROPN/NNP/dobj/4/B-ORG
./PUNCT/./punct/4/O
"""


@pytest.mark.parametrize("spec, name, kind", [
    (FAMILY_NAME, "Pike", "Person"),
    (SHOP_NAME, "Halden Joe", "Organization"),
    (DESIGNER_OF_GOODS, "Zarvik", "Organization"),
    (BOARD_NAME, "Halvex", "Organization"),
    (PERSON_STAFF, "Marta Quist", "Person"),
], ids=["a family's name", "a possessive that possesses nothing", "a designer of goods", "a company's board",
        "a person's staff"])
def test_the_words_around_a_name_type_it_against_the_model(vocab, spec, name, kind):
    from kg.extract.mentions import DocEntities

    ents = DocEntities(parse(vocab, spec))
    assert {c.name: c.type for c in ents.clusters.values()}[name] == kind


# "Kofi Annan (born 8 April 1938) is a Ghanaian diplomat": the parser made the parenthesis the
# copula's clausal subject and hung the name on it
BORN_AS_SUBJECT = """
Kofi/PROPN/NNP/compound/1/B-PERSON
Annan/PROPN/NNP/npadvmod/3/I-PERSON
(/PUNCT/-LRB-/punct/3/O
born/VERB/VBN/csubj/6/O/bear
1938/NUM/CD/npadvmod/3/B-DATE
)/PUNCT/-RRB-/punct/3/O
is/AUX/VBZ/ROOT/6/O/be
a/DET/DT/det/8/O
diplomat/NOUN/NN/attr/6/O
./PUNCT/./punct/6/O
"""


def test_the_name_hung_on_a_birth_parenthesis_is_the_subject(vocab):
    from kg.extract.args import subject_args
    from kg.extract.mentions import DocEntities

    doc = parse(vocab, BORN_AS_SUBJECT)
    ents = DocEntities(doc)
    found = subject_args(doc[6], ents)
    assert [ents.clusters[a.cluster].name for a in found] == ["Kofi Annan"]
