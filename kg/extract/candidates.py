"""Candidates: (subject, relation, object) proposals from triggers and constructions.

For each sentence, every trigger (:mod:`kg.extract.triggers`) reads its argument slots
(:mod:`kg.extract.args`) and proposes one candidate per pair of arguments; the constructions of
:mod:`kg.extract.constructions` add theirs. :func:`sentence_candidates` then keeps what the
ontology allows (domain and range, :data:`SIGNATURE`) and what the text asserts (not negated,
threatened, planned ...: :mod:`kg.extract.hedges`). The scorer (:mod:`kg.extract.scorer`) decides
which candidates become facts and with what confidence.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from itertools import combinations

from kg.extract.lexicon import lexicon
from kg.model import SYMMETRIC_RELATIONS
from kg.vocabulary import CLASS_TYPES, DOMAIN_TYPES, RANGE_TYPES, RELATIONS

AGENT = CLASS_TYPES["Agent"]
ORG = CLASS_TYPES["Organization"]
PERSON = CLASS_TYPES["Person"]
NOT_PLACE = frozenset({"Person", "Organization", "Product"})
OWNABLE = frozenset({"Organization", "Product"})

#: Where the extractor asserts less than the ontology allows: kg.ttl says what a relation means,
#: this what the rules assert from news, by the annotation rules of the gold files
#: (../shared/gold/README.md). (domain, range) as entity types, None for kg.ttl's;
#: tests/test_vocabulary.py checks that each is a strict subset of kg.ttl's, so neither side drifts.
NARROWER_THAN_ONTOLOGY = {
    "owns": (None, OWNABLE),  # kg.ttl: any entity; the gold: an organization or a product
    "acquired": (None, OWNABLE),  # the same
    "partneredWith": (ORG, ORG),  # kg.ttl: agents; the gold: alliances of organizations
    "criticized": (None, NOT_PLACE),  # kg.ttl: any entity; a place is not read as criticized
}
#: Domain and range of each relation, as entity types: kg.ttl's (:mod:`kg.vocabulary`), narrowed
#: where :data:`NARROWER_THAN_ONTOLOGY` says.
SIGNATURE = {rel: (NARROWER_THAN_ONTOLOGY.get(rel, (None, None))[0] or DOMAIN_TYPES[rel],
                   NARROWER_THAN_ONTOLOGY.get(rel, (None, None))[1] or RANGE_TYPES[rel]) for rel in RELATIONS}
#: Relations from a person to an organization, and only that way round.
PERSON_TO_ORGANIZATION = frozenset(rel for rel, sig in SIGNATURE.items() if sig == (PERSON, ORG))
#: Roles that a description names without naming the holder ("the Tesla CEO").
DESCRIBED_ROLES = frozenset({"ceoOf", "founded", "leads", "owns"})
#: Roles whose organization is often left unsaid in news ("Chief executive Ali Ghodsi said", "Rival
#: Corvane reported a profit": the rival of the company the passage is about).
IMPLICIT_TARGET_ROLES = frozenset({"ceoOf", "leads", "founded", "worksFor", "rivalOf"})


@dataclass(frozen=True)
class Candidate:
    """A proposed fact over clusters of :class:`kg.extract.mentions.DocEntities`.

    ``pattern`` names the rule ("verb:acquire", "event:stake", "role:chief-executive",
    "poss:direct"); ``trigger`` is the token that states it; ``slots`` and ``how`` say where each
    argument came from and how it was resolved (features of the scorer); ``scope``: "clause" --
    the act is asserted by its clause, so a negation or plan above it cancels it -- or "phrase":
    a presupposed noun phrase ("OpenAI CEO Sam Altman") stays true whatever the clause says."""

    subject: int
    relation: str
    object: int
    pattern: str
    trigger: int
    slots: tuple[str, str] = ("", "")
    how: tuple[str, str] = ("name", "name")
    arg_tokens: tuple[int, int] = (-1, -1)
    hedge_from: int = -1
    scope: str = "clause"


def _make(subject, relation: str, obj, pattern: str, trigger: int, slots=("", ""), scope="clause") -> Candidate:
    return Candidate(subject.cluster, relation, obj.cluster, pattern, trigger, slots=slots,
                     how=(subject.how, obj.how), arg_tokens=(subject.token, obj.token), scope=scope)


def _first(slots: tuple[str, ...], tok, ents, passive: bool = False) -> tuple[str, list]:
    from kg.extract.args import read_slot

    for slot in slots:
        found = read_slot(slot, tok, ents, passive=passive)
        if found:
            return slot, found
    return "", []


def _all(slots: tuple[str, ...], tok, ents, passive: bool = False) -> list[tuple[str, object]]:
    from kg.extract.args import read_slot

    out, seen = [], set()
    for slot in slots:
        for a in read_slot(slot, tok, ents, passive=passive):
            if a.cluster not in seen:
                seen.add(a.cluster)
                out.append((slot, a))
    return out


def names_goods(token) -> bool:
    """Whether ``token`` names the maker of goods in a plural product phrase ("AMD chips",
    "Nokia's phones"): buying them is not buying their maker."""
    from kg.extract.lexicon import lexicon

    head = token.head
    return token.dep_ in ("compound", "poss", "nmod") and head.i > token.i and head.tag_ == "NNS" \
        and head.lower_ in lexicon().product_nouns


def verb_candidates(sent, ents) -> Iterator[Candidate]:
    """"X acquired Y", "Y was founded by X", "X stepped down as chief executive of Y"."""
    from kg.extract.args import Arg, entity_args, has_explicit_complement, implicit_target, prep_args
    from kg.extract.triggers import is_verb, lemma_of, triggers, verb_triggers

    for tok in _tokens_with_lemma_in(sent, triggers().verbs):
        if not is_verb(tok):
            continue
        for vt in verb_triggers(tok):
            from kg.extract.args import is_passive

            passive = is_passive(tok)
            s_slot, subjects = _first(vt.subject, tok, ents, passive)
            objects = _all(vt.object, tok, ents, passive)
            if vt.relation == "founded" and not passive and "subj" in vt.subject:
                # "which she co-founded in 1990 with her brother Jim", "he founded the party with
                # X and Y": the companions founded it too
                seen = {a.cluster for a in subjects}
                carriers = [tok, *(c for c in tok.children if c.dep_ in ("dobj", "obj"))]
                subjects = subjects + [a for c in carriers for a in prep_args(c, ents, ("with", "alongside"))
                                       if ents.type_of(a.cluster) == "Person" and a.cluster not in seen]
            if not passive and subjects and tok.dep_ == "pcomp" and tok.head.lower_ == "in" \
                    and lemma_of(tok.head.head) == "join" and not is_passive(tok.head.head):
                # "Oakridge joined Tarn Capital in backing Brisklet": the one joined did it too
                seen = {a.cluster for a in subjects}
                subjects = subjects + [a for c in tok.head.head.children if c.dep_ in ("dobj", "obj")
                                       for a in entity_args(c, ents) if a.cluster not in seen]
            if vt.relation == "investedIn" and not passive and subjects:
                # "A invested alongside B in Velmora": B invested too
                seen = {a.cluster for a in subjects}
                subjects = subjects + [a for a in prep_args(tok, ents, ("alongside",)) if a.cluster not in seen]
            if not objects and passive and s_slot == "subj" and subjects and tok.dep_ in ("advcl", "csubj", "ROOT") \
                    and tok.i == sent.start:
                # "Created in 1899 by X and Y, VINCI has become ...": the name after the fronted
                # participle's agents is what it was done to, however the parser hung it
                last = max(a.token for a in subjects)
                named = next((m for m in ents.mentions if m.start > last and m.start < sent.end
                              and sent.doc[m.start - 1].text == ","), None)
                if named is not None:
                    objects = [("fronted", Arg(named.cluster, named.start, "name"))]
            if not objects and vt.relation == "investedIn" and "subj" in vt.subject and any(
                    c.dep_ in ("dobj", "obj") and c.ent_type_ == "MONEY"
                    # ("put in $10 million", the amount hung on the particle)
                    or c.dep_ == "prt" and any(o.dep_ == "pobj" and o.ent_type_ == "MONEY" for o in c.children)
                    for c in tok.children) and not passive:
                # "Ford invested $500 million in April", "Cox put in $350 million": in the company
                # the passage is about
                # (nor in the co-investor of a coordinated clause: "A invested $5m in April, and B
                # put in $3m": both in the passage's company)
                co = [v for v in (*tok.conjuncts,) if v.pos_ in ("VERB", "AUX")]
                others = {a.cluster for v in co for c in v.children if c.dep_ in ("nsubj", "nsubjpass")
                          for a in entity_args(c, ents)}
                # (nor in the investors of a round the sentence leaves unattached: "A led a round
                # in May, and B put in $3m")
                others |= round_investors(sent, ents)
                objects = [("implicit", a) for a in implicit_target(tok, ents, {a.cluster for a in subjects} | others)]
            if not objects and vt.relation == "investedIn" and (
                    vt.lemma in ("participate", "take", "chip")
                    or vt.lemma == "join" and tok.dep_ == "pcomp" and tok.head.lower_ == "with"
                    # ("Existing investors A and B also joined.": joined nothing else)
                    or vt.lemma == "join" and not any(c.dep_ in ("dobj", "obj", "prep", "attr", "oprd", "ccomp", "xcomp")
                                                      for c in tok.children)) \
                    and not passive and funding_reported(tok, ents):
                # ("a round led by A, with B joining": "join" only so, since one joins a board too)
                # "Velmora raised $80 million. Solvane Ventures also took part.": in the round
                # just reported, so in the company the passage is about
                exclude = {a.cluster for a in subjects} | round_investors(sent, ents) | {
                    a.cluster for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") for a in entity_args(c, ents)}
                objects = [("implicit", a) for a in implicit_target(tok, ents, exclude)]
            if not objects and vt.relation == "sued" and vt.lemma in ("sue", "countersue") and not passive \
                    and subjects and not has_explicit_complement(tok):
                # "locked in a legal fight with Zephyrix since 2021, when Zephyrix sued over
                # patents": the one sued goes unsaid when the passage is about it
                objects = [("implicit", a) for a in implicit_target(tok, ents, {a.cluster for a in subjects})]
            if not objects and vt.relation == "left" and not has_explicit_complement(tok) \
                    and tuple(vt.object) != ("prep:from",):
                # (not a verb that says a departure only by its "from": "X, who joined in 2019")
                # "X stepped down on Monday", "X retired as chairman": news leaves unsaid the
                # company the article is about (not the one of the departure's purpose: "quit to
                # found Fenwick")
                purpose = {ents.cluster_at(t) for c in tok.children if c.dep_ in ("advcl", "xcomp")
                           and any(g.tag_ == "TO" for g in c.children) for t in c.subtree} - {None}
                objects = [("implicit", a) for a in implicit_target(tok, ents, {a.cluster for a in subjects} | purpose)]
            pattern = f"verb:{vt.name}" + (":passive" if passive else "")
            relation = vt.relation
            if relation == "leads" and passive and _leads_a_round(tok):
                # "Brisklet raised $60 million in Series B funding, led by Viking Global": the
                # round is led, not the company -- its leader invested in the company
                relation, pattern = "investedIn", pattern + ":round"
            if relation == "acquired":
                # "kept computer makers from buying AMD chips": goods bought from their maker
                objects = [(sl, o) for sl, o in objects if not names_goods(sent.doc[o.token])]
            if relation == "acquired" and "obj" in vt.object:
                part = bought_part(tok, passive)
                if part is not None:
                    # "bought 30 percent of X", "acquired a (majority) stake in X": a stake, not X
                    # (buying more than half of its shares is acquiring it)
                    if part.lower_ == "stake" or any(t.lower_ == "stake" for t in part.subtree) \
                            or not controlling_share(part):
                        relation, pattern = "investedIn", pattern + ":part"
                    if not objects:
                        # "sold its stake in Brisklet to Orvanta": the parser hangs "in" on the verb
                        objects = [("prep:in", a) for a in prep_args(tok, ents, ("in",))]
            if relation in ("develops", "founded") and "obj" in vt.object and bought_part(tok, passive) is not None:
                # "sold a stake in Quillo", "built a 10 percent stake in it": a part of a company
                # is no product made, nor a company founded
                continue
            if relation == "owns" and "obj" in vt.object:
                part = bought_part(tok, passive)
                if part is not None and not controlling_share(part):
                    # "owns a stake in X", "owns 10 percent of X": a share of it, not X
                    relation, pattern = "investedIn", pattern + ":part"
                elif any(c.dep_ in ("advmod", "npadvmod") and c.lower_ in PART_OWNING for c in tok.children):
                    # "X is part-owned (partly owned) by Y": a share of it
                    relation, pattern = "investedIn", pattern + ":part"
            if not objects and vt.relation in SYMMETRIC_RELATIONS and len(subjects) >= 2:
                for a, b in combinations(subjects, 2):  # "A and B compete for the same customers"
                    yield _make(a, vt.relation, b, pattern + ":together", tok.i, (s_slot, s_slot))
            for s in subjects:
                for o_slot, o in objects:
                    if relation == "leads" and names_a_unit(sent.doc[o.token]):
                        # "ran the Alphabet self-driving unit": heads a part of it, works for it
                        yield _make(s, "worksFor", o, pattern + ":unit", tok.i, (s_slot, o_slot))
                        continue
                    yield _make(s, relation, o, pattern, tok.i, (s_slot, o_slot))


def names_a_unit(tok) -> bool:
    """Whether the name at ``tok`` only modifies a noun for a part of its organization that is
    no entity of its own: "the Alphabet self-driving unit", "Google's cloud business"."""
    head = tok
    while head.dep_ in ("compound", "nmod", "poss", "amod") and head.head.i != head.i \
            and head.head.pos_ in ("PROPN", "NOUN") and head.head.i > head.i:
        head = head.head
    words = lexicon()
    if head.i == tok.i or head.pos_ != "NOUN" or head.lemma_.lower() not in words.unit_name_words | words.workplace_nouns:
        return False  # (also "the Orvanta research lab", "the Google search team")
    # (but "its Zentra division", "Alphabet's Waymo unit": with a possessor of its own, the name
    # modifying the unit noun is the unit's, and it is led)
    return tok.dep_ == "poss" or not any(c.dep_ == "poss" for c in head.children)


def _fronted_about_subject(noun, subjects, ents) -> bool:
    """"Following its acquisition by Halvex, Corvane moved to Ohio": a possessive pronoun in a
    phrase put before the main clause that resolved to that clause's subject (cataphora)."""
    from kg.extract.reference import main_subject_ahead

    poss = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
    if poss is None or noun.dep_ != "pobj" or not subjects:
        return False
    ahead = main_subject_ahead(ents, poss, ents.type_of(subjects[0].cluster))
    return ahead is not None and {a.cluster for a in subjects} == {ahead}


def event_candidates(sent, ents) -> Iterator[Candidate]:
    """"X's lawsuit against Y", "X took a stake in Y", "a round led by X", "the feud between A and B"."""
    from kg.extract.args import implicit_target, prep_args
    from kg.extract.triggers import event_triggers, lemma_of, triggers

    for tok in _tokens_with_lemma_in(sent, triggers().events):
        m = ents.mention_at(tok.i)
        if m is not None and m.end - m.start > 1:
            continue  # "Insight Investment", "Tarn Holdings": a word of a name is no event
        for et in event_triggers(tok):
            pattern = f"event:{et.lemma}"
            objects = _all(et.object, tok, ents)
            pair = [a for slot, a in objects if slot == "between"]
            if et.relation in SYMMETRIC_RELATIONS and len(pair) >= 2:
                for a, b in combinations(pair, 2):
                    yield _make(a, et.relation, b, pattern + ":between", tok.i, ("between", "between"))
            objects = [(slot, a) for slot, a in objects if slot != "between"]
            s_slot, subjects = _first(et.subject, tok, ents)
            if not objects and s_slot == "poss" and "by" in et.subject and (
                    tok.dep_ in ("dobj", "nsubj", "nsubjpass") or all(a.how == "name" for a in subjects)
                    or _fronted_about_subject(tok, subjects, ents)):
                # "Brisklet's acquisition by Halvex": with a "by", the possessor undergoes the act
                # (a pronoun only in a verb's argument -- "X announced its acquisition by Y" -- for
                # "known as Y before its purchase by Z" has no subject to bind "its" to)
                agents = _all(("by",), tok, ents)
                if agents:
                    objects = [("poss", a) for a in subjects]
                    s_slot, subjects = "by", [a for _, a in agents]
            if not objects and et.relation in SYMMETRIC_RELATIONS and len(subjects) >= 2:
                for a, b in combinations(subjects, 2):  # "A and B announced a partnership"
                    yield _make(a, et.relation, b, pattern + ":together", tok.i, (s_slot, s_slot))
            if subjects and et.relation == "investedIn" and et.lemma in lexicon().implicit_events:
                # "A co-led the round with B", "led the round alongside B": B invested in it too
                seen = {a.cluster for a in subjects} | {a.cluster for _, a in objects}
                carriers = (tok,) if tok.head.i == tok.i else (tok, tok.head)
                for a in (a for carrier in carriers for a in prep_args(carrier, ents, ("with", "alongside"))):
                    if a.cluster not in seen and ents.type_of(a.cluster) == "Organization":
                        seen.add(a.cluster)
                        subjects = subjects + [a]
            if not objects and subjects and et.relation == "investedIn" and (et.lemma, s_slot) != (
                    "round", "prep:from") and (
                    et.lemma in lexicon().implicit_events or et.lemma == "stake" and _sized(tok)):
                # "Solvane Capital participated in the round", "Kestrel, which holds a stake of
                # about 16 percent": the company the passage is about (none of the round's other
                # investors: "led by A, with participation from B"); not for "a round from A",
                # a phrase often set in apposition to another noun, whose company then is not
                # the one the sentence names
                exclude = {a.cluster for a in subjects} | round_investors(sent, ents)
                objects = [("implicit", a) for a in implicit_target(tok, ents, exclude)]
            if not objects and subjects and et.relation == "left" \
                    and all(ents.type_of(a.cluster) == "Person" for a in subjects):
                # "The resignation of Dana Whitlock surprised investors": from the company the
                # passage is about (or the one she was last said to hold a role at)
                objects = [("implicit", a) for a in implicit_target(tok, ents, {a.cluster for a in subjects})]
            if not objects and len(subjects) <= 1 and et.relation in SYMMETRIC_RELATIONS and any(
                    c.dep_ == "poss" and c.lower_ == "their" for c in tok.children):
                # ("A and B expanded their partnership": "their" is both, not the one it resolves to)
                yield from _their(tok, ents, et.relation, pattern)
            relation = et.relation
            if relation == "investedIn" and et.lemma in ("stake", "holding", "position", "share") and controlling_share(tok) \
                    and not (tok.dep_ in ("dobj", "obj", "nsubjpass") and lemma_of(tok.head) in lexicon().buying_verbs):
                # "holds a majority stake in X" owns it; "bought a majority stake" invested in it
                relation, pattern = "owns", pattern + ":majority"
            # "agreed to settle a lawsuit brought by X": a suit said to have been filed was filed,
            # whatever the clause says of settling it
            # ("pleaded not guilty to charges brought by X": the charges were brought all the same)
            scope = "phrase" if relation in ("sued", "accused") and any(
                c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_ in FILING_VERBS for c in tok.children) else "clause"
            for s in subjects:
                for o_slot, o in objects:
                    yield _make(s, relation, o, pattern, tok.i, (s_slot, o_slot), scope)


#: Modifiers of "own" that make the ownership a part: "part-owned", "partly owned".
PART_OWNING = frozenset({"part", "partly", "partially", "minority"})


#: Verbs whose participle says a suit was filed: "a lawsuit filed (brought, lodged) by X".
FILING_VERBS = frozenset({"file", "bring", "lodge", "level"})


def round_investors(sent, ents) -> set[int]:
    """The investors a sentence names as taking part in a funding round whose company it leaves
    unsaid ("The round was led by A, with participation from B"): none of them is the company."""
    from kg.extract.triggers import event_triggers

    out = set()
    for tok in sent:
        for et in event_triggers(tok):
            if et.relation == "investedIn" and et.lemma in lexicon().implicit_events:
                out |= {a.cluster for a in _first(et.subject, tok, ents)[1]}
    return out


def funding_reported(tok, ents) -> bool:
    """Whether this sentence or the one before reports money raised: a funding noun ("round",
    "financing") or a verb of raising with a sum."""
    here = ents.sentence_index(tok.i)
    for sent in ents.sentences()[max(0, here - 1):here + 1]:
        for t in sent:
            if t.lemma_.lower() in lexicon().funding_nouns and t.pos_ == "NOUN" \
                    or t.lemma_.lower() in lexicon().raising_verbs \
                    and t.pos_ == "VERB" and any(c.ent_type_ == "MONEY" for c in t.subtree):
                return True
    return False


def clause_partners(tok, ents) -> list:
    """The organizations a noun's clause names besides the noun's own phrase: the subject,
    object, agent or passive subject of the verb the noun's phrase hangs on ("Brisklet differs
    from competitors like A", "Brisklet was acquired by rival OYO", "left Brisklet for rival X")."""
    from kg.extract.args import SPEAKING_VERBS, Arg, entity_args

    verb = tok
    while verb.head.i != verb.i and verb.pos_ not in ("VERB", "AUX"):
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    own = {t.i for t in tok.subtree}
    phrase = tok
    while phrase.dep_ in ("compound", "amod", "nmod") and phrase.head.i != phrase.i:
        phrase = phrase.head  # "rival Zephyrix": the title's name is the noun's own phrase
    own |= {t.i for t in phrase.subtree}
    out = []
    for child in verb.children:
        if child.i in own:
            continue
        if child.dep_ in ("nsubj", "nsubjpass", "dobj", "obj"):
            out += entity_args(child, ents)
        elif child.dep_ == "agent":
            out += [a for p in child.children if p.dep_ == "pobj" for a in entity_args(p, ents)]
    orgs = [Arg(a.cluster, a.token, a.how) for a in out if ents.type_of(a.cluster) == "Organization"]
    if not orgs and not out and verb.dep_ == "ccomp" and verb.head.lemma_ in SPEAKING_VERBS:
        # "Orvanta (chief executive Dana Whitlock) said rival Zephyrix was playing games": the
        # speaker's company, or the company in the speaker's title
        for child in verb.head.children:
            if child.dep_ == "nsubj":
                orgs = [Arg(c, t.i, "name") for t in child.subtree
                        for c in [ents.cluster_at(t)] if c is not None and ents.type_of(c) == "Organization"]
                orgs = list({a.cluster: a for a in orgs}.values())
    return orgs


def _leads_a_round(verb) -> bool:
    """Whether a passive "led by" describes money raised: a participle on a raising verb whose
    object is money or a round ("raised $60 million in funding, led by X")."""
    if verb.dep_ not in ("advcl", "acl", "conj") or verb.head.i == verb.i:
        return False
    head = verb.head
    if head.lower_ in lexicon().funding_nouns or head.lemma_.lower() in lexicon().funding_nouns:
        return True
    if head.pos_ not in ("VERB", "AUX") or head.lemma_.lower() not in lexicon().raising_verbs:
        return False
    funding = lexicon().funding_nouns
    return any(t.ent_type_ == "MONEY" or t.lemma_.lower() in funding for t in head.subtree if t.i < verb.i)


def bought_part(verb, passive: bool = False):
    """The noun of a part of a company that ``verb`` (an acquisition verb) takes as its object
    ("bought 30 percent of X", "a stake in X was acquired"), or None when it takes the company
    itself or all that was left of it."""
    dep = ("nsubjpass",) if passive else ("dobj", "obj")
    for child in verb.children:
        if child.dep_ in dep and child.lower_ in lexicon().part_nouns:
            if any(t.lower_ in lexicon().whole_modifiers for t in child.subtree):
                return None
            return child
    return None


def _sized(stake) -> bool:
    """Whether a stake is given a size ("a 16 percent stake", "a stake of about 16 percent")."""
    return any(t.lower_ in ("percent", "%", "per") or t.lower_ in ("majority", "minority", "controlling")
               for t in stake.subtree)


def controlling_share(tok) -> bool:
    """Whether a stake is a controlling one: "a majority stake", "a controlling stake", "a 60
    percent stake" (more than half)."""
    import re

    for t in tok.subtree:
        if t.lower_ in ("majority", "controlling", "full", "entire", "whole"):
            return True
        if t.like_num and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ in ("percent", "%", "per"):
            number = re.sub(r"[^\d.]", "", t.text)
            if number and float(number) > 50:
                return True
    return False


def _their(tok, ents, relation: str, pattern: str) -> Iterator[Candidate]:
    """"their feud": the subject of the clause and the other entity of its kind named last."""
    from kg.extract.args import Arg, subject_args

    verb = tok
    while verb.head.i != verb.i and verb.pos_ not in ("VERB", "AUX"):
        verb = verb.head
    subj = subject_args(verb, ents)
    if not subj:
        return
    kind = ents.type_of(subj[0].cluster)
    for m in reversed(ents.mentions):
        if m.start < tok.i and m.cluster != subj[0].cluster and ents.type_of(m.cluster) == kind:
            yield _make(subj[0], relation, Arg(m.cluster, m.start, "pronoun"), pattern + ":their", tok.i,
                        ("gov", "their"))
            return


def role_candidates(sent, ents) -> Iterator[Candidate]:
    """"X, chief executive of Y", "Y's rival X", "X, a unit of Y", "the parent of Y", "the Tesla CEO"."""
    from kg.extract.args import (before_next_role, compound_args, explicit_subunit, has_explicit_complement, holder_args,
                                 implicit_target, listing_preps, prep_args, subject_args, target_args, unknown_qualifier)
    from kg.extract.reference import role_holder
    from kg.extract.triggers import left_modifiers, lemma_of, role_triggers, title_word, triggers, verb_triggers

    data = triggers()
    for tok in _tokens_with_lemma_in(sent, data.roles, data.founding_roles):
        for rt in role_triggers(tok):
            pattern = f"role:{rt.name}"
            # "Professor Emeritus of Mathematics at X", "Director General of Y": the title's
            # last word carries the phrase
            site = tok.head if tok.dep_ == "compound" and title_word(tok.head).i == tok.i else tok
            holders = holder_args(site, ents)
            relation = rt.relation
            if relation == "subsidiaryOf" and not holders:
                # "Talverin Group's Velmora Health unit": the name before a unit noun is the unit's
                holders = [a for a in compound_args(tok, ents) if ents.type_of(a.cluster) == "Organization"]
            if relation == "leads" and explicit_subunit(tok, ents):
                relation = "worksFor"  # "head of research at X": heads a part of X, works for X
            if not holders and relation in DESCRIBED_ROLES:
                holder, org = role_holder(ents, tok)
                if holder is not None and org is not None:
                    yield Candidate(holder, relation, org, "role:description", tok.i, slots=("description", "compound"),
                                    how=("role-description", "name"), arg_tokens=(tok.i, tok.i), scope="phrase")
                    continue
            if relation == "founded" and holders:
                # "co-founder of The Pirate Bay together with Fredrik Neij and Peter Sunde" (the
                # parser may hang "with" on the verb the role is the complement of)
                seen = {h.cluster for h in holders}
                carriers = [tok] + ([tok.head.head] if tok.dep_ == "pobj" and tok.head.lower_ == "as" else [])
                holders = holders + [a for c in carriers for a in prep_args(c, ents, ("with", "alongside"))
                                     if ents.type_of(a.cluster) == "Person" and a.cluster not in seen]
            held = {h.cluster for h in holders}
            if rt.requires_prep:
                # "the Raleigh company behind Red Hat Linux": what the preposition names, not the
                # names modifying the noun
                targets = [t for t in before_next_role(site, prep_args(site, ents, tuple(
                    p.split(":")[0] for p in rt.requires_prep))) if t.cluster not in held]
            else:
                targets = [t for t in target_args(site, ents, relation) if t.cluster not in held]
            if not targets and relation == "criticized" and tok.dep_ == "nsubj" and tok.tag_ == "NNS" and holders:
                # "Critics, including Tom Berg, say Halvex moved too fast": what the critics say is
                # of the subject of what they say
                targets = [a for c in tok.head.children if c.dep_ == "ccomp" and c.i > tok.head.i
                           for a in subject_args(c, ents) if a.cluster not in held]
            if not targets and relation == "subsidiaryOf" and tok.dep_ == "pobj" and tok.head.lower_ == "as" \
                    and tok.head.head.pos_ in ("VERB", "AUX") and holders:
                # "X operates Y as an independent unit": the unit of the one who runs it
                targets = [a for a in subject_args(tok.head.head, ents)
                           if a.cluster not in held and ents.type_of(a.cluster) == "Organization"]
            listing = bool(listing_preps(tok))
            if relation in SYMMETRIC_RELATIONS and not targets and (listing or tok.tag_ not in ("NNS", "NNPS")):
                # "Brisklet differs from competitors like A and B", "acquired by rival OYO": the
                # listed or named rivals are the rivals of the other company of the clause
                targets = [a for a in clause_partners(tok, ents) if a.cluster not in held]
                if targets:
                    pattern += ":clause"
            if relation in SYMMETRIC_RELATIONS and not targets and tok.tag_ in ("NNS", "NNPS") and len(holders) >= 2 \
                    and not listing and not any(c.dep_ == "poss" for c in tok.children):
                # (not "Its main competitors are A and B": A and B are its rivals, not each other's)
                for a, b in combinations(holders, 2):  # "Musk and Altman, bitter rivals"
                    yield _make(a, relation, b, pattern + ":plural", tok.i, ("holder", "holder"))
                continue
            if rt.members and len(targets) >= 2:
                for a, b in combinations(targets, 2):  # "a joint venture of A and B"
                    yield _make(a, rt.members, b, pattern + ":members", tok.i, ("member", "member"), scope="phrase")
            elif rt.members and len(holders) >= 2:
                for a, b in combinations(holders, 2):  # "A and B ran X as a joint venture"
                    yield _make(a, rt.members, b, pattern + ":members", tok.i, ("member", "member"), scope="phrase")
                continue
            target_slot = "target"
            in_round = any(c.dep_ == "prep" and c.lower_ == "in" and any(
                p.dep_ == "pobj" and p.lemma_.lower() in lexicon().funding_nouns for p in c.children)
                for c in tok.children)
            # ("... $32.7 million in funding; investors included A and B": the funded company)
            listed_funders = relation == "investedIn" and tok.tag_ == "NNS" and tok.dep_ == "nsubj" \
                and tok.head.lemma_ in ("include", "comprise") and not any(c.dep_ == "poss" for c in tok.children) \
                and funding_reported(tok, ents)
            if not targets and holders and (relation in IMPLICIT_TARGET_ROLES or in_round or listed_funders) \
                    and (tok.tag_ not in ("NNS", "NNPS") or in_round or listed_funders) \
                    and not has_explicit_complement(tok) and not unknown_qualifier(tok, ents):
                # ("Investors in the round included A and B": the round's company)
                targets = implicit_target(tok, ents, held)
                target_slot = "implicit"
            # A role in apposition or used as a title is presupposed; a predicated one is asserted
            # by its clause ("X would become CEO of Y" is not a fact).
            # (a coordinated role as its first one: "is not a subsidiary or affiliate of Y")
            predicated = tok
            while predicated.dep_ == "conj" and predicated.head.i != predicated.i and role_triggers(predicated.head):
                predicated = predicated.head
            scope = "clause" if predicated.dep_ in ("attr", "oprd", "pobj", "acomp") else "phrase"
            if tok.dep_ == "pobj" and tok.head.lower_ == "as" and any(
                    vt.relation == "left" and vt.object != ("prep:from",) for vt in verb_triggers(tok.head.head)):
                # "X will step down as chairman": X is chairman, whatever comes (not "X will join Y
                # as president", whose verb says a departure only by "from")
                scope = "phrase"
            if tok.dep_ == "pobj" and tok.head.lower_ == "from" and tok.head.head.pos_ == "VERB" \
                    and lemma_of(tok.head.head) in lexicon().motion_verbs and any(
                        c.dep_ == "prep" and c.lower_ == "to" for c in tok.head.head.children):
                # "X will move from chief executive to chairman": the role moved from is held
                # (until the move; facts are "is or was"), whatever the move's mood
                scope = "phrase"
            if tok.dep_ == "pobj" and tok.head.lower_ != "as" and holders and all(
                    h.token in range(tok.left_edge.i, tok.right_edge.i + 1) for h in holders):
                # "the proposed spin-off of its subsidiary Kambi": a role whose holder is named
                # within its own phrase is presupposed, not predicated
                scope = "phrase"
            departed = relation in ("ceoOf", "leads", "worksFor") and \
                left_modifiers(tok) & triggers().departed_modifiers
            for h in holders:
                for t in targets:
                    if departed and ents.type_of(h.cluster) == "Person":
                        # "ousted chief executive X", "the departing CEO of Y": X left Y too
                        yield _make(h, "left", t, pattern + ":departed", tok.i, ("holder", target_slot), "phrase")
                    if rt.reverse:
                        yield _make(t, relation, h, pattern, tok.i, (target_slot, "holder"), scope)
                    else:
                        yield _make(h, relation, t, pattern, tok.i, ("holder", target_slot), scope)


def _path_tokens(doc, i: int, j: int) -> list:
    """The tokens on the dependency path between tokens ``i`` and ``j`` (both excluded)."""
    up_i = [doc[i]]
    while up_i[-1].head.i != up_i[-1].i and len(up_i) < 12:
        up_i.append(up_i[-1].head)
    up_j = [doc[j]]
    while up_j[-1].head.i != up_j[-1].i and len(up_j) < 12:
        up_j.append(up_j[-1].head)
    ids_j = {t.i: k for k, t in enumerate(up_j)}
    for k, t in enumerate(up_i):
        if t.i in ids_j:
            return [x for x in (*up_i[1:k + 1], *up_j[1:ids_j[t.i]]) if x.i not in (i, j)]
    return []


def pair_candidates(sent, ents) -> Iterator[Candidate]:
    """Every pair of names in a sentence with a trigger word on the dependency path between
    them, in both directions: what the rules' argument slots miss, proposed for the scorer to
    judge (never asserted by the rules alone). "Tenstorrent, whose backers include Fidelity"
    has "backers" between the two names, whatever slot each fills."""
    from kg.extract.triggers import event_triggers, is_verb, lemma_of, role_triggers, verb_triggers

    doc = sent.doc
    heads: dict[int, int] = {}
    for m in ents.mentions:
        if sent.start <= m.start < sent.end and not ents.is_weak(m.cluster):
            heads.setdefault(m.cluster, ents.head_index(m))
    if len(heads) < 2:
        return
    relations_at: dict[int, set[str]] = {}
    for tok in sent:
        rels = {t.relation for t in role_triggers(tok)} | {t.relation for t in event_triggers(tok)}
        if is_verb(tok):
            rels |= {t.relation for t in verb_triggers(tok)}
        if rels:
            relations_at[tok.i] = rels
    if not relations_at:
        return
    for (x, hx), (y, hy) in combinations(sorted(heads.items(), key=lambda kv: kv[1]), 2):
        for t in _path_tokens(doc, hx, hy):
            for rel in sorted(relations_at.get(t.i, ())):
                pattern = f"pair:{lemma_of(t)}"
                yield Candidate(x, rel, y, pattern, t.i, slots=("pair", "pair"), arg_tokens=(hx, hy))
                if rel not in SYMMETRIC_RELATIONS:
                    yield Candidate(y, rel, x, pattern, t.i, slots=("pair", "pair"), arg_tokens=(hy, hx))


def derived_candidates(sent, ents, found: list[Candidate]) -> Iterator[Candidate]:
    """What one candidate implies about another in the same sentence:

    * allegations made in a lawsuit are accusations against the sued party: "X filed suit against
      Y, alleging libel" -- X accused Y;
    * succession: "A took over as chief executive, succeeding B" -- B held the role too;
    * a former role was left: "X, the former chief executive of Y" -- X left Y."""
    from kg.extract.args import implicit_target, is_passive, object_args, passive_subject_args, subject_args, target_args
    from kg.extract.triggers import doc_lemmas_of, role_triggers

    sued = [c for c in found if c.relation == "sued"]
    for c in found:
        if c.relation == "accused" and c.trigger >= 0 and filed_in_a_suit(sent.doc[c.trigger]):
            # "In a lawsuit filed Friday, X accused Y of ...": the accusation is the suit's
            yield replace(c, relation="sued", pattern="derived:accused-in-lawsuit")
    roles = [c for c in found if c.relation in ("ceoOf", "leads") and c.pattern.startswith("role:")]
    for c in found:
        # ("left: a person left an organization", the annotation rules say; one who held a role
        # there formerly has)
        if c.relation in ("ceoOf", "leads", "worksFor") and c.pattern.startswith(("role:", "surface:")) and c.trigger >= 0 \
                and formerly_held(sent.doc[c.trigger]):
            yield replace(c, relation="left", pattern="derived:former-role")
    lemmas = doc_lemmas_of(sent.doc)
    for tok in sent:
        lemma = lemmas[tok.i]
        if lemma in ("allege", "claim", "accuse", "charge") and sued:
            subjects = {a.cluster for a in subject_args(tok, ents)}
            has_object = any(c.trigger == tok.i for c in found if c.relation == "accused")
            if not has_object:
                for c in sued:
                    if c.subject in subjects:
                        yield replace(c, relation="accused", pattern="derived:lawsuit-allegation", trigger=tok.i)
        if lemma in ("say", "argue", "contend", "assert", "complain") and sued and tok.dep_ == "advcl" \
                and tok.tag_ == "VBG" and any(c.dep_ == "ccomp" for c in tok.children):
            # "X sued Y, saying the startup had used its code without permission", "filed a
            # lawsuit against Y, arguing that ...": what the suit says of Y is an allegation
            from kg.extract.args import read_slot
            from kg.extract.hedges import hedge_of_token

            suit = {tok.head.i} | {c.i for c in tok.head.children if c.dep_ in ("dobj", "obj")}
            subjects = {a.cluster for a in subject_args(tok, ents)}
            # (only what it says the sued party did, as a fact: not "saying it would appeal")
            said_of = {a.cluster for slot in ("ccomp", "ccomp-poss") for a in read_slot(slot, tok, ents)}
            stated = not any(hedge_of_token(c) for c in tok.children if c.dep_ == "ccomp")
            for c in sued:
                if c.trigger in suit and c.subject in subjects and c.object in said_of and stated:
                    yield replace(c, relation="accused", pattern="derived:suit-says", trigger=tok.i)
        if lemma in ("sue", "countersue") and wrongdoing_stated(tok):
            # "sued X for infringing its patents", "over alleged fraud": the suit accuses X
            for c in sued:
                if c.trigger == tok.i:
                    yield replace(c, relation="accused", pattern="derived:sued-for-wrongdoing")
        if lemma in ("succeed", "replace") and tok.pos_ == "VERB" and not roles:
            # "He moved to SGI, becoming Chairman and CEO, succeeding X": the role is there even
            # when its holder ("he") is not
            roles = [Candidate(-1, rt.relation, t.cluster, f"role:{rt.name}", r.i, slots=("holder", "target"),
                               how=("pronoun", t.how), arg_tokens=(r.i, t.token))
                     for r in sent for rt in role_triggers(r) if rt.relation in ("ceoOf", "leads")
                     for t in (target_args(r, ents, rt.relation) or implicit_target(r, ents))]
        if lemma in ("succeed", "replace") and tok.pos_ == "VERB" and roles:
            # the successor's top role is the one handed on ("T-Mobile's president took over
            # as chief executive, succeeding X": X was chief executive)
            handed = [c for c in roles if c.relation == "ceoOf"] or roles
            # (the one succeeded: the object, or the subject of "X was succeeded by Y")
            succeeded = passive_subject_args(tok, ents) if is_passive(tok) else object_args(tok, ents)
            for b in succeeded:
                if ents.type_of(b.cluster) != "Person":
                    continue
                for c in handed:
                    if c.subject != b.cluster:
                        # (what the one succeeded holds is given, whatever the succession's mood:
                        # "Gale would succeed Mark Feld as chief executive" -- Feld is)
                        yield Candidate(b.cluster, c.relation, c.object, "derived:succession", tok.i,
                                        slots=("obj", c.slots[1]), how=(b.how, c.how[1]),
                                        arg_tokens=(b.token, c.arg_tokens[1]), hedge_from=b.token, scope="phrase")


def formerly_held(role) -> bool:
    """Whether a role noun is said to be held no more: "former chief executive", "the
    ex-chief executive", or the same before the company's name that titles it ("Former Halvex
    chief executive Dana Korvel", "Ex-Halvex chief executive"; the parser hangs the adjective on
    the name)."""
    doc = role.doc
    for t in doc[role.left_edge.i:role.i]:
        if t.lower_ == "former" and t.dep_ == "amod" and (t.head.i == role.i or t.head.i < role.i and t.head.pos_ == "PROPN"):
            return True
        if t.lower_ == "ex" and t.i + 1 < len(doc) and doc[t.i + 1].text == "-":
            return True
    return False


def filed_in_a_suit(verb) -> bool:
    """Whether a verb of accusing is set in a suit: "In a lawsuit filed Friday, X accused Y",
    "In its complaint, X alleges that Y ..."."""
    return verb.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "prep" and c.lower_ == "in" and any(p.dep_ == "pobj" and p.lemma_.lower() in lexicon().suit_nouns
                                                       for p in c.children)
        for c in verb.children)


def wrongdoing_stated(verb) -> bool:
    """Whether "for"/"over" after a verb of suing names a wrongdoing ("for infringing its
    patents", "over alleged breach of contract")."""
    from kg.extract.triggers import lemma_of

    words = lexicon()
    # (also on the object, where the parser may hang it: "is suing Y for patent infringement")
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    for prep in (*verb.children, *(p for o in objects for p in o.children)):
        if prep.dep_ == "prep" and prep.lower_ in ("for", "over"):
            for t in prep.subtree:
                if t.lower_ in words.wrongdoing_nouns or lemma_of(t) in words.wrongdoing_verbs \
                        or t.lower_ in ("alleged", "allegedly"):
                    return True
    return False


#: The verbs by which a suit says what it alleges ("The complaint alleges that ...").
SUIT_SAYING = frozenset({"allege", "claim", "accuse", "charge", "say", "contend", "argue"})
#: The verbs :func:`document_derived` reads: what a suit alleges, and countersuing.
SAYING_OR_COUNTERSUING = SUIT_SAYING | {"countersue"}


def named_after_maker(ents) -> Iterator[Candidate]:
    """"Waymo One", "Halvex Quill": a product whose name begins with the whole
    name of an organization of the passage, and goes on, is that organization's (develops)."""
    orgs = [(cid, c.name.split()) for cid, c in ents.clusters.items() if c.type == "Organization"]
    for pid, product in ents.clusters.items():
        if product.type != "Product" or not product.mentions:
            continue
        words = product.name.split()
        for oid, org_words in orgs:
            if len(words) > len(org_words) and words[:len(org_words)] == org_words:
                first = min(m.start for m in product.mentions)
                yield Candidate(oid, "develops", pid, "name:maker-prefix", first, slots=("name", "name"),
                                arg_tokens=(first, first), scope="phrase")


def document_derived(doc, ents, found: list[Candidate]) -> Iterator[Candidate]:
    """What candidates imply across sentences:

    * "..., and Y countersued": Y sued whoever sued or accused Y in this or the two sentences
      before;
    * to leave an organization one must have been in it: "X left Y" -- X worked for Y."""
    from kg.extract.args import Arg, by_args, ccomp_subject_args, object_args, possessor_args, subject_args
    from kg.extract.triggers import doc_lemmas_of

    for c in found:
        if c.relation == "left" and not c.pattern.startswith("pair:"):
            yield replace(c, relation="worksFor", pattern="derived:left")
    yield from named_after_maker(ents)
    yield from succession_across_sentences(doc, ents, found)
    triggered = {c.trigger for c in found if not c.pattern.startswith("pair:")}
    sued = [c for c in found if c.relation == "sued" and not c.pattern.startswith("pair:")]
    if sued:
        yield from according_to_the_suit(doc, ents, sued)
    lemmas = doc_lemmas_of(doc)
    for i in range(len(doc)):
        lemma = lemmas[i]
        if lemma not in SAYING_OR_COUNTERSUING:
            continue  # (most words: looked at without making their Token)
        tok = doc[i]
        suits = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in lexicon().lawsuit_nouns] \
            if lemma in SUIT_SAYING else []  # (read below only then)
        if lemma in SUIT_SAYING and suits:
            # "The complaint, filed by X, alleges that Y misled investors", "X's suit alleges ...":
            # the suit names its plaintiff
            named = [a for n in suits for a in possessor_args(n, ents) or by_args(n, ents)]
            # (not "a complaint filed with the commission": one made to a regulator)
            filed = any(n.lemma_.lower() in lexicon().suit_nouns and not any(
                p.dep_ == "prep" and p.lower_ == "with" for a in n.children if a.dep_ == "acl" for p in a.children)
                for n in suits)
            for p in named:
                for a in ccomp_subject_args(tok, ents) + object_args(tok, ents):
                    if a.cluster != p.cluster:
                        yield Candidate(p.cluster, "accused", a.cluster, "derived:lawsuit-alleges", tok.i,
                                        slots=("plaintiff", "ccomp"), how=(p.how, a.how), arg_tokens=(p.token, a.token))
                        if filed:  # (and a suit that accuses Y is a suit against Y)
                            yield Candidate(p.cluster, "sued", a.cluster, "derived:lawsuit-accuses", tok.i,
                                            slots=("plaintiff", "ccomp"), how=(p.how, a.how),
                                            arg_tokens=(p.token, a.token))
            if named:
                continue
        if lemma in SUIT_SAYING and sued \
                and suits:
            # "The suit alleges that Y copied its designs": the plaintiff of the suit just
            # reported accuses Y (or, when the clause names no one, the sued party)
            here = ents.sentence_index(tok.i)
            prior = [c for c in sued if 0 <= here - ents.sentence_index(c.trigger) <= 2 and c.trigger < tok.i]
            if prior:
                plaintiff = prior[-1]
                accused = [a for a in ccomp_subject_args(tok, ents) + object_args(tok, ents)
                           if a.cluster != plaintiff.subject]
                if not accused:
                    accused = [Arg(plaintiff.object, plaintiff.arg_tokens[1], plaintiff.how[1])]
                for a in accused:
                    yield Candidate(plaintiff.subject, "accused", a.cluster, "derived:lawsuit-alleges", tok.i,
                                    slots=("plaintiff", "ccomp"), how=(plaintiff.how[0], a.how),
                                    arg_tokens=(plaintiff.arg_tokens[0], a.token))
        if lemma != "countersue" or tok.i in triggered:
            continue
        here = ents.sentence_index(tok.i)
        for s in subject_args(tok, ents):
            prior = [c for c in found if c.relation in ("sued", "accused") and c.object == s.cluster
                     and not c.pattern.startswith("pair:")
                     and 0 <= here - ents.sentence_index(c.trigger) <= 2 and c.trigger < tok.i]
            if prior:
                c = prior[-1]
                yield Candidate(s.cluster, "sued", c.subject, "derived:countersue", tok.i,
                                slots=("subj", "counterpart"), how=(s.how, c.how[0]),
                                arg_tokens=(s.token, c.arg_tokens[0]))


def according_to_the_suit(doc, ents, sued: list[Candidate]) -> Iterator[Candidate]:
    """"X sued Y in March. According to the complaint, Y copied its designs": a wrongdoing stated
    on the word of a suit no one is named as bringing is the accusation of the plaintiff of the
    suit reported in the two sentences before. (A suit whose plaintiff is named, "according to
    the lawsuit filed by X", is :func:`kg.extract.constructions.reported_wrongdoing`'s.)"""
    from kg.extract.args import by_args, possessor_args, subject_args
    from kg.extract.triggers import doc_lemmas_of, is_wrongdoing

    lemmas, words = doc_lemmas_of(doc), lexicon()
    for i, lemma in enumerate(lemmas):
        if lemma not in ("accord", "according"):
            continue
        prep = doc[i]
        verb = prep.head
        if prep.dep_ != "prep" or verb.pos_ != "VERB" or not is_wrongdoing(verb):
            continue
        suits = [p for to in prep.children if to.lower_ == "to" for p in to.children
                 if p.dep_ == "pobj" and p.lemma_.lower() in words.lawsuit_nouns and ents.cluster_at(p) is None
                 and not possessor_args(p, ents) and not by_args(p, ents)]
        if not suits:
            continue
        here = ents.sentence_index(i)
        prior = [c for c in sued if 0 < here - ents.sentence_index(c.trigger) <= 2]
        if not prior:
            continue
        plaintiff = prior[-1]
        for doer in subject_args(verb, ents):
            if doer.cluster != plaintiff.subject:
                yield Candidate(plaintiff.subject, "accused", doer.cluster, "derived:according-to-suit", verb.i,
                                slots=("plaintiff", "subj"), how=(plaintiff.how[0], doer.how),
                                arg_tokens=(plaintiff.arg_tokens[0], doer.token))


def succession_across_sentences(doc, ents, found: list[Candidate]) -> Iterator[Candidate]:
    """A role handed on, when the role was stated before: "Corvant named Omar Reyes chief
    executive. He replaces Marta Quist" (Quist held it), "Quist stepped down as chief
    executive. Her successor, Omar Reyes, ..." and "She was succeeded by Omar Reyes" (Reyes
    holds it). The role is the top one (chief executive before other heads) the predecessor or
    successor was said to hold in the three sentences before, or in this one."""
    from kg.extract.args import agent_args, entity_args, object_args, passive_subject_args, subject_args
    from kg.extract.triggers import lemma_of

    roles = [c for c in found if c.relation in ("ceoOf", "leads") and not c.pattern.startswith("pair:")]
    if not roles:
        return
    # (a role its holder is said to have left is not the one handed on: "X started as chief
    # executive of Y, weeks after stepping down from the top job at Z. He replaces W")
    departed = {(c.subject, c.object) for c in found if c.relation == "left"}

    def held(person: int, at: int) -> Candidate | None:
        here = ents.sentence_index(at)
        prior = [c for c in roles if c.subject == person and c.trigger <= at + 40
                 and 0 <= here - ents.sentence_index(c.trigger) <= 3]
        prior = [c for c in prior if (c.subject, c.object) not in departed] or prior
        top = [c for c in prior if c.relation == "ceoOf"] or prior
        return top[-1] if top else None

    def people(args) -> list:
        return [a for a in args if ents.type_of(a.cluster) == "Person"]

    for tok in doc:
        lemma = lemma_of(tok)
        pairs = []  # (holder, the one who held it too, token of the other)
        if lemma in ("succeed", "replace") and tok.pos_ == "VERB":
            if any(c.dep_ == "prep" and c.lower_ == "as" for c in tok.children):
                continue  # "succeeded X as chief executive of Y": the role rules read it
            if any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
                pairs = [(p, s) for p in people(passive_subject_args(tok, ents)) for s in people(agent_args(tok, ents))]
            else:
                pairs = [(s, p) for s in people(subject_args(tok, ents)) for p in people(object_args(tok, ents))]
                pairs += [(p, s) for s, p in pairs]  # whichever of the two the role was said of
        elif lemma == "take" and any(c.lower_ == "over" and c.dep_ in ("prt", "advmod", "prep") for c in tok.children):
            # "X took over as chief executive from Y"
            givers = people([a for c in tok.children if c.dep_ == "prep" and c.lower_ == "from"
                             for p in c.children if p.dep_ == "pobj" for a in entity_args(p, ents)])
            pairs = [(s, g) for s in people(subject_args(tok, ents)) for g in givers]
        elif tok.lemma_.lower() in ("successor", "predecessor") and tok.pos_ == "NOUN":
            owners = people([a for c in tok.children if c.dep_ == "poss" for a in entity_args(c, ents)])
            named = people([a for c in tok.children if c.dep_ == "appos" for a in entity_args(c, ents)])
            pairs = [(o, n) for o in owners for n in named]
        for known, other in pairs:
            if known.cluster == other.cluster:
                continue
            role = held(known.cluster, tok.i)
            if role is None or any(c.subject == other.cluster and c.object == role.object for c in roles):
                continue
            yield Candidate(other.cluster, role.relation, role.object, "derived:succession", tok.i,
                            slots=("succession", role.slots[1]), how=(other.how, role.how[1]),
                            arg_tokens=(other.token, role.arg_tokens[1]))


def type_votes(raw: list[Candidate], ents) -> tuple[dict[int, Counter], dict[int, Counter]]:
    """Type evidence from the relations a name is an argument of: "X hired Y" makes no claim, but
    "the chief executive of X" or "X's subsidiary Y" or "X invested in Y" says X or Y is an
    organization, "X stepped down as CEO" that X is a person. One vote per argument slot of a
    trigger (``raw``: the candidates before any check) whose relation admits one type only
    (:data:`SIGNATURE`); a name the model took for a place that fills a slot no place can fill
    gets one vote for an organization. Returns the votes and, of them, those too unsure to be
    what the text says the thing is (a product vote from "launched X", "sold X": X may as well be
    a company)."""
    votes: dict[int, Counter] = {}
    unsure: dict[int, Counter] = {}
    for cand in raw:
        if cand.subject == cand.object or not cand.pattern.startswith(("verb:", "event:", "role:")):
            continue
        domain, range_ = SIGNATURE[cand.relation]
        trigger = cand.pattern.split(":")[1]
        if cand.pattern.startswith("role:") and trigger in lexicon().impersonal_roles:
            # "SAP, the German leader in business applications": no person vote (a role noun
            # only: the verb "partnered with" has its subject an organization)
            domain = AGENT
        for cid, how, allowed in ((cand.subject, cand.how[0], domain), (cand.object, cand.how[1], range_)):
            if how not in ("name", "relative", "listed"):
                continue
            if ents.type_of(cid) == "Place" and trigger in lexicon().motion_verbs:
                continue  # "left Chicago", "moved to Boston": one goes to places too (not "resigned from C&W")
            if len(allowed) == 1:
                kind = next(iter(allowed))
                # what a company releases, ships or develops, or is the maker of or the company
                # behind, is a product, surer evidence than one NER tag (not "launched" or
                # "built": those found companies too)
                either = cand.pattern.split(":")[1] in lexicon().company_or_product_verbs
                weight = 1.5 if kind == "Product" and cand.pattern.startswith(("verb:", "role:")) and not either else 1
                votes.setdefault(cid, Counter())[kind] += weight
                if kind == "Product" and either:
                    unsure.setdefault(cid, Counter())[kind] += weight
            elif ents.type_of(cid) not in allowed and "Organization" in allowed:
                votes.setdefault(cid, Counter())["Organization"] += 1
    return votes, unsure


class SentenceTokens(list):
    """A sentence's tokens, made once: every producer walks every token of the sentence, and a
    spaCy ``Span`` makes new ``Token`` objects on each walk (a third of extraction's time). Has
    the ``start``, ``end`` and ``doc`` of the span."""

    def __init__(self, span):
        super().__init__(span)
        self.start, self.end, self.doc = span.start, span.end, span.doc

    def with_lemma_in(self, table) -> list:
        """The tokens whose :func:`kg.extract.triggers.lemma_of` is a key of ``table``: a trigger
        table's words are few, and asking each token for its triggers is most of the walk."""
        from kg.extract.triggers import doc_lemmas_of

        lemmas = doc_lemmas_of(self.doc)
        start = self.start
        return [self[i - start] for i in range(start, self.end) if lemmas[i] in table]


def _tokens_with_lemma_in(sent, *tables) -> list:
    """The tokens of ``sent`` whose lemma is a key of one of ``tables`` (all tokens when ``sent``
    is a plain span)."""
    if not isinstance(sent, SentenceTokens):
        return list(sent)
    if len(tables) == 1:
        return sent.with_lemma_in(tables[0])
    seen = {t.i: t for table in tables for t in sent.with_lemma_in(table)}
    return [seen[i] for i in sorted(seen)]


def raw_candidates(ents, *, pairs: bool = False) -> list[Candidate]:
    """Every candidate of every sentence, before the checks of :func:`admissible`."""
    raw: list[Candidate] = []
    for sent in ents.sentences():
        raw.extend(sentence_candidates(sent, ents, pairs=pairs))
    return raw


def sentence_candidates(sent, ents, *, pairs: bool = False) -> list[Candidate]:
    """Every candidate of one sentence, with what they imply (:func:`derived_candidates`), and
    with ``pairs`` the pairs of names near a trigger (:func:`pair_candidates`)."""
    from kg.extract import constructions

    if not isinstance(sent, SentenceTokens):
        sent = SentenceTokens(sent)
    raw: list[Candidate] = []
    for producer in (verb_candidates, event_candidates, role_candidates, *constructions.PATTERNS):
        raw.extend(producer(sent, ents))
    raw.extend(derived_candidates(sent, ents, raw))
    if pairs:
        raw.extend(pair_candidates(sent, ents))
    return raw


def is_legal_dispute(trigger) -> bool:
    """Whether a trigger of conflict is a legal one: "a legal battle", "the patent war", "battled
    Y in court" (lexicon ``legal_words``)."""
    legal = lexicon().legal_words
    if any(c.dep_ in ("amod", "compound", "nmod") and c.lemma_.lower() in legal for c in trigger.children):
        return True
    return any(c.dep_ == "prep" and c.lower_ in ("in", "before") and any(
        p.dep_ == "pobj" and p.lemma_.lower() in legal for p in c.children) for c in trigger.children)


def _said_through(verb) -> bool:
    """Whether ``verb`` is the purpose of taking a venue to speak: "took to X to criticize",
    "went on television to attack", "used a blog post to accuse" (lexicon ``venue_verbs``)."""
    head = verb.head
    return verb.dep_ in ("advcl", "xcomp") and head.pos_ == "VERB" and head.lemma_ in lexicon().venue_verbs \
        and any(c.tag_ == "TO" for c in verb.children)


def _stays_on(verb) -> bool:
    """Whether a departure is from a role only, the one who left staying on: "stepped down as
    chief executive but remains chairman", "retired as CEO and stays on the board"."""
    from kg.extract.triggers import role_triggers

    def in_role(stay) -> bool:  # "remains chairman", "stays on the board", "remains as adviser"
        return any(c.dep_ in ("attr", "acomp", "oprd") and role_triggers(c) for c in stay.children) or any(
            c.dep_ == "prep" and c.lower_ in ("on", "as") for c in stay.children)

    return verb.pos_ == "VERB" and any(c.lemma_ in ("remain", "stay") and c.pos_ in ("VERB", "AUX") and in_role(c)
                                       for c in verb.conjuncts)


def _future_rivalry(verb) -> bool:
    """Whether a rivalry is said to come only later or maybe: "could one day compete", "may
    eventually compete", "plans to compete"."""
    from kg.extract.hedges import hedge_of_token

    head = verb
    for _ in range(4):
        if any(c.dep_ == "advmod" and c.lower_ in ("eventually", "someday", "later", "soon") or
               c.dep_ == "npadvmod" and c.lower_ == "day" for c in head.children):
            return True
        if hedge_of_token(head) in ("hedging-verb", "negated", "conditional", "hedged"):
            return True
        if any(c.dep_ == "aux" and c.lower_ in ("could", "might", "may") for c in head.children):
            return True
        if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in lexicon().conditional_markers
                                         for m in c.children) for c in head.children):
            return True  # "if it wins approval, X will compete with Y"
        if head.head.i == head.i:
            break
        head = head.head
    return False


def _in_progress(verb) -> bool:
    """Whether a verb is in the present progressive ("is buying", "are acquiring")."""
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in ("is", "are", "'s", "'re", "am")
                                      for c in verb.children)


def _left_to_do(verb) -> bool:
    """Whether ``verb`` is the purpose of a departure told as done: "left the company to join
    Nike", "resigned in 2020 to start Fenwick Bio" (a past departure: not "will leave to ...")."""
    from kg.extract.triggers import verb_triggers

    head = verb.head
    return verb.dep_ in ("advcl", "xcomp") and any(c.tag_ == "TO" for c in verb.children) \
        and head.tag_ in ("VBD", "VBN") and any(vt.relation == "left" for vt in verb_triggers(head))


def admissible(doc, ents, raw: list[Candidate]) -> list[Candidate]:
    """The candidates the ontology allows (:data:`SIGNATURE`) and the text asserts (not
    negated, threatened, planned...: :mod:`kg.extract.hedges`), once each per rule."""
    from kg.extract.args import entity_args
    from kg.extract.hedges import hedge_of_token, why_not_asserted

    out: list[Candidate] = []
    seen: set[tuple] = set()
    for cand in raw:
        if cand.subject is None or cand.object is None or cand.subject == cand.object:
            continue
        domain, range_ = SIGNATURE[cand.relation]
        types = (ents.type_of(cand.subject), ents.type_of(cand.object))
        if cand.relation in PERSON_TO_ORGANIZATION and types == ("Organization", "Person") \
                and cand.pattern.startswith(("verb:", "event:")) and cand.slots[0] not in ("obj", "obj-poss"):
            # "Velmora parted ways with Dana Whitlock": only a person leaves (heads, works for)
            # an organization, so the arguments swap (not when the trigger already reads its
            # object as the one who left: "Dana Whitlock dismissed Orvanta" is no firing)
            cand = replace(cand, subject=cand.object, object=cand.subject, how=cand.how[::-1],
                           slots=cand.slots[::-1], arg_tokens=cand.arg_tokens[::-1], pattern=cand.pattern + ":swapped")
            types = types[::-1]
        if cand.relation == "criticized" and types[1] == "Product":
            # "criticizing SpaceX's Starship as too complex": a product's maker is the one faulted
            maker = next((a for c in doc[cand.arg_tokens[1]].children if c.dep_ == "poss"
                          for a in entity_args(c, ents) if ents.type_of(a.cluster) == "Organization"), None)
            if maker is not None and maker.cluster != cand.subject:
                cand = replace(cand, object=maker.cluster, how=(cand.how[0], maker.how),
                               arg_tokens=(cand.arg_tokens[0], maker.token), pattern=cand.pattern + ":maker")
                types = (types[0], "Organization")
        if types[0] not in domain or types[1] not in range_:
            continue
        if cand.relation == "acquired" and types[0] == "Person" and cand.how[1] == "description" \
                and cand.pattern.startswith("verb:take-over"):
            continue  # "Omar Reyes took over the unit": a person taking over "the unit" heads it
        if cand.relation == "rivalOf" and is_legal_dispute(doc[cand.trigger]):
            continue  # "a legal battle with Y", "battled Y in court": a dispute, not a rivalry
        hedge_token = doc[cand.hedge_from] if cand.hedge_from >= 0 else doc[cand.trigger]
        reason = why_not_asserted(hedge_token, phrase_only=cand.scope == "phrase")
        if reason == "purpose" and _left_to_do(hedge_token):
            # "X left Google to join Nike", "quit in 2020 to start Fenwick": a departure's purpose
            # is what the one who left went on to do; only what governs the departure unsays it
            reason = why_not_asserted(hedge_token.head)
        if reason == "purpose" and cand.relation == "rivalOf" and doc[cand.trigger].lemma_ == "compete":
            # "X cut prices to compete with Y": an aim, but one who acts to compete with Y
            # competes with it already (not "launched a chatbot to challenge Y": a challenge
            # aimed at is not yet a rivalry); only what governs the act itself can unsay it
            reason = why_not_asserted(hedge_token.head)
        if reason in ("modal", "purpose") and cand.relation == "rivalOf" and doc[cand.trigger].lemma_ == "compete" \
                and hedge_of_token(doc[cand.trigger]) in (None, "modal") and not _future_rivalry(doc[cand.trigger]):
            # "would be better placed to compete with Y", "will let X compete with Y": a company
            # said to compete, whatever the mood, is a rival (not "could one day compete")
            reason = None
        if reason == "purpose" and cand.relation in ("criticized", "accused") and _said_through(hedge_token):
            # "took to X to criticize Y", "used an interview to attack Y": the venue was taken to
            # say it, and it was said; only what governs the taking unsays it
            reason = why_not_asserted(hedge_token.head)
        if not reason and cand.relation == "left" and _stays_on(doc[cand.trigger]):
            reason = "stays"  # "stepped down as chief executive but remains chairman": left a role only
        if not reason and cand.relation == "acquired" and _in_progress(doc[cand.trigger]):
            reason = "pending"  # "X is buying Y for $5 billion": a deal announced, not closed
        if reason:
            continue
        if cand.relation in SYMMETRIC_RELATIONS and cand.subject > cand.object:
            cand = replace(cand, subject=cand.object, object=cand.subject, how=cand.how[::-1],
                           slots=cand.slots[::-1], arg_tokens=cand.arg_tokens[::-1])
        key = (cand.subject, cand.relation, cand.object, cand.pattern, cand.trigger)
        if key in seen:
            continue
        seen.add(key)
        out.append(cand)
    return out


#: Words that set a departure before what the clause they hang on says ("after her ouster, she
#: founded Y"): that clause is no role the departure was from.
TIME_LINKS = frozenset({"after", "since", "following", "before", "upon"})


def _place_implicit_departure(cand: Candidate, raw: list[Candidate], ents) -> Candidate:
    """"Marissa Mayer, Yahoo's chief executive, resigned", "Cruise co-founder Kyle Vogt, who left
    the company": a departure that names no company (or only describes it) is from the one the
    person was last said to hold a role at (this sentence or earlier), before the company the
    passage is about or the one the description would otherwise pick."""
    if cand.relation != "left" or cand.slots[1] != "implicit" and cand.how[1] != "description":
        return cand
    # (not the role taken up in the departure's purpose: "left the company to join Nike")
    verb = ents.doc[cand.trigger]
    not_held = {t.i for c in verb.children if c.dep_ in ("xcomp", "advcl") for t in c.subtree}
    # (nor what the clause the departure is set in says came after: "After her ouster, she
    # founded Y", "Since leaving the company, she has founded Y")
    governor, timed = verb, False
    while governor.dep_ in ("advcl", "pcomp", "pobj", "prep") and governor.head.i != governor.i:
        timed = timed or governor.lower_ in TIME_LINKS or any(
            c.dep_ == "mark" and c.lower_ in TIME_LINKS for c in governor.children)
        governor = governor.head
        if timed:
            not_held.add(governor.i)
    # (a role named after the departure only within it: "left in 2019 after a decade as chief
    # executive of Y", not "X, who left the company, joined Z")
    within = range(verb.left_edge.i, verb.right_edge.i + 1)
    held = [c for c in raw if c.subject == cand.subject and (c.trigger <= cand.trigger or c.trigger in within)
            and not c.pattern.startswith("pair:")
            and c.relation in ("ceoOf", "leads", "worksFor", "founded") and c.how[1] != "implicit"
            and c.trigger not in not_held
            and ents.sentence_index(c.trigger) >= ents.sentence_index(cand.trigger) - 3]
    if not held:
        return cand
    org = max(held, key=lambda c: c.trigger).object
    return replace(cand, object=org, slots=(cand.slots[0], "held-role"))


def _place_implicit_investment(cand: Candidate, raw: list[Candidate], ents) -> Candidate:
    """"Solvane led a round for Aerovant. Talverin and Quorvane also participated.": an
    investment that names no company is not in an investor of the passage: when the company the
    passage is about invested itself, the money went where that investor's last named investment
    went (this sentence or the three before)."""
    if cand.relation != "investedIn" or cand.slots[1] != "implicit":
        return cand
    invested = [c for c in raw if c.relation == "investedIn" and c.subject == cand.object and c.how[1] != "implicit"
                and not c.pattern.startswith("pair:") and c.trigger < cand.trigger
                and ents.sentence_index(c.trigger) >= ents.sentence_index(cand.trigger) - 3]
    if not invested:
        return cand
    target = max(invested, key=lambda c: c.trigger).object
    if target == cand.subject:
        return cand
    return replace(cand, object=target, slots=(cand.slots[0], "co-investment"))


#: Nouns that name a deal whose completion a later sentence may report ("The acquisition was
#: completed in December").
DEAL_NOUNS = frozenset({"acquisition", "buyout", "deal", "merger", "purchase", "sale", "takeover", "transaction"})
#: Verbs that report a deal done.
COMPLETING_VERBS = frozenset({"close", "complete", "conclude", "finalise", "finalize"})


def deal_completion(sent) -> int | None:
    """The verb of a sentence that reports a deal done without naming its parties again: "The
    acquisition was completed in December", "The deal closed on Friday", "X completed the
    purchase in May" (a definite deal noun, no "of" naming what was bought)."""
    from kg.extract.hedges import why_not_asserted
    from kg.extract.triggers import doc_lemmas_of, lemma_of

    lemmas = doc_lemmas_of(sent.doc)
    for i in range(sent.start, sent.end):
        if lemmas[i] not in COMPLETING_VERBS:
            continue
        verb = sent.doc[i]
        if verb.pos_ != "VERB":
            continue
        for noun in verb.children:
            if noun.dep_ in ("nsubj", "nsubjpass", "dobj") and lemma_of(noun) in DEAL_NOUNS \
                    and any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "that", "this", "its", "their")
                            for c in noun.children) \
                    and not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children) \
                    and why_not_asserted(verb) is None:
                return verb.i
    return None


def completed_deals(doc, ents, raw: list[Candidate], found: list[Candidate]) -> Iterator[Candidate]:
    """"X agreed to buy Y in March. The deal closed on Friday.": an acquisition the sentence
    before (or the one before it, or its own sentence before) stated as agreed, planned or
    announced is done when the next says the deal was completed. (Not one it denied: "X did not
    agree to buy Y".)"""
    from kg.extract.hedges import why_not_asserted

    asserted = {(c.subject, c.relation, c.object) for c in found}
    done = {}
    for sent in ents.sentences():
        verb = deal_completion(sent)
        if verb is not None:
            done[ents.sentence_index(verb)] = verb
    if not done:
        return
    for c in raw:
        if c.relation != "acquired" or (c.subject, c.relation, c.object) in asserted or c.trigger < 0:
            continue
        here = ents.sentence_index(c.trigger)
        # (or later in its own sentence: "X agreed to be acquired by Y; the deal closed in June")
        verb = next((done[k] for k in (here, here + 1, here + 2) if k in done and done[k] > c.trigger), None)
        hedge = doc[c.hedge_from] if c.hedge_from >= 0 else doc[c.trigger]
        if verb is None or why_not_asserted(hedge) in (None, "negated", "question", "conditional"):
            continue
        yield replace(c, pattern="derived:deal-completed", hedge_from=verb, scope="clause")


def document_candidates(doc, ents, *, pairs: bool = False, raw: list[Candidate] | None = None) -> list[Candidate]:
    """The admissible candidates of every sentence (``raw``, when already collected, or
    :func:`raw_candidates`) and what they imply across sentences
    (:func:`document_derived`), with two rules of the ontology: a person said to be an
    organization's chief executive does not also "lead" it by a verb ("X, who runs Y as chief
    executive": ``leads`` is for heads other than the CEO), ``worksFor`` is not proposed
    where ``ceoOf`` or ``leads`` already says it (they imply it), and an ``owns`` a trigger also
    read as ``subsidiaryOf`` between the same two is left to that one ("Y belongs to X")."""
    if raw is None:
        raw = raw_candidates(ents, pairs=pairs)
    out = [_place_implicit_investment(_place_implicit_departure(c, raw, ents), raw, ents)
           for c in admissible(doc, ents, raw)]
    if any(c.relation == "left" and c.how[1] == "description" and c.slots[1] != "held-role" for c in out):
        # "He replaces X, who left the California company to join Brisklet": the role X is said to
        # have held by the succession says which company X left
        handed_on = admissible(doc, ents, list(succession_across_sentences(doc, ents, out)))
        if handed_on:
            out = [_place_implicit_departure(c, raw + handed_on, ents) if c.relation == "left" else c for c in out]
    out += admissible(doc, ents, list(document_derived(doc, ents, out)))
    out += admissible(doc, ents, list(completed_deals(doc, ents, raw, out)))
    ceo = {(c.subject, c.object) for c in out if c.relation == "ceoOf" and not c.pattern.startswith("pair:")}
    heads = {(c.subject, c.object) for c in out if c.relation in ("ceoOf", "leads") and not c.pattern.startswith("pair:")}
    # "Y belongs to X" read both ways: between companies, "subsidiaryOf" says what "owns" would
    units = {(c.object, c.subject, c.trigger) for c in out if c.relation == "subsidiaryOf"}
    # worksFor is entailed by ceoOf and leads (sub-properties in the ontology): not said twice
    return [c for c in out if not (c.relation == "leads" and (c.subject, c.object) in ceo
                                   and not c.pattern.startswith("role:"))
            and not (c.relation == "worksFor" and (c.subject, c.object) in heads)
            and not (c.relation == "owns" and (c.subject, c.object, c.trigger) in units)]
