"""Finding the entities a word stands for: names, pronouns, conjunctions and appositions."""

from __future__ import annotations

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
OBJECT_DEPS = frozenset({"dobj", "obj", "attr", "oprd"})
WH_WORDS = frozenset({"which", "who", "that", "whom"})


#: spaCy keeps "co-founded" whole (see kg.nlp) but lemmatises it oddly ("co-founde").
_CO_LEMMAS = {"founded": "found", "founds": "found", "founding": "found", "found": "found",
              "founder": "founder", "founders": "founder", "owner": "owner", "owners": "owner",
              "owned": "own", "owns": "own", "chair": "chair", "chairs": "chair", "chaired": "chair",
              "lead": "lead", "leads": "lead", "led": "lead", "leading": "lead", "ceo": "ceo"}


def lemma_of(tok) -> str:
    """The lower-case lemma, with "co-" verbs and nouns made regular ("co-founded" -> "co-found")
    whether the tokenizer kept them whole or split them at the hyphen."""
    lower = tok.lower_
    if lower.startswith("co-") and len(lower) > 3:
        rest = lower[3:]
        return "co-" + _CO_LEMMAS.get(rest, rest)
    lemma = tok.lemma_.lower()
    if tok.i > 1 and tok.nbor(-1).text == "-" and tok.nbor(-2).lower_ == "co":
        return "co-" + lemma
    return lemma


def conjuncts(tok) -> list:
    return [tok, *tok.conjuncts]


def entities_of(tok, ents) -> list[int]:
    """The clusters a noun phrase headed by ``tok`` refers to, following coordination ("OpenAI
    and Apple") and apposition ("its AI startup, xAI"). Relative pronouns resolve to the noun the
    clause modifies."""
    out: list[int] = []
    for t in conjuncts(tok):
        cid = _entity_of_one(t, ents)
        if cid is not None and cid not in out:
            out.append(cid)
    return out


def _adjacent_antecedent(tok, ents) -> int | None:
    """The name right before a relative pronoun, if its kind fits the pronoun: "the owner of the
    firm Thrive Capital that is an investor" -- "that" is Thrive Capital, not the owner, whatever
    the parser attached the clause to."""
    j = tok.i - 1
    if j >= 0 and tok.doc[j].text == ",":
        j -= 1
    cid = ents.cluster_at(tok.doc[j]) if j >= 0 else None
    if cid is None:
        return None
    person = ents.type_of(cid) == "Person"
    return cid if (tok.lower_ in ("who", "whom")) == person else None


def _entity_of_one(tok, ents) -> int | None:
    if tok.lower_ in ("which", "that", "who", "whom") and tok.dep_ in ("nsubj", "nsubjpass", "dobj") \
            and tok.head.dep_ in ("relcl", "acl"):
        adjacent = _adjacent_antecedent(tok, ents)
        if adjacent is not None:
            return adjacent
    if tok.lower_ in WH_WORDS:
        clause = tok.head
        while clause.dep_ not in ("relcl", "acl") and clause.head.i != clause.i and clause.pos_ != "NOUN":
            if clause.dep_ in ("ROOT",):
                return None
            clause = clause.head
        if clause.dep_ in ("relcl", "acl"):
            return _entity_of_one(clause.head, ents)
        return None
    if tok.pos_ == "NOUN" and tok.dep_ == "attr" and tok.head.lemma_ == "be" and ents.cluster_at(tok) is None:
        # "X is an American executive who was CEO of Y", "X is a brand established by Y": what
        # is said of the predicate noun is said of the subject
        for child in tok.head.children:
            if child.dep_ in SUBJECT_DEPS:
                cid = ents.cluster_at(child)
                if cid is not None:
                    return cid
    if tok.pos_ == "NOUN" and tok.dep_ == "appos" and ents.cluster_at(tok.head) is not None:
        return ents.cluster_at(tok.head)  # "Medium, a new platform established by Y"
    cid = ents.cluster_at(tok)
    if cid is not None:
        return cid
    # "its AI startup, xAI" / "the venture-capital firm Thrive Capital": the name beside the noun
    # comes before resolving "the firm" to an earlier company.
    for child in tok.children:
        if child.dep_ == "appos" or (child.dep_ == "compound" and child.i > tok.i) or \
                (child.dep_ in ("compound", "nmod") and tok.pos_ == "NOUN" and child.i < tok.i
                 and tok.lower_ in ("chatbot", "model", "app", "platform", "service", "assistant", "software")):
            cid = ents.cluster_at(child)
            if cid is not None:
                return cid
    return ents.resolve(tok)


def subjects_of(verb, ents) -> list[int]:
    """Who does what ``verb`` says: its subject, inherited from the verb it is coordinated with or
    the clause it modifies ("Musk left in 2018, citing ...", "xAI, which sued ...")."""
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS:
            return entities_of(child, ents)
    if verb.dep_ in ("conj", "advcl", "xcomp") and verb.head.i != verb.i:
        if verb.dep_ == "advcl" and verb.tag_ not in ("VBG", "VBN") and any(c.dep_ == "mark" for c in verb.children):
            return []  # "after Y left, X ...": a finite clause has a subject of its own
        return subjects_of(verb.head, ents)  # "while working for Y, X ..." has not
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG":
        # "Prior to joining Y, X was ...", "After leaving Y, X ...": the participle's subject is
        # the subject of the clause the phrase modifies
        clause = verb.head
        while clause.head.i != clause.i and clause.pos_ not in ("VERB", "AUX"):
            clause = clause.head
        if clause.pos_ in ("VERB", "AUX") and clause.i != verb.i:
            return subjects_of(clause, ents)
    if verb.dep_ in ("relcl", "acl") and verb.tag_ != "VBN":
        return entities_of(verb.head, ents)
    return []


def agents_of(verb, ents) -> list[int]:
    """The "by" agent of a passive verb."""
    for child in verb.children:
        if child.dep_ == "agent":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return entities_of(pobj, ents)
    return []


def passive_subjects_of(verb, ents) -> list[int]:
    for child in verb.children:
        if child.dep_ in PASSIVE_SUBJECT_DEPS:
            return entities_of(child, ents)
    if verb.dep_ in ("acl", "relcl") and verb.tag_ == "VBN":
        return entities_of(verb.head, ents)  # "OpenAI, backed by Microsoft"
    if verb.dep_ == "conj":
        return passive_subjects_of(verb.head, ents)
    if verb.dep_ == "advcl" and verb.tag_ == "VBN":
        return subjects_of(verb.head, ents)  # "Created in 1899 by X, VINCI has become ..."
    return []


def objects_of(verb, ents, preps: tuple[str, ...] = ()) -> list[int]:
    out: list[int] = []
    for child in verb.children:
        if child.dep_ in ("dobj", "obj") and not preps:
            out += entities_of(child, ents)
        elif child.dep_ == "prep" and child.lower_ in preps:
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    out += entities_of(pobj, ents)
        elif child.dep_ == "prt" and preps:
            # "teamed up with": the particle, then the preposition
            continue
    return out
