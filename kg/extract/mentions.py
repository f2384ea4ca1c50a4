"""Mentions: the names a document uses, grouped into one cluster per real-world thing, and typed.

The statistical NER of a small model is noisy on news (it tags "Musk" as a date, "Altman" as a
place), so a document's entities are decided from all its mentions together:

1. mentions come from the NER and the gazetteer ruler, cleaned of titles and possessives, with
   headings, generic acronyms and non-names dropped;
2. every later occurrence of a known name (a full name, or a person's surname or first name) is a
   mention too, whatever the NER said of that token;
3. aliases the text states ("X, formerly known as Twitter"; "the Department of Government
   Efficiency, or DOGE") join their clusters;
4. each cluster gets its type by vote (gazetteer first, then the person evidence of surnames and
   titles, then NER labels) and its canonical name (gazetteer name, else the longest form that is no former name).

What words that do not name anything refer to ("he", "the company", "the Tesla CEO") is decided
in :mod:`kg.extract.reference`.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from kg.extract.lexicon import dictionary_words, given_names, is_dictionary_word, lexicon, modifier_words
from kg.extract.triggers import lemma_of, role_triggers, title_word, triggers
from kg.model import Entity
from kg.nlp import ABBREVIATED_FORMS, LABEL_TO_TYPE, gazetteer
from kg.rdf import entity_key

#: Longer mentions are NER run-aways, not names ("G-Star School of the Arts for Film, Animation and
#: Performing Arts" is 13 tokens and 64 characters).
MAX_NAME_TOKENS = 16
MAX_NAME_CHARS = 100
_SPACE = re.compile(r"\s+")
_EDGE_PUNCT = " \t\n\"'“”‘’()[],:;!?"


@dataclass
class Mention:
    start: int  # token index
    end: int  # token index, exclusive
    text: str
    labels: Counter = field(default_factory=Counter)
    gazetteer: str | None = None  # canonical gazetteer name when the ruler matched
    cluster: int = -1
    weak: bool = False  # a proper noun only its place in the sentence makes a name


@dataclass
class Cluster:
    id: int
    names: Counter = field(default_factory=Counter)
    labels: Counter = field(default_factory=Counter)
    gazetteer: str | None = None
    type: str = "Organization"
    name: str = ""
    first: int = 10**9  # first token index
    mentions: list = field(default_factory=list)
    former: set = field(default_factory=set)  # names the text says it had ("formerly X")
    said: Counter = field(default_factory=Counter)  # the part of ``labels`` the words around it gave


def _gazetteer_index() -> tuple[dict, dict]:
    by_name, by_alias = {}, {}
    for entry in gazetteer():
        by_name[entry["name"]] = entry
        for alias in (entry["name"], *entry.get("aliases", ())):
            by_alias[alias.lower()] = entry
    return by_name, by_alias


@lru_cache(maxsize=1)
def _gazetteer_surnames() -> dict[str, dict]:
    by_surname: dict[str, list] = defaultdict(list)
    for entry in gazetteer():
        if entry["type"] == "Person":
            by_surname[entry["name"].split()[-1]].append(entry)
    return {k: v[0] for k, v in by_surname.items() if len(v) == 1}


def clean_name(text: str, *, titles: bool = True) -> str:
    """A mention's text without possessive, surrounding quotes, leading article or (with
    ``titles``) title."""
    text = _SPACE.sub(" ", text)
    # A final period belongs to an abbreviation ("Inc.", "U.S."), not to a one-letter name ("X.").
    keep_period = text.endswith(".") and len(text) > 3 and text[-3:-2] != " "
    text = text.strip(_EDGE_PUNCT if keep_period else _EDGE_PUNCT + ".")
    text = re.sub(r"[’']s$", "", text).strip()
    words = text.split(" ")
    while len(words) > 1 and (titles and words[0].lower() in lexicon().titles or words[0].lower() in ("the",)):
        words = words[1:]
    return " ".join(words).strip(" \"'“”‘’")


def is_heading_line(line: str) -> bool:
    """A heading or list label: no final punctuation and most words capitalised."""
    line = line.strip()
    if not line or line[-1] in ".?!\"”:" and len(line) > 40:
        return False
    words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", line)]
    if len(words) < 2 or len(words) > 14:
        return False
    small = {"a", "an", "the", "of", "to", "in", "for", "and", "or", "on", "at", "by", "with", "vs", "from", "is"}
    caps = sum(1 for w in words if w[0].isupper() or w.lower() in small)
    return caps / len(words) >= 0.85 and line[-1] not in ".?!"


#: Pronouns that refer to a person.
PERSON_PRONOUN_WORDS = ("he", "she", "his", "her", "him")

#: NER labels of things that are not names of ours, whatever their capitals.
NOT_NAME_LABELS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY", "LANGUAGE",
                             "NORP"})

#: Where a name can stand: subject, object, after a preposition, in apposition or coordination.
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj", "poss", "attr", "dative"})


@lru_cache(maxsize=1)
def calendar_words() -> frozenset[str]:
    """Month and weekday names and their abbreviations, and the holidays of ``lexicon.json``."""
    import calendar

    words = {w.lower() for w in (*calendar.month_name, *calendar.month_abbr, *calendar.day_name, *calendar.day_abbr) if w}
    return frozenset(words | lexicon().holiday_words)


def misread_date(tok) -> bool:
    """Whether the NER's DATE or TIME is a proper noun alone that no calendar knows ("sued
    Workday", "in Winnipeg"): a name the model read as a day."""
    if tok.ent_type_ not in ("DATE", "TIME") or tok.tag_ != "NNP" or tok.ent_iob_ != "B":
        return False
    if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].ent_iob_ == "I":
        return False  # "Labor Day", "May 3": more than one word
    return not any(ch.isdigit() for ch in tok.text) and tok.lower_.rstrip(".") not in calendar_words()


def misread_language(tok) -> bool:
    """Whether the NER's LANGUAGE is a one-word proper noun that acts in its clause ("Last year
    Halvex sued Corvane"): the small model reads unknown names as languages, and a language is
    seldom a verb's subject or object."""
    if tok.ent_type_ != "LANGUAGE" or tok.tag_ != "NNP" or tok.ent_iob_ != "B":
        return False
    if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].ent_iob_ == "I":
        return False
    return tok.dep_ in ("nsubj", "nsubjpass", "dobj") and tok.head.pos_ == "VERB"


def misread_group(tok) -> bool:
    """Whether the NER's NORP is a one-word proper noun that is no English word ("Halvex founder
    Dana Korvel", "Halvex misled investors"): nationalities, parties and creeds are words of the
    dictionary ("American", "Republican"), an unknown company's name is not."""
    if tok.ent_type_ != "NORP" or tok.tag_ != "NNP" or tok.ent_iob_ != "B" or not tok.is_alpha:
        return False
    if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].ent_iob_ == "I":
        return False
    return not is_dictionary_word(tok)


def _names_a_body(tok) -> bool:
    """Whether ``tok`` ends a name right before a company's body: "the Halvex Robotics board",
    "Tarn shareholders" (lexicon.json's ``organization_bodies``)."""
    head, doc = tok.head, tok.doc
    if not (tok.dep_ in ("compound", "nmod") and head.i > tok.i and head.pos_ == "NOUN"
            and head.lower_ in lexicon().organization_bodies and tok.ent_type_ not in ("GPE", "LOC", "PERSON")
            and all(doc[k].pos_ == "PROPN" and doc[k].head.i == head.i for k in range(tok.i + 1, head.i))):
        return False
    # (not a person's staff: "the Obama staff", "Musk employees")
    return not any(is_given_name(t.text) or t.text in _gazetteer_surnames() or t.ent_type_ == "PERSON"
                   for t in doc[tok.left_edge.i:head.i])


def unknown_word_name(tok) -> bool:
    """A capitalised word the tagger took for a common noun that is no English word, where a name
    stands: "Corvane filed a complaint", "Qontrix competes with ..." (at a sentence start the
    small model reads an unknown word as a noun)."""
    return tok.tag_ in ("NN", "NNS") and tok.text[:1].isupper() and tok.is_alpha and len(tok.text) >= 3 \
        and tok.dep_ in ARGUMENT_DEPS and not any(c.dep_ == "det" for c in tok.children) \
        and tok.lower_ not in lexicon().not_names and not is_dictionary_word(tok)


def looks_like_personal_name(text: str) -> bool:
    """Two or three capitalised words, the first a given name (``given_names.txt``) and none of
    the others a company word: "Marcus Obi", "Benoît Dageville" -- but not "Morgan Stanley" (left
    out of the list), "Grace Industries" or "Viking Global Investors" (company words)."""
    words = text.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return False
    if any(w.lower().strip(".,") in lexicon().organization_suffixes for w in words[1:]):
        return False  # (not "Viking Global Investors")
    return is_given_name(words[0])


#: A product's model code: capital letters then digits ("H100", "Q100", "M3", "A17").
_MODEL_CODE = re.compile(r"\b[A-Z]{1,3}\d{1,4}[A-Za-z]?\b")


def _starts_an_amount(doc, i: int) -> bool:
    """Whether the number at ``i`` begins an amount ("1.2 billion euros", "200 jobs") rather than
    ending a product's name ("Falcon 9", "Model 3")."""
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return nxt is not None and (nxt.like_num or nxt.lower_ in lexicon().amount_words)


def _ends_company_name(tok) -> bool:
    """"Argo AI", "Scale AI": a word that names nothing alone ("AI") but ends a company's name
    after a proper noun that modifies it."""
    if tok.i == 0 or tok.lower_ not in lexicon().organization_suffixes:
        return False
    before = tok.doc[tok.i - 1]
    return before.pos_ == "PROPN" and before.head.i == tok.i and before.lower_ not in lexicon().not_names


def is_given_name(word: str) -> bool:
    """Whether ``word`` is a first name of ``given_names.txt``, accents aside ("Benoît")."""
    first = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in first if not unicodedata.combining(c)) in given_names()


class _Tagged(NamedTuple):
    """What :meth:`DocEntities._collect` reads of an NER span, relabelled."""

    label_: str
    ent_id_: str


def _join_legal_forms(doc, spans: list) -> list:
    """A name and the company form after it are one name: the small model often tags "Axel
    Springer" a person and "SE" an organization, or leaves "AG" out. The form joins the name
    before it, and the name counts as an organization's."""
    forms = lexicon().company_forms
    out: list = []
    skip_until = -1
    for (start, end), ent in spans:
        if start < skip_until:
            continue
        # (capitalised, but for the British "plc": "the fashion chain Next plc")
        if end < len(doc) and doc[end].text.lower() in forms and (doc[end].text[:1].isupper() or doc[end].text == "plc") \
                and doc[end - 1].whitespace_ and "\n" not in doc[end - 1].whitespace_:
            end += 1
            skip_until = end
            ent = _Tagged("ORG", ent.ent_id_)
            if out and out[-1][0][1] == start and doc[start - 1].whitespace_ == " " \
                    and doc[start - 1].text[:1].isupper():
                # "Bethesda Game Studios Dallas LLC" tagged ORG + GPE + nothing: one name
                start = out.pop()[0][0]
        out.append(((start, end), ent))
    return out


#: Prepositions of a place: "in Boston", "near Austin" (and not "at", "from", "to": "worked at X",
#: "bought from X" take companies as readily).
PLACE_PREPOSITIONS = frozenset({"in", "near", "across", "outside", "around", "throughout", "within"})

#: A funding round's name: "Series B", "Series A-1".
FUNDING_ROUND = re.compile(r"^Series [A-Z](-?\d+)?\.?$")

#: Prepositions that join no name's words: an entity span drawn over one of them hanging outside
#: the span is two names ("the acquisition of Trellon by Halvex").
SPLITTING_PREPOSITIONS = frozenset({"by", "from", "against", "with", "to", "versus", "vs."})


def split_entity_span(doc, start: int, end: int, depth: int = 0) -> list[tuple[int, int]]:
    """The names in one entity span the model drew too wide. Over two coordinated names
    ("Velmora Health and Nimbral Robotics", "Nikon and Canon"), cut at the "and": when the part
    before it is a whole phrase (its head hangs outside the span) and the part after is
    coordinated with it. "Adaptive and Embedded Computing Group" stays whole (its first word
    modifies "Group", inside the span). Spans drawn over a comma, a preposition, a verb or a
    plural possessive between two phrases are cut the same way; "of" with a gerund ends one, and
    a company's "Series B" is no part of its name. Each part is cut again (three times at most)."""
    parts = _split_once(doc, start, end)
    if len(parts) == 1 and parts[0] == (start, end) or depth >= 3:
        return parts
    return [p for s, e in parts for p in split_entity_span(doc, s, e, depth + 1)]


def _split_once(doc, start: int, end: int) -> list[tuple[int, int]]:
    last = doc[end - 1]
    if end - start > 1 and last.is_lower and last.tag_ in ("IN", "CC", "DT", "TO"):
        return [(start, end - 1)]  # "Marcus Obi of Brisklet University": no name ends in "of"
    if end - start > 1 and last.is_lower and last.tag_ in ("VBD", "VBZ", "VBP") and last.dep_ == "ROOT":
        return [(start, end - 1)]  # "Nexora Labs trained Quillon": the clause's verb is no part of the name
    for tok in doc[start:end]:
        if tok.i in (start, end - 1):
            continue
        if tok.like_num and not tok.is_alpha and _starts_an_amount(doc, tok.i):
            return [(start, tok.i)]  # "fined Quorvane 1.2 billion euros": the amount is no part of the name
        if tok.tag_ == "POS" and FUNDING_ROUND.match(doc[tok.i + 1:end].text):
            return [(start, tok.i)]  # "Velmora's Series B": the company's round
        if tok.tag_ == "POS" and (tok.text in ("'", "’") or doc[tok.i - 1].lower_ in lexicon().legal_suffixes) \
                and doc[tok.i + 1].text[:1].isupper():
            # "Zephyrix Labs' Quill": the possessor and what it has are two names (not so
            # "McDonald's Corp", whose possessive is its own)
            return [(start, tok.i), (tok.i + 1, end)]
        if tok.lower_ == "of" and doc[tok.i + 1].tag_ == "VBG":
            return [(start, tok.i)]  # "accused Trellon of stealing": the charge is no part of the name
        if tok.lower_ in ("at", "in") and tok.is_lower and doc[start].lower_ in lexicon().role_domains \
                and names_a_domain(doc[start:tok.i]):
            # "professor of [Computer Science at Halvex University]": the field is no part of the name
            return [(tok.i + 1, end)]
        if tok.tag_ in ("VBD", "VBZ", "VBP", "MD") and tok.is_lower and (tok.dep_ == "ROOT" or not (start <= tok.head.i < end)):
            # "Ivo Brandt quit Trellon": a span drawn over a clause's verb is the names on its sides
            return [(start, tok.i), (tok.i + 1, end)]
        if tok.lower_ in ("and", "&") and _suffixed(doc, start, tok.i) and _suffixed(doc, tok.i + 1, end) \
                and tok.i - start >= 2 and end - tok.i >= 3:
            # "Tarn Capital and Brisk Ventures": each side a company's whole name, whatever the
            # parser hung where ("Johnson & Johnson", "Marks and Spencer" end in no such word)
            return [(start, tok.i), (tok.i + 1, end)]
        if tok.lower_ == "and":
            first = [t for t in doc[start:tok.i] if not (start <= t.head.i < tok.i) or t.head.i == t.i]
            if len(first) == 1 and not (start <= first[0].head.i < end) and any(
                    c.dep_ == "conj" and tok.i < c.i < end for c in first[0].children):
                return [(start, tok.i), (tok.i + 1, end)]
        elif tok.lower_ in SPLITTING_PREPOSITIONS and tok.text.islower() and not (start <= tok.head.i < end):
            # "the acquisition of Trellon by Halvex": a span drawn over a preposition that hangs
            # outside it, between two phrases of their own
            first = [t for t in doc[start:tok.i] if not (start <= t.head.i < tok.i) or t.head.i == t.i]
            if len(first) == 1 and not (start <= first[0].head.i < end):
                return [(start, tok.i), (tok.i + 1, end)]
        elif tok.text == "," and doc[tok.i + 1].text[:1].isupper() \
                and doc[tok.i + 1].lower_.rstrip(".") not in lexicon().company_forms:
            # "In collaboration with the University of Bologna, Baldinini plans ...": a span drawn
            # over a comma, each side a phrase of its own hanging on a different word
            first = [t for t in doc[start:tok.i] if not (start <= t.head.i < tok.i) or t.head.i == t.i]
            second = [t for t in doc[tok.i + 1:end] if not (tok.i < t.head.i < end) or t.head.i == t.i]
            if len(first) == 1 and len(second) == 1 and not (start <= first[0].head.i < end) \
                    and not (start <= second[0].head.i < end) and first[0].head.i != second[0].head.i:
                return [(start, tok.i), (tok.i + 1, end)]
            if len(first) == 1 and len(second) == 1 and second[0].dep_ == "conj" and second[0].head.i == first[0].i \
                    and not (start <= first[0].head.i < end) and not _partners_firm(doc, start, end):
                # (not "Skadden, Arps, Slate, Meagher & Flom": a firm named for its partners)
                # "from Tarn Capital, Brisk Ventures and ...": a list's first two names, the
                # second coordinated with the first
                return [(start, tok.i), (tok.i + 1, end)]
    return [(start, end)]


def names_a_domain(span) -> bool:
    """Whether a capitalised span only names what a role is over -- a function, an academic field,
    a government portfolio (lexicon ``role_domains``) -- in a run of such words right after the
    role's "of": "VP of Engineering", "head of Product Development at X", "Professor of Operations
    Research and of Computer Science", "Secretary of State". Not after a role that heads or founds
    a whole organization (the word before "of"), unless it is a vice president's or a company is
    named right after: "CEO of Platform Science", "founder of Growth Energy" name companies."""
    words = [t.lower_ for t in span]
    if not words or any(w not in lexicon().role_domains for w in words) or words[0] in ("and", "&"):
        return False
    doc = span.doc
    i = span.start - 1
    while i >= 0 and (doc[i].lower_ in lexicon().role_domains or doc[i].lower_ == "of" and i > 0
                      and doc[i - 1].lower_ in ("and", "&", ",")):
        # ("VP of Engineering and Product Development", "Professor of Operations Research and of
        # Computer Science": the whole run of them)
        i -= 1
    if i < 1 or doc[i].lower_ != "of":
        return False
    role = doc[i - 1]
    found = role_triggers(role)
    heads_it = any(r.relation in ("ceoOf", "founded") for r in found) or lemma_of(role) in COMPANY_HEADS
    # (but a vice president, a senior or deputy one, is over a part; and a domain with a company
    # after it is that company's: "president of Engineering at Halvex", "chair of Computer Science
    # at Stanford")
    below = i >= 2 and doc[i - 2].lower_ in ("vice", "executive", "senior", "deputy", "assistant", "associate")
    of_a_company = span.end < len(doc) and doc[span.end].lower_ in ("at", "in", "for")
    if heads_it and not below and not of_a_company:
        return False
    return bool(found) or role.lower_ in lexicon().title_words


#: Roles whose "of" names a whole organization even in words of a domain ("chairman of Growth
#: Energy"), beside those of the relations ceoOf and founded.
COMPANY_HEADS = frozenset({"chairman", "chairwoman", "chair", "president", "owner", "co-owner"})


def _titles_a_person(doc, i: int) -> bool:
    """Whether the title word at ``i`` runs on, through title words only, into a person's name:
    "Chairman Renen Hallak", "Chief Executive Officer Dana Korvel"."""
    j = i
    while j < len(doc) and j < i + 5 and (role_triggers(doc[j]) or doc[j].lower_ in lexicon().title_words
                                          or doc[j].lower_ in lexicon().title_modifiers):
        j += 1
    return j < len(doc) and j > i and doc[j].ent_type_ == "PERSON"


def _partners_firm(doc, start: int, end: int) -> bool:
    """Whether a span is the name of a firm named for its partners: three or more one-word names
    separated by commas, the last two joined by "&" ("Skadden, Arps, Slate, Meagher & Flom",
    "Wachtell, Lipton, Rosen & Katz")."""
    text = doc[start:end].text
    chunks = text.replace(" & ", ", ").split(", ")
    return " & " in text and len(chunks) >= 3 and all(len(c.split()) == 1 and c[:1].isupper() for c in chunks)


def _suffixed(doc, start: int, end: int) -> bool:
    """Whether the words from ``start`` to ``end`` look like a company's whole name: capitalised,
    and ending in a word companies end their names with ("Capital", "Ventures", "Systems")."""
    words = doc[start:end]
    return len(words) >= 2 and all(t.text[:1].isupper() for t in words) \
        and words[-1].lower_ in lexicon().legal_suffixes


def _singular_subject_name(tok) -> bool:
    """A capitalised word the tagger took for a plural noun, subject of a singular verb or
    described by an apposition with "a": "Databricks has raised $10 billion", "Databricks competes
    with Snowflake", "Dynetics, a subsidiary of Leidos, had protested" -- a name."""
    if not (tok.text[:1].isupper() and tok.tag_ == "NNS" and tok.dep_ == "nsubj"):
        return False
    if any(c.dep_ == "appos" and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children)
           for c in tok.children) and not any(c.dep_ == "det" for c in tok.children):
        return True  # "Dynetics, a Huntsville, Alabama, subsidiary of Leidos, had also protested"
    verb = tok.head
    return verb.tag_ == "VBZ" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBZ" for c in verb.children)


def subject_of_misread_verb(tok) -> bool:
    """"DataCore partnered with Huawei": the parser took the sentence for a noun phrase, the name
    for its root and the verb for a participle modifying it; the name is the verb's subject."""
    from kg.extract.args import is_misparsed_main_verb

    return tok.dep_ == "ROOT" and any(c.dep_ == "acl" and is_misparsed_main_verb(c) for c in tok.children)


def _looks_like_name(text: str) -> bool:
    """Mixed case or digits inside a word ("FuseFX", "Mile2", "eBay"): a name even at a sentence start."""
    return bool(re.search(r"[a-z][A-Z]|[A-Za-z]\d|[A-Z]{2,}", text))


def _lemma(tok) -> str:
    return lemma_of(tok)


def _titles_a_name(tok) -> bool:
    """"Adidas CEO Herbert Hainer": a capitalised word before a role title that titles a
    person's name is the name of the role's organization (the model often misses it there)."""
    from kg.extract.triggers import role_triggers

    role = tok.head
    if tok.dep_ not in ("compound", "amod", "nmod") or role.i <= tok.i or not role_triggers(role):
        return False
    if tok.i > 0 and tok.doc[tok.i - 1].text == "-" and not tok.doc[tok.i - 1].whitespace_:
        return False  # ("T-Mobile chief executive": the end of a name cut at its hyphen, which the NER knows whole)
    if any(w.lower_ not in lexicon().title_modifiers for w in tok.doc[tok.i + 1:role.i]):
        return False  # ("Halvex chief executive Dana Korvel": only title words between)
    person = role.head
    if role.dep_ == "appos" and person.ent_type_ == "PERSON" and person.i < tok.i:
        # "Dana Korvel, a former Halvex executive": the role said of the person before it
        return any(c.dep_ == "det" for c in role.children)
    # ("Halvex founder and chief executive Dana Korvel": the name read as the role's apposition)
    return role.dep_ == "compound" and person.i > role.i and person.ent_type_ == "PERSON" or any(
        c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.i > role.i for c in role.children)


def _is_possessed_unit(noun) -> bool:
    """"its HERE mapping unit", "the company's Zentra division": a unit noun with a possessor
    (so that the names modifying it are the unit's, not the parent's: "the Alphabet unit")."""
    return _lemma(noun) in lexicon().unit_name_words and _lemma(noun) != "business" \
        and any(c.dep_ == "poss" for c in noun.children)


def _names_a_product(noun) -> bool:
    """Whether ``noun`` is a product noun ("chatbot", "chips", ``lexicon.json`` product_nouns)."""
    return noun.pos_ == "NOUN" and (noun.lower_ in lexicon().product_nouns or _lemma(noun) in lexicon().product_nouns)


def _names_its_unit(tok) -> bool:
    """"now a Cisco business unit", "the Orvanta cloud division": a name that modifies a unit
    noun (``lexicon.json`` ``workplace_nouns``) names the unit's owner, not where it is (unlike "a
    Boston company")."""
    head = tok.head
    while head.dep_ == "compound" and head.head.i > head.i and head.pos_ == "NOUN":
        head = head.head  # ("a Cisco business unit": the unit)
    return head.i > tok.i and head.pos_ == "NOUN" and _lemma(head) in lexicon().workplace_nouns


def _subject_of_reduced_relative(tok) -> bool:
    """"the venture firm Andreessen co-founded": the name is the subject of a relative clause
    without a pronoun (which the parser reads as an apposition), not what the noun describes."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.tag_ in ("VBD", "VBZ", "VBP") and nxt.head.i == tok.head.i \
        and nxt.dep_ in ("acl", "relcl")


def before_based(doc, end: int) -> bool:
    """Whether a name ending before token ``end`` is the place of a "-based" modifier: "Austin-
    based", or the city before its state in "Austin, Texas-based startup X" (which the parser
    often reads as the startup's name, apposed) -- not the first name of a list the parser hung
    on it ("bought Quorvane, Berlin-based Brisklet and Telvia Labs")."""
    if end + 1 >= len(doc) or doc[end].text not in ("-", ","):
        return False
    if doc[end].text == "-":
        return doc[end + 1].lower_ == "based"
    name = doc[end - 1] if end > 0 else None
    if name is None or any(c.dep_ == "appos" and any(g.dep_ == "conj" for g in c.children) for c in name.children):
        return False  # (a list's first name, the rest hung on it as an apposition, is no city)
    i = end + 1
    while i < len(doc) and i < end + 4 and doc[i].pos_ == "PROPN":
        i += 1  # the state or country after the city's comma
    return i > end + 1 and i + 1 < len(doc) and doc[i].text == "-" and doc[i + 1].lower_ == "based"


def context_type(head) -> str | None:
    """What the words around a noun phrase headed by ``head`` say it names: "Organization",
    "Person", or None when they say nothing."""
    words = lexicon()
    ACADEMIC_ROLE_NOUNS, ORGANIZATION_NOUNS = words.academic_role_nouns, words.organization_nouns  # noqa: N806
    ORGANIZATION_ROLE_NOUNS, ORGANIZATION_VERBS = words.organization_role_nouns, words.organization_verbs  # noqa: N806
    PERSON_NOUNS, PERSON_VERBS = words.person_nouns, words.person_verbs  # noqa: N806

    base = head
    while base.dep_ == "conj" and base.head.i != base.i:
        base = base.head
    parent = base.head
    # "the CEO of X", "professor at X", "a subsidiary of X": the organization a role belongs to
    if base.dep_ == "pobj" and parent.lower_ in ("of", "at", "for", "with") and parent.head.i != parent.i:
        role = title_word(parent.head)  # ("Professor Emeritus of Mathematics": a professor's "of")
        if role.pos_ in ("NOUN", "PROPN") and _lemma(role) in ORGANIZATION_ROLE_NOUNS and not (
                parent.lower_ == "of" and _lemma(role) in ACADEMIC_ROLE_NOUNS):
            return "Organization"
    # "founded X", "joined X", "X was established by"
    if base.dep_ == "dobj" and _lemma(parent) in ORGANIZATION_VERBS:
        return "Organization"
    if base.dep_ == "nsubjpass" and _lemma(parent) in ORGANIZATION_VERBS - {"join"}:
        return "Organization"
    # "Ashworths is part of the Quorvane Group": what is part of a named company is a company (a
    # person is part of its team)
    if base.dep_ == "nsubj" and parent.lemma_ in ("be", "become", "remain") and any(
            a.dep_ == "attr" and a.lower_ == "part" and any(
                p.dep_ == "prep" and p.lower_ == "of" and any(
                    o.dep_ == "pobj" and o.pos_ == "PROPN" and o.ent_type_ == "ORG" for o in p.children)
                for p in a.children)
            for a in parent.children):
        return "Organization"
    # "X, a Japanese clothing brand", "X is a mathematician", "the firm Thrive Capital"
    descriptions = [c for c in base.children if c.dep_ == "appos"]
    if base.dep_ in ("nsubj", "nsubjpass") and parent.lemma_ in ("be", "become", "remain"):
        descriptions += [c for c in parent.children if c.dep_ in ("attr", "acomp")]
    if base.dep_ == "appos" and parent.pos_ == "NOUN" and not _subject_of_reduced_relative(base):
        descriptions.append(parent)
    if parent.dep_ == "acl" and parent.lemma_ in ("call", "name", "dub") and parent.head.pos_ == "NOUN" \
            and base.i > parent.i and not any(c.dep_ in ("oprd", "dobj") and c.i > base.i and _lemma(c) in PERSON_NOUNS
                                              for c in parent.children):
        # (but "The company named Dana Korvel chief executive": a role given, the parser reading
        # the main verb as a participle)
        descriptions.append(parent.head)  # "a chatbot called Lumora", "a startup named Quorvane"
    for desc in descriptions:
        for d in (desc, *desc.conjuncts):
            lemma = _lemma(d)
            if d.pos_ == "NOUN" and lemma in ORGANIZATION_NOUNS:
                return "Organization"
            if d.pos_ == "NOUN" and lemma in words.maker_nouns and any(
                    c.dep_ == "prep" and c.lower_ == "of" and any(p.tag_ == "NNS" for p in c.children)
                    for c in d.children):
                return "Organization"  # "X, a small designer of memory modules": a maker of goods
            if d.pos_ in ("NOUN", "PROPN") and lemma in PERSON_NOUNS:
                return "Person"
            if d.pos_ == "NOUN" and (d.lower_ in words.product_nouns or lemma in words.product_nouns):
                return "Product"  # "a larger reusable rocket, Neutron"
    # "acquired Harris Performance", "X was bought by Y": what is bought by name is a company
    # (unless described as something else: "bought Lumora, a chatbot")
    if base.dep_ in ("dobj", "nsubjpass") and _lemma(parent) in words.company_buying_verbs and parent.pos_ == "VERB":
        return "Organization"
    # "Yefremov served in the army", "Bock joined X as chief executive": what only people do
    if base.dep_ == "nsubj" and base.pos_ == "PROPN" and parent.pos_ == "VERB":
        lemma = _lemma(parent)
        if lemma in PERSON_VERBS and not any(c.dep_ in ("dobj", "obj") for c in parent.children):
            return "Person"
        # "Zarvik raised $40 million", "Zarvik reported a loss", "Zarvik cut 200 jobs": what only
        # companies do
        objects = words.organization_acts.get(lemma, ())
        if objects and any(c.dep_ in ("dobj", "obj") and (_lemma(c) in objects or c.lower_ in objects)
                           for c in parent.children):
            return "Organization"
        # "Zarvik named Dana Whitlock (as) chief executive": who gives a person a role
        if lemma in words.appointing_verbs and any(c.dep_ in ("dobj", "obj") and c.ent_type_ == "PERSON"
                                                   for c in parent.children) and any(
                c.dep_ == "oprd" or c.dep_ == "prep" and c.lower_ == "as" for c in parent.children):
            return "Organization"
        if any(c.dep_ == "prep" and c.lower_ == "as" and any(
                p.dep_ == "pobj" and _lemma(p) in PERSON_NOUNS for p in c.children) for c in parent.children) \
                and not any(c.dep_ in ("dobj", "obj") and (c.ent_type_ == "PERSON" or c.lower_ in ("him", "her"))
                            for c in parent.children):
            # (not "X ousted Dana Whitlock as chief executive": the role is the object's)
            return "Person"
        if any(c.dep_ == "xcomp" and c.lemma_ in ("become", "be") and any(
                a.dep_ == "attr" and _lemma(a) in PERSON_NOUNS for a in c.children) for c in parent.children):
            return "Person"
    # "RJ Scaringe, who still runs the company": "who" is said of people, "which" of things
    rel = next((c for c in base.children if c.dep_ == "relcl"), None)
    if rel is not None and rel.i > base.i:
        pron = next((c.lower_ for c in rel.children if c.lower_ in ("who", "whom", "which") and c.i < rel.i), None)
        if pron in ("who", "whom"):
            return "Person"
    # "X said it would ...", "X announced that he ...": the pronoun that takes the name up
    if base.dep_ == "nsubj" and parent.pos_ == "VERB":
        for comp in parent.children:
            if comp.dep_ == "ccomp":
                pron = {c.lower_ for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")}
                if pron & {"it", "its"}:
                    return "Organization"
                if pron & {"he", "she"}:
                    return "Person"
    # "Xilinx's chief executive", "Hooli's shares": what companies have
    if base.dep_ == "poss" and parent.pos_ == "NOUN" and _lemma(parent) in words.possessed_by_organizations:
        return "Organization"
    # "the Halvex Robotics board fired ...", "Tarn shareholders": the body of a company, named by it
    if _names_a_body(base):
        return "Organization"
    # "Orvanta's AI model Quill beat rivals": a product noun and the name after it, read as two
    # subjects of one verb, are a title and its name
    if base.dep_ in ("nsubj", "nsubjpass") and base.i > 0 and base.left_edge.i > 0:
        before = parent.doc[base.left_edge.i - 1]
        if before.dep_ == base.dep_ and before.head.i == parent.i and before.pos_ == "NOUN" \
                and (before.lower_ in words.product_nouns or _lemma(before) in words.product_nouns):
            return "Product"
    # "Orvanta's chatbot Quill", "Orvanta's AI model Quill": the maker of a product it names
    if base.dep_ == "poss" and parent.pos_ == "NOUN" and (parent.lower_ in words.product_nouns
                                                         or _lemma(parent) in words.product_nouns) \
            and parent.i + 1 < len(parent.doc) and parent.doc[parent.i + 1].pos_ == "PROPN":
        return "Organization"
    # "Hollis Granger, whose executive chairman is ...": the same through a relative "whose"
    for clause in base.children:
        if clause.dep_ == "relcl" and any(
                w.lower_ == "whose" and w.head.pos_ == "NOUN" and _lemma(w.head) in words.possessed_by_organizations
                for w in clause.subtree):
            return "Organization"
    # "the iPhone maker", "the ChatGPT developer": what a company makes
    if base.dep_ in ("compound", "nmod") and parent.pos_ == "NOUN" and parent.i > base.i \
            and _lemma(parent) in ("maker", "developer", "creator", "manufacturer", "designer", "producer") \
            and base.ent_type_ not in ("GPE", "LOC", "NORP"):  # (not "a Toronto maker")
        return "Product"
    # "its HERE mapping unit", "the Nimbral division": the name of a part of an organization
    if base.dep_ in ("compound", "nmod", "amod") and parent.pos_ == "NOUN" and parent.i > base.i \
            and _is_possessed_unit(parent) and base.ent_type_ not in ("GPE", "LOC", "NORP"):
        return "Organization"
    # "a new version of Quill": what comes in versions is a product
    if base.dep_ == "pobj" and parent.lower_ == "of" and _lemma(parent.head) in words.version_nouns:
        return "Product"
    # "its Versal line", "the Xbox console", "Moto X phones": the name of a product ("the Quill
    # messaging app": through the modifier of the product noun)
    kind = parent.head if parent.dep_ in ("amod", "compound") and parent.pos_ in ("VERB", "ADJ", "NOUN") \
        and parent.head.i > parent.i and base.dep_ == "compound" else parent
    if base.dep_ in ("compound", "nmod", "amod") and kind.pos_ == "NOUN" and kind.i > base.i \
            and kind.lower_ in words.product_nouns:
        return "Product"
    # "Halden Joe's has partnered with X", "Marto's acquired Y": a possessive that possesses
    # nothing is part of a shop's or a restaurant's name
    if base.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos") and any(
            c.dep_ == "case" and c.tag_ == "POS" and c.i == base.i + 1 for c in base.children):
        return "Organization"
    # "the Pike family", "the Walton clan": a surname
    if base.dep_ in ("compound", "nmod") and parent.pos_ == "NOUN" and parent.i == base.i + 1 \
            and _lemma(parent) in ("family", "clan", "dynasty", "brothers", "sisters"):
        return "Person"
    # "Velmora named Marcus Obi chief executive": the parser reads the one appointed as a modifier
    # of the role (right after the verb, a given name first, and no other object)
    if base.dep_ in ("compound", "nmod") and parent.pos_ == "NOUN" and parent.dep_ in ("oprd", "dobj") \
            and parent.i > base.i and _lemma(parent.head) in words.appointing_verbs \
            and base.left_edge.i == parent.head.i + 1 and is_given_name(base.doc[base.left_edge.i].text) \
            and not any(c.dep_ in ("dobj", "obj", "nsubjpass") and c.i != parent.i for c in parent.head.children):
        return "Person"
    if _titles_a_name(base):
        return "Organization"  # "Adidas CEO Herbert Hainer"
    # "Cornell physicist David Mermin": the organization titles the role, the role the person
    if base.dep_ in ("compound", "nmod") and parent.pos_ == "NOUN" and _lemma(parent) in PERSON_NOUNS \
            and parent.i > base.i:
        return "Organization"
    # "chipmaker AMD", "the carmaker Stellantis", "rival startup Quorvane": a company noun as a title
    if any(c.dep_ in ("compound", "nmod") and c.i < base.i and c.pos_ == "NOUN" and c.is_lower and (
            _lemma(c) in words.description_nouns or (_lemma(c).endswith("maker") and len(c.text) > 5))
           for c in base.children):
        return "Organization"
    # "its chatbot Lumora", "the smartwatch Tessa": a product noun used as a title (only those
    # that never title a person: not "model", "assistant")
    if base.ent_type_ not in ("GPE", "LOC", "NORP") and any(
            c.dep_ in ("compound", "nmod") and c.i < base.i and c.pos_ == "NOUN" and c.is_lower
            and c.lower_ in words.product_titles for c in base.children):
        return "Product"
    # "chief executive Carly Fiorina", "director Patricia Dunn": a role used as a title (the small
    # model tags "executive" there as an adjective)
    if any(c.dep_ in ("compound", "amod", "nmod") and c.i < base.i and c.pos_ in ("NOUN", "ADJ", "PROPN")
           and _lemma(c) in PERSON_NOUNS and not c.text[:1].isupper() for c in base.children):
        return "Person"
    return None


class DocEntities:
    """The entities of one parsed document and the resolution of its mentions."""

    def __init__(self, doc):
        self.doc = doc
        self.mentions: list[Mention] = []
        self.clusters: dict[int, Cluster] = {}
        self.token_cluster: dict[int, int] = {}
        self._sentence_starts: list[int] | None = None
        self._sentences: list | None = None
        self._heads: list[int] | None = None
        self._text: str | None = None
        self._headings: dict[int, bool] = {}  # line start -> whether it is a heading
        self._by_name, self._by_alias = _gazetteer_index()
        self._collect()
        self._collect_from_context()
        self._shared_surnames()
        self._collect_from_context(weak_pass=True)
        self._propagate()
        self._cluster()
        self._context_votes()
        self._aliases_from_text()
        self._merge_short_forms()
        self._finalise()

    # ------------------------------------------------------------------ mentions
    def _line_of(self, token_i: int) -> str:
        if self._text is None:
            self._text = self.doc.text  # (spaCy joins the tokens anew on every .text)
        text = self._text
        idx = self.doc[token_i].idx
        start = text.rfind("\n", 0, idx) + 1
        end = text.find("\n", idx)
        return text[start: end if end >= 0 else len(text)]

    def _on_heading_line(self, token_i: int) -> bool:
        """Whether the token is on a heading line (:func:`is_heading_line`), once a line."""
        if self._text is None:
            self._text = self.doc.text
        start = self._text.rfind("\n", 0, self.doc[token_i].idx) + 1
        known = self._headings.get(start)
        if known is None:
            known = self._headings[start] = is_heading_line(self._line_of(token_i))
        return known

    def _collect(self) -> None:
        doc = self.doc
        spans = _join_legal_forms(doc, [(part, ent) for ent in doc.ents
                                        for part in split_entity_span(doc, ent.start, ent.end)])
        for (start, end), ent in spans:
            weak_name = False
            etype = LABEL_TO_TYPE.get(ent.label_)
            gaz = ent.ent_id_ or None
            if etype is None and ent.label_ not in ("WORK_OF_ART", "NORP", "EVENT"):
                # DATE, MONEY, ...: may still hide a name (the NER tags "Musk" as DATE);
                # _propagate finds those once the name is known from elsewhere.
                continue
            if ent.label_ == "NORP" and end - start == 1 and misread_group(doc[start]) \
                    and doc[start].dep_ not in ARGUMENT_DEPS:
                continue  # "Halvex founder Dana Korvel": a name, left to the context passes to type
            # Entities never span a line break: cut at the first one.
            for tok in doc[start:end]:
                if "\n" in tok.text:
                    end = tok.i
                    break
            while end > start and (doc[end - 1].is_space or doc[end - 1].is_punct and doc[end - 1].text not in ".&"):
                end -= 1
            if end < len(doc) and doc[end].text == "." and not doc[end - 1].whitespace_ \
                    and doc[end - 1].text + "." in ABBREVIATED_FORMS:
                end += 1  # "Brisklet Inc." ending a sentence (kg.nlp split the period off "Inc.")
            # "ex-Ritual Entertainment employees": the prefix is not part of the name
            if end - start > 2 and doc[start].lower_ in ("ex", "former", "non", "pro", "anti") \
                    and doc[start + 1].text == "-":
                start += 2
            # Leading determiners and titles are not part of the name; a title only before a
            # person's name ("Justice Department" is an organization's name, "Justice Alito" not).
            while start < end and end - start > 1 and not gaz and (
                    doc[start].lower_ in ("the", "a", "an")
                    or doc[start].lower_ in lexicon().titles
                    and (etype != "Organization" or doc[start + 1].lower_ in given_names())):
                start += 1
            # "The Apple Computer Company": a name (even a gazetteer one) that modifies proper nouns
            # ending in a company word is part of that longer name
            if etype == "Organization":
                j = end
                while j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper() \
                        and not doc[j].ent_type_ and doc[j - 1].dep_ == "compound" and doc[j - 1].head.i >= j:
                    j += 1
                if j > end and doc[j - 1].lower_ in lexicon().organization_suffixes and doc[j - 1].head.i != j - 1 \
                        and not (start <= doc[j - 1].head.i < j):
                    end, gaz = j, None
            # "the Tarn Capital-led group" tagged ORG "Tarn Capital-led": the participle is not the name's
            if end - start >= 3 and doc[end - 2].text == "-" and doc[end - 1].lower_ in lexicon().modifier_participles:
                end -= 2
            # "Zarvik CFO Robin Stahl" tagged ORG "Zarvik CFO": the title is not the company's name
            while end - start > 1 and not gaz and doc[end - 1].lower_ in lexicon().executive_acronyms:
                end -= 1
            # "Iain Brodie" tagged PERSON "Brodie": a first name the NER left out, right before
            while ent.label_ == "PERSON" and start > 0 and end - start == 1 and doc[start - 1].dep_ == "compound" \
                    and doc[start - 1].head.i == start and doc[start - 1].pos_ == "PROPN" \
                    and not doc[start - 1].ent_type_ and doc[start - 1].lower_ in given_names():
                start -= 1
            # "the Moto X phone" tagged ORG "X": a product's name the NER cut after its first word
            lex = lexicon()
            while ent.label_ in ("ORG", "PRODUCT") and start > 0 and end - start == 1 and len(doc[start].text) <= 2 \
                    and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == start \
                    and doc[start - 1].pos_ == "PROPN" and not doc[start - 1].ent_type_ \
                    and doc[start - 1].text[:1].isupper() and doc[start - 1].lower_ not in lex.titles \
                    and doc[start - 1].lower_ not in lex.not_names:
                start, gaz = start - 1, None  # (not the gazetteer's "X": "Moto X" is another name)
            # "Tarn Group bought ..." tagged ORG "Group": a company word the NER cut from the proper
            # nouns before it that modify it
            while ent.label_ == "ORG" and start > 0 and doc[start].lower_ in lex.organization_suffixes \
                    and doc[start - 1].dep_ == "compound" and start <= doc[start - 1].head.i < end \
                    and doc[start - 1].pos_ == "PROPN" and not doc[start - 1].ent_type_ \
                    and doc[start - 1].text[:1].isupper() and doc[start - 1].lower_ not in lex.titles \
                    and doc[start - 1].lower_ not in lex.not_names:
                start, gaz = start - 1, None
            # "Helix Partners" tagged NORP "Helix": a name the NER cut before the proper noun its
            # last word modifies runs on to that noun.
            ner_end = end
            while ent.label_ == "NORP" and end < len(doc) and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == end \
                    and doc[end].pos_ == "PROPN" and not doc[end].ent_type_ and doc[end].text[:1].isupper():
                end += 1
            # "Mathematician Omar Reyes": an occupation before a first name is not part of the name
            while end - start > 2 and not gaz and doc[start].lower_ in lexicon().person_nouns \
                    and doc[start + 1].lower_ in given_names():
                start += 1
            if not gaz:
                # "Potential IP", "LM Arena leaderboard": a capitalised common word at the start of
                # a line, or a lower-case noun at the end, is not part of the name.
                # (but "Veltrix Systems faces ...": a word the tagger took for a noun before a
                # company word is that company's name)
                while end - start > 1 and doc[start].is_sent_start and doc[start].pos_ not in ("PROPN",) \
                        and not (etype in ("Organization", "Person") and doc[end - 1].lower_ in lexicon().organization_suffixes
                                 and doc[start].text[:1].isupper()
                                 # (but "Outgoing Halvex Robotics chief executive ...": an adjective)
                                 and not (doc[start].pos_ in ("ADJ", "VERB", "ADV") and is_dictionary_word(doc[start])
                                          and doc[start + 1].pos_ == "PROPN")):
                    start += 1
                while end - start > 1 and doc[end - 1].is_lower and doc[end - 1].pos_ == "NOUN":
                    end -= 1
            if start >= end:
                continue
            # (not "Corvane Systems first sued ...": an ordinal adverb is no version number)
            if end < len(doc) and doc[end].like_num and doc[end].ent_type_ not in ("DATE", "MONEY", "PERCENT", "ORDINAL") \
                    and doc[end].pos_ in ("NUM", "PROPN") \
                    and not _starts_an_amount(doc, end) \
                    and end - 1 >= start and doc[end - 1].text[:1].isupper() and "\n" not in doc[end - 1].text_with_ws:
                end += 1  # "Falcon 9", "Model 3": a product's version number is part of its name
                etype = "Product" if not gaz else etype
            while end < len(doc) and doc[end - 1].whitespace_ == "" and doc[end].text[:1].isalnum() \
                    and "\n" not in doc[end - 1].text:
                end += 1  # "R1T" that the tokenizer cut into "R1" and "T" is one name
            if end - start > MAX_NAME_TOKENS:
                continue  # "AAAAA AAAAA ..." fifty times: no name is that long, the NER ran away
            span = doc[start:end]
            text = clean_name(span.text, titles=etype != "Organization")
            if len(text) > MAX_NAME_CHARS:
                continue
            if not text or text.lower() in lexicon().not_names or not any(c.isalpha() for c in text):
                continue
            if not gaz and doc[start].lower_ in lexicon().role_domains and names_a_domain(doc[start:end]):
                continue  # "VP of Engineering and Product Development at Flock": a part of Flock
            if not gaz and end - start == 1 and doc[start].lower_ in modifier_words() and end < len(doc) \
                    and doc[end].text.istitle() and (role_triggers(doc[end]) or doc[end].lower_ in lexicon().title_words) \
                    and not _titles_a_person(doc, end):
                # "Scientific Director", "Worldwide Chairman": a title's own adjective, capitalised
                # with it (not "Vast Chairman Renen Hallak": a company's one-word name before the
                # title of a person it names)
                continue
            if FUNDING_ROUND.match(text):
                continue  # "Series B" is a funding round (kg.extract.triggers reads it as one)
            if not gaz and end - start == 1 and any(c.dep_ == "det" and c.lower_ in ("a", "an") and c.i < ent.start
                                                    for c in doc[start].children):
                continue  # "Brandt, a Frenchman": a noun with "a" before it is no name (the article
                # inside what the NER tagged is the name's own)
            if not gaz and doc[end - 1].lower_ in lexicon().person_nouns and all(
                    t.lower_ in lexicon().not_in_names or t.lower_ in lexicon().organization_nouns
                    for t in doc[start:end]):
                continue  # "the Group Executive Chef": a title, capitalised, names no one
            if not gaz and not text[0].isupper() and not re.match(r"^[a-z]+[A-Z]", text):
                continue  # lower-case phrases are not names (except "xAI", "iPhone")
            if not gaz and etype != "Place" and self._on_heading_line(start):
                continue  # headings are Title Case throughout: the NER sees names everywhere
            words = text.lower().split()
            if not gaz and (etype == "Organization" or len(words) == 1) and (
                    words[0] in lexicon().title_words or words[-1] in lexicon().title_words):
                continue  # "Professor Emeritus of Mathematics", "Project Executive": a title, not a body
            if not gaz and etype == "Person" and words[0] in lexicon().title_words and "of" in words:
                continue  # "Emeritus of Mathematics": a title, not a person
            if etype is None:
                # WORK_OF_ART / NORP / EVENT: a name of something, type unknown; kept only as evidence
                # for the voting when the same name is typed elsewhere -- or, a singular proper
                # noun where a name stands ("Rivian raised ...", "Rivian's fundraising", which the
                # small model tags NORP), as a weak mention the relations it fills will type.
                etype = "?"
                head = doc[end - 1]
                if end - start >= 2 and head.lower_ in lexicon().organization_suffixes and head.pos_ == "PROPN":
                    # "called Halvex Robotics \"reckless\"", tagged WORK_OF_ART: a company word ends it
                    etype = "Organization"
                elif head.tag_ in ("NNP", "NNPS") and head.dep_ in ARGUMENT_DEPS and end - start <= 3 \
                        and (head.tag_ == "NNP" or end > ner_end):
                    weak_name = True
            # The small model tags unknown one-word names as people or places ("Xilinx",
            # "Databricks"); a one-word PERSON or GPE tag is weak evidence, a full name is not.
            weight = 0.5 if etype in ("Person", "Place") and end - start == 1 and not gaz else 1
            if etype == "Organization" and end - start == 1 and not gaz:
                weight = 0.75  # ... and an unknown one-word ORG is as often a product ("Gemini")
            if etype == "Product" and doc[end - 1].like_num:
                weight = 2  # the shape of a model name outweighs the model's ORG tag
            m = Mention(start, end, text, Counter({etype: weight}), gaz, weak=weak_name)
            if not gaz and looks_like_personal_name(text):
                m.labels["Person"] += 1.5  # "Marcus Obi", which the small model calls an ORG
            self.mentions.append(m)

    def _collect_from_context(self, weak_pass: bool = False) -> None:
        """Names the NER missed altogether, in a place only a name of a known kind fits: "founder
        and CEO of Online Marketing Muscle", "a Senior Vice President at Age Wave"; with
        ``weak_pass``, also proper nouns in any place a name fits (see :meth:`is_weak`)."""
        doc = self.doc
        covered = {i for m in self.mentions for i in range(m.start, m.end)}
        product_nouns = lexicon().product_nouns
        # (only proper nouns, and plural nouns for the weak pass, are looked at: read from the
        # Doc's arrays, so that no Token is made for the other words)
        from spacy.symbols import PROPN as PROPN_ID

        pos, tags, titled = doc.to_array("POS"), doc.to_array("TAG"), doc.to_array("IS_TITLE")
        nns, nn = doc.vocab.strings["NNS"], doc.vocab.strings["NN"]
        if not weak_pass:
            # "Zarvik's Q100 chips", "the H200 accelerator": a model code before a product noun is
            # the product's name (the NER calls it a number)
            for m in _MODEL_CODE.finditer(doc.text):
                span = doc.char_span(m.start(), m.end())
                if span is None or len(span) != 1 or span.start in covered:
                    continue
                tok = span[0]
                possessed = tok.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj") and any(c.dep_ == "poss" for c in tok.children) \
                    and not re.match(r"^(Q[1-4]|H[12]|FY\d{2,4})$", tok.text)  # ("its Q3 results": a quarter)
                if possessed or tok.dep_ in ("compound", "nmod") and tok.head.i > tok.i and tok.head.lower_ in product_nouns:
                    # ("to launch its smaller and cheaper R2": a model code its maker has)
                    self.mentions.append(Mention(tok.i, tok.i + 1, tok.text, Counter({"Product": 1}), None))
                    covered.add(tok.i)
        for i in range(len(doc)):
            if i in covered or pos[i] != PROPN_ID and not (weak_pass and (tags[i] == nns or tags[i] == nn and titled[i])):
                continue
            tok = doc[i]
            if tok.pos_ != "PROPN" and not (weak_pass and (_singular_subject_name(tok) or unknown_word_name(tok))):
                continue
            if tok.dep_ in ("compound", "flat", "nmod") and not (
                    tok.head.pos_ == "NOUN" and tok.head.i > tok.i and (
                        tok.head.lower_ in product_nouns or _lemma(tok.head) in lexicon().maker_nouns
                        or _is_possessed_unit(tok.head)
                        and not (tok.i > 0 and doc[tok.i - 1].pos_ == "PROPN"))) and not _titles_a_name(tok) \
                    and not (_names_a_body(tok) and tok.head.i == tok.i + 1):
                continue  # (but "Surface tablets", "Lumia smartphones", "its HERE mapping unit",
                # "Quillon-maker Nexora", "the Halvex board": a name)
            if tok.ent_type_ in NOT_NAME_LABELS and not misread_date(tok) and not misread_language(tok) \
                    and not misread_group(tok):
                continue
            if tok.lower_ in lexicon().not_names and not _ends_company_name(tok):
                continue
            if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children) \
                    and not any(c.dep_ in ("compound", "flat") for c in tok.children):
                continue  # "Brandt, a Frenchman": a noun with "a" before it is no name
            # A proper noun the model did not take for a name, in a place a name fits (subject,
            # object, after a preposition, in apposition): a weak mention, typed by the words
            # around it and the relations it fills, and kept only if it takes part in a fact.
            weak = context_type(tok) is None
            before_participle = tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and \
                doc[tok.i + 2].lower_ in lexicon().modifier_participles  # "the Talverin-owned clinic"
            if weak and (not weak_pass or tok.dep_ not in ARGUMENT_DEPS and not before_participle
                         and not subject_of_misread_verb(tok)
                         or tok.i == tok.sent.start and not _looks_like_name(tok.text) and tok.tag_ != "NNP"
                         and not _singular_subject_name(tok) and not unknown_word_name(tok)):
                continue
            start = tok.i
            company_word = tok.lower_ in lexicon().organization_suffixes
            while start > tok.sent.start and start - 1 not in covered and (
                    doc[start - 1].head.i in range(start, tok.i + 1)
                    # ("Tarn Group-owned X": the parser hangs "Tarn" on X, past the participle)
                    or before_participle and doc[start - 1].pos_ == "PROPN" and doc[start - 1].whitespace_
                    # ("Tarnly Labs' chip": an unknown word the tagger took for an adverb, before a company word)
                    or company_word and start == tok.i and doc[start - 1].tag_ in ("JJ", "RB")
                    and doc[start - 1].text[:1].isupper() and doc[start - 1].lower_ not in dictionary_words()
                    # ("the Halvex Robotics board": both words hang on the body they name)
                    or _names_a_body(tok) and tok.head.i == tok.i + 1 and doc[start - 1].dep_ == "compound"
                    and doc[start - 1].head.i == tok.head.i):
                before = doc[start - 1]
                if before.lower_ in triggers().departed_modifiers or before.lower_ in ("former", "incoming", "interim"):
                    break  # "Outgoing Halvex Robotics chief executive ...": the role's, not the name's
                if not (before.pos_ in ("PROPN", "NUM") or before.text == "&" or company_word
                        and before.text[:1].isupper() and before.tag_ in ("JJ", "RB")
                        and before.lower_ not in lexicon().not_in_names):
                    # ("Pinecrest Robotics": a capitalised word the tagger took for an adjective,
                    # before a company word; not a noun: "Events Boat Media", a heading run in)
                    break
                start -= 1
            while start < tok.i and not doc[start].text[:1].isalnum():
                start += 1
            end = tok.i + 1
            while end < len(doc) and doc[end - 1].whitespace_ == "" and doc[end].text[:1].isalnum() and end not in covered:
                end += 1  # "R1T" cut into "R1" and "T"
            if end - start > MAX_NAME_TOKENS:
                continue  # no name is that long: fifty capitalised words in a row are noise
            text = clean_name(doc[start:end].text)
            if len(text) > MAX_NAME_CHARS:
                continue
            if not text or text.lower() in lexicon().not_names or any(w in lexicon().not_in_names for w in text.lower().split()):
                continue  # "Chief Executive Officer", "Professor Emeritus", "Secretary of State"
            if not text[0].isupper() and not re.match(r"^[a-z]+[A-Z]", text) or FUNDING_ROUND.match(text):
                continue
            if self._on_heading_line(start) or doc[start].lower_ in lexicon().role_domains \
                    and names_a_domain(doc[start:end]):
                continue
            self.mentions.append(Mention(start, end, text, Counter(), None, weak=weak))
            covered.update(range(start, end))
        self.mentions.sort(key=lambda m: m.start)

    def _propagate(self) -> None:
        """Every occurrence of a name the document uses, even where the NER missed or mistyped it."""
        doc = self.doc
        names: dict[str, str] = {}  # surface form -> the type evidence it brings
        for m in self.mentions:
            if m.weak or m.labels.get("?") and len(m.labels) == 1:
                continue
            names.setdefault(m.text, "")
            words = m.text.split()
            top = m.labels.most_common(1)[0][0] if m.labels else None
            if (top == "Person" or self._gaz_type(m) == "Person") and len(words) >= 2:
                names.setdefault(words[-1], "Person")  # surname
                names.setdefault(words[0], "Person")  # first name ("Elon")
        # Well-known people by surname alone ("Musk's startup"), when the tagger calls the word
        # a proper noun and exactly one gazetteer person has that surname.
        for surname, entry in _gazetteer_surnames().items():
            names.setdefault(surname, "Person")
        covered = {i for m in self.mentions if not m.weak for i in range(m.start, m.end)}
        weak = {(m.start, m.end): m for m in self.mentions if m.weak}
        weak_covered = {i for m in weak.values() for i in range(m.start, m.end)}
        token_texts = [t.text for t in doc]
        # the names by their first word, the longest first (a token is tried against those only)
        by_first: dict[str, list[str]] = defaultdict(list)
        for name in sorted(names, key=lambda n: -len(n.split())):
            by_first[name.split()[0]].append(name)
        for i, text in enumerate(token_texts):
            if i in covered or text not in by_first or not text[:1].isupper() and not re.match(r"^[a-z]+[A-Z]", text):
                continue
            for name in by_first[text]:
                words = name.split()
                if token_texts[i:i + len(words)] != words:
                    continue
                if any(j in covered for j in range(i, i + len(words))):
                    continue
                if any(j in weak_covered for j in range(i, i + len(words))):
                    # a proper noun taken for a weak mention is this known name: it takes its type
                    found = weak.get((i, i + len(words)))
                    if found is not None and names[name]:
                        found.labels[names[name]] += 1
                        found.weak = False
                    break
                if self._on_heading_line(i) and len(words) == 1 and not names[name]:
                    continue
                if len(words) == 1 and name in _gazetteer_surnames() and doc[i].pos_ != "PROPN":
                    continue
                labels = Counter({names[name]: 1}) if names[name] else Counter()
                self.mentions.append(Mention(i, i + len(words), name, labels, None))
                covered.update(range(i, i + len(words)))
                break
        # A weak name ("Workday denies the claims") is the same weak name where the parser put
        # it out of a name's place ("sued Workday in 2023" read as a time: "Workday" npadvmod)
        weak_names = {m.text.split()[0]: m.text.split() for m in weak.values()}
        covered |= weak_covered
        for i, text in enumerate(token_texts):
            words = weak_names.get(text)
            if words is None or i in covered or doc[i].pos_ != "PROPN" or token_texts[i:i + len(words)] != words \
                    or any(j in covered for j in range(i, i + len(words))):
                continue
            self.mentions.append(Mention(i, i + len(words), " ".join(words), Counter(), None, weak=True))
            covered.update(range(i, i + len(words)))
        self.mentions.sort(key=lambda m: m.start)

    def _gaz_type(self, m: Mention) -> str | None:
        entry = self._by_name.get(m.gazetteer) if m.gazetteer else self._by_alias.get(m.text.lower())
        return entry["type"] if entry else None

    # ------------------------------------------------------------------ clusters
    def _cluster(self) -> None:
        key_of: dict[str, int] = {}
        person_full: dict[str, str] = {}  # surname / first name -> full name
        for m in self.mentions:
            entry = self._by_name.get(m.gazetteer) if m.gazetteer else self._by_alias.get(m.text.lower())
            if entry:
                m.gazetteer = entry["name"]
            words = m.text.split()
            if m.start > 0 and self.doc[m.start - 1].lower_.rstrip(".") in lexicon().titles and len(words) == 1:
                m.labels["Person"] += 3  # "Mr. Musk", "President Trump"
            if len(words) >= 2 and (m.labels.get("Person") or (entry and entry["type"] == "Person")):
                person_full.setdefault(words[-1], m.text)
                person_full.setdefault(words[0], m.text)
        # A surname the model tags as a person joins a two- or three-word name it ends, even when
        # the model took the full name for something else ("chief executive Carly Fiorina" as ORG,
        # then "Fiorina said").
        suffixes = lexicon().organization_suffixes
        maybe_full: dict[str, set[str]] = {}
        for m in self.mentions:
            words = m.text.split()
            if 2 <= len(words) <= 3 and not m.gazetteer and words[-1].lower() not in suffixes \
                    and all(w[:1].isupper() for w in words):
                maybe_full.setdefault(words[-1], set()).add(m.text)
        for m in self.mentions:
            if " " not in m.text and m.text not in person_full and m.labels.get("Person") \
                    and len(maybe_full.get(m.text, ())) == 1:
                person_full[m.text] = next(iter(maybe_full[m.text]))
        # What the model calls a name over the whole document (one "Altman" tagged ORG among
        # twenty tagged PERSON is still the person, and so is a lone "Elon" tagged ORG once
        # beside an "Elon Musk" the model called a person more than once)
        by_text: dict[str, Counter] = defaultdict(Counter)
        for m in self.mentions:
            by_text[m.text].update(m.labels)
        # ... and what the words around each use say ("Dell is a private company again", "one of
        # Dell's largest shareholders": the company, though "Michael Dell" runs it)
        for m in self.mentions:
            if " " not in m.text and m.text in person_full:
                said_here = context_type(self.doc[self.head_index(m)])
                if said_here in ("Organization", "Product"):
                    by_text[m.text][said_here] += 2
        for m in self.mentions:
            key = m.gazetteer or m.text
            said = by_text[m.text]
            if " " not in m.text and m.text in person_full and not m.gazetteer \
                    and said.get("Organization", 0) <= said.get("Person", 0) + (
                        0.75 if by_text[person_full[m.text]].get("Person", 0) >= 2
                        or looks_like_personal_name(person_full[m.text]) else 0):
                # (a one-word ORG tag, weak, does not keep "Wendover" from "Carly Wendover", a given
                # name and a surname, even where the model tagged the full name ORG too)
                # (not "Brisklet's cloud unit, Brisklet Cloud": a company's name is no first name)
                key = self._by_alias.get(person_full[m.text].lower(), {}).get("name") or person_full[m.text]
            key = key_of.setdefault(key.lower(), len(key_of)) if isinstance(key, str) else key
            m.cluster = key
        for m in self.mentions:
            c = self.clusters.get(m.cluster)
            if c is None:  # (not setdefault: a Cluster made for every mention)
                c = self.clusters[m.cluster] = Cluster(m.cluster)
            c.names[m.text] += 1
            c.labels.update(m.labels)
            c.gazetteer = c.gazetteer or m.gazetteer
            c.first = min(c.first, m.start)
            c.mentions.append(m)

    def _context_votes(self) -> None:
        """Type evidence from the words around each mention (see :func:`context_type`); two
        votes, so one sentence that says what a thing is outweighs one NER label."""
        for m in self.mentions:
            head = self.doc[self.head_index(m)]
            if m.labels.get("?") and head.dep_ in ("amod", "compound", "nmod") and head.ent_type_ != "WORK_OF_ART":
                continue  # "a Czech priest": a nationality, whatever the words around it (but
                # "the Lumen X1 chip", tagged a work of art, is named by the noun it modifies)
            if before_based(self.doc, m.end):
                # "Austin, Texas-based startup Halvex": where the startup is, not the startup
                self.clusters[m.cluster].labels["Place"] += 2
                continue
            if m.labels.get("Place") and head.dep_ == "pobj" and head.head.lower_ == "of" and \
                    _lemma(head.head.head) in lexicon().political_roles:
                continue  # "the President of Poland" is a country's, not a company's
            etype = context_type(head)
            if etype is None and head.dep_ == "poss" and _names_a_product(head.head):
                # "Quill runs on Halvex's Vane chips", "Halvex's chatbot": who has a product is
                # its maker, more likely a company than what one weak NER tag said (one vote:
                # "Musk's chatbot" is a person's, which a full name's tags outweigh)
                cluster = self.clusters[m.cluster]
                if all(v <= 0.5 * len(cluster.mentions) for k, v in cluster.labels.items() if k != "?"):
                    cluster.labels["Organization"] += 1
                continue
            if etype is not None:
                cluster = self.clusters[m.cluster]
                if etype == "Product" and cluster.labels.get("Organization") \
                        and head.dep_ in ("compound", "nmod", "amod") and lexicon().product_nouns & {
                            head.head.lower_, head.head.head.lower_}:
                    # "Intel chips", "Nvidia GPUs": a company's name is as often before its
                    # products as a product's own, so against the model's ORG one vote, and not
                    # what the text says of it (nor "its Nimbus model": "its Nvidia chips" are
                    # bought from their maker as often)
                    cluster.labels[etype] += 1
                    continue
                cluster.labels[etype] += 2
                if not (head.dep_ in ("dobj", "nsubjpass") and _lemma(head.head) in lexicon().company_buying_verbs):
                    # (being bought says a company rather than a person, but not rather than a
                    # product the text says it is: "bought Lumora, a chatbot")
                    cluster.said[etype] += 2
        self._coordination_votes()
        self._product_description_votes()

    #: Verbs whose object is as often a product as a company: what "the chatbot" in the next
    #: sentence tells apart.
    LAUNCHING_VERBS = frozenset({"launch", "release", "unveil", "introduce", "debut", "roll", "ship", "announce"})

    def _launched(self, head) -> bool:
        """Whether a name headed by ``head`` is what a launching verb's object names ("launched
        Quill", "released Quill and Vane")."""
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        return head.dep_ == "dobj" and _lemma(head.head) in self.LAUNCHING_VERBS

    def _product_description_votes(self) -> None:
        """"X launched Quill in May. The chatbot now has 10 million users.": a sentence that
        opens with a product noun goes on about the one name just launched (released, unveiled)
        in the sentence before, which is then a product."""
        doc = self.doc
        product_nouns = lexicon().product_nouns
        sentences = self.sentences()
        for k, sent in enumerate(sentences[1:], start=1):
            first = next((t for t in sent if not t.is_punct and not t.is_space), None)
            if first is None or first.lower_ != "the":
                continue
            noun = first.head
            if noun.tag_ != "NN" or noun.lower_ not in product_nouns or noun.dep_ not in ("nsubj", "nsubjpass") \
                    or any(c.dep_ in ("compound", "poss", "nmod") for c in noun.children):
                continue
            before = sentences[k - 1]
            launched = {m.cluster for m in self.mentions if before.start <= m.start < before.end
                        and self._launched(doc[self.head_index(m)])}
            if len(launched) == 1:
                cluster = self.clusters[launched.pop()]
                if not cluster.labels.get("Person") and not cluster.labels.get("Place"):
                    cluster.labels["Product"] += 2
                    cluster.said["Product"] += 2

    def _coordination_votes(self) -> None:
        """Names coordinated in a list are of one kind: "Andreessen Horowitz, DST Global, GIC and
        Insight Partners" are investors alike, "Benoît Dageville and Thierry Cruanes" people
        alike. Each name gets one vote for the kind most of the others have (by their own
        labels, before this step)."""
        doc = self.doc
        heads = {}
        for m in self.mentions:
            heads[self.head_index(m)] = m
        own = {cid: Counter({k: v for k, v in c.labels.items() if k != "?"}) for cid, c in self.clusters.items()}
        votes: dict[int, Counter] = {}
        # (and names side by side with only "and" between them, whatever the parser
        # made of them: "co-founders Benoît Dageville and Thierry Cruanes")
        by_start = {m.start: m for m in self.mentions}
        by_end = {m.end: m for m in self.mentions}
        for i, m in heads.items():
            tok = doc[i]
            members = [heads[t.i] for t in tok.conjuncts if t.i in heads and heads[t.i].cluster != m.cluster]
            for other in (by_start.get(m.end + 1), by_end.get(m.start - 1)):
                if other is not None and other.cluster != m.cluster and other not in members:
                    first, second = (m, other) if other.start > m.start else (other, m)
                    gap = doc[first.end]
                    # (not "Micron and Taiwan's UMC": a possessor or a modifier is no list item)
                    possessed = second.end < len(doc) and (doc[second.end].tag_ == "POS" or doc[second.end].pos_ == "NOUN")
                    # (only "and"/"or": "Alan Guth of M.I.T., Andrei Linde of Stanford" is no list
                    # of M.I.T. and Andrei Linde)
                    if gap.lower_ in ("and", "or") and not possessed:
                        members.append(other)
            if len(members) < 1:
                continue
            kinds = Counter()
            for other in members:
                labels = own.get(other.cluster)
                if len(other.text.split()) >= 2 and other.text.split()[-1].lower() in lexicon().legal_suffixes:
                    kinds["Organization"] += 1  # ("Quorvane and Telvia Labs": what the name's last word says)
                elif labels:
                    kinds[max(labels, key=lambda k: (labels[k], k == "Organization"))] += 1
            if kinds:
                kind, n = kinds.most_common(1)[0]
                if n * 2 > len(members) and kind != "Place":
                    votes.setdefault(m.cluster, Counter())[kind] += 1
        for cid, counter in votes.items():
            self.clusters[cid].labels.update(counter)

    def _merge(self, keep: int, drop: int) -> None:
        if keep == drop or drop not in self.clusters or keep not in self.clusters:
            return
        a, b = self.clusters[keep], self.clusters.pop(drop)
        a.names.update(b.names)
        a.labels.update(b.labels)
        a.said.update(b.said)
        a.gazetteer = a.gazetteer or b.gazetteer
        a.first = min(a.first, b.first)
        a.former |= b.former
        for m in b.mentions:
            m.cluster = keep
        a.mentions.extend(b.mentions)

    def _aliases_from_text(self) -> None:
        """"X, formerly (known as) Y", "X (formerly Y)", "A, or B" where B is A's acronym."""
        doc = self.doc
        by_start = {m.start: m for m in self.mentions}
        kinds = lexicon().named_kind_nouns | lexicon().company_nouns
        for m in self.mentions:
            j = m.end
            if j < len(doc) and doc[j].is_lower and doc[j].lower_ in kinds:
                j += 1  # "the Savencia Fromage & Dairy group (formerly Soparind Bongrain)"
            words = [t.lower_ for t in doc[j:j + 5]]
            for lead in (["formerly", "known", "as"], [",", "formerly", "known", "as"], [",", "formerly"],
                         ["(", "formerly"], ["formerly"], [",", "previously", "known", "as"], [",", "now"],
                         [",", "or"], ["(",], [",", "also", "known", "as"], [",", "known", "as"]):
                if words[:len(lead)] == lead:
                    k = j + len(lead)
                    while k < len(doc) and doc[k].text in ("“", "\"", "‘", "'"):
                        k += 1
                    other = by_start.get(k)
                    if other is None or other.cluster == m.cluster:
                        continue
                    if lead[-1] in ("or", "(") and not self._is_acronym(other.text, m.text):
                        continue
                    keep = m.cluster
                    self._merge(keep, other.cluster)
                    if "formerly" in lead or "previously" in lead:
                        self.clusters[keep].former.add(other.text)
                    elif lead[-1] == "now":
                        self.clusters[keep].former.add(m.text)
                    break

    def _shared_surnames(self) -> None:
        """"Dario and Daniela Amodei": a first name coordinated with a full name shares its
        surname."""
        doc = self.doc
        by_start = {m.start: m for m in self.mentions}
        for m in self.mentions:
            if m.end - m.start != 1 or not m.labels.get("Person") or m.gazetteer:
                continue
            if not is_given_name(m.text):
                continue  # (not "Silver Lake, Mubadala and Andreessen Horowitz": no first name)
            if m.end + 1 < len(doc) and doc[m.end].lower_ in ("and", "&"):
                other = by_start.get(m.end + 1)
                if other is not None and other.labels.get("Person") and len(other.text.split()) == 2 \
                        and other.text.split()[-1].lower() not in lexicon().organization_suffixes:
                    # (not "Hooli and Wayne Enterprises", two companies the model took for people)
                    m.text = f"{m.text} {other.text.split()[-1]}"

    def _merge_short_forms(self) -> None:
        """One company, a long and a short name in one article: "Advanced Micro Devices" and
        "AMD" (initials, hyphenated words split: "Hewlett-Packard", "HP"), "Samsung Electronics"
        and "Samsung" (the first words, when the long name came first or the rest is a company's
        legal or generic suffix such as "Group", "Inc.", "Systems" -- not "Verizon Wireless",
        "Brisklet Cloud", which are units of their own). Only when exactly one long name fits."""
        kinds: dict[int, str] = {}

        def kind(c: Cluster) -> str:
            if c.id not in kinds:
                votes = {k: v for k, v in c.labels.items() if k != "?" and not (k == "Person" and v <= 0.5)}
                kinds[c.id] = max(votes, key=lambda k: votes[k]) if votes else "?"
                if any(len(n.split()) >= 2 and n.split()[-1].lower() in lexicon().organization_suffixes
                       for n in c.names):
                    kinds[c.id] = "Organization"  # "Nexora Labs" tagged PERSON: a company's name (as _decide)
            return kinds[c.id]

        suffixes = lexicon().legal_suffixes
        clusters = list(self.clusters.values())
        # Which clusters a short name could stand for, looked up by its first word or its letters
        # (instead of comparing every pair of clusters).
        by_first: dict[str, list[Cluster]] = defaultdict(list)
        for long in clusters:
            for lname in long.names:
                words = lname.split()
                if len(words) >= 2:
                    by_first[words[0]].append(long)
                capitalised = [w for w in re.split(r"[\s\-]+", lname) if w[:1].isupper()]
                if len(capitalised) >= 2:  # (what _is_initials reads)
                    by_first["initials:" + capitalised[0][0]].append(long)
        for short in clusters:
            if short.id not in self.clusters or short.gazetteer:
                continue
            # ("Corvane Systems ... steering Corvane": a one-word name the NER alone calls a
            # person, one word at a time, is the company's short form when the long name is it
            # and a company suffix -- never a person's first name)
            personal = kind(short) == "Person"
            if personal and not (all(len(n.split()) == 1 for n in short.names)
                                 and short.labels.get("Person", 0) <= 0.5 * len(short.mentions)):
                continue
            # "Orvanta Systems ... Orvanta overtook Zephyrix": a one-word name the NER alone calls
            # a place, never used as one, is the company's short name (but not "in Boston" beside
            # "Boston Dynamics")
            placed = kind(short) == "Place"
            if placed and not self._placeless(short):
                continue
            for sname in list(short.names):
                sw = sname.split()
                fits = []
                for long in (*by_first.get(sw[0], ()), *by_first.get("initials:" + sname[:1], ())):
                    if long.id == short.id or long.id not in self.clusters or kind(long) in ("Person", "Place"):
                        continue
                    if (placed or personal) and kind(long) != "Organization":
                        continue
                    for lname in long.names:
                        if self._is_initials(sname, lname) and not placed and not personal:
                            fits.append(long)
                            break
                        words = lname.split()
                        if len(sw) < len(words) and words[:len(sw)] == sw and (
                                long.first < short.first and not placed and not personal
                                or all(w.lower().strip(".,") in suffixes for w in words[len(sw):])):
                            fits.append(long)
                            break
                if len({c.id for c in fits}) == 1:
                    self._merge(fits[0].id, short.id)
                    kinds.pop(fits[0].id, None)  # (its labels now include the short form's)
                    break

    def _placeless(self, c: Cluster) -> bool:
        """Whether a cluster the NER alone calls a place (one-word mentions, weak votes) is never
        used as one: not "in Boston", "a Boston company", "Boston-based", "Boston, Massachusetts"."""
        doc = self.doc
        if c.labels.get("Place", 0) > 0.5 * len(c.mentions) or any(m.end - m.start != 1 for m in c.mentions):
            return False
        for m in c.mentions:
            tok = doc[m.start]
            nxt = doc[m.end] if m.end < len(doc) else None
            if tok.dep_ in ("compound", "nmod", "amod") and not _names_its_unit(tok) or nxt is not None and (
                    nxt.text == "-" or nxt.text == "," and m.end + 1 < len(doc) and doc[m.end + 1].ent_type_ == "GPE"):
                return False
            if tok.dep_ == "pobj" and tok.head.lower_ in PLACE_PREPOSITIONS and not (
                    tok.head.head.pos_ == "VERB" and tok.head.head.lemma_ in ("invest", "participate")
                    # ("a 15 percent stake in Corvane": what one holds a part of)
                    or tok.head.lower_ == "in" and tok.head.head.pos_ == "NOUN"
                    and tok.head.head.lemma_ in ("stake", "investment", "interest", "holding", "share")):
                return False
        return True

    @staticmethod
    def _is_initials(short: str, long: str) -> bool:
        """"AMD" = "Advanced Micro Devices", "HP" = "Hewlett-Packard", "TSMC" = "Taiwan
        Semiconductor Manufacturing Co.": the initials of the capitalised words, exactly."""
        if not (short.isupper() and short.isalpha() and 2 <= len(short) <= 6):
            return False
        words = [w for w in re.split(r"[\s\-]+", long) if w[:1].isupper()]
        return len(words) >= 2 and "".join(w[0] for w in words) == short

    @staticmethod
    def _is_acronym(short: str, long: str) -> bool:
        """"DOGE" for "Department of Government Efficiency": the initials of the capitalised
        words appear in order in the acronym, which starts with the first of them."""
        initials = [w[0] for w in re.findall(r"[A-Za-z]+", long) if w[0].isupper()]
        if not (short.isupper() and 2 <= len(short) <= 8 and initials and short[0] == initials[0]):
            return False
        rest = iter(short)
        return all(ch in rest for ch in initials)

    def _gazetteer_surname(self, name: str, c: Cluster) -> dict | None:
        """"Trump" alone is Donald Trump when the gazetteer has one person of that surname and
        the document itself gives person evidence (a PERSON tag or a title)."""
        if " " in name or not c.labels.get("Person"):
            return None
        return _gazetteer_surnames().get(name)  # (the one gazetteer person of that surname)

    def _gazetteer_entry(self, c: Cluster) -> dict | None:
        entry = self._by_name.get(c.gazetteer) if c.gazetteer else None
        if entry is None:
            for name in c.names:
                entry = self._by_alias.get(name.lower()) or self._by_alias.get("the " + name.lower())
                if entry:
                    break
                entry = self._gazetteer_surname(name, c)
                if entry:
                    break
        return entry

    def _decide(self, c: Cluster) -> None:
        """The cluster's type by vote and its canonical name (the gazetteer's, else the longest)."""
        entry = self._gazetteer_entry(c)
        if entry:
            c.type, c.name, c.gazetteer = entry["type"], entry["name"], entry["name"]
            return
        votes = Counter({k: v for k, v in c.labels.items() if k != "?"})
        # (the name it has now, not one it had: "the X group (formerly Y)")
        names = sorted(c.names, key=lambda n: (n in c.former, -len(n.split()), -c.names[n], n))
        suffixed = any(n.split()[-1].lower() in lexicon().organization_suffixes for n in c.names if len(n.split()) >= 2)
        # A multi-word name whose parts are used alone is a person's (surname/first name) -- not
        # a company's ("Fenwright Labs", then "Fenwright")
        if any(len(n.split()) >= 2 for n in c.names) and any(len(n.split()) == 1 for n in c.names) \
                and votes.get("Person") and not any(n.isupper() for n in c.names) and not suffixed:
            votes["Person"] += sum(c.names.values())
        if suffixed:
            votes["Organization"] += sum(c.names.values()) + 1
        if (votes.get("Person") or votes.get("Place")) and not votes.get("Organization"):
            votes["Organization"] += 2 * self._coordinated_with_companies(c)  # (a company word is sure)
        if votes.get("Person") and votes["Person"] <= 0.5 * len(c.mentions) and not c.said.get("Person") \
                and all(len(n.split()) == 1 for n in c.names) and not any(is_given_name(n) for n in c.names) \
                and not self._pronoun_follows(c, PERSON_PRONOUN_WORDS, "Person") \
                and self._pronoun_follows(c, ("it", "its"), "Organization") \
                and any(self.doc[self.head_index(m)].dep_ in ARGUMENT_DEPS for m in c.mentions):
            # One word the NER called a person at each mention and nothing else did, which "it"
            # or "its" takes up and "he" or "she" does not: news introduces a person by full name,
            # so such a lone unknown word is a company ("Monarch manages $4.9 billion ... It
            # bought Oneida") -- the relations decide. (Not a word that only modifies a noun:
            # "The Austin company" describes; nor "Schäfer sued Globex", with no pronoun.)
            del votes["Person"]
        if votes.get("Place") and votes["Place"] <= 0.5 * len(c.mentions) and not c.said.get("Place") \
                and all(len(n.split()) == 1 and n.isalpha() for n in c.names) \
                and not any(n.lower() in dictionary_words() for n in c.names) \
                and not any(self._in_a_place(m) for m in c.mentions):
            # One word the NER called a place that no dictionary knows and that never stands where
            # a place does ("in Halvex", "Halvex-based"): "the board of Halvex" is a company's
            del votes["Place"]
        c.type = max(votes, key=lambda t: (votes[t], t == "Organization")) if votes else "Organization"
        said = c.said
        if c.type == "Organization" and not suffixed \
                and said.get("Product", 0) > said.get("Organization", 0) + said.get("Person", 0):
            # The small model has no word for most products and calls them ORG at every mention;
            # what the text says of the name ("released Lumora", "its chatbot Lumora") decides.
            c.type = "Product"
        c.name = names[0]

    def _coordinated_with_companies(self, c: Cluster) -> int:
        """How many of ``c``'s one-word mentions are coordinated with a company's name (one that
        ends in a company word): "acquisitions including Corvane and Tarnly Labs" list companies."""
        doc, suffixes, n = self.doc, lexicon().organization_suffixes, 0
        for m in c.mentions:
            if m.end - m.start != 1:
                continue
            tok = doc[m.start]
            partners = ([tok.head] if tok.dep_ == "conj" else []) + [t for t in tok.children if t.dep_ == "conj"]
            for p in partners:
                other = next((o for o in self.mentions if o.start <= p.i < o.end and o is not m), None)
                if other is not None and other.end - other.start >= 2 and other.text.split()[-1].lower() in suffixes:
                    n += 1
                    break
        return n

    def _in_a_place(self, m: Mention) -> bool:
        """Whether a mention stands where places do: after "in", "at", "from", "near", "to",
        "across", before "-based", beside another place ("Austin, Texas"), or as a noun's modifier
        ("a Toronto maker": where, not whose)."""
        doc = self.doc
        head = doc[self.head_index(m)]
        if head.dep_ == "pobj" and head.head.lower_ in ("in", "at", "from", "near", "to", "across", "throughout", "outside"):
            return True
        if m.end + 1 < len(doc) and doc[m.end].text == "-" and doc[m.end + 1].lower_ == "based":
            return True
        if head.dep_ in ("compound", "nmod") and _is_possessed_unit(head.head):
            return False  # "Halvex's Quillworks division": whose unit, not where
        return head.dep_ in ("compound", "nmod", "amod") or any(
            t.ent_type_ in ("GPE", "LOC") for t in doc[max(0, m.start - 2):m.start] if t.text != ",") \
            or any(t.ent_type_ in ("GPE", "LOC") for t in doc[m.end:m.end + 2] if t.text != ",")

    def _pronoun_follows(self, c: Cluster, pronouns, kind: str) -> bool:
        """Whether one of ``pronouns`` comes after a mention of ``c``, in its sentence or within the
        40 words after it, before any other name the model gave the type ``kind`` ("Castellan
        founded Oneida. He left in 2010.": a person; "Monarch manages $4.9 billion. It bought
        Oneida": no person)."""
        doc = self.doc
        own = {id(m) for m in c.mentions}
        starts = {m.start for m in self.mentions if id(m) not in own and m.labels.get(kind)}
        for m in c.mentions:
            limit = min(len(doc), doc[m.start].sent.end + 40)
            for i in range(m.end, limit):
                if i in starts:
                    break
                if doc[i].lower_ in pronouns:
                    return True
        return False

    def _finalise(self) -> None:
        for c in self.clusters.values():
            self._decide(c)
        # Mentions whose only evidence is a WORK_OF_ART/NORP tag and that no typed mention backs
        # are not entities of ours (weak mentions wait for the relations they fill).
        for cid in [cid for cid, c in self.clusters.items()
                    if not c.gazetteer and not any(k != "?" for k in c.labels) and not self.is_weak(cid)]:
            for m in self.clusters.pop(cid).mentions:
                m.cluster = -1
        self.mentions = [m for m in self.mentions if m.cluster >= 0]
        for m in self.mentions:
            for i in range(m.start, m.end):
                self.token_cluster[i] = m.cluster

    def looks_like_place(self, cid: int) -> bool:
        """Whether the model or the context took the cluster for a place at least as often as for
        anything else (before relations vote on its type): "a Toronto maker", "the San Diego
        company" name where, not whom."""
        labels = self.clusters[cid].labels
        place = labels.get("Place", 0)
        return place > 0 and place >= max((v for k, v in labels.items() if k not in ("Place", "?")), default=0)

    def is_weak(self, cid: int) -> bool:
        """A cluster only proper nouns in name positions found, with no type evidence at all: an
        entity only if it takes part in a fact."""
        c = self.clusters[cid]
        return any(m.weak for m in c.mentions) and not any(k != "?" for k in c.labels) and not c.gazetteer

    def add_type_votes(self, votes: dict[int, Counter], unsure: dict[int, Counter] | None = None) -> bool:
        """More type evidence (from the argument slots of the relations a name fills, see
        :func:`kg.extract.candidates.type_votes`), and the types decided again; ``unsure``, the
        part of ``votes`` that weighs as labels only, not as what the text says the thing is.
        True if a type (or whether a cluster is weak, or looks like a place) changed."""
        changed = False
        for cid, counter in votes.items():
            if cid in self.clusters:
                # (whether it looks like a place counts too: "now a Cisco business unit" names
                # the unit's owner once the relations have outvoted the NER's place tags)
                before = (self.clusters[cid].type, self.is_weak(cid), self.looks_like_place(cid))
                self.clusters[cid].labels.update(counter)
                self.clusters[cid].said.update(counter - (unsure or {}).get(cid, Counter()))
                self._decide(self.clusters[cid])
                changed = changed or (self.clusters[cid].type, self.is_weak(cid), self.looks_like_place(cid)) != before
        return changed

    # ------------------------------------------------------------------ outputs
    def entities(self) -> dict[int, Entity]:
        out = {}
        for cid, c in self.clusters.items():
            entry = self._by_name.get(c.gazetteer) if c.gazetteer else None
            aliases = set(c.names) - {c.name}
            out[cid] = Entity(key=entity_key(c.name), name=c.name, type=c.type,
                              aliases=tuple(sorted(aliases)), wikidata=entry.get("wikidata") if entry else None)
        return out

    def type_of(self, cid: int) -> str:
        return self.clusters[cid].type

    # ------------------------------------------------------------------ lookups
    def head_index(self, m: Mention) -> int:
        """The token that heads a mention in the parse: its first word whose head lies outside
        the mention (read from the Doc's arrays, without making the mention's tokens)."""
        if self._heads is None:
            import numpy

            offsets = self.doc.to_array("HEAD").astype(numpy.int64)
            self._heads = (numpy.arange(len(self.doc)) + offsets).tolist()
        heads = self._heads
        for j in range(m.start, m.end):
            h = heads[j]
            if not (m.start <= h < m.end) or h == j:
                return j
        return m.end - 1

    def cluster_at(self, token) -> int | None:
        """The cluster whose mention covers ``token``, or None."""
        return self.token_cluster.get(token.i)

    def mention_at(self, i: int) -> Mention | None:
        """The mention covering token ``i``, or None."""
        if i not in self.token_cluster:
            return None
        for m in self.mentions:
            if m.start <= i < m.end:
                return m
        return None

    def mention_end(self, i: int) -> int:
        """The end (exclusive) of the mention covering token ``i`` (``i + 1`` outside mentions)."""
        m = self.mention_at(i)
        return m.end if m is not None else i + 1

    def sentences(self) -> list:
        """The document's sentences, computed once (spaCy rebuilds ``doc.sents`` on each use)."""
        if self._sentences is None:
            self._sentences = list(self.doc.sents)
            self._sentence_starts = [s.start for s in self._sentences]
        return self._sentences

    def sentence_index(self, i: int) -> int:
        """The number of the sentence token ``i`` is in (0 for the first)."""
        if self._sentence_starts is None:
            self.sentences()
        return bisect_right(self._sentence_starts, i) - 1

    def last_mention_before(self, cid: int, i: int) -> int:
        """The start of the last mention of ``cid`` before token ``i`` (-1 if none)."""
        last = -1
        for m in self.clusters[cid].mentions:
            if m.start < i:
                last = max(last, m.start)
        return last
