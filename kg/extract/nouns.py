"""Noun patterns: roles, events, appositions, titles, possessives and nominal modifiers.

* roles: "Sam Altman, chief executive of OpenAI", "OpenAI CEO Sam Altman", "Josh Kushner, the
  owner of Thrive Capital", "Thrive Capital, a major investor in OpenAI", "the Tesla CEO";
* events: "Musk's lawsuit against OpenAI", "the feud between Musk and Altman", "Google's
  acquisition of DeepMind", "a stake in OpenAI", "Musk's accusation that Altman ...";
* possessives: "Google's Gemini" (develops), "Musk's AI startup, xAI" (owns);
* nominal modifiers: "Microsoft-backed OpenAI" (investedIn).
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations

from kg.extract.candidates import Candidate
from kg.extract.args import entities_of, lemma_of, subjects_of

#: Role nouns: the holder of the role stands in the relation to the organization it names.
ROLE_RELATIONS = {
    "founder": "founded", "co-founder": "founded", "cofounder": "founded",
    "ceo": "ceoOf", "executive": "ceoOf",  # only with "chief": see _role_relation
    "investor": "investedIn", "backer": "investedIn", "shareholder": "investedIn",
    "owner": "owns", "co-owner": "owns",
    "rival": "rivalOf", "competitor": "rivalOf", "foe": "rivalOf", "nemesis": "rivalOf",
    "partner": "partneredWith", "ally": "partneredWith",
    "subsidiary": "subsidiaryOf", "unit": "subsidiaryOf", "division": "subsidiaryOf",
    "critic": "criticized",
    "chairman": "leads", "chairwoman": "leads", "chair": "leads", "co-chair": "leads", "head": "leads",
    "leader": "leads", "president": "leads",
    "employee": "worksFor", "engineer": "worksFor", "researcher": "worksFor", "scientist": "worksFor",
    "staffer": "worksFor", "director": "worksFor", "manager": "worksFor", "vp": "worksFor",
    "cto": "worksFor", "cfo": "worksFor", "coo": "worksFor", "officer": "worksFor",
    "member": "worksFor", "analyst": "worksFor", "spokesperson": "worksFor", "spokesman": "worksFor",
    "spokeswoman": "worksFor", "adviser": "worksFor", "advisor": "worksFor",
    "co-ceo": "ceoOf", "co-founder": "founded", "vice-president": "worksFor", "vice-chairman": "worksFor",
    "professor": "worksFor", "lecturer": "worksFor", "dean": "worksFor", "provost": "worksFor",
    "rector": "worksFor", "fellow": "worksFor", "editor": "worksFor", "columnist": "worksFor",
    "correspondent": "worksFor", "reporter": "worksFor", "journalist": "worksFor",
    "publisher": "worksFor", "trustee": "worksFor", "treasurer": "worksFor", "secretary": "worksFor",
    "counsel": "worksFor", "attorney": "worksFor", "associate": "worksFor", "consultant": "worksFor",
    "coach": "worksFor", "captain": "worksFor", "player": "worksFor", "principal": "worksFor",
    "superintendent": "worksFor", "commissioner": "worksFor", "staff": "worksFor",
    "economist": "worksFor", "strategist": "worksFor", "specialist": "worksFor",
}
#: Roles whose holder is the *object* of the relation: "X is the parent company of Y" means
#: Y is a subsidiary of X.
REVERSED_ROLES = {"parent": "subsidiaryOf"}
#: Parts of an organization whose members belong to it: "the Nintendo board", "X's faculty".
BODY_NOUNS = frozenset({"board", "faculty", "staff", "team", "council", "committee", "department",
                        "division", "executive", "management", "leadership", "cabinet"})
FOUNDING_ROLES = frozenset({"member", "partner", "director", "chair", "chairman", "chairwoman",
                            "president", "editor", "ceo", "trustee", "shareholder", "investor"})
COMPANY_ROLE_HEADS = frozenset({"company", "firm", "corporation", "organization", "organisation",
                                "bank", "business", "entity"})
PARENT_WORDS = frozenset({"parent", "holding"})
SUBSIDIARY_WORDS = frozenset({"subsidiary", "daughter", "operating"})
#: Words before a leading role that make it a deputy's: a vice president works for the company
#: but does not lead it.
DEPUTY_WORDS = frozenset({"vice", "deputy", "assistant", "associate", "acting", "former-vice"})
#: Prepositions after which a generic occupation noun names the employer: "zoologist at X".
EMPLOYER_PREPS = ("at",)
ROLE_TARGET_PREPS = ("of", "at", "in", "for", "with", "to")
#: Event nouns: (relation, prepositions introducing the patient, verbs whose subject is the agent)
EVENT_RELATIONS = {
    "lawsuit": ("sued", ("against",), ("file", "bring", "launch", "lodge", "expand", "win")),
    "suit": ("sued", ("against",), ("file", "bring", "launch", "lodge")),
    "acquisition": ("acquired", ("of",), ("complete", "close", "finalize", "make", "announce")),
    "takeover": ("acquired", ("of",), ("complete", "close")),
    "purchase": ("acquired", ("of",), ("complete", "close")),
    "stake": ("investedIn", ("in",), ("hold", "have", "own", "take", "buy", "acquire", "keep")),
    "investment": ("investedIn", ("in",), ("make", "announce")),
    "accusation": ("accused", (), ("make", "level", "repeat")),
    "allegation": ("accused", (), ("make", "level", "repeat")),
    "feud": ("rivalOf", ("with", "between"), ("have", "reignite", "escalate")),
    "rivalry": ("rivalOf", ("with", "between"), ("have",)),
    "dispute": ("rivalOf", ("with", "between"), ("have",)),
    "partnership": ("partneredWith", ("with", "between"), ("form", "announce", "sign", "strike", "have")),
    "alliance": ("partneredWith", ("with", "between"), ("form", "announce", "sign", "strike")),
}
SYMMETRIC_EVENTS = frozenset({"rivalOf", "partneredWith"})
PRODUCT_NOUNS = frozenset({"chatbot", "model", "models", "app", "assistant", "platform", "software",
                           "service", "product", "phone", "car", "device", "chip", "browser"})
COMPANY_NOUNS = frozenset({"company", "startup", "start-up", "firm", "venture", "business",
                           "platform", "network", "empire", "outfit", "lab", "subsidiary"})
MODIFIER_RELATIONS = {"backed": "investedIn", "funded": "investedIn", "owned": "owns",
                      "founded": "founded", "led": "leads"}
_HOLDER_CLIMB = frozenset({"conj"})


def _role_relation(tok) -> str | None:
    lemma = lemma_of(tok)
    relation = _plain_role_relation(tok, lemma)
    if relation in ("leads", "ceoOf") and any(
            c.lower_ in DEPUTY_WORDS for c in tok.children if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i):
        return "worksFor"  # "Senior Vice President", "deputy chairman"
    return relation


def _is_reversed(tok) -> bool:
    lemma = lemma_of(tok)
    return lemma in REVERSED_ROLES or lemma in COMPANY_ROLE_HEADS and any(
        lemma_of(c) in PARENT_WORDS for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i)


def _plain_role_relation(tok, lemma: str) -> str | None:
    if any(c.lower_ in ("founding", "founder") and c.dep_ in ("amod", "compound") and c.i < tok.i
           for c in tok.children) and lemma in FOUNDING_ROLES:
        return "founded"  # "a founding member of X", "the founding chair of X"
    if lemma in COMPANY_ROLE_HEADS:
        # "the parent company of Y", "a subsidiary company of Y", "a 100% daughter company of Y"
        for c in tok.children:
            if c.dep_ in ("compound", "amod") and c.i < tok.i:
                if lemma_of(c) in PARENT_WORDS or lemma_of(c) in SUBSIDIARY_WORDS:
                    return "subsidiaryOf"
        return None
    if lemma == "executive":
        # "chief executive" is a CEO; a plain "executive" is an employee
        if any(c.lower_ == "chief" for c in tok.children):
            return "ceoOf"
        return "worksFor"
    if lemma == "officer" and any(c.lower_ == "executive" for c in tok.children) and \
            any(c.lower_ == "chief" for c in tok.subtree):
        return "ceoOf"
    return ROLE_RELATIONS.get(lemma) or REVERSED_ROLES.get(lemma)


def _prep_objects(prep, ents, depth: int = 0) -> list[int]:
    """The entities a preposition introduces; through one more "of"/"at" when its object names
    none ("member of the board of directors of Y", "professor in the Department of X at Y")."""
    out: list[int] = []
    for pobj in prep.children:
        if pobj.dep_ != "pobj":
            continue
        found = entities_of(pobj, ents)
        if ents.cluster_at(pobj) is None and depth < 2:
            for sub in pobj.children:
                if sub.dep_ == "prep" and sub.lower_ in ("of", "at"):
                    found += _prep_objects(sub, ents, depth + 1)
                elif sub.dep_ in ("compound", "nmod", "poss") and sub.i < pobj.i and pobj.pos_ == "NOUN" \
                        and pobj.lemma_.lower() in BODY_NOUNS:
                    cid = ents.cluster_at(sub)  # "on the University of Washington board of regents"
                    if cid is not None:
                        found.append(cid)
        out += found
    return out


def _targets(tok, ents, relation: str) -> list[int]:
    from kg.extract.lexicon import ACADEMIC_ROLE_NOUNS

    preps = ("at", "in") if lemma_of(tok) in ACADEMIC_ROLE_NOUNS else ROLE_TARGET_PREPS
    out: list[int] = []
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            out += _prep_objects(child, ents)
        elif child.dep_ in ("compound", "poss", "nmod", "amod") and child.i < tok.i:
            cid = ents.cluster_at(child)
            if cid is None and child.dep_ == "poss" and child.lower_ in ("its", "their"):
                cid = ents.resolve(child)  # "who serves as its CEO"
            if cid is not None:
                out.append(cid)
    if not out and tok.dep_ == "compound":
        # "OpenAI CEO Sam Altman" parsed flat: the organization is a sibling compound
        for sib in tok.head.children:
            if sib.dep_ in ("compound", "nmod") and sib.i < tok.i:
                cid = ents.cluster_at(sib)
                if cid is not None and cid != ents.cluster_at(tok.head):
                    out.append(cid)
    if not out:
        # "chairman, president and chief executive officer at Stephens Inc.", "founder and CEO of
        # X": coordinated roles share the organization named after the last of them.
        for conj in tok.conjuncts:
            if conj.pos_ in ("NOUN", "PROPN"):
                for child in conj.children:
                    if child.dep_ == "prep" and child.lower_ in ROLE_TARGET_PREPS:
                        out += [c for p in child.children if p.dep_ == "pobj" for c in entities_of(p, ents)]
                    elif child.dep_ == "poss" and child.i < conj.i:  # "ATA's President and CEO"
                        cid = ents.cluster_at(child)
                        if cid is None and child.lower_ in ("its", "their"):
                            cid = ents.resolve(child)
                        if cid is not None:
                            out.append(cid)
        # "X is CEO at Y": the preposition hangs on the copula
        base = tok
        while base.dep_ == "conj":
            base = base.head
        if not out and (base.dep_ == "attr" and base.head.lemma_ in ("be", "become", "remain", "serve")
                        or base.dep_ == "appos" and base.head.pos_ == "NOUN"):
            # "X is CEO at Y" (the preposition hangs on the copula); "an engineer, founder and
            # CEO of Y" (on the noun the roles are in apposition to)
            for child in base.head.children:
                if child.dep_ == "prep" and child.lower_ in ("at", "of", "for", "with") and child.i > tok.i:
                    out += [c for p in child.children if p.dep_ == "pobj" for c in entities_of(p, ents)]
    if not out:
        # "founded in 1996 by Anthony Fischetti, President and CEO", "headed by X, the Chairman
        # and CEO", "led by chief executive officer X": a role of the agent of a passive verb is
        # held in the organization the verb is about
        agent = _passive_agent_role_of(tok)
        if agent is not None:
            from kg.extract.args import passive_subjects_of

            out += [c for c in passive_subjects_of(agent, ents) if ents.type_of(c) == "Organization"]
    if not out and relation == "founded":
        # "co-founders turned bitter rivals at the helm of OpenAI"
        for t in tok.subtree:
            if t.dep_ == "pobj" and t.head.lower_ == "of":
                out += [c for c in entities_of(t, ents) if ents.type_of(c) == "Organization"]
    return out


def _passive_agent_role_of(tok):
    """The passive verb whose "by" agent the role ``tok`` describes or titles, if any."""
    base = tok
    while base.dep_ == "conj":
        base = base.head
    if base.dep_ == "appos":
        base = base.head  # "by Dave Waters, CEO": the role is in apposition to the agent
    elif base.dep_ == "compound":
        base = base.head  # "by chief executive officer Alon Shtruzman": the role titles it
    if base.dep_ == "pobj" and base.head.lower_ == "by" and base.head.dep_ == "agent":
        return base.head.head
    return None


def _holders(tok, ents, depth: int = 0) -> list[int]:
    """Who holds the role ``tok`` names: the phrase it is in apposition to, the subject it is
    predicated of, the name it titles, or the name in apposition to it."""
    base = tok
    while base.dep_ in _HOLDER_CLIMB:
        base = base.head
    if base.i != tok.i and tok.text[:1].isupper() and not any(c.dep_ == "det" for c in tok.children):
        cid = ents.cluster_at(base)
        if cid is not None and ents.type_of(cid) == "Person":
            return [cid]  # "by Omar Reyes, President and CEO" parsed as a coordination
    if base.pos_ in ("AUX", "VERB") and base.lemma_ in ("be", "become", "remain"):
        return subjects_of(base, ents)  # "X is a physician, and the current CEO of Y" (parsed as conj)
    if base.dep_ == "nsubj" and base.head.lemma_ == "be":
        # "the chief executive officer is Saad Al Kaabi", "its current CEO is John Starcher"
        named = [c for a in base.head.children if a.dep_ == "attr" for c in entities_of(a, ents)]
        if named:
            return named
    if base.dep_ == "appos" and base.head.pos_ == "NOUN" and ents.resolve(base.head) is None \
            and depth < 3:
        # "a German businessman, CEO of Y": the role describes whoever the noun describes
        return _holders(base.head, ents, depth + 1)
    if base.dep_ == "appos":
        # "Elon Musk and Sam Altman, co-founders": a plural role covers every conjunct; a singular
        # one only the name right before it ("Jared Kushner, ...; and Josh Kushner, the owner").
        if tok.tag_ in ("NNS", "NNPS"):
            return entities_of(base.head, ents)
        cid = ents.resolve(base.head)
        return [cid] if cid is not None else []
    if base.dep_ in ("attr", "oprd") or (base.dep_ == "conj" and base.head.dep_ == "attr"):
        head = base.head
        if head.lemma_ in ("be", "become", "remain", "turn", "serve"):
            return subjects_of(head, ents)
        if base.dep_ == "oprd":  # "named Pichai CEO": the object
            return [c for d in head.children if d.dep_ == "dobj" for c in entities_of(d, ents)]
    if base.dep_ == "pobj" and base.head.lower_ == "as" and base.head.head.pos_ in ("VERB", "AUX"):
        return subjects_of(base.head.head, ents)  # "serves as CEO of X", "joined as a researcher"
    if base.dep_ in ("compound", "nmod") and base.head.pos_ == "PROPN":
        cid = ents.cluster_at(base.head)
        return [cid] if cid is not None else []
    for child in tok.children:
        if child.dep_ == "appos":
            found = entities_of(child, ents)
            if found:
                return found
    if base.dep_ == "acl" or base.head.dep_ == "appos" and base.dep_ in ("attr", "oprd"):
        return entities_of(base.head.head, ents)
    return []


def role_relations(sent, ents) -> Iterator[Candidate]:
    for tok in sent:
        if tok.pos_ not in ("NOUN", "PROPN"):
            continue
        relation = _role_relation(tok)
        if relation is None:
            yield from _occupation_at(tok, ents)
            continue
        holders = _holders(tok, ents)
        if not holders and relation in ("ceoOf", "founded", "leads", "owns"):
            holder, org = ents.role_holder(tok)
            if holder is not None and org is not None:
                yield Candidate(holder, relation, org, "role:description", tok.i, scope="phrase")
                continue
        targets = [t for t in _targets(tok, ents, relation) if t not in holders]
        pattern = f"role:{lemma_of(tok)}"
        if relation in SYMMETRIC_EVENTS and not targets and tok.tag_ in ("NNS", "NNPS") and len(holders) >= 2:
            for a, b in combinations(holders, 2):  # "Musk and Altman, bitter rivals"
                yield Candidate(a, relation, b, pattern + ":plural", tok.i)
            continue
        # A role in apposition or used as a title is presupposed; a predicated one is asserted
        # by its clause ("X would become CEO of Y" is not a fact).
        scope = "clause" if tok.dep_ in ("attr", "oprd", "pobj") else "phrase"
        reverse = _is_reversed(tok)
        for h in holders:
            for t in targets:
                yield Candidate(t, relation, h, pattern, tok.i, scope=scope) if reverse else \
                    Candidate(h, relation, t, pattern, tok.i, scope=scope)


def _occupation_at(tok, ents) -> Iterator[Candidate]:
    """"a zoologist at Indiana University", "physician at Johns Hopkins": any occupation a
    person is said to hold *at* an organization is a job there (not so "a student at")."""
    from kg.extract.lexicon import NOT_EMPLOYMENT_NOUNS, ORGANIZATION_NOUNS

    from kg.extract.lexicon import PERSON_NOUNS

    lemma = lemma_of(tok)
    if tok.pos_ != "NOUN" or lemma in NOT_EMPLOYMENT_NOUNS or lemma in ORGANIZATION_NOUNS \
            or ents.cluster_at(tok) is not None:
        return
    targets = [c for child in tok.children if child.dep_ == "prep" and child.lower_ in EMPLOYER_PREPS
               for c in _prep_objects(child, ents)]
    if not targets and lemma in PERSON_NOUNS:
        # "Yale University psychologist Stanley Milgram", "a NASA astronaut": an occupation
        # titled by an organization's name
        targets = [c for child in tok.children if child.dep_ in ("compound", "nmod") and child.i < tok.i
                   for c in [ents.cluster_at(child)] if c is not None and ents.type_of(c) == "Organization"]
    if not targets:
        return
    holders = [h for h in _holders(tok, ents) if ents.type_of(h) == "Person"]
    scope = "clause" if tok.dep_ in ("attr", "oprd", "pobj") else "phrase"
    for h in holders:
        for t in targets:
            if t != h:
                yield Candidate(h, "worksFor", t, "role:occupation-at", tok.i, scope=scope)


def affiliations(sent, ents) -> Iterator[Candidate]:
    """"Paul Steinhardt of Princeton", "Anna Wierzbicka at Warsaw University": a person's name
    followed by "of"/"at" and an organization gives the person's affiliation."""
    for tok in sent:
        cid = ents.cluster_at(tok)
        if cid is None or ents.type_of(cid) != "Person" or tok.dep_ in ("compound", "poss"):
            continue
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ in ("of", "at") and child.i == _mention_end(ents, tok):
                for org in _prep_objects(child, ents):
                    if ents.type_of(org) == "Organization" and org != cid:
                        yield Candidate(cid, "worksFor", org, f"affiliation:{child.lower_}", child.i, scope="phrase")


def _mention_end(ents, tok) -> int:
    for m in ents.mentions:
        if m.start <= tok.i < m.end:
            return m.end
    return tok.i + 1


def _event_agents(tok, ents, verbs: tuple[str, ...]) -> list[int]:
    for child in tok.children:
        if child.dep_ == "poss":
            return entities_of(child, ents)
        if child.dep_ == "prep" and child.lower_ == "by":
            return [c for p in child.children if p.dep_ == "pobj" for c in entities_of(p, ents)]
    head = tok.head
    if tok.dep_ in ("dobj", "pobj", "nsubjpass") and head.lemma_ in verbs or (
            tok.dep_ == "pobj" and head.head.lemma_ in verbs):
        verb = head if head.lemma_ in verbs else head.head
        return subjects_of(verb, ents)
    return []


def _their(tok, ents) -> list[int]:
    """"their feud": the subject of the clause and the other person most recently named."""
    verb = tok
    while verb.head.i != verb.i and verb.pos_ not in ("VERB", "AUX"):
        verb = verb.head
    subj = subjects_of(verb, ents)
    if not subj:
        return []
    kind = ents.type_of(subj[0])
    for m in reversed(ents.mentions):
        if m.start < tok.i and m.cluster not in subj and ents.type_of(m.cluster) == kind:
            return [subj[0], m.cluster]
    return []


def event_relations(sent, ents) -> Iterator[Candidate]:
    for tok in sent:
        if tok.pos_ not in ("NOUN", "PROPN"):
            continue
        spec = EVENT_RELATIONS.get(tok.lemma_.lower())
        if spec is None:
            continue
        relation, preps, verbs = spec
        pattern = f"event:{tok.lemma_.lower()}"
        agents = _event_agents(tok, ents, verbs)
        patients: list[int] = []
        pair: list[int] = []
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ in preps:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        found = entities_of(pobj, ents)
                        if child.lower_ == "between":
                            pair += found
                        else:
                            patients += found
            elif child.dep_ == "poss" and child.lower_ == "their" and relation in SYMMETRIC_EVENTS:
                pair += _their(child, ents)
            elif child.dep_ in ("acl", "relcl") and relation == "sued" and child.lemma_ in ("call", "accuse", "target", "name"):
                # "his lawsuit calling OpenAI a market-paralyzing gorgon"
                patients += [c for d in child.children if d.dep_ == "dobj" for c in entities_of(d, ents)]
            elif child.dep_ in ("acl", "ccomp") and relation == "accused":
                # "Musk's accusation that Altman hijacked OpenAI"
                patients += [c for d in child.children if d.dep_ in ("nsubj", "nsubjpass") for c in entities_of(d, ents)]
        if relation in SYMMETRIC_EVENTS and len(pair) >= 2:
            for a, b in combinations(pair, 2):
                yield Candidate(a, relation, b, pattern + ":between", tok.i)
        for a in agents:
            for p in patients:
                yield Candidate(a, relation, p, pattern, tok.i)


def possessive_relations(sent, ents) -> Iterator[Candidate]:
    """"Google's Gemini", "xAI's Grok chatbot" (develops); "Musk's AI startup, xAI" (owns)."""
    for tok in sent:
        if tok.dep_ != "poss":
            continue
        owners = entities_of(tok, ents) if tok.lower_ not in ("his", "her", "its", "their") else \
            [c for c in [ents.resolve(tok)] if c is not None]
        if not owners:
            continue
        head = tok.head
        owned = ents.cluster_at(head)
        pattern = "poss:direct"
        if owned is None and head.lower_ in PRODUCT_NOUNS:
            owned = next((ents.cluster_at(c) for c in head.children
                          if c.dep_ in ("compound", "nmod") and ents.cluster_at(c) is not None), None)
            pattern = "poss:product-noun"
        if owned is None and head.lemma_.lower() in COMPANY_NOUNS:
            owned = next((ents.cluster_at(c) for c in head.children if c.dep_ == "appos"
                          and ents.cluster_at(c) is not None), None)
            pattern = "poss:company-appos"
        if owned is None and head.lemma_.lower() in COMPANY_NOUNS and head.tag_ in ("NNS", "NNPS"):
            # "his six companies, including X, Tesla and SpaceX"
            listed = [c for prep in head.children if prep.dep_ == "prep" and prep.lower_ in ("including", "like")
                      for p in prep.children if p.dep_ == "pobj" for c in entities_of(p, ents)]
            for owner in owners:
                if ents.type_of(owner) == "Person":
                    for c in listed:
                        if ents.type_of(c) == "Organization" and c != owner:
                            yield Candidate(owner, "owns", c, "poss:companies-including", head.i, scope="phrase")
            continue
        if owned is None:
            continue
        kind = ents.type_of(owned)
        for owner in owners:
            otype = ents.type_of(owner)
            if kind == "Product" and otype == "Organization":
                yield Candidate(owner, "develops", owned, pattern, head.i, scope="phrase")
            elif kind == "Organization" and otype == "Person" and pattern == "poss:company-appos":
                yield Candidate(owner, "owns", owned, pattern, head.i, scope="phrase")


def modifier_relations(sent, ents) -> Iterator[Candidate]:
    """"Microsoft-backed OpenAI": a participle modifier with an entity inside it."""
    for tok in sent:
        relation = MODIFIER_RELATIONS.get(tok.lower_)
        if relation is None or tok.dep_ not in ("amod", "compound", "nmod") or tok.i == 0:
            continue
        if tok.nbor(-1).text != "-":
            continue
        agent = ents.cluster_at(tok.nbor(-2)) if tok.i >= 2 else None
        target = ents.cluster_at(tok.head)
        if agent is not None and target is not None:
            yield Candidate(agent, relation, target, f"modifier:{tok.lower_}", tok.i, scope="phrase")


PATTERNS = (role_relations, event_relations, possessive_relations, modifier_relations, affiliations)
