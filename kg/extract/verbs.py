"""Verb patterns: "Musk sued OpenAI", "OpenAI was founded by Musk", "xAI, which sued Apple".

A verb's lemma says the relation; its subject and object (or the "by" agent and the passive
subject) say who did it to whom. Coordination gives one fact per conjunct.
"""

from __future__ import annotations

from collections.abc import Iterator

from kg.extract.candidates import Candidate
from kg.extract.args import agents_of, entities_of, lemma_of, objects_of, passive_subjects_of, subjects_of

#: lemma -> (relation, prepositions that introduce the object, or () for a direct object,
#:           whether the roles are reversed: "Google hired X" means X worksFor Google)
VERB_RELATIONS: dict[str, tuple[str, tuple[str, ...], bool]] = {
    "sue": ("sued", (), False),
    "countersue": ("sued", (), False),
    "found": ("founded", (), False),
    "co-found": ("founded", (), False),
    "cofound": ("founded", (), False),
    "establish": ("founded", (), False),
    "start": ("founded", (), False),
    "invest": ("investedIn", ("in", "into"), False),
    "back": ("investedIn", (), False),
    "fund": ("investedIn", (), False),
    "finance": ("investedIn", (), False),
    "acquire": ("acquired", (), False),
    "buy": ("acquired", (), False),
    "purchase": ("acquired", (), False),
    "partner": ("partneredWith", ("with",), False),
    "team": ("partneredWith", ("with",), False),
    "ally": ("partneredWith", ("with",), False),
    "collaborate": ("partneredWith", ("with",), False),
    "leave": ("left", (), False),
    "quit": ("left", (), False),
    "exit": ("left", (), False),
    "depart": ("left", ("from",), False),
    "resign": ("left", ("from",), False),
    "accuse": ("accused", (), False),
    "criticize": ("criticized", (), False),
    "criticise": ("criticized", (), False),
    "slam": ("criticized", (), False),
    "blast": ("criticized", (), False),
    "condemn": ("criticized", (), False),
    "rebuke": ("criticized", (), False),
    "lead": ("leads", (), False),
    "co-lead": ("leads", (), False),
    "head": ("leads", (), False),
    "run": ("leads", (), False),
    "chair": ("leads", (), False),
    "develop": ("develops", (), False),
    "build": ("develops", (), False),
    "make": ("develops", (), False),
    "create": ("develops", (), False),
    "release": ("develops", (), False),
    "launch": ("develops", (), False),
    "unveil": ("develops", (), False),
    "own": ("owns", (), False),
    "control": ("owns", (), False),
    "join": ("worksFor", (), False),
    "work": ("worksFor", ("for", "at"), False),
    "hire": ("worksFor", (), True),
    "employ": ("worksFor", (), True),
    "appoint": ("worksFor", (), True),
    "recruit": ("worksFor", (), True),
    "compete": ("rivalOf", ("with", "against"), False),
    "rival": ("rivalOf", (), False),
    "form": ("founded", (), False),
    "co-create": ("founded", (), False),
    "serve": ("worksFor", ("at", "in", "with", "for"), False),
    "teach": ("worksFor", ("at",), False),
    "lecture": ("worksFor", ("at",), False),
}
#: Verbs that make an organization as readily as a product: "created the Institute" is a
#: founding, "created the chatbot" a development; the object's type decides (see SIGNATURE).
ALSO_FOUNDS = frozenset({"create", "launch", "build", "co-create"})
#: Verbs that mean founding only with a particle: "set up", "spun off"? (no: that is a subsidiary).
PARTICLE_VERBS = {("set", "up"): ("founded", (), False)}


#: Work done somewhere: "designed by Carl Hewitt at MIT", "X developed Y at the University of Z".
RESEARCH_VERBS = frozenset({"develop", "design", "invent", "discover", "generate", "synthesize",
                            "synthesise", "conduct", "pioneer", "research", "study", "teach", "lecture",
                            "coin", "devise", "formulate", "propose", "isolate", "engineer"})


def research_sites(sent, ents) -> Iterator[Candidate]:
    """People who did research or design work *at* an organization worked there."""
    for tok in sent:
        if tok.pos_ != "VERB" or lemma_of(tok) not in RESEARCH_VERBS:
            continue
        sites = [c for child in tok.children if child.dep_ == "prep" and child.lower_ == "at"
                 for p in child.children if p.dep_ == "pobj" for c in entities_of(p, ents)
                 if ents.type_of(c) == "Organization"]
        if not sites:
            continue
        passive = any(c.dep_ in ("nsubjpass", "auxpass", "agent") for c in tok.children) or \
            (tok.dep_ == "acl" and tok.tag_ == "VBN")
        people = agents_of(tok, ents) if passive else subjects_of(tok, ents)
        for person in people:
            if ents.type_of(person) != "Person":
                continue
            for site in sites:
                yield Candidate(person, "worksFor", site, f"verb:{lemma_of(tok)}-at", tok.i)


def _companions(verb, ents) -> list[int]:
    """People the verb says acted *with* the subject: "with X", "alongside X", "together with X"."""
    from kg.extract.args import entities_of

    out: list[int] = []
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("with", "alongside"):
            out += [c for p in child.children if p.dep_ == "pobj" for c in entities_of(p, ents)
                    if ents.type_of(c) == "Person"]
    return out


def verb_relations(sent, ents) -> Iterator[Candidate]:
    for tok in sent:
        if tok.pos_ not in ("VERB", "AUX") and tok.tag_ not in ("VBN", "VBD", "VBG", "VBZ", "VBP", "VB"):
            continue
        lemma = lemma_of(tok)
        spec = VERB_RELATIONS.get(lemma)
        for child in tok.children:
            if child.dep_ == "prt" and (lemma, child.lower_) in PARTICLE_VERBS:
                spec = PARTICLE_VERBS[(lemma, child.lower_)]
                lemma = f"{lemma}-{child.lower_}"
        if spec is None:
            continue
        relation, preps, reverse = spec
        passive = any(c.dep_ in ("nsubjpass", "auxpass", "agent") for c in tok.children) or \
            (tok.dep_ in ("acl",) and tok.tag_ == "VBN")
        if passive:
            subjects = agents_of(tok, ents)
            objects = passive_subjects_of(tok, ents)
            if preps:  # "was invested in by"? rare; skip prepositional passives
                objects = []
        else:
            subjects = subjects_of(tok, ents)
            objects = objects_of(tok, ents, preps)
            if not objects and relation == "worksFor" and preps:
                # "served on the Council of Economic Advisers", "on the Acme board of directors"
                from kg.extract.nouns import _prep_objects

                objects = [c for child in tok.children if child.dep_ == "prep" and child.lower_ in (*preps, "on")
                           for c in _prep_objects(child, ents) if ents.type_of(c) == "Organization"]
        name = f"verb:{lemma}" + (":passive" if passive else "")
        if relation == "founded" and not passive:
            # "which she co-founded with her brother Jim": the companions founded it too
            subjects = subjects + [c for c in _companions(tok, ents) if c not in subjects]
        relations = (relation, "founded") if lemma in ALSO_FOUNDS else (relation,)
        for s in subjects:
            for o in objects:
                for rel in relations:  # find_relations keeps the one the types allow
                    if reverse:
                        yield Candidate(o, rel, s, name, tok.i)
                    else:
                        yield Candidate(s, rel, o, name, tok.i)


PATTERNS = (verb_relations, research_sites)
