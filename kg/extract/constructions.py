"""Constructions that state a relation without a trigger word of their own.

* possessives: "Google's Gemini", "xAI's Grok chatbot" (develops); "Musk's AI startup, xAI",
  "his six companies, including X and Y" (owns);
* participle modifiers: "Microsoft-backed OpenAI" (investedIn);
* affiliations: "Paul Steinhardt of Princeton" (worksFor);
* occupations at an organization: "a zoologist at Indiana University", "Yale psychologist X";
* a product from an organization: "the Lumora app from Zephyrix"; a product described as a
  company's: "Lumora, a Zephyrix product" (develops);
* acts done jointly: "A and B jointly developed the chip" (partneredWith);
* a departure told by the one who lets go: "X was let go by Y", "Y let go of X" (left);
* surface forms the small parser often misparses: "X and Y, co-founders of Z"; "X, which is a
  major investor in Z" (read over tokens, kept narrow: adjacent pieces inside one clause).

Each yields :class:`kg.extract.candidates.Candidate` records; :mod:`kg.extract.candidates` checks
types, hedges and scores them like every other candidate.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations

from kg.extract.args import (Arg, by_args, entity_args, explicit_subunit, holder_args, possessor_args, prep_args, prep_object_args,
                             subject_args)
from kg.extract.candidates import Candidate
from kg.extract.lexicon import lexicon
from kg.extract.reference import resolve
from kg.extract.triggers import doc_lemmas_of, event_triggers, is_wrongdoing, lemma_of, role_triggers, verb_triggers

POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
POSSESSIVE_PRONOUNS = frozenset({"his", "her", "its", "their"})
#: Words allowed between a possessive and the noun it modifies ("Musk's own rival AI company").
_FILLER_POS = frozenset({"ADJ", "NOUN", "PROPN", "ADV", "NUM"})
_RELATIVE = (("which", "is"), ("which", "was"), ("that", "is"), ("that", "was"), ("who", "is"),
             ("who", "was"), ("who", "became"), ("which", "became"))
_SPAN_END = frozenset({",", ";", ".", ":", "—", "–", "(", ")", "!", "?"})
_ROLE_PREPS = frozenset({"of", "at", "in", "for"})


def _cand(subject: Arg, relation: str, obj: Arg, pattern: str, trigger: int, *, slots=("", ""),
          scope: str = "phrase") -> Candidate:
    return Candidate(subject.cluster, relation, obj.cluster, pattern, trigger, slots=slots,
                     how=(subject.how, obj.how), arg_tokens=(subject.token, obj.token), scope=scope)


def _name(ents, tok) -> Arg | None:
    cid = ents.cluster_at(tok)
    return None if cid is None else Arg(cid, tok.i, "name")


def possessive_relations(sent, ents) -> Iterator[Candidate]:
    """"Google's Gemini", "xAI's Grok chatbot" (develops); "Musk's AI startup, xAI" (owns);
    "his six companies, including X, Tesla and SpaceX" (owns)."""
    words = lexicon()
    for tok in sent:
        if tok.dep_ != "poss":
            continue
        owners = entity_args(tok, ents) if tok.lower_ not in POSSESSIVE_PRONOUNS else \
            [Arg(r.cluster, tok.i, r.how) for r in resolve(ents, tok)]
        if not owners:
            continue
        head = tok.head
        owned = _name(ents, head)
        pattern = "poss:direct"
        if owned is None and head.lower_ in words.product_nouns:
            # "Microsoft's Surface tablets and Xbox hardware", "its flagship product, the Quill
            # tablet": every product noun of the phrase, and what it is in apposition to
            for noun in (head, *head.conjuncts):
                if noun is not head and (noun.i < head.i or any(c.dep_ in ("det", "poss") for c in noun.children)):
                    # ("controls the Java language, the MySQL database and Sun's SPARC servers": a
                    # possessor is shared forward, and not by a noun with a determiner of its own)
                    continue
                modifier = next((c for c in noun.children
                                 if c.dep_ in ("compound", "nmod", "amod") and ents.cluster_at(c) is not None), None)
                named = _name(ents, modifier) if modifier is not None else None
                if modifier is not None and noun is head:
                    # "its own Wormhole and Blackhole accelerators": every coordinated name
                    for other in modifier.conjuncts:
                        more = _name(ents, other)
                        if more is not None and ents.type_of(more.cluster) == "Product":
                            for owner in owners:
                                if ents.type_of(owner.cluster) == "Organization":
                                    yield _cand(owner, "develops", more, "poss:product-noun", noun.i,
                                                slots=("poss", "head"))
                if named is None:
                    named = next((a for a in entity_args(noun, ents) if a.how == "name"
                                  and ents.type_of(a.cluster) == "Product"), None)
                if named is None and noun is head and noun.right_edge.i + 1 < len(noun.doc):
                    # "Orvanta's AI model Quill beat rivals": the name read as a second subject
                    after = noun.doc[noun.right_edge.i + 1]
                    m = ents.mention_at(after.i)
                    if m is not None and m.start == after.i and ents.type_of(m.cluster) == "Product":
                        name_head = noun.doc[ents.head_index(m)]
                        if name_head.dep_ == noun.dep_ and name_head.head.i == noun.head.i:
                            named = Arg(m.cluster, name_head.i, "name")
                if named is None and noun is head and noun.dep_ == "appos":
                    # "The Nimbus smartwatch, Orvanta's first wearable": what the noun is apposed to
                    apposed = noun.head
                    named = _name(ents, apposed) or next(
                        (_name(ents, c) for c in apposed.children if c.dep_ in ("compound", "nmod")
                         and c.i < apposed.i and ents.cluster_at(c) is not None), None)
                    if named is not None and ents.type_of(named.cluster) != "Product":
                        named = None
                if noun is not head and named is not None and ents.type_of(named.cluster) == "Product":
                    for owner in owners:
                        if ents.type_of(owner.cluster) == "Organization":
                            yield _cand(owner, "develops", named, "poss:product-noun", noun.i, slots=("poss", "head"))
                if noun is head:
                    owned = named
            pattern = "poss:product-noun"
        if owned is None and _is_subunit_noun(head):
            # "its HERE mapping unit", "the company's Zentra division": the name that
            # modifies the possessed unit noun is a unit of the possessor
            named = next((_name(ents, c) for c in head.children if c.dep_ in ("compound", "nmod")
                          and c.i < head.i and ents.cluster_at(c) is not None), None)
            if named is not None and ents.type_of(named.cluster) == "Organization":
                for owner in owners:
                    if ents.type_of(owner.cluster) == "Organization" and owner.cluster != named.cluster:
                        yield _cand(named, "subsidiaryOf", owner, "poss:unit-name", head.i, slots=("head", "poss"))
            continue
        if owned is None and head.lemma_.lower() == "employer":
            # "sued her former employer, Halvex": she worked there (and left, when it is former)
            named = next((_name(ents, c) for c in head.children if c.dep_ == "appos"
                          and ents.cluster_at(c) is not None), None)
            if named is None and head.dep_ == "appos" and ents.cluster_at(head.head) is not None:
                named = _name(ents, head.head)  # "sued Halvex, her former employer"
            if named is not None and ents.type_of(named.cluster) == "Organization":
                former = any(c.lower_ in ("former", "ex", "previous", "old") for c in head.children)
                for owner in owners:
                    if ents.type_of(owner.cluster) == "Person" and owner.cluster != named.cluster:
                        yield _cand(owner, "worksFor", named, "poss:employer", head.i, slots=("poss", "appos"))
                        if former:
                            yield _cand(owner, "left", named, "poss:employer", head.i, slots=("poss", "appos"))
            continue
        if owned is None and head.lemma_.lower() in words.company_nouns:
            owned = next((_name(ents, c) for c in head.children if c.dep_ == "appos"
                          and ents.cluster_at(c) is not None), None)
            if owned is None and head.dep_ in ("nmod", "compound") and head.head.i == head.i + 1:
                owned = _name(ents, head.head)  # "his startup Brisklet": the noun read as the name's modifier
            pattern = "poss:company-appos"
        if owned is None and head.lemma_.lower() in words.company_nouns and head.tag_ in ("NNS", "NNPS"):
            listed = prep_args(head, ents, ("including", "like"))
            for owner in owners:
                if ents.type_of(owner.cluster) == "Person":
                    for c in listed:
                        if ents.type_of(c.cluster) == "Organization" and c.cluster != owner.cluster:
                            yield _cand(owner, "owns", c, "poss:companies-including", head.i)
            continue
        if owned is None:
            continue
        kind = ents.type_of(owned.cluster)
        unit = ents.clusters[owned.cluster].name.split()[-1].lower() in words.unit_name_words
        for owner in owners:
            otype = ents.type_of(owner.cluster)
            if kind == "Organization" and otype == "Organization" and unit and pattern == "poss:direct" \
                    and not any(role_triggers(c) for c in head.children if c.i < head.i):
                # "IBM's Personal Computing Division": a unit of the possessor
                yield _cand(owned, "subsidiaryOf", owner, "poss:unit", head.i, slots=("head", "poss"))
            elif kind == "Organization" and pattern == "poss:direct" and owner.how == "name" \
                    and head.dep_ not in ("compound", "amod", "nmod") and not _modifies_next_noun(ents, head) \
                    and not any(role_triggers(c) for c in head.children if c.i < head.i):
                # (not "Altman's Tesla refund": the name modifies the noun that is possessed)
                # (not "Xilinx's longtime rival Altera": the role says what Altera is to Xilinx)
                # "Time Warner's CNN and HBO", "Bezos's Blue Origin": the possessor's companies
                # (the possessor is not shared where a conjunct has its own determiner or
                # possessor: "from A's Growth Fund, the B Foundation's Seed Fund and C")
                conjuncts = [] if any(d.dep_ in ("poss", "det") for c in head.conjuncts for d in c.children) \
                    else list(head.conjuncts)
                for named in [owned, *[a for c in conjuncts for a in [_name(ents, c)] if a is not None]]:
                    if ents.type_of(named.cluster) == "Organization":
                        yield _cand(owner, "owns", named, "poss:organization", head.i, slots=("poss", "head"))
            elif kind == "Product" and otype == "Organization":
                yield _cand(owner, "develops", owned, pattern, head.i, slots=("poss", "head"))
            elif kind == "Organization" and otype == "Person" and pattern == "poss:company-appos":
                yield _cand(owner, "owns", owned, pattern, head.i, slots=("poss", "appos"))


def _is_subunit_noun(tok) -> bool:
    """A noun for a part of an organization: a unit, division, arm, subsidiary (not "business":
    "Nokia's Devices and Services business" names no company)."""
    return any(r.relation == "subsidiaryOf" and not r.reverse for r in role_triggers(tok))


def _modifies_next_noun(ents, tok) -> bool:
    """Whether the name at ``tok`` is followed by a common noun it modifies, whatever the parser
    said: "Altman's Tesla refund" is a refund, not Altman's Tesla."""
    end = ents.mention_end(tok.i)
    return end < len(tok.doc) and tok.doc[end].pos_ == "NOUN" and tok.doc[end].is_lower


def modifier_relations(sent, ents) -> Iterator[Candidate]:
    """"Microsoft-backed OpenAI": a participle modifier with an entity before its hyphen."""
    for tok in sent:
        relation = lexicon().modifier_participles.get(tok.lower_)
        if relation is None or tok.i < 2 or tok.nbor(-1).text != "-":
            continue
        agent = _name(ents, tok.nbor(-2))
        target = _name(ents, tok.head) if tok.dep_ in ("amod", "compound", "nmod") else None
        noun = tok.head
        while target is None and noun.dep_ in ("amod", "compound", "nmod") and noun.head.i > noun.i \
                and noun.pos_ == "NOUN" and tok.dep_ in ("amod", "compound", "nmod"):
            # "the Microsoft-backed startup Brisklet": the kind noun the parser hung on the name
            noun = noun.head
            target = _name(ents, noun)
        if target is None:
            # "the Silver Lake-led group that bought ...": the modified noun is described further
            nxt = tok.head
            target = next((a for a in entity_args(nxt, ents) if a.how == "name"), None) if nxt.i != tok.i else None
        if agent is not None and target is not None:
            yield _cand(agent, relation, target, f"modifier:{tok.lower_}", tok.i)


def affiliations(sent, ents) -> Iterator[Candidate]:
    """"Paul Steinhardt of Princeton", "Anna Wierzbicka at Warsaw University": a person's name
    followed by "of"/"at" and an organization gives the person's affiliation."""
    for tok in sent:
        cid = ents.cluster_at(tok)
        if cid is None or ents.type_of(cid) != "Person" or tok.dep_ in ("compound", "poss"):
            continue
        # "Kroto, Curl and Smalley at Rice University": a preposition after a list of people the
        # parser hung on its first name is every listed person's
        group = [t for t in (tok, *tok.conjuncts) if ents.cluster_at(t) is not None
                 and ents.type_of(ents.cluster_at(t)) == "Person"] if tok.dep_ != "conj" else [tok]
        last = max(group, key=lambda t: t.i)
        for child in tok.children:
            if child.dep_ != "prep" or child.lower_ not in ("of", "at"):
                continue
            if child.i == ents.mention_end(tok.i) or _formerly_of(child, ents.mention_end(tok.i)):
                holders = [tok]
            elif child.lower_ == "at" and last.i != tok.i and child.i == ents.mention_end(last.i):
                holders = group
            else:
                continue
            for org in prep_object_args(child, ents):
                for h in holders:
                    hid = ents.cluster_at(h)
                    if ents.type_of(org.cluster) == "Organization" and org.cluster != hid:
                        yield _cand(Arg(hid, h.i, "name"), "worksFor", org, f"affiliation:{child.lower_}",
                                    child.i, slots=("name", f"prep:{child.lower_}"))


#: Adverbs that date an affiliation set off after a name: "X, formerly of Y," (X worked there).
_FORMERLY = frozenset({"formerly", "previously", "once", "lately"})


def _formerly_of(prep, name_end: int) -> bool:
    """"Dana Whitlock, formerly of Orvanta," / ", previously at Orvanta,": the preposition after
    a comma and an adverb that dates it."""
    doc = prep.doc
    between = doc[name_end:prep.i]
    return len(between) == 2 and between[0].text == "," and between[1].lower_ in _FORMERLY \
        and between[1].head.i == prep.i


def occupations(sent, ents) -> Iterator[Candidate]:
    """"a zoologist at Indiana University", "Yale University psychologist Stanley Milgram": any
    occupation a person is said to hold *at* an organization is a job there (not so "a student
    at", see ``not_employment_nouns``)."""
    words = lexicon()
    lemmas = doc_lemmas_of(sent.doc)
    for tok in sent:
        if tok.pos_ != "NOUN":
            continue
        lemma = lemmas[tok.i]
        if lemma in words.not_employment_nouns or lemma in words.organization_nouns \
                or ents.cluster_at(tok) is not None or role_triggers(tok) or event_triggers(tok):
            continue  # (an act is no occupation: "took aim at X", "a jab at X")
        targets = prep_args(tok, ents, ("at",))
        if not targets and lemma in words.person_nouns:
            targets = [a for child in tok.children if child.dep_ in ("compound", "nmod") and child.i < tok.i
                       for a in [_name(ents, child)] if a is not None and ents.type_of(a.cluster) == "Organization"]
        if not targets:
            continue
        holders = [h for h in holder_args(tok, ents) if ents.type_of(h.cluster) == "Person"]
        scope = "clause" if tok.dep_ in ("attr", "oprd", "pobj") else "phrase"
        for h in holders:
            for t in targets:
                if t.cluster != h.cluster:
                    yield _cand(h, "worksFor", t, "role:occupation-at", tok.i, slots=("holder", "prep:at"),
                                scope=scope)


# ------------------------------------------------------------------------------ surface forms

def _mention_at(ents, i: int):
    return ents.mention_at(i)


def surface_possessives(sent, ents) -> Iterator[Candidate]:
    """Token-level "X's Y" when the parser did not attach the possessive."""
    doc = sent.doc
    words = lexicon()
    for m in [m for m in ents.mentions if sent.start <= m.start < sent.end]:
        j = m.end
        if j >= sent.end or doc[j].text not in POSSESSIVE:
            continue
        owner = Arg(m.cluster, m.end - 1, "name")
        k = j + 1
        nxt = _mention_at(ents, k)
        if nxt is not None:
            if ents.type_of(owner.cluster) == "Organization" and ents.type_of(nxt.cluster) == "Product":
                yield _cand(owner, "develops", Arg(nxt.cluster, k, "name"), "surface:poss-product", k)
            continue
        while k < sent.end and k - j <= 5 and doc[k].pos_ in _FILLER_POS and \
                doc[k].lemma_.lower() not in words.company_nouns and ents.cluster_at(doc[k]) is None:
            k += 1
        if k >= sent.end or doc[k].lemma_.lower() not in words.company_nouns or doc[k].tag_ in ("NNS", "NNPS"):
            continue
        if k + 2 < sent.end and doc[k + 1].text == ",":
            named = _mention_at(ents, k + 2)
            if named is not None and ents.type_of(owner.cluster) == "Person" and \
                    ents.type_of(named.cluster) == "Organization":
                yield _cand(owner, "owns", Arg(named.cluster, k + 2, "name"), "surface:poss-company", k)


def surface_appositive_roles(sent, ents) -> Iterator[Candidate]:
    """"X (and Y), [det] [adj] ROLE [...] of Z" and "X, which is a major investor in Z"."""
    doc = sent.doc
    mentions = [m for m in ents.mentions if sent.start <= m.start < sent.end]
    for idx, m in enumerate(mentions):
        j = m.end
        if j >= sent.end:
            continue
        holders = [Arg(m.cluster, m.end - 1, "name")]
        if idx > 0 and mentions[idx - 1].end + 1 == m.start and doc[m.start - 1].lower_ == "and":
            prev = mentions[idx - 1]
            holders.insert(0, Arg(prev.cluster, prev.end - 1, "name"))  # "Elon Musk and Sam Altman, co-founders"
        k = j
        if doc[k].text == ",":
            k += 1
            if k < sent.end and doc[k].lower_ in ("and", "or", "but"):
                continue  # ", and its main rivals are ...": a new clause, not an apposition
        relative = tuple(t.lower_ for t in doc[k:k + 2]) in _RELATIVE
        if relative:
            k += 2
        elif k == j:
            continue  # no comma and no relative clause: not an apposition
        end = k
        while end < sent.end and doc[end].text not in _SPAN_END:
            end += 1
        role_tok = None
        for t in doc[k:end]:
            if t.pos_ in ("VERB", "AUX") and not relative and t.dep_ not in ("amod", "acl"):
                break
            if ents.cluster_at(t) is not None and not relative:
                break  # "Prior to joining X, Eric was co-founder of Y": another name, not an apposition
            if t.pos_ in ("NOUN", "PROPN") and role_triggers(t):
                role_tok = t
                break
        if role_tok is None:
            continue
        if role_tok.tag_ not in ("NNS", "NNPS"):
            holders = holders[-1:]
        target = None
        # "head of engineering at X": the role is over a function of X's, not over X
        function = role_tok.i + 2 < end and doc[role_tok.i + 1].lower_ == "of" and doc[role_tok.i + 2].is_lower \
            and doc[role_tok.i + 2].pos_ == "NOUN" and ents.cluster_at(doc[role_tok.i + 2]) is None
        for t in doc[role_tok.i + 1:end]:
            if t.lower_ in _ROLE_PREPS:
                for u in doc[t.i + 1:end]:
                    named = _mention_at(ents, u.i)
                    if named is not None:
                        target = Arg(named.cluster, u.i, "name")
                        break
                if target is not None:
                    break
        if target is None:
            continue
        pattern = "surface:relative-role" if relative else "surface:appos-role"
        function = function or explicit_subunit(role_tok, ents)  # ("head of X's cloud division")
        for rt in role_triggers(role_tok):
            for h in holders:
                if h.cluster == target.cluster:
                    continue
                s, o = (target, h) if rt.reverse else (h, target)
                relation = "worksFor" if function and rt.relation in ("leads", "ceoOf") else rt.relation
                yield _cand(s, relation, o, f"{pattern}:{rt.name}", role_tok.i, slots=("holder", "prep"),
                            scope="clause" if relative else "phrase")


def surface_titled_names(sent, ents) -> Iterator[Candidate]:
    """"Tesla Motors co-founder Martin Eberhard has filed suit ...": a company's name, a role
    title and a person's name in a row, which the parser did not join (it made the title the
    head of the sentence and the name the subject of a clause below it)."""
    doc = sent.doc
    mentions = [m for m in ents.mentions if sent.start <= m.start < sent.end]
    for left, right in zip(mentions, mentions[1:]):
        if ents.type_of(left.cluster) != "Organization" or ents.type_of(right.cluster) != "Person":
            continue
        between = doc[left.end:right.start]
        if not 1 <= len(between) <= 3 or any(t.is_punct and t.text != "-" for t in between):
            continue
        role_tok = between[-1]
        if not role_triggers(role_tok) or role_tok.dep_ == "compound" and right.start <= role_tok.head.i < right.end:
            continue  # (parsed as the name's title: the role rules read it)
        for rt in role_triggers(role_tok):
            holder, org = Arg(right.cluster, right.end - 1, "name"), Arg(left.cluster, left.end - 1, "name")
            s, o = (org, holder) if rt.reverse else (holder, org)
            yield _cand(s, rt.relation, o, f"surface:title-name:{rt.name}", role_tok.i, slots=("holder", "compound"))


def reported_wrongdoing(sent, ents) -> Iterator[Candidate]:
    """"According to Helix Partners, Corvant Systems stole its code": a wrongdoing stated on
    someone's word is that one's accusation against the doer."""
    words = lexicon()
    for verb in sent:
        if verb.pos_ != "VERB" or not is_wrongdoing(verb):
            continue
        tos = [to for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "according"
               for to in prep.children if to.lower_ == "to"]
        sources = [a for to in tos for a in prep_object_args(to, ents)]
        # "According to the lawsuit filed by Zephyrix, Brisklet copied its designs": the suit's
        # plaintiff accuses, and sued
        suits = [p for to in tos for p in to.children if p.dep_ == "pobj" and ents.cluster_at(p) is None
                 and p.lemma_.lower() in words.lawsuit_nouns]
        plaintiffs = [a for suit in suits for a in (possessor_args(suit, ents) or by_args(suit, ents))]
        if not sources and not plaintiffs:
            continue
        doers = subject_args(verb, ents)
        if not doers and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            # "According to Zephyrix, Orvanta copied its design": a verb left without a subject,
            # the parser having taken the doer for the source's apposition
            for to in tos:
                for p in to.children:
                    apposed = [a for a in p.children if a.dep_ == "appos" and a.i > p.i
                               and sent.doc[a.left_edge.i - 1].text == "," and ents.cluster_at(a) is not None]
                    if p.dep_ == "pobj" and apposed and ents.cluster_at(p) is not None:
                        doers += [d for a in apposed for d in entity_args(a, ents)]
                        sources = [s for s in sources if s.cluster not in {d.cluster for d in doers}]
        for doer in doers:
            for source in sources:
                if source.cluster != doer.cluster:
                    yield _cand(source, "accused", doer, "construction:according-to", verb.i,
                                slots=("according-to", "subj"), scope="clause")
            for plaintiff in plaintiffs:
                if plaintiff.cluster != doer.cluster:
                    yield _cand(plaintiff, "accused", doer, "construction:according-to-suit", verb.i,
                                slots=("according-to", "subj"), scope="clause")
                    yield _cand(plaintiff, "sued", doer, "construction:according-to-suit", verb.i,
                                slots=("according-to", "subj"), scope="clause")


def products_from(sent, ents) -> Iterator[Candidate]:
    """"The Lumora app from Zephyrix", "Lumora, from Zephyrix, is ...": a product said to come
    from an organization is that organization's (not "bought Lumora from X": only "from" on the
    product's own noun phrase)."""
    product_nouns = lexicon().product_nouns
    for prep in sent:
        if prep.dep_ != "prep" or prep.lower_ != "from" or prep.head.pos_ not in ("NOUN", "PROPN"):
            continue
        head = prep.head
        makers = [a for a in prep_object_args(prep, ents) if ents.type_of(a.cluster) == "Organization"]
        if not makers:
            continue
        products = []
        if ents.cluster_at(head) is not None:
            products = [Arg(ents.cluster_at(head), head.i, "name")]
        elif head.lower_ in product_nouns:
            products = [a for c in head.children if c.dep_ in ("compound", "nmod") and c.i < head.i
                        for a in [_name(ents, c)] if a is not None]
            if not products and head.dep_ == "appos" and ents.cluster_at(head.head) is not None:
                # "Nimbus, the chatbot from Orvanta": the name the product noun is apposed to
                products = [Arg(ents.cluster_at(head.head), head.head.i, "name")]
        for product in products:
            if ents.type_of(product.cluster) != "Product":
                continue
            for maker in makers:
                yield _cand(maker, "develops", product, "construction:product-from", prep.i,
                            slots=("prep:from", "head"))


def products_described(sent, ents) -> Iterator[Candidate]:
    """"The Quill, a Halvex product", "Quill, a Halvex Robotics chatbot": a product named in
    apposition to a product noun that a company's name modifies is that company's."""
    product_nouns = lexicon().product_nouns
    for noun in sent:
        if noun.dep_ != "appos" or noun.lower_ not in product_nouns and noun.lemma_.lower() not in product_nouns:
            continue
        cid = ents.cluster_at(noun.head)
        if cid is None or ents.type_of(cid) != "Product" or not any(
                c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
            continue
        for c in noun.children:
            maker = _name(ents, c) if c.dep_ in ("compound", "nmod") and c.i < noun.i else None
            if maker is not None and ents.type_of(maker.cluster) == "Organization" and maker.cluster != cid:
                yield _cand(maker, "develops", Arg(cid, noun.head.i, "name"), "construction:product-described",
                            noun.i, slots=("compound", "appos"))


#: Adverbs that make the doers of an act partners in it: "A and B jointly developed the chip".
_JOINTLY = frozenset({"jointly", "together"})
#: Relations whose acts, done jointly by organizations, make them partners (making, founding,
#: investing, owning something together).
_JOINT_ACTS = frozenset({"develops", "founded", "investedIn", "owns"})


def joint_acts(sent, ents) -> Iterator[Candidate]:
    """"Zephyrix and Brisklet jointly developed the chip", "... built it together": organizations
    that make, found, fund or own something together are partners."""
    for verb in sent:
        if verb.pos_ != "VERB" or not any(c.dep_ == "advmod" and c.lower_ in _JOINTLY for c in verb.children):
            continue
        if not (lemma_of(verb) in ("work", "research", "operate", "collaborate")
                or any(vt.relation in _JOINT_ACTS for vt in verb_triggers(verb))):
            continue
        doers = [a for a in subject_args(verb, ents) if ents.type_of(a.cluster) == "Organization"]
        for a, b in combinations(doers, 2):
            if a.cluster != b.cluster:
                yield _cand(a, "partneredWith", b, "construction:jointly", verb.i, slots=("subj", "subj"),
                            scope="clause")


#: Nouns of an agreement under which one company does something for another.
_DEAL_NOUNS = frozenset({"agreement", "contract", "deal", "pact", "partnership"})


def acts_under_a_deal(sent, ents) -> Iterator[Candidate]:
    """"X will supply motors to Y under a deal announced on Monday": what one company does for
    (to, with) another under a deal is their partnership, whatever the mood of the act -- the
    deal itself is stated (unless it is hedged: "under a proposed deal")."""
    from kg.extract.hedges import hedge_of_token

    for verb in sent:
        if verb.pos_ != "VERB":
            continue
        deals = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "under"
                 for p in c.children if p.dep_ == "pobj" and lemma_of(p) in _DEAL_NOUNS and hedge_of_token(p) is None]
        if not deals:
            continue
        doers = [a for a in subject_args(verb, ents) if ents.type_of(a.cluster) == "Organization"]
        others = [a for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "for", "with")
                  for a in prep_object_args(c, ents) if ents.type_of(a.cluster) == "Organization"]
        others += [a for c in verb.children if c.dep_ in ("dobj", "obj") and ents.cluster_at(c) is None
                   for p in c.children if p.dep_ == "prep" and p.lower_ in ("to", "for")
                   for a in prep_object_args(p, ents) if ents.type_of(a.cluster) == "Organization"]
        for a in doers:
            for b in others:
                if a.cluster != b.cluster:
                    yield _cand(a, "partneredWith", b, "construction:under-a-deal", deals[0].i,
                                slots=("subj", "prep"), scope="phrase")


#: Verbs of leading a round, said of the sum when the parser hangs them on it.
_ROUND_LEADING = frozenset({"lead", "co-lead", "anchor", "back"})


def sums_led(sent, ents) -> Iterator[Candidate]:
    """"a Series A of $18 million led by Halvex": the parser hangs the participle on the sum; its
    leader invested in the company the passage is about (not in another of the round's
    investors)."""
    from kg.extract.args import agent_args, implicit_target
    from kg.extract.candidates import round_investors

    for verb in sent:
        if verb.dep_ != "acl" or verb.tag_ != "VBN" or lemma_of(verb) not in _ROUND_LEADING \
                or verb.head.ent_type_ != "MONEY":
            continue
        leaders = agent_args(verb, ents)
        exclude = {a.cluster for a in leaders} | round_investors(sent, ents)
        for company in implicit_target(verb, ents, exclude):
            for a in leaders:
                yield _cand(a, "investedIn", company, "construction:sum-led-by", verb.i, slots=("by", "implicit"),
                            scope="clause")


def let_go(sent, ents) -> Iterator[Candidate]:
    """"Orvanta let go of X", "Orvanta let X go", "X was let go by Orvanta": X left Orvanta (the
    parser reads each differently; the types keep a person leaving an organization)."""
    from kg.extract.args import agent_args, is_passive, passive_subject_args

    lemmas = doc_lemmas_of(sent.doc)
    if "let" not in lemmas[sent.start:sent.end]:
        return  # (most sentences: no walk over their tokens)
    for verb in sent:
        if lemmas[verb.i] != "let" or verb.pos_ not in ("VERB", "AUX"):
            continue
        go = next((c for c in verb.children if c.lower_ == "go" and c.dep_ in ("xcomp", "ccomp", "dobj")), None)
        if go is None:
            continue
        if is_passive(verb):
            leavers, orgs = passive_subject_args(verb, ents), agent_args(verb, ents) or agent_args(go, ents)
        else:
            orgs = subject_args(verb, ents)
            leavers = [a for c in go.children if c.dep_ == "nsubj" for a in entity_args(c, ents)] or \
                [a for c in verb.children if c.dep_ in ("dobj", "obj") and c.i != go.i for a in entity_args(c, ents)] or \
                prep_args(go, ents, ("of",))
        for a in leavers:
            for b in orgs:
                if a.cluster != b.cluster:
                    yield _cand(a, "left", b, "construction:let-go", verb.i, slots=("obj", "subj"), scope="clause")


PATTERNS = (possessive_relations, modifier_relations, affiliations, occupations, surface_possessives,
            surface_appositive_roles, surface_titled_names, reported_wrongdoing, products_from, products_described,
            joint_acts,
            sums_led, acts_under_a_deal, let_go)
