"""What makes a stated act not a fact: negation, threats, plans, rumours, cancellations,
conditions and questions. A relation whose trigger is governed by one of these is not asserted."""

from __future__ import annotations

NEGATIONS = frozenset({"not", "n't", "never", "no", "neither", "nor", "without"})
#: Verbs that turn the act they govern into an intention, an attempt or its undoing.
HEDGING_VERBS = frozenset({
    "threaten", "plan", "consider", "seek", "hope", "intend", "want", "try", "attempt", "aim",
    "expect", "propose", "mull", "weigh", "explore", "abandon", "cancel", "scrap", "drop", "deny",
    "refuse", "fail", "decline", "reject", "halt", "call off", "prepare", "vow", "promise", "offer",
    "rumor", "rumour", "speculate", "discuss", "negotiate", "eye", "pursue", "could", "would",
})
MODALS = frozenset({"would", "could", "might", "may", "should", "will", "'ll", "shall", "must", "can", "ca"})
#: Adjectives and adverbs that mark a noun or a verb as not (yet) real.
HEDGING_MODIFIERS = frozenset({
    "planned", "proposed", "potential", "possible", "rumored", "rumoured", "reported", "reportedly",
    "allegedly", "alleged", "failed", "abandoned", "cancelled", "canceled", "pending", "prospective",
    "hypothetical", "would-be", "threatened", "mooted", "expected", "likely", "supposed", "future",
})
#: Predicate nouns that make the infinitive after them a prospect: "X is the pick to lead Y".
NOMINATION_NOUNS = frozenset({"pick", "choice", "nominee", "candidate", "favorite", "favourite",
                              "frontrunner", "front-runner", "contender", "bid", "plan", "offer"})
CONDITIONAL_MARKERS = frozenset({"if", "unless", "whether"})
#: Clause links we climb through when looking for a governing hedge ("threatened to sue").
_CLIMB = frozenset({"xcomp", "ccomp", "dobj", "pobj", "prep", "acl", "advcl", "conj", "nsubj", "attr",
                    "compound", "amod", "appos", "pcomp", "relcl", "oprd", "poss"})


def _hedged_token(tok) -> str | None:
    for child in tok.children:
        if child.dep_ == "neg" or child.lower_ in NEGATIONS and child.dep_ in ("neg", "advmod", "det", "preconj"):
            return "negated"
        if child.dep_ == "aux" and child.lower_ in MODALS:
            return "modal"
        if child.dep_ == "mark" and child.lower_ in CONDITIONAL_MARKERS:
            return "conditional"
        if child.dep_ in ("amod", "advmod") and child.lower_ in HEDGING_MODIFIERS:
            return "hedged"
    if tok.lemma_.lower() in HEDGING_VERBS and tok.pos_ in ("VERB", "AUX"):
        return "hedging-verb"
    return None


def why_not_asserted(trigger, *, phrase_only: bool = False) -> str | None:
    """Why the relation triggered at ``trigger`` is not a fact, or None if it is one.

    Looks at the trigger and at each head above it up to the sentence root, so "did not sue",
    "threatened to sue", "abandoned its acquisition of", "if X buys Y" and "plans to acquire" are
    all caught, while "Musk, who never hides his views, sued X" is not (the negation is in a
    different branch).
    """
    reason = _hedged_token(trigger)
    if reason:
        return reason
    if phrase_only:
        return None
    if trigger.pos_ in ("VERB", "AUX") and trigger.dep_ in ("acl", "relcl", "advcl", "xcomp") and \
            any(c.tag_ == "TO" for c in trigger.children) and trigger.head.pos_ in ("NOUN", "PROPN"):
        return "purpose"  # "a bid to buy the company": an intention, not an act
    if trigger.pos_ in ("VERB", "AUX") and trigger.dep_ == "xcomp" and any(c.tag_ == "TO" for c in trigger.children) \
            and any(c.dep_ == "attr" and c.lemma_.lower() in NOMINATION_NOUNS for c in trigger.head.children):
        return "nominated"  # "Lutnick became Trump's pick to lead the department"
    tok = trigger
    hops = 0
    while tok.head.i != tok.i and hops < 6:
        dep = tok.dep_
        tok = tok.head
        hops += 1
        if dep not in _CLIMB:
            break
        if dep in ("relcl",):
            break  # the relative clause's head noun is not governed by the clause's own hedges
        reason = _hedged_token(tok)
        if reason:
            return reason
    if trigger.sent.text.rstrip().endswith("?"):
        return "question"
    return None
