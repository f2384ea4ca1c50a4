"""kg/extract/hedges.py without the model: why a stated act is not a fact (negated, modal,
conditional, hedged, a hedging verb above it, a purpose, a question), on parses built by hand
(tests/parses.py), and the branches a hedge does not reach."""

from __future__ import annotations

import pytest

from kg.extract.hedges import hedge_of_token, why_not_asserted
from parses import parse

# Each case: a parse, the index of the trigger, and why it is not asserted (None: a fact).
CASES = {
    "plain": ("""
Zephyrix/PROPN/NNP/nsubj/1/B-ORG
acquired/VERB/VBD/ROOT/1/O/acquire
Brisklet/PROPN/NNP/dobj/1/B-ORG
./PUNCT/./punct/1/O
""", 1, None),
    "negated": ("""
Zephyrix/PROPN/NNP/nsubj/3/B-ORG
did/AUX/VBD/aux/3/O/do
not/PART/RB/neg/3/O
acquire/VERB/VB/ROOT/3/O
Brisklet/PROPN/NNP/dobj/3/B-ORG
./PUNCT/./punct/3/O
""", 3, "negated"),
    "never": ("""
Zephyrix/PROPN/NNP/nsubj/2/B-ORG
never/ADV/RB/advmod/2/O
acquired/VERB/VBD/ROOT/2/O/acquire
Brisklet/PROPN/NNP/dobj/2/B-ORG
./PUNCT/./punct/2/O
""", 2, "negated"),
    "modal": ("""
Zephyrix/PROPN/NNP/nsubj/2/B-ORG
could/AUX/MD/aux/2/O
acquire/VERB/VB/ROOT/2/O
Brisklet/PROPN/NNP/dobj/2/B-ORG
./PUNCT/./punct/2/O
""", 2, "modal"),
    "will with a state verb": ("""
Dana/PROPN/NNP/nsubj/2/B-PERSON
will/AUX/MD/aux/2/O
remain/VERB/VB/ROOT/2/O
chief/ADJ/JJ/amod/4/O
executive/NOUN/NN/attr/2/O
./PUNCT/./punct/2/O
""", 2, None),
    "will with an act": ("""
Zephyrix/PROPN/NNP/nsubj/2/B-ORG
will/AUX/MD/aux/2/O
acquire/VERB/VB/ROOT/2/O
Brisklet/PROPN/NNP/dobj/2/B-ORG
./PUNCT/./punct/2/O
""", 2, "modal"),
    "conditional": ("""
If/SCONJ/IN/mark/2/O
Zephyrix/PROPN/NNP/nsubj/2/B-ORG
buys/VERB/VBZ/advcl/6/O/buy
Brisklet/PROPN/NNP/dobj/2/B-ORG
,/PUNCT/,/punct/6/O
prices/NOUN/NNS/nsubj/6/O/price
rise/VERB/VBP/ROOT/6/O
./PUNCT/./punct/6/O
""", 2, "conditional"),
    "hedged noun": ("""
Zephyrix/PROPN/NNP/nsubj/1/B-ORG
announced/VERB/VBD/ROOT/1/O/announce
a/DET/DT/det/4/O
proposed/VERB/VBN/amod/4/O/propose
acquisition/NOUN/NN/dobj/1/O
of/ADP/IN/prep/4/O
Brisklet/PROPN/NNP/pobj/5/B-ORG
./PUNCT/./punct/1/O
""", 4, "hedged"),
    "threatened to": ("""
Zephyrix/PROPN/NNP/nsubj/1/B-ORG
threatened/VERB/VBD/ROOT/1/O/threaten
to/PART/TO/aux/3/O
sue/VERB/VB/xcomp/1/O
Brisklet/PROPN/NNP/dobj/3/B-ORG
./PUNCT/./punct/1/O
""", 3, "hedging-verb"),
    "purpose": ("""
Zephyrix/PROPN/NNP/nsubj/1/B-ORG
made/VERB/VBD/ROOT/1/O/make
a/DET/DT/det/3/O
bid/NOUN/NN/dobj/1/O
to/PART/TO/aux/5/O
buy/VERB/VB/acl/3/O
Brisklet/PROPN/NNP/dobj/5/B-ORG
./PUNCT/./punct/1/O
""", 5, "purpose"),
    "question": ("""
Did/AUX/VBD/aux/2/O/do
Zephyrix/PROPN/NNP/nsubj/2/B-ORG
acquire/VERB/VB/ROOT/2/O
Brisklet/PROPN/NNP/dobj/2/B-ORG
?/PUNCT/./punct/2/O
""", 2, "question"),
    # "Musk, who never hides his views, sued OpenAI": the negation is in another branch
    "negation in a relative clause of the subject": ("""
Musk/PROPN/NNP/nsubj/8/B-PERSON
,/PUNCT/,/punct/0/O
who/PRON/WP/nsubj/4/O
never/ADV/RB/neg/4/O
hides/VERB/VBZ/relcl/0/O/hide
his/PRON/PRP$/poss/6/O
views/NOUN/NNS/dobj/4/O/view
,/PUNCT/,/punct/0/O
sued/VERB/VBD/ROOT/8/O/sue
OpenAI/PROPN/NNP/dobj/8/B-ORG
./PUNCT/./punct/8/O
""", 8, None),
    # "Zephyrix may buy a company that sued Brisklet": the modal is not the relative clause's
    "modal above a relative clause": ("""
Zephyrix/PROPN/NNP/nsubj/2/B-ORG
may/AUX/MD/aux/2/O
buy/VERB/VB/ROOT/2/O
a/DET/DT/det/4/O
company/NOUN/NN/dobj/2/O
that/PRON/WDT/nsubj/6/O
sued/VERB/VBD/relcl/4/O/sue
Brisklet/PROPN/NNP/dobj/6/B-ORG
./PUNCT/./punct/2/O
""", 6, None),
    # "Dana will remain CEO and joins the board": a finite conjunct has its own tense
    "finite conjunct": ("""
Dana/PROPN/NNP/nsubj/2/B-PERSON
may/AUX/MD/aux/2/O
remain/VERB/VB/ROOT/2/O
CEO/NOUN/NN/attr/2/O/ceo
and/CCONJ/CC/cc/2/O
joins/VERB/VBZ/conj/2/O/join
the/DET/DT/det/7/O
board/NOUN/NN/dobj/5/O
./PUNCT/./punct/2/O
""", 5, None),
    # "Zephyrix may buy Brisklet and merge it": a bare conjunct shares the modal
    "bare conjunct": ("""
Zephyrix/PROPN/NNP/nsubj/2/B-ORG
may/AUX/MD/aux/2/O
buy/VERB/VB/ROOT/2/O
Brisklet/PROPN/NNP/dobj/2/B-ORG
and/CCONJ/CC/cc/2/O
merge/VERB/VB/conj/2/O
it/PRON/PRP/dobj/5/O
./PUNCT/./punct/2/O
""", 5, "modal"),
}


@pytest.mark.parametrize("name", list(CASES))
def test_why_not_asserted(name):
    spec, trigger, why = CASES[name]
    doc = parse(None, spec)
    assert why_not_asserted(doc[trigger]) == why


def test_phrase_only_looks_at_the_trigger_alone():
    spec, trigger, _ = CASES["threatened to"]
    doc = parse(None, spec)
    assert why_not_asserted(doc[trigger], phrase_only=True) is None
    spec, trigger, _ = CASES["negated"]
    assert why_not_asserted(parse(None, spec)[trigger], phrase_only=True) == "negated"


def test_hedge_of_token_names_what_the_token_itself_says():
    doc = parse(None, CASES["threatened to"][0])
    assert hedge_of_token(doc[1]) == "hedging-verb"
    assert hedge_of_token(doc[3]) is None
