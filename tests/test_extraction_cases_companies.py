"""Company relations (acquired, subsidiaryOf, investedIn, partneredWith, rivalOf, owns), case by
case with made-up names: the exact set of facts each text states (the harness of
``test_extraction_cases.py``: rules alone, an extra fact fails), and model-free checks on parses
built by hand (``tests/parses.py``) and on the scorer's pair thresholds."""

from __future__ import annotations

import pytest

from kg.extract.scorer import Model, pair_features
from parses import parse
from test_extraction_cases import facts

CASES = {
    "partneredWith: members listed under a plural noun": (
        "Zephyrix Labs has partnered with several local firms, such as Orvanta Systems, Velmora Health and "
        "Kestrel Dynamics.",
        {("Orvanta Systems", "partneredWith", "Zephyrix Labs"), ("Velmora Health", "partneredWith", "Zephyrix Labs"),
         ("Kestrel Dynamics", "partneredWith", "Zephyrix Labs")}),
    "partneredWith: including": (
        "Fenwright Labs cooperated with device makers including Dovanel, Quastor and Brelling.",
        {("Dovanel", "partneredWith", "Fenwright Labs"), ("Fenwright Labs", "partneredWith", "Quastor"),
         ("Brelling", "partneredWith", "Fenwright Labs")}),
    "rivalOf: competes with companies like": (
        "Brisklet Inc. competes with software companies like Talverin Group and Nimbral Robotics.",
        {("Brisklet Inc.", "rivalOf", "Talverin Group"), ("Brisklet Inc.", "rivalOf", "Nimbral Robotics")}),
    "acquired: passive sold to": (
        "Orvanta Systems was sold to Talverin Group in 2014.",
        {("Talverin Group", "acquired", "Orvanta Systems")}),
    "acquired: a chain of passives through a relative clause": (
        "In 1999, Velmora Health was acquired by Kestrel Dynamics, which in turn was acquired by Nimbral Robotics "
        "in 2007.",
        {("Kestrel Dynamics", "acquired", "Velmora Health"), ("Nimbral Robotics", "acquired", "Kestrel Dynamics")}),
    "acquired: noun trigger with its possessor": (
        "Talverin Group completed its acquisition of Brisklet Inc. in March.",
        {("Talverin Group", "acquired", "Brisklet Inc.")}),
    "subsidiaryOf: became part of": (
        "Brisklet Inc. became part of Quorvane Holdings in 2015.",
        {("Brisklet Inc.", "subsidiaryOf", "Quorvane Holdings")}),
    "subsidiaryOf: apposition with a modifier": (
        "Zephyrix Labs, a Toronto-based subsidiary of Talverin Group, makes sensors.",
        {("Zephyrix Labs", "subsidiaryOf", "Talverin Group")}),
    "subsidiaryOf: predicate": (
        "Kestrel Dynamics is a wholly owned subsidiary of Nimbral Robotics.",
        {("Kestrel Dynamics", "subsidiaryOf", "Nimbral Robotics")}),
    "owns: passive": (
        "Brisklet Inc. is owned by Quorvane Holdings.",
        {("Quorvane Holdings", "owns", "Brisklet Inc.")}),
    "investedIn: round led by, participation from": (
        "Velmora Health raised $20 million in a round led by Solvane Capital, with participation from Orvanta "
        "Ventures.",
        {("Solvane Capital", "investedIn", "Velmora Health"), ("Orvanta Ventures", "investedIn", "Velmora Health")}),
    "partneredWith: joint venture of a coordinated subject": (
        "Nimbral Robotics and Kestrel Dynamics formed a joint venture.",
        {("Kestrel Dynamics", "partneredWith", "Nimbral Robotics")}),
    "investedIn: counts A and B as investors": (
        "Velmora Health counts Talverin Capital and Solvane Ventures as investors.",
        {("Talverin Capital", "investedIn", "Velmora Health"), ("Solvane Ventures", "investedIn", "Velmora Health")}),
    "investedIn: are among X's backers": (
        "Talverin Capital and Solvane Ventures are among Velmora Health's backers.",
        {("Talverin Capital", "investedIn", "Velmora Health"), ("Solvane Ventures", "investedIn", "Velmora Health")}),
    "investedIn: also took part (in the round just reported)": (
        "Velmora Health raised $80 million in a round led by Talverin Capital. Solvane Ventures also took part.",
        {("Talverin Capital", "investedIn", "Velmora Health"), ("Solvane Ventures", "investedIn", "Velmora Health")}),
    "investedIn: also participated": (
        "Velmora Health raised $80 million. Solvane Ventures also participated.",
        {("Solvane Ventures", "investedIn", "Velmora Health")}),
    "investedIn: took part in a meeting (no funding)": (
        "Velmora Health held a meeting. Solvane Ventures also took part.",
        set()),
    "acquired: spent an amount on a company": (
        "Talverin Group spent $900 million on Brisklet Inc., a database startup.",
        {("Talverin Group", "acquired", "Brisklet Inc.")}),
    "acquired: spent an amount on a company's products (no purchase of it)": (
        "Talverin Group spent $900 million on Brisklet chips last year.",
        set()),
    "acquired: acquisitions including": (
        "Talverin Group has grown through acquisitions, including Brisklet Inc. and Velmora Health.",
        {("Talverin Group", "acquired", "Brisklet Inc."), ("Talverin Group", "acquired", "Velmora Health")}),
    "acquired: X is Y's purchase": (
        "Velmora Health is Kestrel Dynamics's fourth purchase since 2020.",
        {("Kestrel Dynamics", "acquired", "Velmora Health")}),
    "develops: what the text says of a name outweighs the model's ORG at each mention": (
        "Zephyrix Labs released Lumora in March. Millions of people use Lumora every day. "
        "Zephyrix Labs's Lumora now has 10 million users.",
        {("Zephyrix Labs", "develops", "Lumora")}),
    "sued: a company named before its products is still a company": (
        "Kestrel Dynamics sued Nimbral in 2005. Nimbral processors power most laptops, and Nimbral chips sell well.",
        {("Kestrel Dynamics", "sued", "Nimbral")}),
    "founded: launched a company (not a product)": (
        "Zephyrix launched Lumora, a new company, in 2019. Lumora hired 40 engineers.",
        {("Zephyrix", "founded", "Lumora")}),
    "investedIn: the round led by X, with A and B among the other investors": (
        "Velmora Health has raised $90 million. The Series B round was led by Talverin Capital, with Solvane "
        "Ventures and Orvanta Partners among the other investors.",
        {("Talverin Capital", "investedIn", "Velmora Health"), ("Solvane Ventures", "investedIn", "Velmora Health"),
         ("Orvanta Partners", "investedIn", "Velmora Health")}),
    "investedIn: raised money, with A and B among the investors": (
        "Velmora Health raised $90 million, with Solvane Ventures and Orvanta Partners among the investors.",
        {("Solvane Ventures", "investedIn", "Velmora Health"), ("Orvanta Partners", "investedIn", "Velmora Health")}),
    "partneredWith: the verb the tagger took for a plural noun": (
        "Velmora Health collaborates with research groups like Talverin Labs and Solvane Institute.",
        {("Talverin Labs", "partneredWith", "Velmora Health"), ("Solvane Institute", "partneredWith", "Velmora Health")}),
    "rivalOf: acting to compete with": (
        "Brisklet Inc. cut its prices to compete with Talverin Group.",
        {("Brisklet Inc.", "rivalOf", "Talverin Group")}),
    "rivalOf: a legal battle is a dispute, not a rivalry": (
        "Brisklet Inc. has been embroiled in a legal battle with Talverin Group since 2021.",
        set()),
    "rivalOf: battling for market share": (
        "Brisklet Inc. is battling Talverin Group for market share.",
        {("Brisklet Inc.", "rivalOf", "Talverin Group")}),
    "subsidiaryOf: has a subsidiary in a country called X (the country is no parent)": (
        "Talverin Group has a subsidiary company in Sweden called Velmora.",
        {("Velmora", "subsidiaryOf", "Talverin Group")}),
    "rivalOf: has two rivals, A and B (rivals of the one who has them, not of each other)": (
        "Talverin Group has two rivals, Velmora Health and Brisklet Inc.",
        {("Talverin Group", "rivalOf", "Velmora Health"), ("Brisklet Inc.", "rivalOf", "Talverin Group")}),
    "develops: a model code before a product noun names the product": (
        "Zephyrix Labs's Q100 chips are in short supply.",
        {("Zephyrix Labs", "develops", "Q100")}),
    "develops: a number of chips is no product": (
        "Zephyrix Labs sold 500 chips last year.",
        set()),
    "investedIn: its stake named by the company's name": (
        "Talverin Group sold its Velmora Health stake in 2020.",
        {("Talverin Group", "investedIn", "Velmora Health")}),
    "partneredWith: jointly developed": (
        "Zephyrix Labs and Brisklet Inc. jointly developed the chip.",
        {("Brisklet Inc.", "partneredWith", "Zephyrix Labs")}),
    "partneredWith: fined together (no joint venture)": (
        "Zephyrix Labs and Brisklet Inc. were fined together.",
        set()),
    "subsidiaryOf: was spun off from": (
        "Velmora Health was spun off from Talverin Group in 2019.",
        {("Velmora Health", "subsidiaryOf", "Talverin Group")}),
    "rivalOf: racing to market": (
        "Dovanel is racing Orvanta Systems and Fenwright Labs to bring a cheap pickup to market.",
        {("Dovanel", "rivalOf", "Orvanta Systems"), ("Dovanel", "rivalOf", "Fenwright Labs")}),
    "names: a company-name suffix ('Labs') dropped later is the same company, not a person": (
        "Fenwright Labs agreed to pay $300 million to Orvanta Systems. Orvanta Systems sued Fenwright in 2021.",
        {("Orvanta Systems", "sued", "Fenwright Labs")}),
    "names: an amount after a name is no version of it": (
        "The European Commission fined Kestrel Dynamics 1.2 billion euros on Wednesday.",
        {("European Commission", "accused", "Kestrel Dynamics")}),
    "investedIn: owns a stake in (a share, not the company)": (
        "Talverin Group already owns a stake in Velmora Health.",
        {("Talverin Group", "investedIn", "Velmora Health")}),
    "owns: owns 90 percent of": (
        "Talverin Group owns 90 percent of Velmora Health.",
        {("Talverin Group", "owns", "Velmora Health")}),
    "investedIn: also participated, after an investor's round (in the company it invested in)": (
        "Solvane Ventures led a $45 million funding round for Aerovant, the drone startup said on Wednesday. "
        "Existing investors Talverin Capital and Quorvane also participated.",
        {("Solvane Ventures", "investedIn", "Aerovant"), ("Talverin Capital", "investedIn", "Aerovant"),
         ("Quorvane", "investedIn", "Aerovant")}),
    "rivalOf: has overtaken as the largest seller": (
        "Dovanel has overtaken Orvanta Systems as the largest seller of electric vans in Europe.",
        {("Dovanel", "rivalOf", "Orvanta Systems")}),
    "develops: the app from a company": (
        "The Lumora app from Zephyrix Labs has 10 million users.",
        {("Zephyrix Labs", "develops", "Lumora")}),
    "develops: made by, as a hyphenated modifier": (
        "The Zephyrix-made Lumora chip powers the phone.",
        {("Zephyrix", "develops", "Lumora")}),
    "develops: bought the app from a company (no maker said)": (
        "Talverin Group bought the Lumora app from Zephyrix Labs.",
        {("Talverin Group", "acquired", "Lumora")}),
    "develops: a product noun titling the name": (
        "Zephyrix Labs's chatbot Lumora answered questions about the outage.",
        {("Zephyrix Labs", "develops", "Lumora")}),
}

NOT_STATED = {
    "negated listing": ("Quorvane Holdings did not partner with firms such as Orvanta Systems and Velmora Health.",
                        ("Orvanta Systems", "partneredWith", "Quorvane Holdings")),
    "planned acquisition": ("Talverin Group announced that it would acquire Brisklet Inc. next year.",
                            ("Talverin Group", "acquired", "Brisklet Inc.")),
    "a planned act to compete": ("Brisklet Inc. plans to cut its prices to compete with Talverin Group.",
                                 ("Brisklet Inc.", "rivalOf", "Talverin Group")),
    "a joint development planned": ("Zephyrix Labs and Brisklet Inc. will jointly develop the chip.",
                                    ("Brisklet Inc.", "partneredWith", "Zephyrix Labs")),
    "a planned spend": ("Talverin Group will spend $900 million on Brisklet Inc., a database startup.",
                        ("Talverin Group", "acquired", "Brisklet Inc.")),
    "agreed to be acquired": ("Velmora Health agreed to be acquired by Kestrel Dynamics for $160 million.",
                              ("Kestrel Dynamics", "acquired", "Velmora Health")),
}


@pytest.mark.model
@pytest.mark.parametrize("name", sorted(CASES))
def test_states_exactly(nlp, name):
    text, expected = CASES[name]
    assert facts(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("name", sorted(NOT_STATED))
def test_does_not_state(nlp, name):
    text, fact = NOT_STATED[name]
    assert fact not in facts(nlp, text)


# ------------------------------------------------------------------ parses built by hand

#: "Fenwright cooperated with makers including Dovanel and Quastor", the model having tagged the
#: two listed names places (GPE): filling the partner slot, a slot only an organization fills,
#: makes them organizations.
LISTED_PLACES = """
Fenwright/PROPN/NNP/nsubj/1/B-ORG
cooperated/VERB/VBD/ROOT/1/O/cooperate
with/ADP/IN/prep/1/O
makers/NOUN/NNS/pobj/2/O/maker
including/VERB/VBG/prep/3/O/include
Dovanel/PROPN/NNP/pobj/4/B-GPE
and/CCONJ/CC/cc/5/O
Quastor/PROPN/NNP/conj/5/B-GPE
./PUNCT/./punct/1/O
"""


def _extract_parse(spec: str):
    """The entities (name -> type) and the facts (relation, {subject, object}) of a hand-built
    parse, by the rules alone."""
    from kg.extract import extract_doc
    from kg.model import Document

    doc = parse(None, spec)
    ex = extract_doc(Document(id="t", source="t.txt", text=doc.text), doc, scorer=False)
    names = {e.key: e.name for e in ex.entities}
    return ({e.name: e.type for e in ex.entities},
            {(a.relation, frozenset((names[a.subject], names[a.object]))) for a in ex.assertions})


def test_listed_names_are_typed_by_the_slot_they_fill():
    types, found = _extract_parse(LISTED_PLACES)
    assert types == {"Fenwright": "Organization", "Dovanel": "Organization", "Quastor": "Organization"}
    assert found == {("partneredWith", frozenset(("Dovanel", "Fenwright"))),
                     ("partneredWith", frozenset(("Fenwright", "Quastor")))}


#: "Fenwright collaborates with Quastor", the tagger having taken the verb for a plural noun: the
#: root of a sentence with a subject is read as its verb.
VERB_TAGGED_NOUN = """
Fenwright/PROPN/NNP/nsubj/1/B-ORG
collaborates/NOUN/NNS/ROOT/1/O/collaborate
with/ADP/IN/prep/1/O
Quastor/PROPN/NNP/pobj/2/B-ORG
./PUNCT/./punct/1/O
"""


def test_a_verb_tagged_as_a_plural_noun_is_still_a_trigger():
    _, found = _extract_parse(VERB_TAGGED_NOUN)
    assert found == {("partneredWith", frozenset(("Fenwright", "Quastor")))}


def test_pairs_are_asserted_only_at_their_relations_threshold():
    m = Model(bias=0.0, weights={}, calibration={"rules": (-1.0, 0.0), "pair": (-1.0, 0.0)}, threshold=0.0,
              info={}, pair_thresholds={"acquired": 0.8})
    pair = {"pair|rel=acquired": 1}
    assert m.threshold_for(pair, "acquired") == 0.8
    assert m.threshold_for(pair, "rivalOf") > 1.0  # no threshold: never asserted from a pair
    assert m.threshold_for({"rel=acquired": 1}, "acquired") == 0.0  # the rules' own threshold


def test_pair_features_tie_the_trigger_to_each_name():
    from kg.extract.candidates import Candidate
    from kg.extract.mentions import DocEntities

    doc = parse(None, LISTED_PLACES)
    ents = DocEntities(doc)
    f, d = ents.cluster_at(doc[0]), ents.cluster_at(doc[5])
    feats = pair_features(Candidate(f, "partneredWith", d, "pair:cooperate", 1, arg_tokens=(0, 5)), doc, ents)
    assert feats["trig|s_t=partneredWith|cooperate|nsubj^"] == 1
    assert feats["trig|order=partneredWith|cooperate|sto"] == 1
