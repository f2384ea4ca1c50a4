"""Reference: what a word that does not name anything refers to.

News names a company once and then says "it", "the company", "the chipmaker" or "the Dutch
company"; it names a person once and then says "he", "the Tesla CEO" or "the billionaire". The
relation readers (:mod:`kg.extract.args`) ask :func:`resolve` what such a token stands for and get
:class:`Ref` records: the cluster of :class:`kg.extract.mentions.DocEntities` and how it was found,
which the scorer (:mod:`kg.extract.scorer`) uses as evidence (a name is surer than a description).

Antecedents are chosen by salience, as in Lappin and Leass (1994) in a simplified form: recent
sentences count more, subjects more than other mentions, often-named entities more than
once-named ones. A description ("the company") never refers to an argument of its own clause
("X bought the company" is not X buying itself); a possessive ("its", "the company's") usually
does refer to the subject of its clause.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from kg.extract.lexicon import lexicon
from kg.extract.mentions import subject_of_misread_verb

PERSON_PRONOUNS = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f",
                   "hers": "f", "herself": "f"}
ORG_PRONOUNS = frozenset({"it", "its", "itself"})
PLURAL_PRONOUNS = frozenset({"they", "their", "them", "theirs"})
#: First-person pronouns: in a quotation, the speaker ("I"), or the speaker's organization ("we").
SPEAKER_PRONOUNS = frozenset({"i", "me", "my", "myself"})
SPEAKERS_PRONOUNS = frozenset({"we", "us", "our", "ours", "ourselves"})
#: Verbs that attribute a quotation to its speaker ('"...," X said').
QUOTING_VERBS = frozenset({"say", "add", "tell", "write", "tweet", "post", "state", "explain", "note", "insist",
                           "argue", "declare", "announce", "recall", "warn"})
#: Quotation marks.
QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d"})
#: Definite determiners of a description that refers back ("the company", "this startup").
DEFINITE = frozenset({"the", "this", "that"})
#: "the two companies", "both companies", "the pair": two entities named just before.
PAIR_WORDS = frozenset({"two", "both", "pair"})
#: How many sentences back an antecedent may be.
WINDOW_SENTENCES = 4


@dataclass(frozen=True)
class Ref:
    """A token's referent: a cluster, and how it was found ("name", "pronoun", "description",
    "role-description", "epithet", "implicit", "relative")."""

    cluster: int
    how: str


def resolve(ents, token) -> list[Ref]:
    """The clusters ``token`` refers to: its own name, or what a pronoun, a description ("the
    company", "the two companies"), a role description ("the Tesla CEO") or an epithet ("the
    richest man in the world") stands for. Empty when it refers to nothing known."""
    cid = ents.cluster_at(token)
    if cid is not None:
        return [Ref(cid, "name")]
    lower = token.lower_
    if lower in SPEAKER_PRONOUNS or lower in SPEAKERS_PRONOUNS:
        return _one(quoted_speaker(ents, token, organization=lower in SPEAKERS_PRONOUNS), "pronoun")
    holder = role_holder_described(ents, token) if token.dep_ == "poss" else None
    if holder is not None and (lower in PERSON_PRONOUNS or lower in ORG_PRONOUNS):
        # "X is one of its investors", "X, his rival": the possessor is someone else than X
        etype = "Person" if lower in PERSON_PRONOUNS else "Organization"
        found = antecedent(ents, token, etype, exclude={holder})
        if found is None:
            # "Supported by its main investor, X, Brisklet pursued ...": the clause's subject ahead
            ahead = main_subject_ahead(ents, token, etype)
            found = ahead if ahead != holder else None
        return _one(found, "pronoun")
    if lower in PERSON_PRONOUNS:
        if token.dep_ == "poss":
            bound = clause_subject(ents, token, "Person")
            if bound is not None:
                return [Ref(bound, "pronoun")]
        first = sentence_subject(ents, token, "Person")
        if first is not None:
            return [Ref(first, "pronoun")]
        return _one(antecedent(ents, token, "Person"), "pronoun")
    if lower in ORG_PRONOUNS:
        if token.dep_ == "poss" and token.head.dep_ == "conj" and token.head.head.i < token.i:
            # "sued Corvant and its chief executive": the conjunct just before
            cid = ents.cluster_at(token.head.head)
            if cid is not None and ents.type_of(cid) == "Organization":
                return [Ref(cid, "pronoun")]
        if token.dep_ == "poss":
            bound = clause_subject(ents, token, "Organization")
            if bound is not None:
                return [Ref(bound, "pronoun")]
        if token.dep_ in ("nsubj", "nsubjpass") and token.i == token.sent.start:
            # "The Pleasanton company was co-founded by A and B. It is run by ...": a sentence
            # that opens with "it" goes on about what the sentence before was about, even when
            # that sentence described it rather than named it
            described = _previous_subject(ents, token, people_named=True, described=True)
            if described is not None:
                return [Ref(described, "pronoun")]
        # (a reflexive is about its own clause's subject: "a feud between itself and X")
        exclude = set() if lower in ("its", "itself") or token.dep_ == "poss" else _co_arguments(ents, token)
        found = antecedent(ents, token, "Organization", exclude=exclude)
        if found is None and token.dep_ == "poss":
            found = main_subject_ahead(ents, token, "Organization")  # "Supported by its investor, X, Y ..."
        return _one(found, "pronoun")
    if lower in PLURAL_PRONOUNS:
        # "Master & Dynamic announced that they had teamed with NeueHouse": a company as "they"
        found = sentence_subject(ents, token, "Organization")
        if found is None and token.dep_ in ("nsubj", "nsubjpass") and token.head.i == token.sent.root.i \
                and not any(ents.cluster_at(t) is not None for t in token.sent if t.i < token.i):
            # "A and B have been rivals for a decade. Now they are teaming up": the two the
            # sentence before is about
            pair = _previous_subject_pair(ents, token)
            if pair:
                return [Ref(c, "pronoun") for c in pair]
        if found is None and token.dep_ in ("nsubj", "nsubjpass") and token.i == token.sent.start:
            # "Brisklet also partners with other companies. They teamed up with ...": the one
            # company the sentence before is about, when no person was named since
            found = _previous_subject(ents, token)
        return _one(found, "pronoun")
    if token.lower_ in ("former", "latter") and _is_definite(token) \
            and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
        # "A and B reported results. The former sued the latter": the first or the second of
        # the last two named together
        pair = last_coordinated_two(ents, token)
        return [Ref(pair[0 if token.lower_ == "former" else 1], "description")] if pair else []
    if _bare_pair(token):
        # "A and B met at X. The two later founded Y", "the pair", "the duo": the last two named
        # together
        return [Ref(c, "description") for c in last_coordinated_two(ents, token)]
    if token.pos_ not in ("NOUN", "PROPN"):
        return []
    if token.lemma_.lower() == "employer" and token.tag_ == "NN" and not _has_name_inside(ents, token) and (
            any(c.dep_ == "poss" for c in token.children) or token.i >= 2 and token.doc[token.i - 1].text == "-"
            and token.doc[token.i - 2].lower_ == "ex" and any(c.dep_ == "poss" for c in token.doc[token.i - 2].children)):
        # "Former Orvanta engineer Berg sued his ex-employer": the company the passage has him
        # work for, the most salient one (a name in the subject's title is no other party here;
        # the tokenizer cuts "ex-employer" in three and the parser hangs "his" on "ex")
        return _one(antecedent(ents, token, "Organization", kind="description"), "description")
    if is_org_description(token):
        if _is_pair(token):
            exclude = _co_arguments(ents, token)
            return [Ref(c, "description") for c in last_two(ents, token, "Organization", exclude=exclude)]
        personal = any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in token.children) \
            and not any(c.lower_ in ("own", "new", "first", "next") for c in token.children)  # ("set up his own studio")
        if not (_is_definite(token) or personal) or token.tag_ in ("NNS", "NNPS"):
            return []  # (but "Her company bought X": the company the passage ties her to)
        # ("X, the company's biggest investor": the possessor of a role X holds is not X)
        apposed = _surface_apposition(ents, token) if holder is None else None
        if apposed is not None:
            return [Ref(apposed, "description")]
        # (a possessive description too: "Microsoft bought the Finnish company's phones" -- one
        # would say "its" of Microsoft)
        exclude = _co_arguments(ents, token) | ({holder} if holder is not None else set())
        ahead = main_subject_ahead(ents, token, "Organization")
        if ahead is not None and ahead not in exclude:
            return [Ref(ahead, "description")]
        if token.lemma_.lower() not in lexicon().institution_words:
            # "the company" is not a commission, a court or a ministry
            exclude = exclude | {cid for cid in ents.clusters if is_institution(ents.clusters[cid].name)}
        return _one(antecedent(ents, token, "Organization", exclude=exclude, kind="description"), "description")
    if _is_pair(token) and token.lemma_.lower() in lexicon().person_nouns:
        # "accused the two men of inflating revenue": the last two people named
        exclude = _co_arguments(ents, token)
        return [Ref(c, "description") for c in last_two(ents, token, "Person", exclude=exclude)]
    if lower in lexicon().role_description_nouns:
        return _one(role_holder(ents, token)[0], "role-description")
    other = counterpart(ents, token)
    if other is not None:
        return [Ref(other, "description")]
    return _one(epithet(ents, token), "epithet")


def _surface_apposition(ents, token) -> int | None:
    """"spin off PayPal, the payments business it bought": a description right after a company's
    name and a comma is that company, however the parser attached it."""
    left = token.left_edge.i
    if left < 2 or token.doc[left - 1].text != ",":
        return None
    m = ents.mention_at(left - 2)
    if m is None or m.end != left - 1 or ents.type_of(m.cluster) != "Organization":
        return None
    return m.cluster


def role_holder_described(ents, possessor) -> int | None:
    """The name a possessed role noun is said of ("X is one of its investors", "X, its rival",
    "X became his deputy"): the possessor is not that name, since nobody is their own investor."""
    from kg.extract.triggers import role_triggers

    role = possessor.head
    if role.i == possessor.i or role.pos_ not in ("NOUN", "PROPN") or not role_triggers(role):
        return None
    if any(c.dep_ == "appos" and ents.cluster_at(c) is not None for c in role.children):
        return None  # "Ford, its subsidiary Lincoln, ...": the apposed name holds the role
    base = role
    if base.dep_ == "pobj" and base.head.lower_ == "of" and base.head.head.lower_ in ("one", "some", "many", "two",
                                                                                    "three", "several", "each"):
        base = base.head.head  # "one of its investors"
    if base.dep_ == "appos":
        return ents.cluster_at(base.head)
    if base.dep_ in ("attr", "oprd"):
        for child in base.head.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                return ents.cluster_at(child)
    return None


def clause_subject(ents, token, etype: str) -> int | None:
    """What a possessive is bound to: the name a phrase describing it is about ("Xilinx, the
    company best known for its Versal line" -- Xilinx), else the named subject of its clause or
    of the clauses above it, when it comes first and is of the right kind ("Hewlett Packard
    Enterprise ... won its lawsuit"; "Databricks said its service had set a record")."""
    tok, hops = token, 0
    while tok.head.i != tok.i and hops < 8:
        if tok.dep_ in ("appos", "acl", "relcl") and tok.pos_ in ("NOUN", "VERB", "ADJ"):
            cid = ents.cluster_at(tok.head)
            if cid is not None and ents.type_of(cid) == etype and tok.head.i < token.i:
                return cid
        tok, hops = tok.head, hops + 1
    clause, levels = _clause_of(token), 0
    while levels < 3:
        for child in clause.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.i < token.i:
                cid = ents.cluster_at(child)
                if cid is None and etype == "Person":
                    cid = epithet(ents, child)  # "The richest man in the world runs his companies"
                if cid is None and etype == "Organization" and (
                        is_org_description(child) and _is_definite(child) or child.lower_ == "it"):
                    # "The company sells its own accelerators", "It counts X among its investors":
                    # what the description or the pronoun stands for
                    found = resolve(ents, child)
                    cid = found[0].cluster if len(found) == 1 else None
                if cid is not None and ents.type_of(cid) == etype:
                    return cid
        if clause.dep_ not in ("ccomp", "xcomp", "advcl", "conj") or clause.head.i == clause.i:
            break
        clause, levels = _clause_of(clause.head), levels + 1
    return None


def sentence_subject(ents, token, etype: str) -> int | None:
    """The first subject of the sentence, before ``token``, that names (or, for a person, an
    epithet describes) an entity of ``etype``: centering's preferred antecedent of "he"."""
    for tok in token.sent:
        if tok.i >= token.i:
            break
        if tok.dep_ in ("nsubj", "nsubjpass"):
            cid = ents.cluster_at(tok)
            if cid is None and etype == "Person":
                cid = epithet(ents, tok)
            if cid is not None and ents.type_of(cid) == etype:
                return cid
    return None


def _previous_subject(ents, token, *, people_named: bool = False, described: bool = False) -> int | None:
    """The subject of the sentence before ``token``'s, if it is one company's name (not a list)
    and, unless ``people_named``, that sentence names no person; with ``described``, also the
    company a description subject refers to ("The Pleasanton company was co-founded by A and B.
    It is run by ...")."""
    sents = ents.sentences()
    k = ents.sentence_index(token.i)
    if k <= 0:
        return None
    prev = sents[k - 1]
    if not people_named and any(ents.cluster_at(t) is not None and ents.type_of(ents.cluster_at(t)) == "Person"
                                for t in prev):
        return None
    subject = next((t for t in prev if t.dep_ in ("nsubj", "nsubjpass") and t.head.i == prev.root.i), None)
    if subject is None and subject_of_misread_verb(prev.root):
        subject = prev.root  # "Tarn Capital invested in X.", the verb read as the name's participle
    if subject is None or subject.conjuncts:
        return None
    cid = ents.cluster_at(subject)
    if cid is None and described and is_org_description(subject) and _is_definite(subject) \
            and subject.tag_ == "NN" and not _has_name_inside(ents, subject):
        found = resolve(ents, subject)
        cid = found[0].cluster if len(found) == 1 else None
    return cid if cid is not None and ents.type_of(cid) == "Organization" else None


def _previous_subject_pair(ents, token) -> list[int]:
    """The two companies the sentence before ``token``'s has as its coordinated subject ("A and
    B"), or nothing."""
    sents = ents.sentences()
    k = ents.sentence_index(token.i)
    if k <= 0:
        return []
    prev = sents[k - 1]
    subject = next((t for t in prev if t.dep_ in ("nsubj", "nsubjpass") and t.head.i == prev.root.i), None)
    if subject is None or len(subject.conjuncts) != 1:
        return []
    pair = [ents.cluster_at(subject), ents.cluster_at(subject.conjuncts[0])]
    if None in pair or pair[0] == pair[1] or any(ents.type_of(c) != "Organization" for c in pair):
        return []
    return pair


def main_subject_ahead(ents, token, etype: str) -> int | None:
    """Cataphora: in "Founded in 2009 by RJ Scaringe, who still runs the company as chief
    executive, Rivian plans ...", a description inside a clause put before the main clause refers
    to the main clause's subject that follows."""
    root = token.sent.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > token.i), None)
    if subject is None:
        return None
    fronted = next((c for c in root.children if c.dep_ in ("advcl", "prep") and c.i < subject.i
                    and token in c.subtree), None)
    cid = ents.cluster_at(subject)
    return cid if fronted is not None and cid is not None and ents.type_of(cid) == etype else None


def in_quotation(token) -> bool:
    """Whether ``token`` stands between quotation marks of its sentence (an odd number of them
    before it)."""
    sent = token.sent
    return sum(1 for t in token.doc[sent.start:token.i] if t.text in QUOTE_MARKS) % 2 == 1


def quoted_speaker(ents, token, *, organization: bool) -> int | None:
    """Who a first-person pronoun in a quotation stands for: '"I founded X," Dana Korvel said'
    -- the one the quoting verb names as its subject; for "we", "our", the organization that
    speaks ('"We acquired Y," Halvex said') or the one the speaking person's apposed role names
    ('"We are proud to partner with Y," said Dana Korvel, Halvex's chief executive'). None
    outside a quotation, or when the speaker is not named."""
    if not in_quotation(token):
        return None
    verb = token.head
    while verb.head.i != verb.i and not (verb.lemma_.lower() in QUOTING_VERBS and verb.i > token.i):
        verb = verb.head
    if verb.lemma_.lower() not in QUOTING_VERBS or verb.i < token.i:
        return None
    speakers = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and not in_quotation(c)]
    for speaker in speakers:
        cid = ents.cluster_at(speaker)
        if cid is None:
            continue
        kind = ents.type_of(cid)
        if not organization:
            return cid if kind == "Person" else None
        if kind == "Organization":
            return cid
        for role in speaker.children:  # (the organization of the role said of the speaker)
            if role.dep_ != "appos":
                continue
            for t in role.subtree:
                other = ents.cluster_at(t)
                if other is not None and other != cid and ents.type_of(other) == "Organization":
                    return other
    return None


def _one(cid: int | None, how: str) -> list[Ref]:
    return [] if cid is None else [Ref(cid, how)]


def is_institution(name: str) -> bool:
    """A public body by its name ("European Commission", "Justice Department", "Stanford
    University"): what "the company" or "the chipmaker" never refers to."""
    words = name.lower().split()
    return bool(words) and (words[-1] in lexicon().institution_words or words[0] in lexicon().institution_words)


def public_body_before(ents, token, sentences: int = 3) -> int | None:
    """"The Justice Department opened an inquiry ... Prosecutors later charged X": the public
    body (see :func:`is_institution`) named last before ``token``, within ``sentences``
    sentences, for the prosecutors or regulators of a sentence that names none."""
    here = ents.sentence_index(token.i)
    best = None
    for m in ents.mentions:
        if m.start >= token.i:
            break
        if here - ents.sentence_index(m.start) <= sentences and ents.type_of(m.cluster) == "Organization" \
                and is_institution(ents.clusters[m.cluster].name):
            best = m.cluster
    return best


def counterpart(ents, token) -> int | None:
    """"Orvanta sued its rival", "accused its competitor of copying": a possessed, unnamed
    singular counterpart noun (a symmetric role: rival, competitor, partner) stands for the
    most salient entity of the possessor's type other than the possessor and the clause's
    other arguments."""
    from kg.extract.triggers import role_triggers
    from kg.model import SYMMETRIC_RELATIONS

    if token.tag_ != "NN" or _has_name_inside(ents, token) or any(c.dep_ == "appos" for c in token.children):
        return None
    if not any(rt.relation in SYMMETRIC_RELATIONS for rt in role_triggers(token)):
        return None
    poss = next((c for c in token.children if c.dep_ == "poss"), None)
    if poss is None:
        return None
    owners = [r.cluster for r in resolve(ents, poss)]
    if not owners:
        return None
    etype = ents.type_of(owners[0])
    return antecedent(ents, token, etype, exclude=set(owners) | _co_arguments(ents, token), kind="description")


def is_org_description(token) -> bool:
    """A common noun that describes a company: "company", "chipmaker", "startup", "carmaker"."""
    lemma = token.lemma_.lower()
    if token.pos_ != "NOUN":
        return False
    words = lexicon()
    return lemma in words.description_nouns or (lemma.endswith("maker") and len(lemma) > 5)


def _is_definite(token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in DEFINITE for c in token.children)


def _is_pair(token) -> bool:
    if token.tag_ not in ("NNS", "NNPS"):
        return token.lower_ == "pair" and _is_definite(token)
    mods = {c.lower_ for c in token.children if c.dep_ in ("nummod", "det", "predet", "amod", "preconj")}
    return bool(mods & PAIR_WORDS)


def _has_name_inside(ents, token) -> bool:
    return any(ents.cluster_at(t) is not None and ents.type_of(ents.cluster_at(t)) != "Place"
               for t in token.subtree if t.i != token.i)


def _clause_of(token):
    clause = token
    hops = 0
    while clause.head.i != clause.i and clause.pos_ not in ("VERB", "AUX") and hops < 8:
        clause = clause.head
        hops += 1
    return clause


def _phrase_tokens(head):
    """The tokens of the phrase ``head`` heads, without the clauses inside it ("through
    engineers who moved to UMC": UMC is no argument of the verb the phrase hangs on) and, for a
    subject, without its apposition ("X, the Corvant co-founder, left the company": the company
    may well be Corvant)."""
    skip = {"relcl", "acl", "ccomp", "advcl"}
    if head.dep_ in ("nsubj", "nsubjpass"):
        skip = skip | {"appos"}
    stack = [head]
    while stack:
        t = stack.pop()
        yield t
        stack.extend(c for c in t.children if c.dep_ not in skip)


def _co_arguments(ents, token) -> set[int]:
    """Clusters named as other arguments of the clause ``token`` is in: "X bought the company"
    -- the company is not X; "X completed its purchase, bringing the company's phones in-house"
    -- nor is the subject a participle inherits."""
    clause = _clause_of(token)
    out = set()
    if token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.head.pos_ == "NOUN":
        # "X founded Y before Halvex's hostile takeover of it": the noun's possessor is the other
        # party, and the clause the noun is in has nothing to say about it
        owners = {ents.cluster_at(c) for c in token.head.head.children if c.dep_ == "poss"} - {None}
        if owners:
            return owners
    carrier = clause.head
    if clause.dep_ == "pcomp" and clause.tag_ == "VBG" and clause.head.dep_ == "prep" \
            and clause.head.head.pos_ in ("VERB", "AUX") and token.dep_ in ("dobj", "obj") and token.head.i == clause.i:
        # "X folded Brisklet into its unit after buying it": the gerund's subject is the verb's
        # the preposition hangs on, and its object pronoun is not that subject
        out.update(cid for c in clause.head.head.children if c.dep_ in ("nsubj", "nsubjpass")
                   for cid in [ents.cluster_at(c)] if cid is not None)
    if clause.dep_ == "acl" and clause.tag_ == "VBG":
        # "X filed complaints accusing the company of ...": the participle's subject is the
        # subject of the verb its noun hangs on
        while carrier.head.i != carrier.i and carrier.pos_ not in ("VERB", "AUX"):
            carrier = carrier.head
    # ("tapped X to run the company": the object, not the subject, does what the infinitive says)
    controller = ("dobj", "obj") if clause.dep_ == "xcomp" and any(
        c.dep_ in ("dobj", "obj") for c in carrier.children) else ("nsubj", "nsubjpass")
    if clause.dep_ in ("advcl", "xcomp", "conj", "acl") and clause.tag_ in ("VBG", "VBN", "VB") \
            and token.dep_ not in ("nsubj",) and (clause.dep_ != "acl" or clause.tag_ == "VBG"):
        for child in carrier.children:
            if child.dep_ in controller:
                cid = ents.cluster_at(child)
                if cid is not None:
                    out.add(cid)
    for child in clause.children:
        if child.dep_ == "nsubj" and token.dep_ == "dobj" and token.head.i == clause.i and child.lower_ == "it":
            # "It bought the startup in 2019": the startup is not what "it" stands for (resolving
            # "it" reads the clause's other arguments only by name, and as a subject it never
            # comes back here, so this does not loop)
            out.update(r.cluster for r in resolve(ents, child))
            continue
        if child.dep_ in ("nsubj", "nsubjpass") and token not in child.subtree:
            cid = ents.cluster_at(child)
            if cid is not None and ents.type_of(cid) == "Person":
                # "Orvanta co-founder Marco Bell quit the startup": the company in a person's
                # title is no other party of the clause
                out.add(cid)
                continue
        if child.dep_ in ("nsubj", "nsubjpass", "dobj", "agent", "prep", "attr") and token not in child.subtree:
            for t in _phrase_tokens(child):
                cid = ents.cluster_at(t)
                if cid is not None:
                    out.add(cid)
    if clause.dep_ in ("relcl", "acl") and clause.head.i != clause.i and token.dep_ not in ("nsubj", "nsubjpass"):
        cid = ents.cluster_at(clause.head)  # "X, which bought the company"
        if cid is not None:
            out.add(cid)
    if clause.dep_ == "ccomp" and is_allegation(clause.head):
        # "X sued Y, alleging it monopolized the market": whoever alleges a wrong does not
        # allege it of itself
        speaker = clause.head
        while speaker.dep_ in ("advcl", "conj", "xcomp") and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in speaker.children):
            speaker = speaker.head
        for child in speaker.children:
            if child.dep_ == "nsubj":
                cid = ents.cluster_at(child)
                if cid is not None:
                    out.add(cid)
    return out


def is_allegation(verb) -> bool:
    """Whether ``verb`` is one whose that-clause states an accusation ("allege", "claim", ...:
    the verb triggers of ``accused`` that take a clause as their object)."""
    from kg.extract.triggers import verb_triggers

    return any(t.relation == "accused" and "ccomp" in t.object for t in verb_triggers(verb))


#: How much recency and frequency count when choosing an antecedent, by kind of reference: a
#: pronoun takes up what was just named; a description ("the company") leans on the passage's
#: protagonist; an unstated argument (:func:`topic`) is the protagonist.
WEIGHTS = {"pronoun": (100.0, 12.0), "description": (70.0, 25.0), "topic": (30.0, 30.0)}
#: What the last name before an object pronoun in its own sentence gains (:func:`salience`).
NEAREST_BONUS = 30.0


def salience(ents, token, etype: str, *, exclude: set[int] = frozenset(), kind: str = "pronoun") -> Counter:
    """Each cluster of ``etype`` named before ``token``, scored: recency (``WEIGHTS[kind][0]``,
    halved for every sentence back, within :data:`WINDOW_SENTENCES` except for a topic), +40
    for a subject mention, and frequency (``WEIGHTS[kind][1]`` per earlier mention, up to
    five). Clusters in ``exclude`` are left out."""
    doc = token.doc
    recency, frequency = WEIGHTS[kind]
    here = ents.sentence_index(token.i)
    scores: Counter = Counter()
    counts: Counter = Counter()
    for m in ents.mentions:
        if m.start >= token.i:
            break
        if ents.type_of(m.cluster) != etype or m.cluster in exclude:
            continue
        counts[m.cluster] += 1
        back = here - ents.sentence_index(m.start)
        if back > WINDOW_SENTENCES and kind != "topic":
            continue
        head = doc[ents.head_index(m)]  # (not the possessive "'s" a mention may end with)
        score = recency * 0.5 ** back
        if head.dep_ in ("nsubj", "nsubjpass") or head.dep_ == "poss" and head.head.dep_ in ("nsubj", "nsubjpass") \
                or head.dep_ == "ROOT" and subject_of_misread_verb(head):
            score += 40  # (and the subject's possessor: "Orvanta's board forced out X")
        elif head.dep_ in ("compound", "nmod") and head.head.pos_ == "NOUN" and kind == "topic":
            score /= 2  # "who ran the Orvanta self-driving unit": a name as a modifier is no topic
        scores[m.cluster] = max(scores[m.cluster], score)
    for cid in scores:
        scores[cid] += frequency * min(counts[cid], 5)  # the passage's protagonist: named often
    if kind == "pronoun" and token.dep_ == "pobj" and scores:
        # "who had founded PeopleSoft before Oracle's takeover of it": an object pronoun takes up
        # the last name of its kind in its own sentence
        last = max((m for m in ents.mentions if m.start < token.i and m.cluster in scores
                    and ents.sentence_index(m.start) == here), key=lambda m: m.start, default=None)
        if last is not None:
            scores[last.cluster] += NEAREST_BONUS
    return scores


def antecedent(ents, token, etype: str, *, exclude: set[int] = frozenset(), kind: str = "pronoun") -> int | None:
    """The most salient cluster of ``etype`` before ``token`` (see :func:`salience`); ties go to
    the most recent. A description ("the handset maker") prefers what the passage has already
    described with the same noun ("Motorola, maker of the Moto X")."""
    scores = salience(ents, token, etype, exclude=exclude, kind=kind)
    if not scores:
        return None
    if kind == "description":
        lemma = token.lemma_.lower()
        for cid in scores:
            if lemma in described_as(ents).get(cid, ()):
                scores[cid] += 80
        if lemma in lexicon().young_company_nouns:
            # "Orvanta snapped up Brisklet. The startup, founded in 2018, ...": of a buyer and
            # what it bought (or funded), the young company is the one bought
            for cid in scores.keys() & objects_of_verbs_before(ents, token, ("acquired", "investedIn")):
                scores[cid] += 80
        if any(c.dep_ == "amod" and c.lower_ == "new" for c in token.children):
            # "X founded Y in 1987. Z took a stake in the new company": the one just founded
            for cid in scores.keys() & objects_of_verbs_before(ents, token, ("founded",)):
                scores[cid] += 80
    return max(scores, key=lambda c: (scores[c], ents.last_mention_before(c, token.i)))


def objects_of_verbs_before(ents, token, relations: tuple[str, ...]) -> set[int]:
    """The organizations a verb trigger of ``relations`` takes as its object in the 200 tokens
    before ``token``'s sentence and in it up to ``token`` ("X acquired Y", "Y was bought by X",
    "X invested in Y", "X founded Y": Y)."""
    from kg.extract.args import is_passive
    from kg.extract.triggers import is_verb, verb_triggers

    out = set()
    for tok in token.doc[max(0, token.sent.start - 200):token.i]:
        if not is_verb(tok) or not any(vt.relation in relations for vt in verb_triggers(tok)):
            continue
        deps = ("nsubjpass",) if is_passive(tok) else ("dobj", "obj", "pobj")
        for c in tok.subtree:
            if c.dep_ in deps and (c.head.i == tok.i or c.dep_ == "pobj" and c.head.head.i == tok.i):
                for t in (c, *c.conjuncts):
                    cid = ents.cluster_at(t)
                    if cid is not None:
                        out.add(cid)
    return out


def described_as(ents) -> dict[int, set[str]]:
    """The common nouns the document describes each cluster with: "Motorola Mobility, maker of
    the Moto X" (maker), "the chipmaker Nvidia" (chipmaker), "Rivian is a startup" (startup)."""
    cached = getattr(ents, "_described_as", None)
    if cached is not None:
        return cached
    out: dict[int, set[str]] = {}
    for tok in ents.doc:
        if tok.pos_ != "NOUN":
            continue
        targets = []
        if tok.dep_ == "appos" or tok.dep_ == "attr" and tok.head.lemma_ in ("be", "become", "remain"):
            head = tok.head if tok.dep_ == "appos" else next(
                (c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if head is not None:
                targets.append(head)
        targets += [c for c in tok.children if c.dep_ == "appos" or c.dep_ == "compound" and c.i > tok.i]
        for t in targets:
            cid = ents.cluster_at(t)
            if cid is not None:
                out.setdefault(cid, set()).add(tok.lemma_.lower())
    ents._described_as = out
    return out


def _bare_pair(token) -> bool:
    """"the pair", "the duo", "the two" standing alone (not "the two companies")."""
    if not _is_definite(token) or token.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "conj"):
        return False
    return token.lower_ in ("pair", "duo") or token.lower_ == "two" and token.tag_ == "CD"


def last_coordinated_two(ents, token) -> list[int]:
    """The last two names coordinated with each other ("A and B") before ``token``, within the
    two sentences before its own: what "the pair" refers to."""
    here = ents.sentence_index(token.i)
    doc = token.doc
    for m in reversed(ents.mentions):
        if m.start >= token.i:
            continue
        if here - ents.sentence_index(m.start) > 2:
            break
        if ents.is_weak(m.cluster) or ents.type_of(m.cluster) not in ("Person", "Organization"):
            continue
        head = doc[m.end - 1]
        if head.dep_ == "conj":
            first = ents.cluster_at(head.head)
            if first is not None and first != m.cluster and ents.type_of(first) == ents.type_of(m.cluster) \
                    and not any(c.dep_ == "conj" and c.i != head.i for c in head.head.children):
                return [first, m.cluster]
    return []


def last_two(ents, token, etype: str, *, exclude: set[int] = frozenset()) -> list[int]:
    """The two clusters of ``etype`` named last before ``token``, leaving out ``exclude`` (the
    clause's other arguments): "X sued the two companies"."""
    out: list[int] = []
    for m in reversed(ents.mentions):
        if m.start >= token.i or ents.type_of(m.cluster) != etype or m.cluster in out or m.cluster in exclude:
            continue
        if ents.sentence_index(token.i) - ents.sentence_index(m.start) > 2:
            break
        out.append(m.cluster)
        if len(out) == 2:
            break
    return out if len(out) == 2 else []


def _parallel_clauses(verb) -> list:
    """The clauses coordinated with ``verb``'s, when it has a subject of its own: its conjuncts,
    and the clauses a comma splices to it ("A led a round in February, B invested in April": the
    parser hangs the first on the second as a complement without "that")."""
    def spliced(clause) -> bool:
        # (not what a speaker says: "A co-led the round with B, Brisklet said" -- the company
        # that speaks may well be the one the round went to)
        # (a speaking verb with an object of its own reports no clause: "A led a round in
        # February, B added $5 million in April")
        return clause.dep_ == "ccomp" and clause.i < clause.head.i \
            and not any(c.dep_ == "mark" for c in clause.children) \
            and not (clause.head.lemma_.lower() in QUOTING_VERBS
                     and not any(c.dep_ in ("dobj", "obj") for c in clause.head.children))

    others = [*verb.conjuncts, *([verb.head] if verb.dep_ == "conj" or spliced(verb) else []),
              *[c for c in verb.children if spliced(c)]]
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return []  # ("X raised $60 million and saw participation from Y": one doer, X)
    return [v for v in others if v.pos_ in ("VERB", "AUX") and v.i != verb.i]


#: Verbs of moving to an organization from another ("joined Y from Z").
MOVING_VERBS = frozenset({"join", "rejoin", "return", "come", "move", "defect", "switch", "arrive"})


def topic(ents, token, etype: str = "Organization", *, exclude: set[int] = frozenset()) -> int | None:
    """What an unstated argument is about: "Chief executive Ali Ghodsi said ..." names no company,
    so the company is the one the passage is about -- the most salient one so far, this sentence
    included."""
    sent = token.sent
    seen_here: set[int] = set()
    verb = _clause_of(token)
    # (not the companies of a reason given beside the act: "X left in 2018, citing conflicts
    # with Tesla's effort" left the passage's company, not Tesla)
    aside = {t.i for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG" for t in c.subtree}
    # (nor the company one came from: "X, who joined the chipmaker from Zarvik, will stay on as
    # chairman" is the chipmaker's chairman)
    aside |= {t.i for v in sent if v.pos_ == "VERB" and v.lemma_.lower() in MOVING_VERBS
              for p in v.children if p.dep_ == "prep" and p.lower_ == "from" for t in p.subtree}
    # (nor those named in an absolute "with" clause beside the act: "The round was led by X, with
    # Y also taking part" -- Y invested too, it is not the company invested in; narrowing this to
    # verbs of taking part added a KnowledgeNet tuning false positive)
    aside |= {t.i for p in sent if p.dep_ == "prep" and p.lower_ == "with" for c in p.children
              if c.dep_ == "pcomp" and c.tag_ == "VBG" for t in c.subtree}
    # (nor the doers of clauses coordinated with this one: in "A led a round in February, B
    # invested $500 million in April", A did what B did, to the same company)
    parallel = {t.i for v in _parallel_clauses(verb) for c in v.children
                if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    scores = salience(ents, token, etype, exclude=exclude, kind="topic")
    for t in sent:
        if t.i in aside or t.i in parallel:
            continue
        cid = ents.cluster_at(t)
        if cid is not None and ents.type_of(cid) == etype and cid not in exclude and cid not in seen_here:
            seen_here.add(cid)  # named in the same sentence: "At Oracle, ...", "..., said Ghodsi of Databricks"
            scores[cid] += 40
    if not scores:
        return None
    return max(scores, key=lambda c: (scores[c], -abs(ents.last_mention_before(c, token.i + 200) - token.i)))


def epithet(ents, token) -> int | None:
    """"the richest man in the world", "the billionaire": a definite description of a person by
    kind, not by role, refers to the person the article is about -- the one it has named most
    often so far (news leads with its protagonist)."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in lexicon().epithet_nouns or token.tag_ != "NN":
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return None
    if any(ents.cluster_at(c) is not None for c in token.subtree if c.i != token.i):
        return None  # "the man who founded Acme": named within the phrase itself
    counts: Counter = Counter()
    last: dict[int, int] = {}
    for m in ents.mentions:
        if m.start < token.i and ents.type_of(m.cluster) == "Person":
            counts[m.cluster] += 1
            last[m.cluster] = m.start
    if not counts:
        return None
    return max(counts, key=lambda c: (counts[c], last[c]))


def role_holder(ents, token) -> tuple[int | None, int | None]:
    """"the Tesla CEO" -> (the person, Tesla): a definite role description names no one, so the
    holder is the person most recently mentioned who is not the subject of the clause that
    mentions the description."""
    org = None
    for child in token.children:
        if child.dep_ in ("compound", "poss", "nmod", "amod"):
            cid = ents.cluster_at(child)
            if cid is not None and ents.type_of(cid) == "Organization":
                org = cid
    if org is None or not any(c.lower_ == "the" for c in token.children if c.dep_ == "det"):
        return None, org
    clause = token
    while clause.dep_ not in ("ROOT",) and clause.pos_ not in ("VERB", "AUX"):
        clause = clause.head
    excluded = {ents.cluster_at(c) for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")}
    here = ents.sentence_index(token.i)
    candidates = [m for m in ents.mentions if here - 2 <= ents.sentence_index(m.start) <= here
                  and ents.type_of(m.cluster) == "Person" and m.cluster not in excluded]
    if not candidates:
        return None, org
    before = [m for m in candidates if m.start < token.i]
    chosen = before[-1] if before else candidates[0]
    return chosen.cluster, org
