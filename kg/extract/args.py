"""Argument slots: who or what fills a trigger's roles, read generically from the parse.

Each reader takes a token of a parsed sentence and the document's entities
(:class:`kg.extract.mentions.DocEntities`) and returns :class:`Arg` records: the cluster, the token
that refers to it, and how (a name, a pronoun, a description -- see :mod:`kg.extract.reference`).
Coordination gives one argument per conjunct on either side ("Musk and Altman sued OpenAI and
Apple"); apposition ("its AI startup, xAI"), relative clauses ("xAI, which sued ...") and
participles ("OpenAI, backed by Microsoft") are followed to the name they are about.

The slot names are those of ``kg/data/triggers.json`` (see :func:`read_slot`).
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.extract.lexicon import lexicon
from kg.extract.mentions import before_based
from kg.extract.reference import Ref, antecedent, public_body_before, resolve, topic
from kg.extract.triggers import event_triggers, lemma_of, misread_verb, role_triggers, title_word, triggers

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
WH_WORDS = frozenset({"which", "who", "that", "whom"})
#: Words after a plural noun that list its members: "investors including Honda and Microsoft".
LISTING_PREPS = frozenset({"including", "like", "among"})


#: Verbs of taking or holding a post: "X took the top job at Y", "X held engineering positions at Y".
TAKING_VERBS = frozenset({"hold", "take", "accept", "assume"})


def listing_preps(tok) -> list:
    """The prepositions by which a plural noun lists its members: "investors including A",
    "rivals like A", "firms such as A" (the "such" on the noun or on "as")."""
    return [c for c in tok.children if c.dep_ == "prep" and (
        c.lower_ in LISTING_PREPS
        or c.lower_ == "as" and any(t.lower_ == "such" for t in (*tok.children, *c.children)))]


def listed_args(tok, ents) -> list:
    """The named members a noun lists (see :func:`listing_preps`), or that a relative clause of
    including lists: "its business units, which include A and B"."""
    out = [a for prep in listing_preps(tok) for a in prep_object_args(prep, ents)]
    if not out and tok.tag_ in ("NNS", "NNPS"):
        out = [a for c in tok.children if c.dep_ == "relcl" and c.lemma_ in ("include", "comprise")
               and any(w.lower_ in ("which", "that") for w in c.children)
               for o in c.children if o.dep_ in ("dobj", "obj") for a in entity_args(o, ents)]
    if not out and tok.tag_ in ("NNS", "NNPS") and tok.dep_ in ("nsubj", "nsubjpass") \
            and tok.head.lemma_ in ("include", "comprise"):
        # "Halvex's acquisitions include A and B": the plural noun is the clause's subject
        out = [a for o in tok.head.children if o.dep_ in ("dobj", "obj") for a in entity_args(o, ents)]
    return out


@dataclass(frozen=True)
class Arg:
    """One argument: ``cluster`` (an entity of the document), the ``token`` that refers to it, and
    ``how`` it was found ("name", "pronoun", "description", "relative", "implicit", ...)."""

    cluster: int
    token: int
    how: str


def _args(refs: list[Ref], tok, how: str | None = None) -> list[Arg]:
    return [Arg(r.cluster, tok.i, how or r.how) for r in refs]


def _dedupe(args: list[Arg]) -> list[Arg]:
    seen, out = set(), []
    for a in args:
        if a.cluster not in seen:
            seen.add(a.cluster)
            out.append(a)
    return out


#: Entity labels of times: what is coordinated with one is a time too.
TIME_LABELS = frozenset({"DATE", "TIME"})

#: Entity labels of what is said of a listed name in a phrase after it ("A in 2017", "B for
#: $5 million"), where the parser may hang the list's next name.
DATED_LABELS = frozenset({"DATE", "TIME", "MONEY"})


def conjuncts(tok) -> list:
    # ("invested $50 million in April and Sunmark Ventures put in $35 million": the parser
    # coordinated the next clause's subject with the date)
    timed = tok.ent_type_ in TIME_LABELS
    return [tok, *(c for c in tok.conjuncts if not misparsed_speaker(c) and (not timed or c.ent_type_ in TIME_LABELS))]


#: Verbs that attribute what was said: "..., X said." (also in kg.extract.candidates).
SPEAKING_VERBS = frozenset({"say", "tell", "add", "argue", "claim", "note", "warn", "write", "complain"})


def misparsed_speaker(tok) -> bool:
    """"Zephyrix acquired rival Brisklet, Orvanta said": the parser coordinates the speaker with
    the last noun of what was said, leaving the verb of saying after it without a subject."""
    end = tok.right_edge.i + 1
    if tok.dep_ != "conj" or end >= len(tok.doc) or tok.left_edge.i == 0:
        return False
    verb = tok.doc[end]
    return verb.lemma_ in SPEAKING_VERBS and verb.pos_ == "VERB" and tok.doc[tok.left_edge.i - 1].text == "," \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
        and not any(c.dep_ == "cc" for c in tok.head.children)


def entity_args(tok, ents) -> list[Arg]:
    """What a noun phrase headed by ``tok`` refers to, following coordination ("OpenAI and
    Apple") and apposition ("its AI startup, xAI"). Relative pronouns resolve to the noun the
    clause modifies; "the Apple board" and "HP's directors" stand for their organization."""
    out: list[Arg] = []
    for t in list_members(tok, ents):
        out += _entity_of_one(t, ents)
    return _dedupe(out)


def is_reciprocal(tok) -> bool:
    """"each other", "one another"."""
    doc = tok.doc
    return tok.lower_ == "other" and tok.i > 0 and doc[tok.i - 1].lower_ == "each" \
        or tok.lower_ == "another" and tok.i > 0 and doc[tok.i - 1].lower_ == "one" \
        or tok.lower_ == "one" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "another" \
        and doc[tok.i + 1].head.i == tok.i  # (the parser's "one" with "another" as its determiner)


def _dated_conjuncts(prep, ents, cid: int, kind: str, members: list) -> list:
    """The names of ``kind`` coordinated with the date (or price) that ``prep`` introduces, each
    with a date (or price) of its own after it ("AppDynamics in 2017 and ThousandEyes in 2020"; not
    "a deal with Brisklet in May and Corvane Systems followed in June", the next clause's subject)."""
    return [c for when in prep.children if when.dep_ == "pobj" and when.ent_type_ in DATED_LABELS
            for c in when.conjuncts if c not in members and ents.cluster_at(c) not in (None, cid)
            and ents.type_of(ents.cluster_at(c)) == kind and _dated_after(c)]


def _dated_after(tok) -> bool:
    """Whether a name is followed right away by a preposition with a date or price ("ThousandEyes
    in 2020"), however the parser hung it."""
    doc = tok.doc
    nxt = tok.right_edge.i + 1
    if nxt >= len(doc) or doc[nxt].dep_ != "prep" or doc[nxt].lower_ not in ("in", "on", "for"):
        return any(c.dep_ == "prep" and c.lower_ in ("in", "on", "for") and any(
            p.dep_ == "pobj" and p.ent_type_ in DATED_LABELS for p in c.children) for c in tok.children)
    return any(p.dep_ == "pobj" and p.ent_type_ in DATED_LABELS for p in doc[nxt].children)


def list_members(tok, ents) -> list:
    """``tok`` and its conjuncts; and the names of a list the parser read as an apposition with a
    coordination ("by Mike Clark, Hayden Tennant and Lisa Humphries": Tennant apposed to Clark,
    Humphries coordinated with Tennant) -- a name apposed to a name of the same kind that is itself
    coordinated is the next item of a list, not a second name for the first."""
    members = conjuncts(tok)
    cid = ents.cluster_at(tok)
    if cid is None:
        return members
    kind = ents.type_of(cid)
    after = tok.right_edge.i + 1 if tok.dep_ == "pobj" else len(tok.doc)
    if after < len(tok.doc) and tok.doc[after].dep_ == "prep" and tok.doc[after].lower_ in ("in", "on", "for") \
            and tok.doc[after].head in tok.ancestors:
        # "signed deals with Quorvane in May and Telvia Labs in June": the same, the date hung on
        # the verb right after the name
        members += _dated_conjuncts(tok.doc[after], ents, cid, kind, members)
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "on", "for"):
            # "including AppDynamics in 2017 and ThousandEyes in 2020": the parser coordinated
            # the next name with the date (or the price) said of this one
            members += _dated_conjuncts(child, ents, cid, kind, members)
        if child.dep_ in ("nmod", "compound") and child.i < tok.i and any(c.dep_ == "cc" for c in child.children):
            # "counts Halvex Capital and Quorvane Ventures as investors": the parser hung the first
            # name on the last as its modifier, with the "and" on the first
            other = ents.cluster_at(child)
            if other is not None and other != cid and ents.type_of(other) == kind:
                members.append(child)
        if child.dep_ == "appos" and child.conjuncts and child.i > tok.i:
            other = ents.cluster_at(child)
            if other is not None and other != cid and ents.type_of(other) == kind:
                members += [c for c in conjuncts(child) if c not in members]
            elif other == cid:
                # "Veltrix Systems and Nexora Labs announced ...", the name's last word read as an
                # apposition to its first, the coordination hung on it
                members += [c for c in child.conjuncts if c not in members and ents.cluster_at(c) != cid]
            elif other is None and child.pos_ == "NOUN":
                # "bought Agere, an Oregon company ..., and IRIX, a maker of ...": the next name of
                # the list hung on the first one's description
                # (a company and a product the NER tells apart poorly are of one kind here: "makes
                # Quill, a delivery drone, and Quillware, its software")
                members += [c for c in child.conjuncts if c not in members and ents.cluster_at(c) is not None
                            and ents.cluster_at(c) != cid and (ents.type_of(ents.cluster_at(c)) == kind or {
                                ents.type_of(ents.cluster_at(c)), kind} == {"Organization", "Product"})]
    return members


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


def _coordinated_antecedents(tok, ents, adjacent: int) -> list[int]:
    """"Dana Korvel and Mira Tolsen, who founded Halvex in 2011, left ...": a relative "who" set
    off by a comma after the last of the coordinated people who are a clause's subject is said of
    them all (the parser hangs it on the last one)."""
    clause, noun = tok.head, tok.head.head
    if tok.lower_ not in ("who", "whom") or tok.i == 0 or tok.doc[tok.i - 1].text != "," \
            or noun.dep_ != "conj" or ents.cluster_at(noun) != adjacent:
        return [adjacent]
    if any(v.tag_ == "VBZ" or v.lower_ == "was" for v in (clause, *clause.children)
           if v is clause or v.dep_ in ("aux", "auxpass")):
        return [adjacent]  # ("A and B, who is chief executive of X": a singular verb, the last one)
    first = noun
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    people = [ents.cluster_at(t) for t in (first, *first.conjuncts)]
    if first.dep_ not in ("nsubj", "nsubjpass") or any(cid is None or ents.type_of(cid) != "Person" for cid in people):
        # (only the clause's subjects: "co-founded by A and B, who had also founded X" may
        # well be said of B alone)
        return [adjacent]
    return list(dict.fromkeys(people))


def _misattached_apposition(noun, ents) -> list[Arg] | None:
    """"founded his own firm, Kestrel Advisors, in 2012": a name set off by a comma right after a
    noun phrase that names nothing, which the parser hung on the verb (npadvmod, dep) instead of
    on the noun, is the noun's apposition."""
    doc = noun.doc
    comma = noun.right_edge.i + 1
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return None
    m = ents.mention_at(comma + 1)
    if m is None or m.start != comma + 1:
        return None
    head = doc[m.end - 1]
    while head.head.i != head.i and m.start <= head.head.i < m.end:
        head = head.head
    if head.dep_ == "appos" and head.head.i < noun.i and noun.tag_ == "NNS" \
            and noun.lemma_.lower() in lexicon().person_nouns:
        # "founded by two former Velmora engineers, A and B": the parser hangs the names on the
        # subject; a plural noun of people takes them with their conjuncts
        return [a for a in entity_args(head, ents) if ents.type_of(a.cluster) == "Person"] or None
    if head.dep_ not in ("npadvmod", "dep") or head.head.i != noun.head.i:
        return None
    if m.end < len(doc) and doc[m.end].text not in (",", ".", ";") and not doc[m.end].is_sent_end:
        return None
    return [Arg(m.cluster, m.start, "name")]


def named_as(noun, ents, depth: int = 0) -> list[Arg]:
    """The name a noun is given: "a new chatbot called Quip", "a unit known as Quorvane Cloud"."""
    found: list[Arg] = []
    for child in noun.children:
        if child.dep_ == "acl" and child.lemma_ in lexicon().naming_verbs:
            found += [a for c in child.children if c.dep_ in ("oprd", "attr", "dobj")
                      for a in _entity_of_one(c, ents, depth + 1)]
            found += [a for c in child.children if c.dep_ == "prep" and c.lower_ == "as"
                      for a in prep_object_args(c, ents)]
    return found


def _titled_list_hung_elsewhere(noun, ents) -> list[Arg] | None:
    """"with participation from existing investors A, B and C": the names a plural noun of people
    or companies titles, right after it, which the parser hung far away (as another noun's
    apposition or conjunct) -- the names and those coordinated with them."""
    doc = noun.doc
    lemma = noun.lemma_.lower()
    if noun.tag_ != "NNS" or noun.i + 1 >= len(doc) or not (
            lemma in lexicon().person_nouns or lemma in lexicon().organization_nouns or role_triggers(noun)):
        return None
    m = ents.mention_at(noun.i + 1)
    if m is None or m.start != noun.i + 1:
        return None
    head = doc[ents.head_index(m)]
    if head.dep_ not in ("appos", "conj", "dep", "npadvmod") or head.head.i >= noun.i:
        return None  # (hung on the noun, or on what follows it: read as the parser says)
    found = [Arg(cid, t.i, "name") for t in list_members(head, ents) for cid in [ents.cluster_at(t)] if cid is not None]
    return found or None


def _entity_of_one(tok, ents, depth: int = 0) -> list[Arg]:
    if depth > 4:
        return []
    if tok.dep_ in ("dobj", "obj") and tok.head.lemma_ == "join" and tok.pos_ == "NOUN" \
            and tok.lemma_.lower() in lexicon().collective_nouns and not is_passive(tok.head):
        # "Y had joined the Silver Lake-led group that bought a stake in Z": who joins a group
        # acts with it
        joiners = [Arg(a.cluster, a.token, "listed") for a in subject_args(tok.head, ents)]
        return _dedupe(_entity_of_one_read(tok, ents, depth) + joiners)
    return _entity_of_one_read(tok, ents, depth)


def _entity_of_one_read(tok, ents, depth: int = 0) -> list[Arg]:
    """What one noun phrase's head refers to (:func:`_entity_of_one` without a group's joiners)."""
    if is_reciprocal(tok):
        # "A and B sued each other", "competed with one another": each of the clause's subjects
        verb = tok.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        found = subject_args(verb, ents) if verb.pos_ in ("VERB", "AUX") else []
        return [Arg(a.cluster, tok.i, "reciprocal") for a in found] if len(found) >= 2 else []
    if tok.lower_ in ("which", "that", "who", "whom") and tok.dep_ in ("nsubj", "nsubjpass", "dobj") \
            and tok.head.dep_ in ("relcl", "acl"):
        adjacent = _adjacent_antecedent(tok, ents)
        if adjacent is not None:
            return [Arg(a, tok.i, "relative") for a in _coordinated_antecedents(tok, ents, adjacent)]
    if tok.lower_ == "whose":
        # "Talverin Group, whose chief executive is X": the noun the relative clause is about
        clause, hops = tok.head, 0
        while clause.dep_ not in ("relcl", "acl") and clause.head.i != clause.i and hops < 4:
            clause, hops = clause.head, hops + 1
        if clause.dep_ in ("relcl", "acl"):
            return [Arg(a.cluster, tok.i, "relative") for a in _entity_of_one(clause.head, ents, depth + 1)]
        return []
    if tok.lower_ in WH_WORDS or tok.lower_ == "where":
        clause = tok.head
        while clause.dep_ not in ("relcl", "acl") and clause.head.i != clause.i and clause.pos_ != "NOUN":
            if clause.dep_ in ("ROOT",):
                return []
            clause = clause.head
        if clause.dep_ in ("relcl", "acl"):
            noun = clause.head
            found = _entity_of_one(noun, ents, depth + 1)
            if tok.lower_ in ("who", "whom") and found and all(ents.type_of(a.cluster) != "Person" for a in found) \
                    and noun.dep_ == "pobj" and noun.head.head.pos_ == "NOUN" and depth < 3:
                # "X, a partner at Sandhill Partners who sits on Y's board": "who" is said of a
                # person, so of the role the company's phrase belongs to, and of its holder
                found = [a for a in _entity_of_one(noun.head.head, ents, depth + 1)
                         if ents.type_of(a.cluster) == "Person"] or found
            return [Arg(a.cluster, tok.i, "relative") for a in found]
        return []
    if tok.pos_ == "NOUN" and tok.dep_ == "attr" and tok.head.lemma_ == "be" and ents.cluster_at(tok) is None:
        # "X is an American executive who was CEO of Y", "X is a brand established by Y": what
        # is said of the predicate noun is said of the subject
        for child in tok.head.children:
            if child.dep_ in SUBJECT_DEPS:
                cid = ents.cluster_at(child)
                if cid is not None:
                    return [Arg(cid, child.i, "name")]
    if tok.pos_ == "NOUN" and tok.dep_ == "appos" and ents.cluster_at(tok.head) is not None:
        place = tok.head
        if ents.type_of(ents.cluster_at(place)) == "Place" and before_based(tok.doc, ents.mention_end(place.i)) \
                and place.dep_ == "attr" and place.head.lemma_ == "be":
            # "X is a Fairfax County, Virginia-based company that owns Y": the parser apposes the
            # company to the county; the company is what the copula says it of
            return [Arg(cid, c.i, "name") for c in place.head.children if c.dep_ in SUBJECT_DEPS
                    for cid in [ents.cluster_at(c)] if cid is not None]
        return [Arg(ents.cluster_at(tok.head), tok.head.i, "name")]  # "Medium, a new platform established by Y"
    cid = ents.cluster_at(tok)
    if cid is not None and ents.type_of(cid) == "Place" and before_based(tok.doc, tok.i + 1):
        # "Louisville, Colorado-based software company Rogue Wave acquired Akana": the parser
        # makes the city the subject and the company its apposition
        apposed = [Arg(c, a.i, "name") for a in tok.children if a.dep_ == "appos"
                   for c in [ents.cluster_at(a)] if c is not None and ents.type_of(c) == "Organization"]
        if apposed:
            return apposed
    if cid is not None:
        return [Arg(cid, tok.i, "name")]
    if tok.lemma_.lower() in lexicon().quantity_words or tok.lower_ in lexicon().quantity_words:
        # "owns 90 percent of Cruise", "a majority of the company": what the quantity is of
        # ("88% of the stake in Business Insider": a stake is in what it is of)
        preps = ("of", "in") if tok.lemma_.lower() in ("stake", "share", "control") else ("of",)
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ in preps:
                found = [a for p in child.children if p.dep_ == "pobj" for a in _entity_of_one(p, ents, depth + 1)]
                if found:
                    return found
            if child.dep_ == "poss" and tok.lemma_.lower() not in ("stake",):
                found = [a for a in _entity_of_one(child, ents, depth + 1) if a.how == "name"]
                if found:
                    return found  # "Yahoo's internet business", "Rumbelows' assets"
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in lexicon().version_nouns:
        # "released a new version of Quill", "the next generation of its Quill chips": the product
        found = [a for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                 if p.dep_ == "pobj" for a in _entity_of_one(p, ents, depth + 1) if ents.type_of(a.cluster) == "Product"]
        if found:
            return found
    if tok.pos_ == "NOUN":
        # (before any name that modifies the noun: "a new Orvanta unit called Brisklet")
        found = named_as(tok, ents, depth)
        if found:
            return found
    # "its AI startup, xAI" / "the venture-capital firm Thrive Capital": the name beside the noun
    # comes before resolving "the firm" to an earlier company; "the Williams Fresh Cafe chain",
    # "its Versal line": the name a kind noun is modified by
    words = lexicon()
    # (an apposed name first: "the BitTorrent site The Pirate Bay" is The Pirate Bay)
    for child in sorted(tok.children, key=lambda c: c.dep_ != "appos"):
        if child.dep_ == "appos" and ents.cluster_at(child) is None and child.pos_ == "NOUN" and depth < 3:
            found = [a for a in _entity_of_one(child, ents, depth + 1) if a.how == "name"]
            if found:
                return found  # "its flagship product, the Quill tablet"
        if child.dep_ == "appos" or (child.dep_ == "compound" and child.i > tok.i) or \
                (child.dep_ in ("compound", "nmod", "amod") and tok.pos_ == "NOUN" and child.i < tok.i
                 and (tok.lower_ in words.product_nouns or tok.lemma_.lower() in words.named_kind_nouns
                      or tok.lemma_.lower() in words.organization_nouns and tok.tag_ == "NN")):
            cid = ents.cluster_at(child)
            if cid is None and child.dep_ != "appos" and child.i < tok.i:
                # "the Quill messaging app": the name modifies the modifier of the kind noun
                # ("its Tessa 2 language model": parsed nmod beside its number)
                cid = next((ents.cluster_at(g) for g in child.children if g.dep_ in ("compound", "nmod")
                            and g.i < child.i and ents.cluster_at(g) is not None), None)
            if cid is None or ents.type_of(cid) == "Place":  # "the San Francisco company" is no place
                continue
            if child.dep_ != "appos" and ents.type_of(cid) == "Person" and tok.lemma_.lower() in words.description_nouns:
                continue  # "The Austin company" (a city the model took for a person) describes, not names
            if child.dep_ == "appos" and tok.tag_ in ("NNS", "NNPS"):
                # "formed by English expatriates A and B": a plural noun's apposition with its conjuncts
                return [a for a in entity_args(child, ents) if ents.type_of(a.cluster) != "Place"]
            if ents.type_of(cid) == "Product" and child.dep_ != "appos" and (
                    tok.lemma_.lower() in words.maker_nouns or tok.lower_.endswith("maker")):
                continue  # "the Quill maker" is whoever makes the Quill, said before
            if child.dep_ != "appos" and tok.tag_ == "NNS" and ents.type_of(cid) == "Product":
                # "the Quill and Vane phones": each name of a product noun's coordinated modifier
                return _dedupe([Arg(cid, child.i, "name")] + [
                    Arg(ents.cluster_at(c), c.i, "name") for c in child.conjuncts
                    if ents.cluster_at(c) is not None and ents.type_of(ents.cluster_at(c)) == "Product"])
            return [Arg(cid, child.i, "name")]
    if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "obj", "pobj"):
        apposed = _misattached_apposition(tok, ents) or _titled_list_hung_elsewhere(tok, ents)
        if apposed is not None:
            return apposed
    if tok.pos_ == "NOUN" and tok.tag_ == "NNS" and depth < 3 and not event_triggers(tok):
        # "backed companies including Parse.ly and Owlet", "firms such as SEGA and Double Eleven"
        # (not "made several acquisitions, including Brisklet": the acts' own trigger reads those)
        listed = listed_args(tok, ents)
        if listed:
            return [Arg(a.cluster, a.token, "listed") for a in listed]
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in lexicon().representative_nouns and depth < 3:
        # "prosecutors at the Justice Department", "Kestrel's lawyers", "EU regulators": the
        # people who act for an organization stand for it
        found = [a for a in prep_args(tok, ents, ("at", "of", "for", "from", "with"))
                 if ents.type_of(a.cluster) == "Organization"]
        found += [a for c in tok.children if c.dep_ in ("compound", "poss", "nmod") and c.i < tok.i
                  for a in _entity_of_one(c, ents, depth + 1) if ents.type_of(a.cluster) == "Organization"]
        if found:
            return [Arg(a.cluster, a.token, "proxy") for a in _dedupe(found)]
        named_by = [c for c in tok.children if c.dep_ in ("poss", "prep") or c.dep_ in ("compound", "nmod") and (
            ents.cluster_at(c) is None or not ents.looks_like_place(ents.cluster_at(c)))]
        if tok.tag_ == "NNS" and tok.lemma_.lower() in lexicon().public_representative_nouns and not named_by:
            # "Prosecutors later charged X", "US prosecutors ...": the public body the passage
            # has just named
            body = public_body_before(ents, tok)
            if body is not None:
                return [Arg(body, tok.i, "proxy")]
    if tok.pos_ == "NOUN" and tok.lower_ in lexicon().proxy_nouns:
        # "a round led by funds managed by T. Rowe Price": the funds act for their manager
        for child in tok.children:
            if child.dep_ == "acl" and child.lemma_ in ("manage", "advise", "control", "run", "own", "operate", "back"):
                found = [Arg(a.cluster, a.token, "proxy") for a in agent_args(child, ents)]
                if found:
                    return found
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in lexicon().collective_nouns:
        # "a coalition of states, led by X and Y, sued", "a group of investors led by X bought":
        # those who lead a body of many act for it
        members = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                   if p.dep_ == "pobj"]  # ("a coalition of ten states, led by X": on its members)
        for child in (c for t in (tok, *members) for c in t.children):
            if child.dep_ == "acl" and child.lemma_ in ("lead", "head", "spearhead") and child.tag_ == "VBN":
                found = [Arg(a.cluster, a.token, "proxy") for a in agent_args(child, ents)]
                if found:
                    return found
        # "a group of authors including A and B sued X": the members it names act with it
        found = [Arg(a.cluster, a.token, "listed") for t in (tok, *members)
                 for a in (prep_object_args(p, ents) for p in listing_preps(t)) for a in a]
        if found:
            return _dedupe(found)
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in triggers().body_nouns:
        # "the Apple board fired X", "HP's directors", "the board of Oracle": the organization
        # (the possessor before a modifier: "IBM's Hybrid Cloud team" is IBM's)
        for child in sorted(tok.children, key=lambda c: c.dep_ != "poss"):
            if child.dep_ in ("poss", "compound", "nmod") and child.i < tok.i:
                found = [Arg(a.cluster, a.token, "body") for a in _entity_of_one(child, ents, depth + 1)
                         if ents.type_of(a.cluster) == "Organization"]
                if found:
                    return found
            if child.dep_ == "prep" and child.lower_ == "of":
                found = [Arg(a.cluster, a.token, "body") for p in child.children if p.dep_ == "pobj"
                         for a in _entity_of_one(p, ents, depth + 1) if ents.type_of(a.cluster) == "Organization"]
                if found:
                    return found
    return _args(resolve(ents, tok), tok)


# ---------------------------------------------------------------------------- verb slots

def _dated_name_before(verb, ents) -> bool:
    """Whether the word right before ``verb`` is a name the parser made the object of a
    preposition of the verb, with a time before it as its modifier ("In 2019 Veltrix bought")."""
    before = verb.doc[verb.i - 1]
    if before.dep_ != "pobj" or before.head.head.i != verb.i or ents.cluster_at(before) is None:
        return False
    return any(c.i < before.i and c.ent_type_ in TIME_LABELS for c in before.children)


def subject_args(verb, ents) -> list[Arg]:
    """Who does what ``verb`` says: its subject, inherited from the verb it is coordinated with or
    the clause it modifies ("Musk left in 2018, citing ...", "xAI, which sued ...")."""
    if verb.dep_ == "ccomp":
        reduced = _reduced_relative_subject(verb, ents)
        if reduced is not None:
            return [reduced]  # ("Blue Origin, the rocket company Jeff Bezos founded in 2000, argues")
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    born = next((c for c in subjects if c.dep_ == "csubj" and c.lemma_ == "bear" and c.i < verb.i), None)
    named = [n for n in born.children if n.dep_ in ("npadvmod", "nsubj", "nsubjpass") and n.pos_ == "PROPN"
             and n.i < born.i] if born is not None else []
    if named:
        # "Kofi Annan (born 8 April 1938) is a Ghanaian diplomat": the parser made the
        # parenthesis the subject and hung the name on it
        return entity_args(named[0], ents)
    if not subjects:
        for clause in verb.children:
            noun = _reduced_relative_noun(clause, ents) if clause.dep_ == "ccomp" and clause.i < verb.i else None
            if noun is not None:
                # "Blue Origin, the rocket company Jeff Bezos founded in 2000, argues ...": the
                # parser gave the main verb's subject to the relative clause
                return entity_args(noun.head, ents)
    if subjects:
        found = entity_args(subjects[0], ents)
        first = {t.i for t in subjects[0].subtree}
        for later in subjects[1:]:
            # "Existing investors Quorvane and Trellis also took part", "Quorvane and existing
            # backer Trellis joining": the parser read a title noun and the name after it as
            # two subjects; the name is a subject too
            before = later.doc[later.left_edge.i - 1] if later.left_edge.i > 0 else None
            if before is not None and before.i in first and before.pos_ == "NOUN" and ents.cluster_at(before) is None:
                found = _dedupe(found + entity_args(later, ents))
        if not found and len(subjects) > 1 and subjects[0].pos_ == "NOUN":
            # "Acquisitions In 2005, X bought Y": a heading run into the text, read as a subject
            found = entity_args(subjects[-1], ents)
        return found
    if misread_verb(verb):
        # "Orvanta Systems competes with X": the name the parser took for the noun's compound
        names = [c for c in verb.children if c.dep_ == "compound" and c.i < verb.i]
        return entity_args(names[-1], ents)
    names = [c for c in verb.children if c.dep_ == "compound" and c.i < verb.i and c.pos_ == "PROPN"]
    if names and verb.tag_ in ("VBZ", "VBD") and verb.dep_ == "ROOT" and ents.cluster_at(names[-1]) is not None:
        # "Halvex Labs ships Quill": a verb the tagger got right and the parser hung the subject
        # on as a compound all the same
        return entity_args(names[-1], ents)
    if verb.i > 1 and verb.doc[verb.i - 1].text == "-" and verb.doc[verb.i - 2].lower_ == "co":
        # "Orvanta Systems co-developed X", split at the hyphen: the parser hangs the subject on "co"
        names = [c for c in verb.doc[verb.i - 2].children if c.dep_ in ("compound", "nsubj") and c.i < verb.i - 2]
        if names:
            return entity_args(names[-1], ents)
    if verb.dep_ == "xcomp" and verb.head.i != verb.i and is_passive(verb.head):
        # "X was tapped to lead Y", "X was asked to run Y": the passive's subject does it
        return passive_subject_args(verb.head, ents)
    if verb.dep_ == "advcl" and verb.head.i != verb.i and is_passive(verb.head) \
            and any(c.tag_ == "TO" for c in verb.children) and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        # "X was created to compete with Y": what was made is made for that purpose
        return passive_subject_args(verb.head, ents)
    if appointed_to(verb):
        if lemma_of(verb.head) in JOINING_VERBS:
            return subject_args(verb.head, ents)  # "X joined Orvanta to lead its cloud unit": X
        # "Orvanta tapped X to lead its cloud business": the one appointed does it
        return object_args(verb.head, ents)
    if verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ", "VBP") and verb.i > 0:
        # "invested $50 million in April and Sunmark Ventures put in $35 million": a finite verb
        # right after a name the parser coordinated with a time has that name as its subject
        before = verb.doc[verb.i - 1]
        if before.dep_ == "conj" and before.head.ent_type_ in TIME_LABELS and ents.cluster_at(before) is not None:
            return entity_args(before, ents)
    if verb.tag_ in ("VBD", "VBZ", "VBP") and verb.i > 0 and _dated_name_before(verb, ents):
        # "In 2019 Veltrix bought Y" with no comma: the parser read "2019 Veltrix" as the
        # preposition's object, a year modifying the name; the name is the verb's subject
        return entity_args(verb.doc[verb.i - 1], ents)
    if verb.dep_ in ("conj", "advcl", "xcomp", "acomp") and verb.head.i != verb.i:
        if verb.dep_ == "advcl" and verb.tag_ not in ("VBG", "VBN") and any(c.dep_ == "mark" for c in verb.children):
            return []  # "after Y left, X ...": a finite clause has a subject of its own
        if verb.dep_ == "advcl" and verb.head.dep_ == "ROOT" and verb.head.pos_ == "PROPN" and any(
                c.dep_ == "acl" and is_misparsed_main_verb(c) for c in verb.head.children):
            # "Partnering with X in 2008, Solid Documents assisted ...": the parser made the name
            # the root (and its verb a participle); the name does what the fronted phrase says
            return entity_args(verb.head, ents)
        if verb.dep_ == "conj" and is_passive(verb.head) and not is_passive(verb):
            if verb.lemma_ in ("be", "become", "remain"):
                return []  # ("was acquired by Y and is part of Z": no subject is carried to a copula)
            # "Velmora was founded by X in 2016 and raised money from Y": the passive's subject,
            # not its agent, does the active conjunct
            return passive_subject_args(verb.head, ents)
        return subject_args(verb.head, ents)  # "while working for Y, X ..." has not
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG":
        # "Prior to joining Y, X was ...", "After leaving Y, X ...": the participle's subject is
        # the subject of the clause the phrase modifies
        clause = verb.head
        while clause.head.i != clause.i and clause.pos_ not in ("VERB", "AUX"):
            clause = clause.head
        if clause.pos_ in ("VERB", "AUX") and clause.i != verb.i:
            return subject_args(clause, ents)
    reduced = _reduced_relative_subject(verb, ents)
    if reduced is not None:
        return [reduced]
    if verb.dep_ in ("relcl", "acl") and verb.head.lemma_.lower() in lexicon().lawsuit_nouns:
        # "a complaint accusing Velmora of infringement": the suit's plaintiff accuses
        found = possessor_args(verb.head, ents) or governor_subject_args(verb.head, ents, None)
        if found:
            return found
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.lemma_.lower() in lexicon().publication_nouns:
        # "X published infographics criticizing Y", "an open letter accusing Y": the author says it
        found = possessor_args(verb.head, ents) or governor_subject_args(verb.head, ents, lexicon().authoring_verbs)
        noun = verb.head
        if not found and noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.pos_ in ("VERB", "AUX"):
            found = subject_args(noun.head.head, ents)  # "In a letter accusing Y of fraud, X demanded ..."
        if found:
            return found
    if verb.dep_ in ("relcl", "acl") and verb.tag_ == "VB" and ranked_doer(verb.head):
        # "X became the first woman to lead Y", "X is the youngest person to run Y": the one
        # ranked is the doer
        copula = verb.head.head
        return [a for c in copula.children if c.dep_ == "nsubj" for a in entity_args(c, ents)]
    if verb.dep_ == "acl" and verb.tag_ == "VB" and verb.head.pos_ == "NOUN" and ents.cluster_at(verb.head) is None \
            and any(c.tag_ == "TO" for c in verb.children):
        # "X announced its intent to acquire Y", "X's plan to buy Y", "X made a bid to buy Y":
        # the one whose intent it is (the hedges say it is no fact)
        owner = possessor_args(verb.head, ents) or governor_subject_args(verb.head, ents, triggers().light_verbs)
        if owner:
            return owner
    if verb.dep_ == "acl" and (root := _root_of_apposition(verb)) is not None:
        return entity_args(root, ents)
    if verb.dep_ in ("relcl", "acl") and (verb.tag_ != "VBN" or is_misparsed_main_verb(verb)):
        return entity_args(verb.head, ents)
    return []


def appointed_to(verb) -> bool:
    """Whether ``verb`` is what someone was appointed (hired, tapped, brought in) to do: "X
    tapped Y to lead its cloud business" (an appointment states the role, not only an aim)."""
    head = verb.head
    if not (verb.dep_ in ("xcomp", "advcl") and head.i != verb.i and head.pos_ == "VERB"
            and any(c.tag_ == "TO" for c in verb.children) and not is_passive(head)):
        return False
    if lemma_of(head) in JOINING_VERBS and lemma_of(verb) in lexicon().heading_verbs:
        return True  # "X returns to Orvanta to lead its new unit", "joined Y to run its cloud business"
    return (lemma_of(head) in lexicon().appointing_verbs
            or lemma_of(head) == "bring" and any(c.dep_ == "prt" and c.lower_ == "in" for c in head.children)) \
        and any(c.dep_ in ("dobj", "obj") and c.ent_type_ == "PERSON" for c in head.children)


#: Verbs of taking up a post, whose purpose "to lead (head, run) Y" is the post taken.
JOINING_VERBS = frozenset({"join", "rejoin", "return", "come", "move"})


def ranked_doer(noun) -> bool:
    """Whether ``noun`` is what a copula says its subject is, ranked by an ordinal or a
    superlative ("the first woman", "the youngest chief executive", "the only company")."""
    return noun.dep_ == "attr" and noun.head.lemma_ in ("be", "become", "remain") and any(
        c.dep_ == "amod" and (c.lower_ in ("first", "last", "only") or c.tag_ == "JJS" or c.ent_type_ == "ORDINAL")
        for c in noun.children)


def _as_verb(prep):
    """The verb an "as" phrase belongs to, also when the parser hung it on the verb's object
    ("ran chipmaker AMD as chief executive")."""
    head = prep.head
    if head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("dobj", "obj") and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    return head


def _reduced_relative_subject(verb, ents) -> Arg | None:
    """"the venture firm Andreessen co-founded": the parser reads the name as an apposition to
    the noun and the finite verb after it as the noun's modifier; the name is the verb's subject."""
    if _reduced_relative_noun(verb, ents) is None:
        return None
    before = verb.doc[verb.i - 1]
    return Arg(ents.cluster_at(before), before.i, "name")


def _reduced_relative_noun(verb, ents):
    """The noun a relative clause without a pronoun modifies, when the parser read the clause's
    subject as that noun's apposition (see :func:`_reduced_relative_subject`): the verb hangs on
    the noun, or -- "Blue Origin, the rocket company Jeff Bezos founded in 2000, argues that ..."
    -- on the main verb as its clause, with no subject of its own."""
    if verb.dep_ not in ("acl", "relcl", "ccomp") or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == 0:
        return None
    before = verb.doc[verb.i - 1]
    if ents.cluster_at(before) is None or before.dep_ != "appos":
        return None
    noun = before.head
    if verb.dep_ != "ccomp":
        return noun if noun.i == verb.head.i else None
    if noun.pos_ != "NOUN" or noun.dep_ != "appos" or ents.cluster_at(noun.head) is None \
            or any(c.dep_ == "mark" for c in verb.children):
        return None
    # (the subject the parser gave the clause, if any, is the name the description is apposed to)
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    return noun if all(c.i == noun.head.i for c in subjects) else None


def is_misparsed_main_verb(verb) -> bool:
    """"Zephyrix Labs partnered with Brisklet": with no other verb, the small parser takes the
    whole sentence for a noun phrase and the verb for a participle modifying the subject -- or,
    after the subject's apposition, modifying the apposition's last noun."""
    if verb.dep_ == "acl" and _root_of_apposition(verb) is not None:
        return True  # (hung on the last noun of the subject's apposition: see _root_of_apposition)
    if verb.dep_ != "acl" or verb.head.dep_ != "ROOT" or verb.head.pos_ not in ("NOUN", "PROPN") \
            or any(c.dep_ in ("agent", "auxpass") for c in verb.children):
        return False
    if verb.i == verb.head.i + 1 or verb.i == verb.head.i + 2 and verb.doc[verb.i - 1].pos_ == "ADV" \
            and verb.doc[verb.i - 1].dep_ == "advmod":
        return True  # (with an adverb between: "Tarn Capital first invested in ...")
    # "Brisk Ventures, the venture arm of Tarn Motors, invested in Halvex", "Dana Korvel, who led
    # the drone team, left in May": right after the subject's apposition or relative clause and
    # its closing comma
    doc = verb.doc
    return verb.i >= 2 and doc[verb.i - 1].text == "," and any(
        c.dep_ in ("appos", "relcl") and c.i > verb.head.i and c.right_edge.i == verb.i - 2 for c in verb.head.children)


def _root_of_apposition(verb):
    """"Dana Korvel, the chief executive of Corvane, called Halvex 'a toy'": the parser made the
    subject the root and hung the main verb, as a participle, on the last noun of the subject's
    apposition. The root, when ``verb`` comes right after that apposition's closing comma and
    takes an object."""
    doc, root = verb.doc, verb.sent.root
    if root.pos_ not in ("NOUN", "PROPN") or verb.i < 2 or doc[verb.i - 1].text != "," \
            or any(c.dep_ in ("agent", "auxpass") for c in verb.children) \
            or not any(c.dep_ in ("dobj", "obj", "ccomp") for c in verb.children):
        return None
    for appos in root.children:
        if appos.dep_ == "appos" and root.i < appos.i < verb.i and verb in appos.subtree \
                and doc[appos.left_edge.i - 1].text == ",":
            return root
    return None


def agent_args(verb, ents) -> list[Arg]:
    """The "by" agent of a passive verb."""
    for child in verb.children:
        if child.dep_ == "agent":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return entity_args(pobj, ents)
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            # "was accused of misleading investors by X": the parser hangs the agent on the
            # (active) gerund of the charge
            for gerund in child.children:
                if gerund.dep_ == "pcomp" and gerund.tag_ == "VBG" and gerund.lower_ != "being":
                    for p in gerund.children:
                        if p.dep_ in ("prep", "agent") and p.lower_ == "by":
                            return [a for o in p.children if o.dep_ == "pobj" for a in entity_args(o, ents)]
    return []


def passive_subject_args(verb, ents) -> list[Arg]:
    subjects = [c for c in verb.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
    if subjects:
        found = entity_args(subjects[0], ents)
        if not found and len(subjects) > 1 and subjects[0].pos_ == "NOUN":
            # "Acquisition and Later History In late 1999, X was acquired by Y": a heading run
            # into the text, read as a second subject
            found = entity_args(subjects[-1], ents)
        return found
    if verb.dep_ in ("acl", "relcl") and verb.tag_ == "VBN":
        if verb.head.ent_type_ in TIME_LABELS and any(c.lower_ == "when" for c in verb.children):
            # "X became a private company in 1997, when bought by Y": the parser hangs the clause on
            # the date; what was bought is what the sentence is about
            governor = verb.head.head
            while governor.pos_ not in ("VERB", "AUX") and governor.head.i != governor.i:
                governor = governor.head
            return subject_args(governor, ents) if governor.pos_ in ("VERB", "AUX") else []
        return entity_args(verb.head, ents)  # "OpenAI, backed by Microsoft"
    if verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX") and any(c.dep_ == "auxpass" for c in verb.children):
        return subject_args(verb.head, ents)  # "X agreed to be acquired by Y": X
    if verb.dep_ == "conj":
        if verb.tag_ == "VBN" and verb.i >= 2 and verb.doc[verb.i - 1].dep_ == "cc":
            # "backed by Maveron, a firm based in Seattle and co-founded by X": the parser
            # coordinates the participle with the main verb; it continues the participle that
            # ends right before "and"
            before = verb.doc[verb.i - 2]
            for t in verb.head.subtree:
                if t.dep_ == "acl" and t.tag_ == "VBN" and t.i < verb.i and t.right_edge.i == before.i:
                    return entity_args(t.head, ents)
        found = passive_subject_args(verb.head, ents)
        if not found and verb.head.pos_ in ("VERB", "AUX") and not is_passive(verb.head) \
                and any(c.dep_ == "auxpass" for c in verb.children):
            # "X went public in 1991 and was acquired by Y in 1994": the active clause's subject
            found = subject_args(verb.head, ents)
        return found
    if verb.dep_ == "advcl" and verb.tag_ == "VBN":
        doc = verb.doc
        if verb.i > verb.head.i and verb.i >= 2 and doc[verb.i - 1].text == ",":
            # "Amazon invested in Anthropic, founded by A and B": a participle set off right after
            # a name describes that name, whatever the parser hung it on
            m = ents.mention_at(verb.i - 2)
            if m is not None and m.end == verb.i - 1 and doc[m.end - 1].dep_ in ("pobj", "dobj", "obj", "conj"):
                return [Arg(m.cluster, m.end - 1, "name")]
        return subject_args(verb.head, ents)  # "Created in 1899 by X, VINCI has become ..."
    if verb.dep_ == "acomp" and verb.tag_ == "VBN" and verb.head.lemma_ in ("be", "become", "remain"):
        return subject_args(verb.head, ents)  # "X is majority-owned by Y" (the parser's acomp)
    return []


def small_clause_subjects(verb) -> list:
    """The subject of an object complement the parser read as a clause: "called [Halvex's
    strategy] flawed", with "strategy" the subject of "flawed"."""
    from kg.extract.triggers import is_judgement

    # (or a clause with no auxiliary whose predicate is a judgement: "called Halvex's strategy
    # misguided", "misguided" tagged a past tense)
    # (or the judgement read as a noun the object modifies: "called [Corvane Systems] unsafe",
    # "called [Corvane's drones] unsafe", with the name or "drones" a compound of "unsafe")
    return [n for c in verb.children if c.dep_ == "oprd" or c.dep_ == "ccomp" and c.tag_ in ("VBN", "VBD", "JJ")
            and not any(a.dep_ in ("aux", "auxpass") for a in c.children) and is_judgement(c)
            for n in c.children if verb.i < n.i < c.i and (
                n.dep_ in ("nsubj", "nsubjpass")
                or n.dep_ in ("compound", "nmod") and c.dep_ == "oprd" and is_judgement(c)
                and not any(d.dep_ in ("dobj", "obj") for d in verb.children))]


def object_args(verb, ents) -> list[Arg]:
    out: list[Arg] = []
    for child in verb.children:
        if child.dep_ in ("dobj", "obj"):
            out += entity_args(child, ents)
    if out:
        # "bought Corvane a year earlier and Tarnly Labs in 2020": a second object, its verb left
        # out, that the parser coordinated with the verb
        out += [a for child in verb.children if child.dep_ == "conj" and child.pos_ == "PROPN" and child.i > verb.i
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children)
                for a in entity_args(child, ents)]
    if not out:
        out += [a for n in small_clause_subjects(verb) for a in entity_args(n, ents)]
    if not out:
        # "took Orvanta Systems private", the name read as the modifier of "private"
        out += [a for child in verb.children if child.dep_ in ("dobj", "obj") and child.lower_ == "private"
                for m in child.children if m.dep_ in ("compound", "nmod") and m.i < child.i
                for a in entity_args(m, ents)]
    if not out:
        # "fined Corvant $1 billion": the first of two objects, when the second names nothing
        out += [a for child in verb.children if child.dep_ == "dative" and child.pos_ in ("PROPN", "NOUN")
                for a in entity_args(child, ents)]
    if not out:
        # "fined Orvanta Systems 4 billion euros": the parser reads the first object as a modifier
        # of the amount
        out += [a for child in verb.children if child.dep_ in ("dobj", "obj") and child.lower_ in lexicon().amount_words
                for m in child.children if m.dep_ in ("nmod", "compound") and m.i < child.i
                and ents.cluster_at(m) is not None for a in entity_args(m, ents)]
    reduced = _reduced_relative_noun(verb, ents)
    if not out and (verb.dep_ == "relcl" or reduced is not None) and not any(
            c.dep_ in ("nsubjpass", "dobj", "obj") or c.lower_ in WH_WORDS for c in verb.children):
        # "Blue Origin, the rocket company Jeff Bezos founded": a relative clause with no
        # relative pronoun has the noun it modifies as its object
        out += entity_args(reduced if reduced is not None else verb.head, ents)
    if not out:
        # "FuseFX acquires Rising Sun Pictures": the parser took the name's first word for a verb
        # ("Rising") and hung the name on it; a name right after the verb is its object still
        for child in verb.children:
            if child.dep_ in ("xcomp", "ccomp", "oprd", "npadvmod") and child.left_edge.i == verb.i + 1:
                # (and "sued Workday in 2023", where the name was read as a time: npadvmod; "ousted
                # chief executive Dana Whitlock", the title before the name)
                cid = ents.cluster_at(child)
                if cid is not None:
                    out.append(Arg(cid, child.i, "name"))
                elif child.dep_ == "ccomp" and child.pos_ == "NOUN" and not any(
                        c.dep_ in SUBJECT_DEPS for c in child.children):
                    # "makes the Quill drones": a noun phrase read as a clause ("makes [it] do")
                    out += entity_args(child, ents)
    if not out and verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].dep_ == "cc" and not any(
            c.dep_ in ("dobj", "obj", "ccomp", "xcomp", "attr", "oprd", "prep", "dative", "prt") and c.i > verb.i
            for c in verb.children):
        # "founded and still runs Corvane", "owns and operates X": a verb with no object of its
        # own, right before "and", shares the object of the verb coordinated with it
        out += [a for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"
                and not any(s.dep_ in SUBJECT_DEPS for s in c.children)
                for o in c.children if o.dep_ in ("dobj", "obj") for a in entity_args(o, ents)]
        if not out:
            # "founded and became chief executive of Corvane": the organization of the role the
            # coordinated copula gives
            # ("co-founded and served as CTO at Corvane": the role the coordinated verb takes "as",
            # whose "at" the parser may hang on that verb)
            for c in verb.children:
                if c.dep_ != "conj" or any(s.dep_ in SUBJECT_DEPS for s in c.children):
                    continue
                if c.lemma_ in ("become", "be", "remain"):
                    roles = [r for r in c.children if r.dep_ in ("attr", "acomp") and role_triggers(r)]
                    carriers = roles
                elif c.lemma_ in ("serve", "act", "work"):
                    roles = [r for p in c.children if p.dep_ == "prep" and p.lower_ == "as"
                             for r in p.children if r.dep_ == "pobj" and role_triggers(r)]
                    carriers = [*roles, c] if roles else []
                else:
                    continue
                out += [a for r in carriers for a in prep_args(r, ents, ("of", "at"))
                        if ents.type_of(a.cluster) == "Organization"]
    return _dedupe(out)


#: Nouns of a span of time a preposition takes ("to date", "in total"), which the parser makes the
#: head of the preposition after them.
TIME_SPAN_WORDS = frozenset({"date", "total", "all", "far"})


def prep_args(head, ents, preps: tuple[str, ...] | frozenset[str], depth: int = 0, *,
              possessor: bool = False) -> list[Arg]:
    """The entities the prepositions ``preps`` on ``head`` introduce; through one more "of"/"at"
    when the preposition's object names none ("resigned as chief executive of Y", "member of the
    board of directors of Y"), and under a particle the parser took for a preposition ("pushed
    out of Y")."""
    out: list[Arg] = []
    for child in head.children:
        if child.dep_ in ("prep", "dative") and child.lower_ in preps:
            out += prep_object_args(child, ents, depth, possessor=possessor)
        elif child.dep_ in ("prep", "advmod") and child.lower_ in ("out", "away") and (
                child.i == head.i + 1 or child.dep_ == "advmod" and _only_object_between(head, child)):
            # ("pushed out of Y", "lured X away from Y")
            out += [a for g in child.children if g.dep_ == "prep" and g.lower_ in preps
                    for a in prep_object_args(g, ents, depth)]
        elif child.dep_ == "prep" and child.lower_ in LISTING_PREPS and depth == 0:
            # "announced several partnerships, including one with Brisklet": the one listed
            out += [a for p in child.children if p.dep_ == "pobj" and p.lower_ in ("one", "another")
                    for a in prep_args(p, ents, preps, depth + 1)]
        elif child.dep_ == "prep" and child.lower_ in ("to", "for") and "from" in preps and depth == 0:
            # "defected to Brisklet from Orvanta": the parser hangs "from" on the first name, which
            # takes no "from" of its own
            out += [a for p in child.children if p.dep_ == "pobj" and ents.cluster_at(p) is not None
                    for g in p.children if g.dep_ == "prep" and g.lower_ == "from"
                    for a in prep_object_args(g, ents, depth)]
        if child.dep_ == "prep" and depth == 0 and any(
                p.dep_ == "pobj" and p.lower_ in TIME_SPAN_WORDS for p in child.children):
            # "has raised $80 million to date from A and B", "so far": the parser hangs the next
            # preposition on the span of time
            out += [a for p in child.children if p.dep_ == "pobj" for g in p.children
                    if g.dep_ == "prep" and g.lower_ in preps for a in prep_object_args(g, ents, depth)]
    return _dedupe(out)


def _only_object_between(verb, tok) -> bool:
    """Whether only the verb's direct object stands between it and ``tok`` ("lured X away")."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    return bool(objects) and all(t.i in {x.i for o in objects for x in o.subtree}
                                 for t in verb.doc[verb.i + 1:tok.i])


def prep_object_args(prep, ents, depth: int = 0, *, possessor: bool = False) -> list[Arg]:
    """The entities a preposition introduces (see :func:`prep_args`); with ``possessor``, also
    the possessor of an object that names nothing ("a veteran of Google's car project")."""
    out: list[Arg] = []
    # "partnerships with A and with B": the coordinated preposition introduces more of them
    conjoined = [c for c in prep.children if c.dep_ == "conj" and c.pos_ == "ADP" and c.lower_ == prep.lower_]
    for extra in conjoined:
        out += prep_object_args(extra, ents, depth, possessor=possessor)
    objects = [c for c in prep.children if c.dep_ == "pobj"] or _infinitive_subject_after(prep)
    for pobj in objects:
        found = entity_args(pobj, ents)
        if not found and possessor:
            found = [a for c in pobj.children if c.dep_ == "poss" for a in entity_args(c, ents)
                     if ents.type_of(a.cluster) == "Organization"]
        if ents.cluster_at(pobj) is None and depth < 2:
            for sub in pobj.children:
                if sub.dep_ == "prep" and sub.lower_ in ("of", "at"):
                    found += prep_object_args(sub, ents, depth + 1)
                elif sub.dep_ in ("compound", "nmod", "poss") and sub.i < pobj.i and pobj.pos_ == "NOUN" \
                        and pobj.lemma_.lower() in triggers().body_nouns | {"job", "post", "role", "position"}:
                    found += [a for a in _entity_of_one(sub, ents)]  # "on the University of X board"
        out += found
    return out


def _infinitive_subject_after(prep) -> list:
    """"partnered with Chinese vendor Huawei to run its software": a preposition left without an
    object, the noun after it read as the subject of the infinitive that follows -- the noun is
    the preposition's object."""
    doc = prep.doc
    if prep.i + 1 >= len(doc):
        return []
    for tok in doc[prep.i + 1:min(len(doc), prep.i + 8)]:
        if tok.dep_ == "nsubj" and tok.left_edge.i == prep.i + 1 and tok.head.i > tok.i \
                and any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.head.children):
            return [tok]
    return []


def ccomp_subject_args(verb, ents) -> list[Arg]:
    """The subject of a that-clause: "alleging that the two companies stole its designs"."""
    out: list[Arg] = []
    for clause in that_clauses(verb):
        for c in clause.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                out += entity_args(c, ents)
    return _dedupe(out)


def that_clauses(tok) -> list:
    """The that-clauses of a verb or noun: its ccomp; a clause marked "that" hung on it as a
    modifier ("allegations that X copied"); for a verb, such a clause the parser hung on the
    object of its preposition ("alleged in a filing that X had copied")."""
    def marked(clause) -> bool:
        return clause.dep_ in ("acl", "relcl") and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)

    out = [c for c in tok.children if c.dep_ == "ccomp" or marked(c)]
    if not out and tok.dep_ == "compound" and tok.tag_ in ("VBZ", "VBD", "VBP") and tok.head.dep_ == "nsubj" \
            and tok.head.head.pos_ in ("VERB", "AUX") and tok.head.head.i > tok.i:
        # "Orvanta claims Brisklet infringed its patents": the parser made the verb of saying a
        # modifier of the name after it, and what was said the sentence's own clause
        out = [tok.head.head]
    if not out and tok.pos_ in ("VERB", "AUX"):
        out = [cl for prep in tok.children if prep.dep_ == "prep" for pobj in prep.children if pobj.dep_ == "pobj"
               for cl in pobj.children if marked(cl)]
    return out


def is_passive(verb) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass", "agent") for c in verb.children) or \
        (verb.dep_ in ("acl",) and verb.tag_ == "VBN" and not is_misparsed_main_verb(verb))


# ---------------------------------------------------------------------------- noun slots

def possessor_args(noun, ents) -> list[Arg]:
    """"Google's acquisition", "its stake": the possessor ("its"/"his" resolved)."""
    for child in noun.children:
        if child.dep_ == "poss":
            return entity_args(child, ents)
    return []


def compound_args(noun, ents) -> list[Arg]:
    """Names modifying the noun from the left: "the Compaq takeover"."""
    out: list[Arg] = []
    for child in noun.children:
        if child.dep_ in ("compound", "nmod", "amod") and child.i < noun.i:
            cid = ents.cluster_at(child)
            if cid is not None:
                out.append(Arg(cid, child.i, "name"))
    return _dedupe(out)


def by_args(noun, ents) -> list[Arg]:
    """"the acquisition by X", "a round led by X", "a suit filed by X"."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "by":
            return prep_object_args(child, ents)
        if child.dep_ in ("acl", "relcl") and child.tag_ == "VBN":
            found = agent_args(child, ents)
            if found:
                return found
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            # "the acquisition of Brisklet by Orvanta": the parser hangs "by" on the "of" object
            for obj in child.children:
                if obj.dep_ == "pobj" and ents.cluster_at(obj) is not None:
                    found = [a for p in obj.children if p.dep_ == "prep" and p.lower_ == "by"
                             for a in prep_object_args(p, ents)]
                    if found:
                        return found
    verb = noun.head
    if noun.dep_ in ("dobj", "obj") and verb.pos_ == "VERB" and not is_passive(verb):
        # "X secured a round of funding in 2013 by Y": an active verb has no agent, so the "by"
        # the parser hung on it is its object's
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ == "by" and child.i > noun.i:
                return prep_object_args(child, ents)
    return []


#: Nouns through whose "of" a verb governs the noun after it: "a memorandum of understanding",
#: "a number of partnerships", "a series of deals".
OF_HEADS = frozenset({"memorandum", "letter", "number", "series", "couple", "host", "string"})


def governor_verb(noun):
    """The verb a noun is the object of ("filed suit"), directly or through a preposition ("took
    part in the round"), or None."""
    head = noun.head
    if noun.dep_ in ("dobj", "obj", "nsubjpass", "attr", "oprd") and head.pos_ in ("VERB", "AUX"):
        return head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.dep_ == "acomp" and head.head.head.pos_ in ("VERB", "AUX"):
        return head.head.head  # "pleaded guilty to charges": through the verb's adjective
    if noun.dep_ == "conj":
        return governor_verb(noun.head)
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in OF_HEADS:
        # "signed a memorandum of understanding (a letter of intent)", "announced a number of
        # partnerships": the verb governs the noun through the word before "of"
        return governor_verb(head.head)
    return None


#: Prepositions through which any verb's subject takes part in the event a noun names: "through
#: a partnership with RCA, it promoted", "amid its feud with X, Y sued", "entered the market with
#: the purchase of Y".
CIRCUMSTANCE_PREPS = frozenset({"through", "under", "via", "amid", "with"})


def governor_subject_args(noun, ents, verbs: frozenset[str] | None, *, circumstance: bool = False) -> list[Arg]:
    """The subject of the verb governing ``noun`` when that verb is one of ``verbs`` ("X filed
    suit", "X took a stake") or, with ``circumstance``, the noun is a circumstance of any verb
    ("through a partnership with RCA, X promoted ..."); for a passive governor, its agent."""
    verb = governor_verb(noun)
    circumstance = circumstance and noun.dep_ == "pobj" and (noun.head.lower_ in CIRCUMSTANCE_PREPS or (
        # "In collaboration with the University of Bologna, Baldinini plans ..."
        noun.head.lower_ == "in" and any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children)))
    if verb is None and circumstance and noun.head.head.dep_ in ("dobj", "obj"):
        # "X published four titles in partnership with Y": the circumstance hung on the object
        verb = governor_verb(noun.head.head)
    if verb is None and circumstance and noun.head.head.dep_ == "nsubj" and ents.cluster_at(noun.head.head) is not None:
        # "Orvanta, in partnership with Zephyrix, launched a satellite": hung on the subject
        return entity_args(noun.head.head, ents)
    if verb is None or verbs is not None and lemma_of(verb) not in verbs and not circumstance:
        return []
    if noun.dep_ == "pobj" and noun.head.lower_ == "with" and is_passive(verb) and verbs is not None \
            and not circumstance:
        # "X was hit with a lawsuit": the one the verb names as undergoer holds the noun
        return passive_subject_args(verb, ents)
    if noun.dep_ == "pobj" and noun.head.lower_ == "in" and is_passive(verb):
        # "X is locked in a rivalry with Y", "X was engaged in talks with Y": the one in it
        return passive_subject_args(verb, ents)
    if noun.dep_ == "nsubjpass" or is_passive(verb):
        return agent_args(verb, ents)
    return subject_args(verb, ents)


def between_args(noun, ents) -> list[Arg]:
    return prep_args(noun, ents, ("between",))


def owners_of(noun, ents) -> list[Arg]:
    """Whose an unnamed noun is: its possessor or the name modifying it ("Velmora's decision",
    "the Quorvane plan"); nothing for a noun that is a name itself or has a person's name apposed
    ("Corvane's chief executive, Mira Tolsen", the person). What the slots "obj-poss",
    "obj-unit", "ccomp-poss" and "prep-poss" read."""
    if ents.cluster_at(noun) is not None:
        return []
    if any(c.dep_ == "appos" and ents.cluster_at(c) is not None and ents.type_of(ents.cluster_at(c)) == "Person"
           for c in noun.children):
        return []  # ("criticized Corvane's chief executive, Mira Tolsen": the person named, not Corvane)
    return [a for p in noun.children if p.dep_ == "poss" or p.dep_ in ("compound", "nmod") and p.i < noun.i
            for a in entity_args(p, ents)]


def read_slot(slot: str, tok, ents, *, passive: bool = False) -> list[Arg]:
    """The arguments in ``slot`` of the trigger ``tok`` (slot names: see ``kg/data/triggers.json``)."""
    if slot == "subj":
        return agent_args(tok, ents) if passive else subject_args(tok, ents)
    if slot == "obj":
        return passive_subject_args(tok, ents) if passive else object_args(tok, ents)
    if slot == "subj-poss":
        # "Orvanta's drones compete with Y": the maker of what competes
        return [a for c in tok.children if c.dep_ in SUBJECT_DEPS and ents.cluster_at(c) is None
                and (c.lower_ in lexicon().product_nouns or c.lemma_.lower() in lexicon().product_nouns)
                for p in c.children if p.dep_ == "poss" for a in entity_args(p, ents)
                if ents.type_of(a.cluster) == "Organization"]
    if slot.startswith("prep-maker:"):
        # "to compete with Brisklet's Falcon 9": the company whose named product it is; "compete
        # with Brisklet's drones", "with products from Brisklet": whose unnamed products they are
        return [a for c in tok.children if c.dep_ == "prep" and c.lower_ == slot[11:]
                for o in c.children if o.dep_ == "pobj" and (
                    ents.type_of(ents.cluster_at(o)) == "Product" if ents.cluster_at(o) is not None
                    else o.lower_ in lexicon().product_nouns or o.lemma_.lower() in lexicon().product_nouns)
                for p in o.children if p.dep_ == "poss" or ents.cluster_at(o) is None and p.dep_ == "prep"
                and p.lower_ == "from"
                for a in (entity_args(p, ents) if p.dep_ == "poss" else prep_args(o, ents, ("from",)))
                if ents.type_of(a.cluster) == "Organization"]
    if slot.startswith("prep-poss:"):
        # "critical of Velmora's strategy", "scoffed at Velmora's claims": whose the thing is
        return [a for c in tok.children if c.dep_ == "prep" and c.lower_ == slot[10:]
                for o in c.children if o.dep_ == "pobj" for a in owners_of(o, ents)]
    if slot.startswith("prep:"):
        found = prep_args(tok, ents, (slot[5:],))
        if not found and tok.pos_ in ("NOUN", "PROPN"):
            # "a lawsuit filed by X against Y": the preposition hangs on the participle
            found = [a for c in tok.children if c.dep_ in ("acl", "relcl") and c.tag_ in ("VBN", "VBG")
                     for a in prep_args(c, ents, (slot[5:],))]
        if not found and tok.pos_ in ("VERB", "AUX"):
            # "is investing up to $4 billion in X": the parser hangs the preposition on the amount
            found = [a for obj in tok.children if obj.dep_ in ("dobj", "obj") and obj.ent_type_ in ("MONEY", "PERCENT", "CARDINAL", "QUANTITY")
                     for a in prep_args(obj, ents, (slot[5:],))]
        if not found and tok.pos_ in ("VERB", "AUX"):
            # "parted ways with X": on the idiom's own noun (a noun that names nothing)
            found = [a for obj in tok.children if obj.dep_ in ("dobj", "obj") and obj.pos_ == "NOUN"
                     and ents.cluster_at(obj) is None and obj.lemma_.lower() in lexicon().idiom_nouns
                     for a in prep_args(obj, ents, (slot[5:],))]
        if not found and tok.pos_ in ("VERB", "AUX") and slot[5:] in ("in", "into"):
            # "invested alongside Trellis in Velmora": the parser hangs "in" on the co-investor
            found = [a for p in tok.children if p.dep_ == "prep" and p.lower_ in ("alongside", "with")
                     for o in p.children if o.dep_ == "pobj" for q in o.children
                     if q.dep_ == "prep" and q.lower_ == slot[5:] for a in prep_object_args(q, ents)]
        if not found and tok.pos_ in ("VERB", "AUX") and slot == "prep:from":
            # "poached Dana Whitlock from X": the parser hangs "from" on the person who is the
            # object
            found = [a for obj in tok.children if obj.dep_ in ("dobj", "obj") and ents.cluster_at(obj) is not None
                     and ents.type_of(ents.cluster_at(obj)) == "Person" for a in prep_args(obj, ents, ("from",))]
        if not found and tok.pos_ in ("VERB", "AUX") and slot == "prep:at":
            # "led engineering at X", "ran chip design teams at X": the work done there, on the
            # noun that names the work
            found = [a for obj in tok.children if obj.dep_ in ("dobj", "obj") and obj.pos_ == "NOUN"
                     and ents.cluster_at(obj) is None for a in prep_args(obj, ents, ("at",))]
        if not found and tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "obj"):
            # "bought minority stakes in the Dutch company": the parser hangs the preposition on
            # the verb, the noun's own preposition all the same
            verb = tok.head
            found = [a for child in verb.children if child.dep_ == "prep" and child.lower_ == slot[5:]
                     and child.i > tok.i for a in prep_object_args(child, ents)]
        return found
    if slot.startswith("acl:"):
        # "his lawsuit calling OpenAI a gorgon", "a complaint accusing X of ...": the object of a
        # participle that describes the noun
        verbs = frozenset(slot[4:].split(","))
        found = [a for c in tok.children if c.dep_ in ("acl", "relcl") and lemma_of(c) in verbs
                 for a in object_args(c, ents)]
        if not found and tok.dep_ in ("dobj", "obj") and tok.head.pos_ in ("VERB", "AUX"):
            # "filed a lawsuit in federal court accusing X of ...": the parser hangs the
            # participle on the verb that governs the noun
            found = [a for c in tok.head.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > tok.i
                     and lemma_of(c) in verbs for a in object_args(c, ents)]
        return found
    if slot == "obj-poss":
        # "slammed Velmora's decision", "criticized the Quorvane plan": criticizing what an
        # organization did is criticizing it
        return [a for c in (*[c for c in tok.children if c.dep_ in ("dobj", "obj")], *small_clause_subjects(tok))
                for a in owners_of(c, ents)]
    if slot == "obj-unit":
        # "joined Google's self-driving car project", "joined the Zarvik research team": a part
        # of an organization that is no entity of its own
        # (not a part named beside its possessor: "heads Orvanta's Velmora division" leads Velmora)
        return [a for c in tok.children if c.dep_ in ("dobj", "obj") and lemma_of(c) in lexicon().workplace_nouns
                and not (any(p.dep_ == "poss" for p in c.children)
                         and any(p.dep_ in ("compound", "nmod") and ents.cluster_at(p) is not None for p in c.children))
                for a in owners_of(c, ents)]
    if slot == "listed":
        # "acquisitions including A and B", "its purchases, such as A": the members a plural noun
        # lists, also when the parser hung the list on the verb (right after the noun, a comma
        # at most between)
        found = listed_args(tok, ents)
        if not found and tok.tag_ in ("NNS", "NNPS"):
            nxt = tok.i + 1
            while nxt < len(tok.doc) and tok.doc[nxt].is_punct:
                nxt += 1
            after = tok.doc[nxt] if nxt < len(tok.doc) else None
            if after is not None and after.dep_ == "prep" and after.lower_ in LISTING_PREPS \
                    and after.head.i in (tok.head.i, tok.head.head.i):
                found = prep_object_args(after, ents)
        return found
    if slot == "copula-subj":
        # "X is Y's fourth purchase", "X was its biggest acquisition": what the noun is said of
        if tok.dep_ == "attr" and tok.head.lemma_ == "be":
            return [a for c in tok.head.children if c.dep_ == "nsubj" for a in entity_args(c, ents)]
        if tok.dep_ == "appos" and tok.i > tok.head.i and any(c.dep_ == "poss" for c in tok.children) \
                and ents.cluster_at(tok.head) is not None:
            # "Corvane, Halvex's latest acquisition, cut jobs": the name the noun is apposed to
            return [Arg(ents.cluster_at(tok.head), tok.head.i, "name")]
        return []
    if slot == "where":
        return [a for c in tok.children if c.dep_ == "advmod" and c.lower_ == "where" for a in entity_args(c, ents)]
    if slot == "ccomp":
        return ccomp_subject_args(tok, ents)
    if slot == "ccomp-poss":
        # "said Velmora's strategy was a mistake": whose the thing judged is
        return [a for clause in that_clauses(tok) for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")
                for a in owners_of(c, ents)]
    if slot == "poss":
        return possessor_args(tok, ents)
    if slot == "compound":
        return compound_args(tok, ents)
    if slot == "by":
        return by_args(tok, ents)
    if slot == "between":
        return between_args(tok, ents)
    if slot == "gov":
        return governor_subject_args(tok, ents, triggers().light_verbs, circumstance=True)
    if slot.startswith("gov:"):
        return governor_subject_args(tok, ents, frozenset(slot[4:].split(",")))
    if slot.startswith("gov-from:"):
        # "its latest round came from investors including A and B": the noun is the subject of
        # the verb, the "from" of the verb names who gave it
        verb = tok.head
        if tok.dep_ != "nsubj" or lemma_of(verb) not in slot[9:].split(","):
            return []
        return prep_args(verb, ents, ("from",))
    if slot.startswith("verb-obj:"):
        # "The complaint names Corvane as a defendant", "the suit targets Y": the object of the
        # verb the noun trigger is the subject of
        verb = tok.head
        if tok.dep_ != "nsubj" or verb.pos_ != "VERB" or lemma_of(verb) not in slot[9:].split(","):
            return []
        return object_args(verb, ents)
    if slot.startswith("gov-obj:"):
        # "X hit Y with a lawsuit", "X slapped Y with a suit": the governing verb's object
        verb = governor_verb(tok)
        if verb is None or lemma_of(verb) not in slot[8:].split(",") or is_passive(verb):
            return []
        return object_args(verb, ents)
    raise ValueError(f"unknown argument slot {slot!r} in kg/data/triggers.json")


# ---------------------------------------------------------------------------- role nouns

def _titled_name(tok, ents) -> Arg | None:
    """The person a role titles when the text runs "Ericsson chief executive Börje Ekholm" and the
    parser hung the role on the organization instead: a person's name right after the role noun,
    not linked to it in the parse, is the holder."""
    nxt = tok.i + 1
    if nxt >= len(tok.doc) or tok.tag_ not in ("NN", "NNP") or tok.dep_ not in ("appos", "compound", "npadvmod", "dep"):
        return None
    m = ents.mention_at(nxt)
    if m is None or m.start != nxt or ents.type_of(m.cluster) != "Person":
        return None
    name = tok.doc[m.end - 1]
    for t in tok.doc[m.start:m.end]:
        if not (m.start <= t.head.i < m.end):
            name = t  # the name's head
    if name.head.i == tok.i or tok.head.i == name.i:
        return None  # the parse links them already
    return Arg(m.cluster, name.i, "name")


def _titling_organization(tok, ents) -> Arg | None:
    """"Oracle chief executive Larry Ellison says": the organization's name right before a role
    used as a title, which the parser made the verb's subject instead of the role's modifier."""
    if not (_titled_name(tok, ents) or tok.dep_ == "compound" and tok.head.pos_ == "PROPN"):
        return None
    i = tok.i - 1
    while i >= 0 and tok.doc[i].is_lower and tok.doc[i].dep_ in ("amod", "compound", "nmod") \
            and tok.doc[i].head.i in (tok.i, i + 1):
        i -= 1  # "chief", "co-"
    m = ents.mention_at(i) if i >= 0 else None
    if m is None or m.end != i + 1 or ents.type_of(m.cluster) != "Organization":
        return None
    return Arg(m.cluster, i, "name")


def _role_over_listed_name(tok, ents):
    """For a role noun coordinated with an organization's name that is the object of another
    role's preposition ("CTO of Kestrel Technology and CEO of Kestrel Asia"), that other role."""
    if tok.dep_ != "conj" or tok.pos_ not in ("NOUN", "PROPN") or ents.cluster_at(tok) is not None:
        return None
    base = tok
    while base.dep_ == "conj":
        base = base.head
    cid = ents.cluster_at(base)
    if cid is None or ents.type_of(cid) != "Organization" or base.dep_ != "pobj" \
            or base.head.lower_ not in ("of", "at", "for"):
        return None
    role = base.head.head
    if role.pos_ in ("NOUN", "PROPN") and (role_triggers(role) or lemma_of(role) in lexicon().person_nouns):
        return role
    return None


def _name_after_comma(tok, ents) -> Arg | None:
    """"against X and its chief executive, Marta Quist": a person's name set off by a comma
    right after a coordinated role, which the parser hung on the first conjunct instead."""
    if tok.dep_ != "conj":
        return None
    doc = tok.doc
    comma = tok.right_edge.i + 1
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return None
    m = ents.mention_at(comma + 1)
    if m is None or m.start != comma + 1 or ents.type_of(m.cluster) != "Person":
        return None
    head = doc[m.end - 1]
    while head.head.i != head.i and m.start <= head.head.i < m.end:
        head = head.head
    if head.dep_ != "appos" or head.head.i != tok.head.i:
        return None
    return Arg(m.cluster, m.start, "name")


def _title_coordinated_with_name(tok, ents) -> Arg | None:
    """"Zephyrix co-founder and chief executive Dana Whitlock": the parser coordinates the first
    title with the name the second one titles; both title that person."""
    for conj in tok.children:
        if conj.dep_ != "conj" or conj.pos_ != "PROPN":
            continue
        cid = ents.cluster_at(conj)
        if cid is None or ents.type_of(cid) != "Person":
            continue
        m = ents.mention_at(conj.i)
        between = tok.doc[tok.i + 1:m.start] if m is not None else ()
        if between and between[0].lower_ == "and" and all(
                t.lower_ == "and" or role_triggers(t) or t.lower_ in lexicon().title_modifiers for t in between):
            return Arg(cid, conj.i, "name")
    return None


def holder_args(tok, ents, depth: int = 0) -> list[Arg]:
    """Who holds the role ``tok`` names: the phrase it is in apposition to, the subject it is
    predicated of, the name it titles, the name in apposition to it, the members it lists
    ("investors including A and B"), or, for a company described by what it makes ("the
    iPhone maker"), the company the description refers to."""
    from kg.extract.reference import counterpart, is_org_description

    named = named_as(tok, ents)
    if named:
        return named  # "the joint venture, called Ohio Cell": the name it is given holds the role
    if is_org_description(tok) and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children) \
            and tok.dep_ not in ("appos", "attr") and not any(c.dep_ == "appos" for c in tok.children):
        found = resolve(ents, tok)
        if found:
            return _args(found, tok)
    titled = _titled_name(tok, ents)
    if titled is not None:
        return [titled]
    named_after = _name_after_comma(tok, ents)
    if named_after is not None:
        return [named_after]
    if tok.tag_ == "NN":
        # "a critic of Tarvex and its chief executive, Jonah Pell": the person named in apposition
        # to a singular role holds it, whatever the parser hung the role on
        named = [Arg(cid, c.i, "name") for c in tok.children if c.dep_ == "appos" and c.i > tok.i
                 for cid in [ents.cluster_at(c)] if cid is not None and ents.type_of(cid) == "Person"]
        if named:
            return named[:1]
    coordinated = _title_coordinated_with_name(tok, ents)
    if coordinated is not None:
        return [coordinated]
    other = counterpart(ents, tok)
    if other is not None:
        return [Arg(other, tok.i, "description")]  # "Orvanta sued its rival": the rival named before
    base = tok
    while base.dep_ == "conj":
        base = base.head
    governing = _role_over_listed_name(tok, ents)
    if governing is not None and depth < 3:
        # "the publisher of The Daily Courier and chief executive of Courier Media": the second
        # role, which the parser coordinated with the first one's organization, is the same holder's
        return holder_args(governing, ents, depth + 1)
    if base.i != tok.i and role_triggers(base):
        # "Orvanta co-founder and chief executive Dana Whitlock", the name hung on the first
        # title: it is the second's too
        named = [Arg(cid, c.i, "name") for c in base.children if c.dep_ == "appos" and c.i > tok.i
                 for cid in [ents.cluster_at(c)] if cid is not None and ents.type_of(cid) == "Person"]
        if named:
            return named
    if base.i != tok.i and tok.text[:1].isupper() and not any(c.dep_ == "det" for c in tok.children):
        cid = ents.cluster_at(base)
        if cid is not None and ents.type_of(cid) == "Person":
            return [Arg(cid, base.i, "name")]  # "by Omar Reyes, President and CEO" parsed as a coordination
    if tok.tag_ in ("NNS", "NNPS"):
        listed = listed_args(tok, ents)
        if listed:
            return listed  # "investors, including Honda and Microsoft"
    if base.pos_ in ("AUX", "VERB") and base.lemma_ in ("be", "become", "remain", "serve", "act", "work") \
            and not any(c.dep_ in ("dobj", "obj") for c in base.children):
        # "X is a physician, and the current CEO of Y", "X served as CEO of A from 1983 and CEO
        # of B from 1994" (parsed as the verb's conjunct)
        return subject_args(base, ents)
    if base.dep_ == "nsubj" and base.head.lemma_ == "be":
        # "the chief executive officer is Saad Al Kaabi", "its current CEO is John Starcher"
        named = [a for attr in base.head.children if attr.dep_ == "attr" for a in entity_args(attr, ents)]
        if named:
            return named
    if base.dep_ == "pobj" and base.head.lower_ == "of" and base.head.head.lower_ in ("one", "some", "two", "three",
                                                                                   "several", "many", "among") \
            and depth < 3:
        # "Solvane Capital, one of Nimbral's earliest investors": who "one" is
        return holder_args(base.head.head, ents, depth + 1)
    if base.dep_ == "appos" and base.head.pos_ == "NOUN" and not resolve(ents, base.head) and depth < 3:
        # "a German businessman, CEO of Y": the role describes whoever the noun describes
        return holder_args(base.head, ents, depth + 1)
    if base.dep_ == "appos" and base.head.dep_ == "attr" and base.head.head.lemma_ in ("be", "become", "remain") \
            and ents.cluster_at(base.head) is not None and ents.mention_end(base.head.i) == base.i:
        # "Brzezinski is Robert E. Osgood Professor of American Foreign Policy": a chair named
        # after someone (no comma between the name and the role) is the subject's
        return subject_args(base.head.head, ents)
    if base.dep_ == "appos" and base.head.dep_ == "pobj" and base.head.head.lower_ in ("at", "of") \
            and depth < 3 and lemma_of(tok) in lexicon().person_nouns and ents.cluster_at(base.head) is not None \
            and ents.type_of(ents.cluster_at(base.head)) == "Organization":
        role = base.head.head.head
        if role.pos_ in ("NOUN", "PROPN") and (role_triggers(role) or lemma_of(role) in lexicon().person_nouns):
            # "Professor at Johns Hopkins University, a scholar at CSIS": the parser hangs the
            # second role on the first one's organization; both are the same person's (a role an
            # organization can hold describes the organization: "Y, itself a part of Z")
            return holder_args(role, ents, depth + 1)
    if base.dep_ == "appos":
        # "Elon Musk and Sam Altman, co-founders": a plural role covers every conjunct; a singular
        # one only the name right before it ("Jared Kushner, ...; and Josh Kushner, the owner").
        if tok.tag_ in ("NNS", "NNPS"):
            return entity_args(base.head, ents)
        last = max((c for c in conjuncts(base.head) if c.i < base.i), key=lambda c: c.i, default=base.head)
        if last.i != base.head.i and ents.cluster_at(last) is not None:
            # "sued Tom Berg and Anna Reyes, Brisklet's finance chief": the parser hangs the
            # apposition on the first name; it is the last one's
            return [Arg(ents.cluster_at(last), last.i, "name")]
        return _args(resolve(ents, base.head), base.head)
    if base.dep_ in ("attr", "oprd") or (base.dep_ == "conj" and base.head.dep_ == "attr") \
            or base.dep_ == "acomp" and base.pos_ == "NOUN":  # ("will remain chair": read as an adjective)
        head = base.head
        if head.lemma_ in ("be", "become", "remain", "turn", "serve"):
            return subject_args(head, ents)
        if base.dep_ == "oprd":  # "named Pichai CEO": the object; "was appointed CEO": the subject
            if is_passive(head):
                return passive_subject_args(head, ents)
            found = [a for d in head.children if d.dep_ == "dobj" for a in entity_args(d, ents)]
            if not found:
                # "named Omar Reyes chief executive", the name parsed as the role's modifier
                found = [Arg(cid, c.i, "name") for c in base.children if c.dep_ in ("nmod", "compound")
                         and c.i < base.i for cid in [ents.cluster_at(c)]
                         if cid is not None and ents.type_of(cid) == "Person"]
            return found
    if base.dep_ in ("dobj", "obj") and lemma_of(base.head) in ("appoint", "name", "elect") \
            and not is_passive(base.head):
        # "Velmora appointed Omar Reyes chief executive", the name parsed as the role's modifier
        # (right after the verb, the role right after the name)
        found = [Arg(cid, c.i, "name") for c in base.children if c.dep_ in ("nmod", "compound")
                 and c.i < base.i for cid in [ents.cluster_at(c)] if cid is not None and ents.type_of(cid) == "Person"
                 and c.left_edge.i == base.head.i + 1
                 and all(t.head.i == base.i and t.dep_ in ("amod", "compound") for t in base.doc[c.i + 1:base.i])]
        if found:
            return found
    governing = base.head.head if base.dep_ == "pobj" else base
    if base.dep_ == "pobj" and base.head.lower_ == "to" and governing.dep_ == "prep" and governing.lower_ == "from":
        governing = governing.head  # "moves from chief executive to chairman", "to" hung on "from"
    if base.dep_ == "pobj" and base.head.lower_ in ("from", "to") and governing.pos_ == "VERB" \
            and lemma_of(governing) in ("move", "shift", "switch", "rise", "promote", "step", "go", "return",
                                        "elevate", "appoint", "name", "elect"):
        # "Yang Yuanqing moves from chief executive to chairman", "X was promoted to president"
        verb = governing
        if is_passive(verb):
            found = passive_subject_args(verb, ents)
        else:  # "the board promoted X to president": the one promoted
            found = object_args(verb, ents) if lemma_of(verb) in ("promote", "elevate", "appoint", "name", "elect") \
                else []
            found = found or subject_args(verb, ents)
        if found:
            return found
    if base.dep_ in ("npadvmod", "nsubj", "dep", "advmod") and base.i < base.head.i and tok.i < 3 + tok.sent.start:
        # "The former President and CEO of Dell Inc., in 2006 Rollins was named ...": a role put
        # before the main clause describes its subject
        subject = next((c for c in tok.sent.root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > tok.i
                        and c.i != base.i), None)
        if subject is not None:
            found = [a for a in entity_args(subject, ents) if ents.type_of(a.cluster) == "Person"]
            if found:
                return found
    if base.dep_ == "pobj" and base.head.lower_ == "among" and base.head.head.lemma_ == "be":
        # "A and B are among Velmora's backers"
        found = subject_args(base.head.head, ents)
        if found:
            return found
    if base.dep_ == "pobj" and base.head.lower_ == "among" and base.head.head.pos_ == "VERB":
        # "Brisklet counts Solvane Capital among its backers"
        found = object_args(base.head.head, ents)
        if not found:
            # "X raised $90 million, with A and B among the investors" (both phrases hung on the
            # verb): the names of the "with" just before
            found = [a for c in base.head.head.children if c.dep_ == "prep" and c.lower_ == "with"
                     and c.i < base.head.i for p in c.children if p.dep_ == "pobj" for a in entity_args(p, ents)]
        if found:
            return found
    if base.dep_ == "pobj" and base.head.lower_ == "among" and base.head.head.pos_ in ("PROPN", "NOUN"):
        # "with A, B and C among the other investors", "A, among the founders": the names the
        # "among" hangs on, with their conjuncts
        found = entity_args(base.head.head, ents)
        if found:
            return found
    if base.dep_ in ("dobj", "obj") and lemma_of(base.head) in TAKING_VERBS \
            and tok.tag_ in ("NN", "NNS") and (any(c.dep_ == "prep" for c in tok.children) or any(
                c.dep_ == "prep" and c.lower_ in ("at", "with") and c.i > base.i for c in base.head.children)):
        # "X held engineering positions with A and B", "X took a job at Y": the subject holds it
        found = [a for a in subject_args(base.head, ents) if ents.type_of(a.cluster) == "Person"]
        if found:
            return found
    if base.dep_ == "nsubj" and lemma_of(base.head) in ("include", "comprise", "count"):
        # "Zephyrix's investors include A and B"
        found = object_args(base.head, ents)
        if found:
            return found
    if base.dep_ == "pobj" and base.head.lower_ == "as" and base.head.head.lemma_.lower() in lexicon().tenure_nouns \
            and base.head.head.dep_ == "pobj" and base.head.head.head.dep_ == "prep":
        # "After 14 years as chief executive of Fintrix, Jonas Lind will ...", "During his
        # stint as CEO, X ...": whoever the clause the time phrase belongs to is about
        verb = base.head.head.head.head
        if verb.pos_ in ("VERB", "AUX"):
            found = [a for a in subject_args(verb, ents) if ents.type_of(a.cluster) == "Person"]
            if found:
                return found
    if base.dep_ == "pobj" and base.head.lower_ == "among" and base.head.head.pos_ == "VERB" \
            and lemma_of(base.head.head) in ("count", "list", "number", "include", "rank"):
        # "It counts Halvex among its investors": the one counted
        found = object_args(base.head.head, ents)
        if found:
            return found
    agent = base.head.head if base.dep_ == "pobj" and base.head.lower_ == "as" else None
    if agent is not None and agent.dep_ == "pobj" and agent.head.dep_ == "agent" \
            and lemma_of(agent.head.head) in ("replace", "succeed"):
        # "X was succeeded by Y as chief executive": the parser hangs "as" on Y, who takes the
        # role (the succession rule gives it to X too)
        cid = ents.cluster_at(agent)
        if cid is not None and ents.type_of(cid) == "Person":
            return [Arg(cid, agent.i, "name")]
    if base.dep_ == "pobj" and base.head.lower_ == "as" and _as_verb(base.head).pos_ in ("VERB", "AUX"):
        verb = _as_verb(base.head)
        if is_passive(verb):  # "was named as chief executive", "was ousted as CEO"
            return passive_subject_args(verb, ents)
        if lemma_of(verb) in ("replace", "succeed"):
            # "A succeeded B as chief executive": A holds the role now (the succession rule gives
            # it to B too); "the board replaced B as chief executive": B held it
            people = [a for a in subject_args(verb, ents) if ents.type_of(a.cluster) == "Person"]
            if people:
                return people
        if lemma_of(verb) in ("name", "appoint", "hire", "install", "replace", "succeed", "tap", "pick", "elect",
                              "count", "list") or lemma_of(verb) in lexicon().removing_verbs:
            # ("Velmora counts A and B as investors", "the board ousted X as chief executive")
            objects = object_args(verb, ents)  # "Arm named Rene Haas as chief executive"
            if objects:
                return objects
        if lemma_of(tok) in lexicon().unit_name_words:
            # "X operates Y as an independent unit": the object is the unit
            objects = object_args(verb, ents)
            if objects:
                return objects
        return subject_args(verb, ents)  # "serves as CEO of X", "joined as a researcher"
    if base.dep_ in ("compound", "nmod", "amod") and base.head.pos_ == "PROPN":
        cid = ents.cluster_at(base.head)  # "Zephyrix co-founder Dana Whitlock", "its rival Quorvane"
        if cid is not None and tok.tag_ in ("NNS", "NNPS"):
            # "MIT professors Harold Abelson and Gerald Sussman": a plural title covers the conjuncts
            return [a for a in entity_args(base.head, ents) if a.how == "name"]
        return [Arg(cid, base.head.i, "name")] if cid is not None else []
    if base.dep_ == "compound" and base.head.pos_ == "NOUN" and base.i < base.head.i:
        found = [a for a in entity_args(base.head, ents) if a.how == "name"]
        if found:
            return found
    for child in tok.children:
        if child.dep_ == "appos":
            found = entity_args(child, ents)
            if found:
                return found
        if child.dep_ == "prep" and child.lower_ in ("of", "at"):
            # "The boss of Zephyrix Labs, Dana Whitlock, said": the person the parser hung on
            # the organization
            found = [Arg(cid, a.i, "name") for p in child.children if p.dep_ == "pobj"
                     for a in p.children if a.dep_ == "appos"
                     for cid in [ents.cluster_at(a)] if cid is not None and ents.type_of(cid) == "Person"]
            if found:
                return found
        if child.dep_ == "acl" and child.lemma_ in ("call", "name", "dub", "know", "brand"):
            # "a new Verizon unit called Oath"
            found = [a for c in child.children if c.dep_ in ("oprd", "attr", "dobj") for a in entity_args(c, ents)]
            if found:
                return found
    if base.dep_ == "acl" or base.head.dep_ == "appos" and base.dep_ in ("attr", "oprd"):
        return entity_args(base.head.head, ents)
    return []


def passive_agent_verb(tok):
    """The passive verb whose "by" agent the role ``tok`` describes or titles, if any: "founded
    by Anthony Fischetti, its President", "led by chief executive Carly Fiorina"."""
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


#: Prepositions after a role noun that introduce its organization.
ROLE_TARGET_PREPS = ("of", "at", "in", "for", "with", "to", "between", "behind", "within", "from")


def led_by_title_args(tok, ents) -> list[Arg]:
    """"Netlist, led by chief executive Chun-Kit Hong, sued Micron": a role titling the agent of
    a verb of heading that describes an organization belongs to that organization."""
    name = tok.head if tok.dep_ in ("compound", "amod", "nmod") and tok.head.pos_ == "PROPN" else None
    if name is None or name.dep_ != "pobj" or name.head.lower_ != "by":
        return []
    verb = name.head.head
    if lemma_of(verb) not in lexicon().heading_verbs or verb.dep_ not in ("acl", "relcl"):
        return []
    return [a for a in entity_args(verb.head, ents) if ents.type_of(a.cluster) == "Organization"]


def _by_prep(head, i: int) -> str | None:
    """The preposition on ``head`` whose phrase holds token ``i``, if any."""
    for child in head.children:
        if child.dep_ in ("prep", "dative") and child.left_edge.i <= i <= child.right_edge.i:
            return child.lower_
    return None


def target_args(tok, ents, relation: str) -> list[Arg]:
    """The organization a role ``tok`` belongs to: "CEO of X", "X's CEO", "X CEO", coordinated
    roles sharing it ("founder and CEO of X"), the verb's object ("runs the company as chief
    executive"), the passive verb's subject ("founded by X, its CEO")."""
    preps = ("at", "in") if lemma_of(title_word(tok)) in triggers().academic_roles else ROLE_TARGET_PREPS
    out: list[Arg] = before_next_role(tok, prep_args(tok, ents, preps, possessor=True))
    if any(_by_prep(tok, a.token) == "of" and not ents.looks_like_place(a.cluster)
           and tok.doc[a.token].ent_type_ not in ("GPE", "LOC") for a in out):
        # "Member of Parliament for Glasgow": with the organization named by "of", what "for"
        # names, unless the NER calls it an organization, is whom the role serves (a place "of"
        # is no organization: "head of Europe for Halvex" keeps Halvex); and
        # in "chief executive of X and adviser to Y", a "to" the parser hung on the first role is
        # the next one's
        out = [a for a in out if _by_prep(tok, a.token) != "to" and not (
            _by_prep(tok, a.token) == "for" and tok.doc[a.token].ent_type_ != "ORG")]
    if not out and preps == ("at", "in"):
        # "Professor of Computer Science at X": the parser hangs "at X" on the field
        out = [a for of in tok.children if of.dep_ == "prep" and of.lower_ == "of"
               for field in of.children if field.dep_ == "pobj" and ents.cluster_at(field) is None
               for a in prep_args(field, ents, preps)]
    if relation != "investedIn":
        # (not "a subsidiary company in Sweden": "in" a place says where, not whose -- but "an
        # investor in Velmora", which the model may take for a place, is in Velmora)
        out = [a for a in out if not (ents.looks_like_place(a.cluster) and _by_prep(tok, a.token) == "in")]
    governing = _role_over_listed_name(tok, ents) if not out else None
    if governing is not None:
        # "... of The Daily Courier and chief executive of Courier Media": the parser hangs the
        # second "of" on the first organization or on the first role; it is the one after this role
        first = tok
        while first.dep_ == "conj":
            first = first.head
        for carrier in (first, governing):
            for child in carrier.children:
                if child.dep_ == "prep" and child.lower_ in preps and child.i > tok.i:
                    out += prep_object_args(child, ents)
            if out:
                break
    if out:
        # "Professor at the Collège de France, IHÉS and Vanderbilt University": the parser hangs
        # the later organizations of the list on the role
        out += [Arg(cid, c.i, "name") for c in tok.conjuncts if c.i > tok.i and c.pos_ == "PROPN"
                for cid in [ents.cluster_at(c)] if cid is not None and ents.type_of(cid) == "Organization"]
        # (or as its apposition: "..., IHÉS, The Ohio State University and Vanderbilt University")
        out += [a for c in tok.children if c.dep_ == "appos" and c.i > tok.i and c.pos_ == "PROPN"
                and ents.cluster_at(c) is not None for a in entity_args(c, ents)
                if ents.type_of(a.cluster) == "Organization"]
    modifiers = list(tok.children)
    if tok.i >= 2 and tok.doc[tok.i - 1].text == "-" and tok.doc[tok.i - 2].lower_ == "ex":
        # "Zarvik's ex-CEO", which the tokenizer splits into "ex", "-", "CEO": what modifies the
        # "ex" modifies the role
        modifiers += [c for c in tok.doc[tok.i - 2].children if c.i < tok.i - 2]
    for child in modifiers:
        if child.dep_ in ("compound", "poss", "nmod", "amod") and child.i < tok.i:
            if child.dep_ == "poss":
                out += entity_args(child, ents)
                continue
            cid = ents.cluster_at(child)
            if cid is None and child.dep_ == "compound" and child.pos_ == "NOUN":
                # "now a Tarnow business unit": the name modifies the noun that modifies the role
                named = next((g for g in child.children if g.dep_ in ("compound", "nmod") and g.i < child.i
                              and ents.cluster_at(g) is not None), None)
                if named is not None:
                    child, cid = named, ents.cluster_at(named)
            if cid is not None and not ents.looks_like_place(cid):  # not "a Toronto maker of ..."
                out.append(Arg(cid, child.i, "name"))
            elif cid is None and child.dep_ == "compound" and child.is_lower \
                    and child.lemma_.lower() in ("company", "firm", "startup"):
                # "company founder Ravi Anand": the company the passage is about
                described = antecedent(ents, child, "Organization", kind="description")
                if described is not None:
                    out.append(Arg(described, child.i, "description"))
    if not out and tok.dep_ in ("dobj", "obj") and lemma_of(tok.head) in TAKING_VERBS:
        # "took the top job at X": the parser hangs the role's "at" on the verb
        out += [a for c in tok.head.children if c.dep_ == "prep" and c.lower_ in ("at", "with") and c.i > tok.i
                for a in prep_object_args(c, ents) if ents.type_of(a.cluster) == "Organization"]
    if not out and tok.dep_ in ("dobj", "obj") and tok.head.lemma_ == "have" and not is_passive(tok.head):
        # "Zarvik has a subsidiary in Sweden called Velmora", "X has two rivals, A and B": the
        # one who has it (before the names in apposition, which hold the role)
        out += [a for a in subject_args(tok.head, ents) if ents.type_of(a.cluster) == "Organization"]
    if not out:
        # "the co-owner, chairman and CEO, Grupo Globo": the organization in apposition
        out += [Arg(cid, c.i, "name") for c in tok.children if c.dep_ == "appos"
                for cid in [ents.cluster_at(c)] if cid is not None and ents.type_of(cid) == "Organization"]
    if not out and tok.dep_ in ("compound", "amod") and tok.head.pos_ in ("PROPN", "NOUN"):
        # "OpenAI CEO Sam Altman" parsed flat, "its rival Quorvane": the organization is a
        # sibling modifier or the possessor of the name the role titles
        for sib in tok.head.children:
            if sib.dep_ in ("compound", "nmod") and sib.i < tok.i:
                cid = ents.cluster_at(sib)
                if cid is not None and cid != ents.cluster_at(tok.head):
                    out.append(Arg(cid, sib.i, "name"))
            elif sib.dep_ == "poss" and sib.i < tok.i:
                out += [a for a in entity_args(sib, ents) if a.cluster != ents.cluster_at(tok.head)]
    if not out:
        # "chairman, president and chief executive officer at Stephens Inc.", "founder and CEO of
        # X": coordinated roles share the organization named after the last of them -- the
        # nearest conjunct's that names one ("a former chairman of A, and former chairman and CEO
        # of B" is CEO of B, not of A)
        for conj in sorted(tok.conjuncts, key=lambda c: abs(c.i - tok.i)):
            if conj.pos_ in ("NOUN", "PROPN"):
                # (not "Professor of Foreign Policy ..., and a member": a chair's field is no body)
                conj_preps = ("at", "in") if lemma_of(conj) in triggers().academic_roles else ROLE_TARGET_PREPS
                shared = prep_args(conj, ents, conj_preps, depth=2)
                if conj.i < tok.i and any(a.token > tok.i for a in shared):
                    # ("a partner in A as well as professor at B": the parser hung "at B" on the
                    # first role; what comes after this one is this one's)
                    shared = [a for a in shared if a.token > tok.i]
                out += shared
                out += [a for c in conj.children if c.dep_ == "poss" and c.i < conj.i for a in entity_args(c, ents)]
            if out:
                break
        base = tok
        while base.dep_ == "conj":
            base = base.head
        if not out and base.i != tok.i and role_triggers(base):
            # "Orvanta co-founder and chief executive Dana Whitlock": the organization titling the
            # first of the coordinated titles
            out += [a for c in base.children if c.dep_ in ("compound", "nmod", "poss") and c.i < base.i
                    for a in _entity_of_one(c, ents) if ents.type_of(a.cluster) == "Organization"]
        if not out and (base.dep_ == "attr" and base.head.lemma_ in ("be", "become", "remain", "serve")
                        or base.dep_ == "appos" and base.head.pos_ == "NOUN"
                        or base.dep_ == "appos" and ents.cluster_at(base.head) is not None
                        and ents.mention_end(base.head.i) == base.i):
            # (the last: "Omar Reyes Professor of Foreign Policy at Y", a named chair)
            # "X is CEO at Y" (the preposition hangs on the copula); "an engineer, founder and
            # CEO of Y" (on the noun the roles are in apposition to)
            for child in base.head.children:
                # ("X is the parent company to Y": "to" too)
                if child.dep_ == "prep" and child.lower_ in ("at", "of", "for", "with", "to") and child.i > tok.i:
                    out += prep_object_args(child, ents, 2)
        if not out and base.dep_ in ("oprd", "dobj", "obj") and lemma_of(base.head) in lexicon().appointing_verbs \
                and not is_passive(base.head):
            # "Velmora named Omar Reyes its chief executive", "appointed Omar Reyes chief
            # executive": the one who names
            out += [a for a in subject_args(base.head, ents) if ents.type_of(a.cluster) == "Organization"]
        if not out and base.dep_ == "pobj" and base.head.lower_ == "as" and not any(
                c.dep_ == "prep" and c.lower_ in ("of", "at") for c in tok.children):
            # (not "received a stake as part of the payment": the role says what it belongs to)
            # "runs the company as chief executive", "joined Acme as CFO": the verb's object;
            # "Acme named X as chief executive": the verb's subject
            verb = _as_verb(base.head)
            if verb.pos_ in ("VERB", "AUX") and not is_passive(verb) and not lemma_of(tok).startswith("co-"):
                # ("Volkswagen joined Ford as a co-owner": Ford is a fellow owner, not what is owned)
                if lemma_of(verb) in lexicon().appointing_verbs or lemma_of(verb) in lexicon().removing_verbs:
                    out += [a for a in subject_args(verb, ents) if ents.type_of(a.cluster) == "Organization"]
                else:
                    out += [a for a in object_args(verb, ents) if ents.type_of(a.cluster) == "Organization"]
        if not out and relation == "investedIn" and base.dep_ == "pobj" and base.head.lower_ == "from" \
                and base.head.head.pos_ == "VERB":
            # "raised money from investors including A and B": the company that raised it
            out += [a for a in subject_args(base.head.head, ents) if ents.type_of(a.cluster) == "Organization"]
        if not out and relation == "investedIn" and base.dep_ == "pobj" and base.head.lower_ == "among":
            # "raised $1 billion, with A, B and C among the other investors": the company that
            # raised it
            names = base.head.head
            while names.dep_ == "conj":
                names = names.head
            verb = names.head.head if names.dep_ == "pobj" and names.head.lower_ == "with" else None
            if names.pos_ == "VERB" and any(c.dep_ == "prep" and c.lower_ == "with" for c in names.children):
                verb = names  # "raised $90 million, with A and B among the investors"
            if verb is not None and verb.pos_ in ("PROPN", "NOUN") and verb.dep_ == "pobj" \
                    and verb.head.dep_ == "agent":
                verb = verb.head.head  # "led by X, with A and B among ...": the parser hangs "with" on X
            if verb is not None and verb.pos_ == "VERB":
                out += [a for a in subject_args(verb, ents) if ents.type_of(a.cluster) == "Organization"]
                rounds = [c for c in verb.children if c.dep_ == "nsubjpass" and ents.cluster_at(c) is None
                          and c.lemma_.lower() in ("round", "funding", "financing")]
                if not out and rounds:
                    # "The Series J round was led by X, with A and B among the other investors":
                    # the company that raised the round, the one the passage is about
                    listed = {a.cluster for a in entity_args(names, ents)}
                    out += implicit_target(rounds[0], ents, listed | {a.cluster for a in agent_args(verb, ents)})
        if not out and relation == "subsidiaryOf" and base.dep_ in ("dobj", "obj") \
                and lemma_of(base.head) in lexicon().creating_verbs:
            # "Quorvane created a new unit called Quorvane Cloud"
            out += [a for a in subject_args(base.head, ents) if ents.type_of(a.cluster) == "Organization"]
    if not out:
        out += led_by_title_args(tok, ents)
    if not out:
        titling = _titling_organization(tok, ents)
        if titling is not None:
            out.append(titling)
    if not out and tok.dep_ == "compound" and tok.head.dep_ == "conj" and tok.head.head.pos_ == "NOUN" \
            and role_triggers(tok.head.head):
        # "Yahoo co-founder and chief executive Jerry Yang": the parser coordinated the name with
        # the first title; both titles are the organization's
        first = tok.head.head
        out += [Arg(cid, c.i, "name") for c in first.children if c.dep_ in ("compound", "nmod") and c.i < first.i
                for cid in [ents.cluster_at(c)] if cid is not None and ents.type_of(cid) == "Organization"]
    if not out and not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children) and not any(
            c.lower_ in ("former", "ex") or c.dep_ == "compound" and c.pos_ == "NOUN" for c in tok.children):
        # (not for "a veteran of Google's project": the role says where it belongs; nor for
        # "founded by former university researchers": a role held elsewhere, before)
        verb = passive_agent_verb(tok)
        if verb is not None:
            out += [a for a in passive_subject_args(verb, ents) if ents.type_of(a.cluster) == "Organization"]
    if not out and relation == "founded" and not any(c.dep_ == "poss" for c in tok.children):
        # "co-founders turned bitter rivals at the helm of OpenAI" (not "the bank's founder, X,
        # Member of Parliament": the possessor says whose, and an apposition is another role)
        apposed = {t.i for c in tok.children if c.dep_ == "appos" for t in c.subtree}
        for t in tok.subtree:
            if t.i in apposed:
                continue
            if t.dep_ == "pobj" and t.head.lower_ == "of":
                out += [a for a in entity_args(t, ents) if ents.type_of(a.cluster) == "Organization"]
    return _dedupe(out)


def before_next_role(tok, found: list[Arg]) -> list[Arg]:
    """The organizations of a role named before the next role coordinated with it, when some
    are: in "a partner in A as well as professor at B", parsed with both prepositions on
    "partner", B is the professor's."""
    later = [c.i for c in tok.children if c.dep_ == "conj" and c.i > tok.i and role_triggers(c)]
    if not later:
        return found
    before = [a for a in found if a.token < min(later)]
    return before or found


def explicit_subunit(tok, ents) -> bool:
    """Whether a heading role names a part of the organization that is no entity: "head of
    research", "president of its cloud business" (the person heads that part and works for the
    organization)."""
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "of" and not _of_the_board(child):
            # ("chairman of the board" heads the company's board: the company)
            for pobj in child.children:
                if pobj.dep_ == "pobj" and not entity_args(pobj, ents):
                    return True
                if pobj.dep_ == "pobj" and ents.cluster_at(pobj) is None and pobj.pos_ == "NOUN" \
                        and lemma_of(pobj) in lexicon().workplace_nouns \
                        and any(c.dep_ == "poss" for c in pobj.children) and not any(
                            c.dep_ in ("compound", "nmod") and ents.cluster_at(c) is not None for c in pobj.children):
                    return True  # "head of Orvanta's cloud division": an unnamed part of Orvanta
    return False


def has_explicit_complement(tok) -> bool:
    """Whether a role noun or verb says where it belongs, even in words that name no entity
    ("co-chair of the transition team", "left Trump's side"): then no unstated company is meant."""
    return any(c.dep_ in ("dobj", "obj", "poss") or c.dep_ == "prep" and c.lower_ in ("of", "at", "for", "from", "with")
               and not _of_the_board(c) for c in tok.children)


def _of_the_board(prep) -> bool:
    """"chairman of the board": "of" a governing body with nothing else to it says no more than
    the role alone (the board of the company the passage is about)."""
    objects = [o for o in prep.children if o.dep_ == "pobj"]
    return prep.lower_ == "of" and len(objects) == 1 and objects[0].lemma_.lower() in triggers().body_nouns \
        and all(c.dep_ == "det" and c.lower_ == "the" for c in objects[0].children)


def unknown_qualifier(tok, ents) -> bool:
    """"Orvanta chief executive Omar Reyes": a capitalised word right before a title names its
    organization, even one the model did not take for a name -- unless it is part of the name of
    a company the document knows ("T-Mobile chief executive" in an article on T-Mobile US)."""
    i = tok.i - 1
    while i >= 0 and tok.doc[i].dep_ in ("amod", "compound", "nmod") and (
            tok.doc[i].is_lower or tok.doc[i].lower_ in lexicon().title_modifiers):
        i -= 1  # "chief", "Chief", "senior vice"
    # (the small model tags an unknown company name before a title as an adjective at times)
    word = tok.doc[i] if i >= 0 else None
    if word is None or word.pos_ not in ("PROPN", "ADJ", "NOUN") or not word.text[:1].isupper() \
            or word.lower_ in lexicon().title_modifiers \
            or word.ent_type_ in ("PERSON", "GPE", "NORP", "DATE", "LOC", "ORDINAL") \
            or ents.cluster_at(word) is not None:
        return False
    return not any(word.lower_ in c.name.lower().replace("-", " ").split() for c in ents.clusters.values())


def implicit_target(tok, ents, exclude: set[int] = frozenset()) -> list[Arg]:
    """The organization an unattached role or act belongs to when the text names none ("Chief
    executive Ali Ghodsi said", "X led the round"): the company the passage is about
    (:func:`kg.extract.reference.topic`), other than the act's own arguments (``exclude``)."""
    cid = topic(ents, tok, "Organization", exclude=exclude)
    return [] if cid is None else [Arg(cid, tok.i, "implicit")]
