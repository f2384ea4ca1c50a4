"""Relation patterns: pure functions from a parsed sentence to candidate facts.

Each family of patterns lives in its own module and yields :class:`Candidate` records over entity
clusters (see :mod:`kg.extract.mentions`); :func:`find_relations` runs them all, drops what the text does
not assert (:mod:`kg.extract.hedges`), checks domain and range, and attaches dates.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from kg.model import SYMMETRIC_RELATIONS

AGENT = frozenset({"Person", "Organization"})
ORG = frozenset({"Organization"})
PERSON = frozenset({"Person"})
NOT_PLACE = frozenset({"Person", "Organization", "Product"})
OWNABLE = frozenset({"Organization", "Product"})

#: Domain and range of each relation, as entity types (mirrors ontology/kg.ttl).
SIGNATURE = {
    "founded": (AGENT, ORG),
    "sued": (AGENT, AGENT),
    "investedIn": (AGENT, ORG),
    "rivalOf": (AGENT, AGENT),
    "ceoOf": (PERSON, ORG),
    "worksFor": (PERSON, ORG),
    "owns": (AGENT, OWNABLE),
    "develops": (AGENT, frozenset({"Product"})),
    "acquired": (AGENT, OWNABLE),
    "partneredWith": (AGENT, AGENT),
    "subsidiaryOf": (ORG, ORG),
    "left": (PERSON, ORG),
    "accused": (AGENT, AGENT),
    "criticized": (AGENT, NOT_PLACE),
    "leads": (PERSON, ORG),
}


@dataclass(frozen=True)
class Candidate:
    """A fact a pattern found: clusters of :class:`kg.extract.mentions.DocEntities`, and the trigger."""

    subject: int
    relation: str
    object: int
    pattern: str
    trigger: int  # token index of the word that states the relation
    hedge_from: int = -1  # token whose governors decide assertion (default: the trigger)
    #: "clause": the act is asserted by its clause, so negation or a plan above it cancels it;
    #: "phrase": a presupposed noun phrase ("OpenAI CEO Sam Altman", "Google's Gemini") stays
    #: true whatever the clause around it says, unless the phrase itself hedges it.
    scope: str = "clause"


def find_relations(doc, ents) -> Iterator[tuple[Candidate, str | None]]:
    """Every asserted candidate of the document, with its date (or None)."""
    from kg.extract import nouns, surface, verbs
    from kg.extract.dates import date_of
    from kg.extract.hedges import why_not_asserted

    seen = set()
    for sent in doc.sents:
        for pattern in (*verbs.PATTERNS, *nouns.PATTERNS, *surface.PATTERNS):
            for cand in pattern(sent, ents):
                if cand.subject is None or cand.object is None or cand.subject == cand.object:
                    continue
                domain, range_ = SIGNATURE[cand.relation]
                if ents.type_of(cand.subject) not in domain or ents.type_of(cand.object) not in range_:
                    continue
                trigger = doc[cand.trigger]
                if why_not_asserted(doc[cand.hedge_from] if cand.hedge_from >= 0 else trigger,
                                    phrase_only=cand.scope == "phrase"):
                    continue
                s, o = cand.subject, cand.object
                if cand.relation in SYMMETRIC_RELATIONS and s > o:
                    s, o = o, s
                key = (s, cand.relation, o, sent.start)
                if key in seen:
                    continue
                seen.add(key)
                yield cand, date_of(trigger)
