"""Triggers: the words that state a relation, read from ``kg/data/triggers.json``.

Three kinds (the file's three lists, documented in ``kg/data/README.md``):

* **verbs** -- "X acquired Y", "Y was bought by X", "X stepped down as CEO of Y". An entry gives
  the lemma, an optional particle ("step down", "take over"), the relation, and the *slots* the
  relation's subject and object are read from (default: the verb's subject and its object).
* **events** -- nouns that name an act: "X's lawsuit against Y", "X took a stake in Y", "a round
  led by X". Their slots are the possessor, a name modifying the noun, "by", a preposition's
  object, or the subject of the verb that governs the noun ("filed suit", "took a stake").
* **roles** -- nouns that name what someone or something is to an organization: "X, chief
  executive of Y", "Y's rival X", "X, a unit of Y". The holder is the subject, the organization
  the object (or the reverse for "parent").

This module only matches words against the data; :mod:`kg.extract.args` reads the slots and
:mod:`kg.extract.candidates` puts the two together.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

#: The slots a verb trigger reads when its entry names none.
DEFAULT_VERB_SLOTS = (("subj",), ("obj",))


@dataclass(frozen=True)
class VerbTrigger:
    lemma: str
    relation: str
    particle: str | None = None
    subject: tuple[str, ...] = ("subj",)
    object: tuple[str, ...] = ("obj",)
    requires_prep: tuple[str, ...] = ()  # "to:court": a "to" whose object's lemma is "court"
    requires_object_lemma: tuple[str, ...] = ()  # "join forces", "part ways"
    requires_wrongdoing: bool = False  # "said Y had stolen": the that-clause's verb is a wrongdoing
    requires_judgement: bool = False  # "said Y was reckless", "called Y a joke": a pejorative judgement
    unless_named_prep: tuple[str, ...] = ()  # "sold Y to Z": not this reading when Z is a name
    unless_prep: tuple[str, ...] = ()  # "built Y into a giant": not this reading with the preposition

    @property
    def name(self) -> str:
        return f"{self.lemma}-{self.particle}" if self.particle else self.lemma


@dataclass(frozen=True)
class EventTrigger:
    lemma: str
    relation: str
    subject: tuple[str, ...]
    object: tuple[str, ...]
    modifier_any: tuple[str, ...] = ()  # "legal action", "joint venture"
    requires_wrongdoing: bool = False  # "claims that Y stole": the that-clause's verb is a wrongdoing


@dataclass(frozen=True)
class RoleTrigger:
    lemma: str
    relation: str
    modifier: tuple[str, ...] = ()  # all required: "chief executive", "general manager"
    reverse: bool = False  # the organization is the subject: "X, the parent of Y"
    members: str | None = None  # "a joint venture of A and B": A and B also partnered
    requires_prep: tuple[str, ...] = ()
    singular: bool = False  # "its top executive" (one of its top executives is not its chief)

    @property
    def name(self) -> str:
        return "-".join((*self.modifier[::-1], self.lemma))


@dataclass(frozen=True)
class TriggerSet:
    verbs: dict[str, tuple[VerbTrigger, ...]]
    events: dict[str, tuple[EventTrigger, ...]]
    roles: dict[str, tuple[RoleTrigger, ...]]
    light_verbs: frozenset[str]
    deputy_modifiers: frozenset[str]
    founding_modifiers: frozenset[str]
    founding_roles: frozenset[str]
    academic_roles: frozenset[str]
    body_nouns: frozenset[str]
    departed_modifiers: frozenset[str]


def _group(entries) -> dict:
    out: dict[str, list] = {}
    for e in entries:
        out.setdefault(e.lemma, []).append(e)
    return {k: tuple(v) for k, v in out.items()}


def _tuple(value) -> tuple:
    return tuple(value) if value else ()


@lru_cache(maxsize=1)
def triggers() -> TriggerSet:
    """The trigger data (read on first use, then cached)."""
    data = json.loads(resources.files("kg.data").joinpath("triggers.json").read_text(encoding="utf-8"))
    verbs = [VerbTrigger(lemma=e["lemma"], relation=e["relation"], particle=e.get("particle"),
                         subject=_tuple(e.get("subject")) or ("subj",), object=_tuple(e.get("object")) or ("obj",),
                         requires_prep=_tuple(e.get("requires_prep")),
                         requires_object_lemma=_tuple(e.get("requires_object_lemma")),
                         requires_wrongdoing=bool(e.get("requires_wrongdoing")),
                         requires_judgement=bool(e.get("requires_judgement")),
                         unless_named_prep=_tuple(e.get("unless_named_prep")),
                         unless_prep=_tuple(e.get("unless_prep")))
             for e in data["verbs"]]
    events = [EventTrigger(lemma=e["lemma"], relation=e["relation"], subject=_tuple(e["subject"]),
                           object=_tuple(e["object"]), modifier_any=_tuple(e.get("modifier_any")),
                           requires_wrongdoing=bool(e.get("requires_wrongdoing")))
              for e in data["events"]]
    roles = [RoleTrigger(lemma=e["lemma"], relation=e["relation"], modifier=_tuple(e.get("modifier")),
                         reverse=bool(e.get("reverse")), members=e.get("members"),
                         requires_prep=_tuple(e.get("requires_prep")), singular=bool(e.get("singular")))
             for e in data["roles"]]
    rules = data["role_rules"]
    return TriggerSet(verbs=_group(verbs), events=_group(events), roles=_group(roles),
                      light_verbs=frozenset(data["light_verbs"]),
                      deputy_modifiers=frozenset(rules["deputy_modifiers"]),
                      founding_modifiers=frozenset(rules["founding_modifiers"]),
                      founding_roles=frozenset(rules["founding_roles"]),
                      academic_roles=frozenset(rules["academic_roles"]),
                      body_nouns=frozenset(rules["body_nouns"]),
                      departed_modifiers=frozenset(rules["departed_modifiers"]))


# ------------------------------------------------------------------------------ word forms

#: spaCy keeps "co-founded" whole (see kg.nlp) but lemmatises it oddly ("co-founde").
_CO_LEMMAS = {"founded": "found", "founds": "found", "founding": "found", "found": "found",
              "founder": "founder", "founders": "founder", "owner": "owner", "owners": "owner",
              "owned": "own", "owns": "own", "chair": "chair", "chairs": "chair", "chaired": "chair",
              "lead": "lead", "leads": "lead", "led": "lead", "leading": "lead", "ceo": "ceo",
              "ceos": "ceo", "invested": "invest", "invests": "invest", "investing": "invest",
              "created": "create", "creates": "create"}


def _cached(tok, name: str, compute):
    """A per-token value kept in the Doc's ``user_data`` (the rules ask the same questions of the
    same tokens many times over; a Doc is parsed once and never changes)."""
    data = tok.doc.user_data
    store = data.get(name)
    if store is None:
        store = data[name] = {}
    value = store.get(tok.i, _MISSING)
    if value is _MISSING:
        value = store[tok.i] = compute(tok)
    return value


_MISSING = object()


#: Words that follow a title and head its phrase: "Professor Emeritus" ("General" is left out:
#: "Attorney General" is a public office, not a role at the company the passage is about).
POSTPOSED_TITLE_WORDS = frozenset({"emeritus", "emerita"})


def title_word(tok):
    """The word that says which role a phrase headed by ``tok`` is: the title before a postposed
    word ("Professor" of "Professor Emeritus"), else ``tok`` itself."""
    if tok.lower_ in POSTPOSED_TITLE_WORDS and tok.i > 0:
        before = tok.doc[tok.i - 1]
        if before.dep_ == "compound" and before.head.i == tok.i:
            return before
    return tok


def lemma_of(tok) -> str:
    """The lower-case lemma, with "co-" verbs and nouns made regular ("co-founded" -> "co-found")
    whether the tokenizer kept them whole or split them at the hyphen. (Computed for the whole Doc
    at the first call: the rules ask it of every token many times over.)"""
    data = tok.doc.user_data
    lemmas = data.get("kg:lemmas")
    if lemmas is None:
        lemmas = data["kg:lemmas"] = doc_lemmas(tok.doc)
    return lemmas[tok.i]


def doc_lemmas_of(doc) -> list[str]:
    """:func:`lemma_of` of every token of ``doc``, as one list (computed once a Doc)."""
    data = doc.user_data
    lemmas = data.get("kg:lemmas")
    if lemmas is None:
        lemmas = data["kg:lemmas"] = doc_lemmas(doc)
    return lemmas


def doc_lemmas(doc) -> list[str]:
    """:func:`lemma_of` of every token of ``doc``, read from the Doc's arrays (what
    :func:`_lemma_of` reads of each token, without making the tokens)."""
    import numpy
    from spacy.attrs import LEMMA, LOWER, ORTH, SPACY

    strings = doc.vocab.strings
    rows = doc.to_array([ORTH, LOWER, LEMMA]).reshape(len(doc), 3)
    orth, lower, lemma = rows[:, 0], rows[:, 1], rows[:, 2]
    lemma_lower = {h: strings[h].lower() for h in numpy.unique(lemma).tolist()}
    out = [lemma_lower[h] for h in lemma.tolist()]
    # "co", "-", "founded" split at the hyphen: "co-found"
    if len(out) > 2:
        split = numpy.nonzero((orth[1:-1] == strings["-"]) & (lower[:-2] == strings["co"]))[0] + 2
        for i in split.tolist():
            out[i] = "co-" + out[i]
    # "Series B" names a round: its letter is the round's head noun
    series = strings["Series"]
    for i in (numpy.nonzero(orth[:-1] == series)[0] + 1).tolist():
        if SERIES_LETTER.match(doc[i].text):
            out[i] = "round"
    # "spin-off", "tie-up", "vice-president": the tokenizer splits a hyphenated trigger word at
    # its hyphen; the last part stands for the whole
    hyphen = strings["-"]
    spaced = doc.to_array(SPACY)
    for i in (numpy.nonzero(orth[1:-1] == hyphen)[0] + 2).tolist():
        if not spaced[i - 2] and not spaced[i - 1]:
            whole = f"{strings[lower[i - 2]]}-{out[i]}"
            if whole in hyphenated_triggers():
                out[i] = whole
    # "helped found X": the tagger reads a participle of "find" after "helped"
    found = strings["found"]
    helps = [strings[w] for w in ("help", "helps", "helped", "helping")]
    for i in (numpy.nonzero((lower[1:] == found) & numpy.isin(lower[:-1], helps))[0] + 1).tolist():
        out[i] = "found"
    # "co-founded" kept whole (which takes precedence)
    for h in numpy.unique(lower).tolist():
        text = strings[h]
        if text.startswith("co-") and len(text) > 3:
            rest = text[3:]
            for i in numpy.nonzero(lower == h)[0].tolist():
                out[i] = "co-" + _CO_LEMMAS.get(rest, rest)
    return out


#: The letter of a funding round's name ("Series B", "Series A-1").
SERIES_LETTER = re.compile(r"^[A-Z](-?\d+)?\.?$")


@lru_cache(maxsize=1)
def hyphenated_triggers() -> frozenset[str]:
    """The trigger words written with a hyphen ("spin-off", "tie-up"), but the "co-" words."""
    data = triggers()
    return frozenset(w for group in (data.verbs, data.events, data.roles) for w in group
                     if "-" in w and not w.startswith("co-"))


def _lemma_of(tok) -> str:
    lower = tok.lower_
    if tok.i > 0 and tok.nbor(-1).text == "Series" and SERIES_LETTER.match(tok.text):
        return "round"
    if lower.startswith("co-") and len(lower) > 3:
        rest = lower[3:]
        return "co-" + _CO_LEMMAS.get(rest, rest)
    lemma = tok.lemma_.lower()
    if tok.i > 1 and tok.nbor(-1).text == "-" and not tok.nbor(-1).whitespace_ and not tok.nbor(-2).whitespace_ \
            and f"{tok.nbor(-2).lower_}-{lemma}" in hyphenated_triggers():
        return f"{tok.nbor(-2).lower_}-{lemma}"
    if lower == "found" and tok.i > 0 and tok.nbor(-1).lower_ in ("help", "helps", "helped", "helping"):
        return "found"
    if tok.i > 1 and tok.nbor(-1).text == "-" and tok.nbor(-2).lower_ == "co":
        return "co-" + lemma
    return lemma


def left_modifiers(tok) -> frozenset[str]:
    """Lemmas of the words modifying a noun from the left, nested ones included: "chief
    executive officer" gives {"executive", "chief"} for "officer"."""
    return _cached(tok, "kg:left_modifiers", _left_modifiers)


def _left_modifiers(tok) -> frozenset[str]:
    out: set[str] = set()
    stack = [c for c in tok.children if c.i < tok.i and c.dep_ in ("compound", "amod", "nmod", "nummod", "npadvmod")]
    while stack:
        c = stack.pop()
        out.add(lemma_of(c))
        out.add(c.lower_)
        stack += [g for g in c.children if g.i < c.i and g.dep_ in ("compound", "amod", "nmod", "advmod")]
    if tok.i > 0:
        before = tok.doc[tok.i - 1]
        if before.is_alpha and before.is_lower and before.dep_ in ("advcl", "xcomp", "ROOT", "conj", "dobj") \
                and before.pos_ == "VERB":
            # "handing the job to finance chief Tomas Reyes", "finance" read as a verb: the word
            # right before the noun modifies it
            out.add(before.lower_)
    return frozenset(out)


def _has_prep(tok, spec: str) -> bool:
    prep, _, obj = spec.partition(":")
    for child in tok.children:
        if child.dep_ in ("prep", "dative") and child.lower_ == prep:
            if not obj or any(p.dep_ == "pobj" and p.lemma_.lower() == obj for p in child.children):
                return True
        # "took X to court": the parser may read "to court" as an infinitive
        if obj and child.dep_ in ("xcomp", "advcl") and child.lemma_.lower() == obj and any(
                a.dep_ == "aux" and a.lower_ == prep for a in child.children):
            return True
    return False


def _has_named_prep(tok, prep: str) -> bool:
    """Whether ``tok`` has the preposition ``prep`` with a proper noun for its object."""
    return any(child.dep_ in ("prep", "dative") and child.lower_ == prep and any(
        p.dep_ == "pobj" and p.pos_ == "PROPN" for p in child.children) for child in tok.children)


#: Words that follow a verb as its particle ("stepped down", "snapped up"), whatever the parser
#: calls them (it often tags "down" an adverb).
PARTICLES = frozenset({"down", "up", "out", "off", "over", "aside", "in", "on", "away", "back"})


def _particles(tok) -> set[str]:
    return {c.lower_ for c in tok.children if c.dep_ == "prt" or (
        c.dep_ in ("advmod", "prep") and c.lower_ in PARTICLES and c.i == tok.i + 1
        and all(g.dep_ == "prep" and g.lower_ == "of" for g in c.children))  # ("pushed out of X")
        or c.dep_ in ("oprd", "acomp", "dobj", "xcomp") and c.lower_ == "private"}  # ("took X private")


def is_wrongdoing(verb) -> bool:
    """Whether a verb states a wrongdoing: "had stolen", "had illegally collected" (``lexicon.json``
    wrongdoing verbs and adverbs)."""
    from kg.extract.lexicon import lexicon

    words = lexicon()
    return lemma_of(verb) in words.wrongdoing_verbs or any(
        a.dep_ == "advmod" and a.lower_ in words.wrongdoing_adverbs for a in verb.children)


def _states_wrongdoing(tok) -> bool:
    """Whether a verb of saying has a that-clause whose verb is a wrongdoing ("said Y had stolen
    its code", "claims that Y copied")."""
    from kg.extract.args import that_clauses

    # (and a clause the parser hung on the object of the verb's preposition: "said in a
    # complaint that Y stole its designs")
    return any((c.dep_ == "ccomp" or c.dep_ == "acl" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children))
               and (is_wrongdoing(c) or any(is_wrongdoing(x) for x in c.conjuncts)) for c in tok.children) \
        or any(c.dep_ in ("acl", "relcl") and (is_wrongdoing(c) or any(is_wrongdoing(x) for x in c.conjuncts))
               for c in that_clauses(tok))


def is_judgement(word) -> bool:
    """Whether ``word`` is a pejorative judgement ("reckless", "a mistake", "a bunch of
    dummies"), not negated."""
    from kg.extract.lexicon import lexicon

    judgements = lexicon().judgement_words
    if any(c.dep_ == "neg" for c in word.children):
        return False
    if word.lower_ in judgements or word.lemma_.lower() in judgements:
        return True
    if word.pos_ == "NOUN" and word.lemma_.lower() not in lexicon().time_nouns and any(
            a.dep_ == "amod" and a.lower_ in judgements and not any(n.dep_ == "neg" for n in a.children)
            for a in word.children):
        return True  # "a terrible deal", "a reckless decision": the noun a judgement qualifies
    # "a bunch of dummies", "a pack of clowns": the noun the quantity is of
    return any(p.dep_ == "prep" and p.lower_ == "of" and any(
        o.dep_ == "pobj" and (o.lower_ in judgements or o.lemma_.lower() in judgements) for o in p.children)
        for p in word.children)


def states_judgement(tok) -> bool:
    """Whether a verb of saying passes a pejorative judgement: a that-clause whose predicate is
    one ("said Y's strategy was a mistake", "wrote that Y was reckless"), or an object complement
    or "as" phrase that is one ("called Y reckless", "dismissed Y as a joke"), or a that-clause
    whose verb faults what its subject did ("said Y had botched the launch")."""
    from kg.extract.lexicon import lexicon

    for c in tok.children:
        if c.dep_ == "ccomp" and not any(n.dep_ == "neg" for n in c.children) and (
                c.lemma_ == "be" and any(a.dep_ in ("acomp", "attr") and is_judgement(a) for a in c.children)):
            return True
        if c.dep_ in ("oprd", "xcomp") and is_judgement(c):
            return True
        if c.dep_ == "ccomp" and c.tag_ in ("VBN", "VBD", "JJ") and is_judgement(c) \
                and not any(n.dep_ in ("neg", "dobj", "obj") for n in c.children):  # (not "had broken the law")
            return True  # "said Y's products were overpriced": the participle is the judgement
        if c.dep_ == "prep" and c.lower_ == "as" and any(
                o.dep_ in ("pobj", "acomp", "amod", "advmod") and is_judgement(o) for o in c.children):
            return True  # ("described Y's plan as reckless": the adjective, however it is parsed)
        if c.dep_ == "ccomp" and not any(n.dep_ == "neg" for n in c.children) and any(
                d.dep_ in ("dobj", "obj") and is_judgement(d) for d in c.children):
            return True  # "said Y had made a huge mistake"
        if c.dep_ == "ccomp" and c.pos_ == "VERB" and c.lemma_.lower() in lexicon().fault_verbs \
                and any(d.dep_ in ("dobj", "obj") for d in c.children) and not any(n.dep_ == "neg" for n in c.children):
            return True  # "said Y had botched the launch", "had failed its customers" (not "failed to win")
        if c.dep_ in ("dobj", "obj") and any(a.dep_ == "appos" and is_judgement(a) for a in c.children):
            # 'called Y's policy "a disaster"': the parser hangs the quoted complement on the
            # object as its apposition
            return True
    return False


def is_verb(tok) -> bool:
    """A verb, or an adjective predicated like one ("X was critical of Y"). (Computed for the
    whole Doc at the first call, like :func:`lemma_of`.)"""
    data = tok.doc.user_data
    verbs = data.get("kg:is_verb")
    if verbs is None:
        verbs = data["kg:is_verb"] = doc_verbs(tok.doc)
    return verbs[tok.i]


_VERB_TAGS = ("VBN", "VBD", "VBG", "VBZ", "VBP", "VB")


def doc_verbs(doc) -> list[bool]:
    """:func:`is_verb` of every token of ``doc``: ``pos_`` VERB or AUX, or a verb's tag, or ADJ
    with ``dep_`` acomp, or a plural noun that is a sentence's root with a subject; read from the
    Doc's arrays."""
    import numpy
    from spacy.attrs import DEP, POS, TAG
    from spacy.parts_of_speech import ADJ, AUX, VERB

    strings = doc.vocab.strings
    rows = doc.to_array([POS, TAG, DEP]).reshape(len(doc), 3)
    pos, tag, dep = rows[:, 0], rows[:, 1], rows[:, 2]
    verbs = (pos == VERB) | (pos == AUX) | numpy.isin(tag, [strings[t] for t in _VERB_TAGS]) \
        | (pos == ADJ) & (dep == strings["acomp"])
    out = verbs.tolist()
    # "Velmora collaborates with X" tagged a plural noun: the root of a sentence with a subject
    # is its verb, whatever its tag (no noun takes a subject in this scheme)
    for i in numpy.nonzero((dep == strings["ROOT"]) & (tag == strings["NNS"]) & ~verbs)[0].tolist():
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in doc[i].children) or misread_verb(doc[i]):
            out[i] = True
    return out


def misread_verb(tok) -> bool:
    """"Orvanta Systems competes with X": a sentence's root tagged a plural noun, with the name
    before it read as its compound, is a verb when it is a trigger verb followed by a preposition."""
    return tok.dep_ == "ROOT" and tok.tag_ == "NNS" and tok.lemma_.lower() in triggers().verbs \
        and any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < tok.i for c in tok.children) \
        and any(c.dep_ == "prep" and c.i > tok.i for c in tok.children)


def verb_triggers(tok) -> list[VerbTrigger]:
    """The verb entries ``tok`` matches: lemma, particle, and what the entry requires."""
    if not is_verb(tok) or lemma_of(tok) not in triggers().verbs:
        return []
    return _cached(tok, "kg:verbs", _verb_triggers)


def _verb_triggers(tok) -> list[VerbTrigger]:
    entries = triggers().verbs.get(lemma_of(tok), ())
    if not entries:
        return []
    particles = _particles(tok)
    # An entry with a particle beats the bare verb ("take over" is not "take ... to court").
    with_particle = [e for e in entries if e.particle and e.particle in particles]
    pool = with_particle or [e for e in entries if not e.particle]
    out = []
    for e in pool:
        if e.requires_prep and not any(_has_prep(tok, p) for p in e.requires_prep):
            continue
        if e.requires_object_lemma and not any(
                c.dep_ in ("dobj", "obj") and c.lemma_.lower() in e.requires_object_lemma for c in tok.children):
            continue
        if e.requires_wrongdoing and not _states_wrongdoing(tok):
            continue
        if e.requires_judgement and not states_judgement(tok):
            continue
        if e.unless_named_prep and any(_has_named_prep(tok, p) for p in e.unless_named_prep):
            continue
        if e.unless_prep and any(_has_prep(tok, p) for p in e.unless_prep):
            continue
        out.append(e)
    return out


def event_triggers(tok) -> list[EventTrigger]:
    entries = triggers().events.get(lemma_of(tok), ())
    if not entries or tok.pos_ not in ("NOUN", "PROPN"):
        return []
    mods = left_modifiers(tok)
    return [e for e in entries if (not e.modifier_any or mods & set(e.modifier_any))
            and not (e.requires_wrongdoing and not _states_wrongdoing(tok))]


def role_triggers(tok) -> list[RoleTrigger]:
    """The role entries ``tok`` matches, the most specific first ("chief executive" over
    "executive"), with English's own rules applied: a founding member founded; a vice president
    or deputy chairman works for the organization but does not lead it."""
    data = triggers()
    lemma = lemma_of(tok)
    if lemma not in data.roles and lemma not in data.founding_roles:
        return []  # (what _role_triggers finds for a word that is no role, without asking it)
    return _cached(tok, "kg:roles", _role_triggers)


def _role_triggers(tok) -> list[RoleTrigger]:
    if tok.dep_ in ("amod", "compound") and tok.head.i != tok.i and tok.head.pos_ == "NOUN" \
            and lemma_of(tok.head) in triggers().roles:
        return []  # "chief" in "chief executive": the head noun is the role
    if tok.pos_ not in ("NOUN", "PROPN") and not (
            tok.pos_ == "ADJ" and tok.dep_ in ("compound", "amod", "nmod") and tok.head.pos_ == "PROPN"):
        return []  # ("chief executive Carly Fiorina": the small model tags a title "executive" ADJ)
    data = triggers()
    lemma = lemma_of(tok)
    entries = data.roles.get(lemma, ())
    mods = left_modifiers(tok)
    founding = [RoleTrigger(lemma=lemma, relation="founded", modifier=("founding",))] \
        if mods & data.founding_modifiers and lemma in data.founding_roles else []
    matching = [e for e in entries if all(m in mods for m in e.modifier)
                and not (e.requires_prep and not any(_has_prep(tok, p) for p in e.requires_prep))
                and not (e.singular and tok.tag_ in ("NNS", "NNPS"))]
    if not matching:
        return founding
    if founding and lemma in ("member", "partner", "shareholder", "investor", "director", "trustee", "editor"):
        return founding  # "a founding member of X": founded it, the membership goes without saying
    best = max(len(e.modifier) for e in matching)
    out = []
    for e in matching:
        if len(e.modifier) != best:
            continue
        if e.relation in ("leads", "ceoOf") and mods & data.deputy_modifiers:
            e = RoleTrigger(lemma=e.lemma, relation="worksFor", modifier=e.modifier)
        out.append(e)
    return founding + out  # "its founding chief executive": founded it and runs it
