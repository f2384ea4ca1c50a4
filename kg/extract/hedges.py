"""What makes a stated act not a fact: negation, threats, plans, rumours, cancellations,
conditions and questions. A relation whose trigger is governed by one of these is not asserted.

The words are lists of ``kg/data/lexicon.json`` (``negations``, ``modals``, ``hedging_verbs``,
``hedging_modifiers``, ``nomination_nouns``, ``conditional_markers``; ``presupposing_verbs``: "X
denied Y's allegations" still says they were made; ``acting_hedges``: "X sought an injunction"
is the legal act itself).
"""

from __future__ import annotations

from kg.extract.args import appointed_to, ranked_doer
from kg.extract.lexicon import lexicon

#: Clause links we climb through when looking for a governing hedge ("threatened to sue").
CLIMB = frozenset({"xcomp", "ccomp", "dobj", "pobj", "prep", "acl", "advcl", "conj", "nsubj", "attr", "acomp",
                   "compound", "amod", "appos", "pcomp", "relcl", "oprd", "poss"})


#: Verbs of saying that, in the passive, report a rumour: "X is said to have bought Y".
RUMOUR_VERBS = frozenset({"say", "believe", "report", "rumor", "rumour", "think", "understand", "allege"})

#: Prepositions whose phrase states what is given whatever the main verb's mood: "after 14
#: years as chief executive, X will step down", "since its purchase of Y, X may ...".
PRESUPPOSED_PREPS = frozenset({"after", "since", "following", "during", "despite"})
#: Conjunctions whose clause, in the past tense, states what happened whatever the main verb's
#: mood: "X abandoned its bid after Y sued it", "X may appeal because Y fined it".
PRESUPPOSED_MARKS = frozenset({"after", "since", "because", "although", "though", "while", "when", "as", "before",
                               "until"})
#: Conjunctions whose clause, in the present tense, tells of what is still to come: "will remain
#: chief executive until he retires", "once the deal closes".
FUTURE_MARKS = frozenset({"until", "once"})


def _verb_forms(tok) -> set[str]:
    """The lemma and what the word's own ending gives: the small model lemmatizes "hopes" as
    "hop" and "hoped" as "hop"."""
    lower = tok.lower_
    forms = {tok.lemma_.lower(), lower}
    if lower.endswith("s"):
        forms.add(lower[:-1])
    if lower.endswith("ed"):
        forms |= {lower[:-1], lower[:-2]}
    if lower.endswith("ing"):
        forms |= {lower[:-3], lower[:-3] + "e"}
    return forms


def hedge_of_token(tok) -> str | None:
    """Why ``tok`` itself makes what it governs not a fact ("negated", "modal", "conditional",
    "hedged", "hedging-verb"), or None."""
    words = lexicon()
    for child in tok.children:
        if child.dep_ == "neg" or child.lower_ in words.negations and child.dep_ in ("neg", "advmod", "det", "preconj"):
            return "negated"
        if child.dep_ == "aux" and child.lower_ in words.modals:
            if child.lower_ in ("will", "'ll") and tok.lemma_.lower() in words.state_verbs:
                continue  # "will remain chief executive", "will operate as a unit of X": a state
            return "modal"
        if child.dep_ == "mark" and child.lower_ in words.conditional_markers:
            return "conditional"
        if child.dep_ in ("amod", "advmod") and child.lower_ in words.hedging_modifiers:
            return "hedged"
    if tok.pos_ in ("VERB", "AUX") and _verb_forms(tok) & words.hedging_verbs:
        return "hedging-verb"
    if tok.lemma_.lower() in RUMOUR_VERBS and any(c.dep_ == "auxpass" for c in tok.children):
        return "hedged"  # "X is said (believed, reported) to have bought Y": a rumour
    return None


def why_not_asserted(trigger, *, phrase_only: bool = False) -> str | None:
    """Why the relation triggered at ``trigger`` is not a fact, or None if it is one.

    Looks at the trigger and at each head above it up to the sentence root, so "did not sue",
    "threatened to sue", "abandoned its acquisition of", "if X buys Y" and "plans to acquire" are
    all caught, while "Musk, who never hides his views, sued X" is not (the negation is in a
    different branch).
    """
    reason = hedge_of_token(trigger)
    if reason:
        return reason
    if phrase_only:
        return None
    if trigger.dep_ in ("acl", "relcl") and ranked_doer(trigger.head):
        # "would be the first company to buy X": what the copula's clause says of its subject
        return why_not_asserted(trigger.head.head)
    if trigger.pos_ in ("VERB", "AUX") and any(c.tag_ == "TO" for c in trigger.children) and (
            trigger.dep_ in ("acl", "relcl", "advcl", "xcomp") and trigger.head.pos_ in ("NOUN", "PROPN")
            or trigger.dep_ == "advcl") and not ranked_doer(trigger.head):
        # (but "became the first woman to lead X": she did)
        if appointed_to(trigger):
            return why_not_asserted(trigger.head)  # "tapped X to lead Y": the appointment says it
        return "purpose"  # "a bid to buy the company", "launched a chatbot to challenge X": an aim
    if trigger.pos_ in ("VERB", "AUX") and trigger.dep_ == "xcomp" and any(c.tag_ == "TO" for c in trigger.children) \
            and any(c.dep_ == "attr" and c.lemma_.lower() in lexicon().nomination_nouns for c in trigger.head.children):
        return "nominated"  # "Lutnick became Trump's pick to lead the department"
    tok = trigger
    hops = 0
    while tok.head.i != tok.i and hops < 6:
        dep = tok.dep_
        prev, tok = tok, tok.head
        hops += 1
        if dep not in CLIMB:
            break
        if dep in ("relcl",):
            break  # the relative clause's head noun is not governed by the clause's own hedges
        if dep == "advcl" and prev.tag_ == "VBD" and any(
                c.dep_ == "mark" and c.lower_ in PRESUPPOSED_MARKS for c in prev.children):
            break  # "X abandoned its bid after Y sued it": that part happened
        if dep == "advcl" and prev.tag_ in ("VBZ", "VBP") and any(
                c.dep_ == "mark" and c.lower_ in FUTURE_MARKS for c in prev.children):
            return "future"  # "will stay on until he retires": not yet
        if dep == "advcl" and prev.tag_ == "VBN" and prev.i < tok.i and not any(
                c.dep_ in ("mark", "aux", "auxpass") for c in prev.children):
            break  # "Founded in 2009 by X, Velmora plans to ...": a participle before its clause is given
        if dep == "acl" and prev.tag_ == "VBN" and tok.pos_ in ("NOUN", "PROPN") and not any(
                c.dep_ in ("aux", "auxpass", "mark") for c in prev.children):
            break  # "Brisklet, a unit led by X, will ...": a participle describing a noun is given
        if dep == "ccomp" and prev.i < tok.i and any(
                c.dep_ in ("dobj", "obj") and c.pos_ == "NOUN" and prev.i < c.i < tok.i for c in tok.children):
            break  # "X accused Y of fraud, a claim Y denies": the noun, not the clause, is denied
        if dep == "prep" and prev.lower_ in PRESUPPOSED_PREPS:
            break  # "After 14 years as chief executive, X will hand over": that part is given
        if dep == "conj" and prev.tag_ in ("VBZ", "VBD", "VBP"):
            break  # "will remain CEO and joins the board": a finite conjunct has its own tense
        if prev.i == trigger.i and dep in ("dobj", "obj") and \
                tok.lemma_.lower() in lexicon().presupposing_verbs.get(trigger.lemma_.lower(), ()):
            continue  # "X denied Y's allegations", "X dropped its lawsuit": they were made, filed
        reason = hedge_of_token(tok)
        if reason == "hedging-verb" and dep in ("nsubj", "nsubjpass") and prev.pos_ in ("NOUN", "PROPN"):
            continue  # "Tarvex's lawsuit against Brisklet seeks $2 billion": what seeks is there
        if reason == "hedging-verb" and prev.i == trigger.i and dep in ("dobj", "obj") and \
                tok.lemma_.lower() in lexicon().acting_hedges.get(trigger.lemma_.lower(), ()):
            continue  # "X sought an injunction against Y"
        if reason:
            return reason
    if trigger.sent.text.rstrip().endswith("?"):
        return "question"
    return None
