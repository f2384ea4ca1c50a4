"""The word lists of ``kg/data/lexicon.json``, read once.

They say what kind of thing a noun phrase names from the words around it ("X, a subsidiary of Y"
makes both organizations; "X is a mathematician" makes X a person), which words refer back to a
company ("the chipmaker"), and which words make a stated act not a fact ("threatened to",
"planned"). They are facts about English, not about any entity, so they carry over to articles
nobody has seen. The file is documented in ``kg/data/README.md``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from functools import cached_property, lru_cache
from importlib import resources


@dataclass(frozen=True)
class Lexicon:
    """Every list of ``lexicon.json`` as a frozenset of lower-case words."""

    organization_nouns: frozenset[str]  # "X is a Japanese clothing brand", "X, a subsidiary of"
    person_nouns: frozenset[str]  # occupations, roles and titles: "X is a mathematician"
    organization_role_nouns: frozenset[str]  # roles whose "of"/"at" object is an organization
    organization_verbs: frozenset[str]  # verbs whose object is an organization made or joined
    not_employment_nouns: frozenset[str]  # "a student at Yale" is not employed there
    academic_role_nouns: frozenset[str]  # "Professor of Mathematics at X": only "at" names the employer
    amount_words: frozenset[str]  # "fined X 1.2 billion euros": the number begins an amount, no version of a name
    motion_verbs: frozenset[str]  # "left Chicago", "moved to Boston": places fill the slot too, no organization vote
    organization_acts: dict  # "X raised $40 million", "X reported a loss": verb -> objects only companies take
    person_verbs: frozenset[str]  # intransitive acts only people do: "she retired in 2010"
    titles: frozenset[str]  # words before a name that are not part of it: "Mr.", "CEO"
    not_names: frozenset[str]  # capitalised words news uses that name nothing: "AI", "IPO"
    description_nouns: frozenset[str]  # nouns of a description that refers to a company
    epithet_nouns: frozenset[str]  # "the richest man in the world": the article's protagonist
    role_description_nouns: frozenset[str]  # "the Tesla CEO": the person who holds the role
    organization_suffixes: frozenset[str]  # last words that make a name a company's: "Labs"
    title_words: frozenset[str]  # words that open or close a job title the NER takes for a name
    political_roles: frozenset[str]  # "the President of Poland" is a country's, not a company's
    not_in_names_extra: frozenset[str]  # words a name found by its context never contains
    negations: frozenset[str]
    hedging_verbs: frozenset[str]  # verbs that make the act they govern an intention or its undoing
    modals: frozenset[str]
    hedging_modifiers: frozenset[str]  # "planned", "potential", "reportedly"
    nomination_nouns: frozenset[str]  # "the pick to lead": a prospect, not a fact
    conditional_markers: frozenset[str]
    product_nouns: frozenset[str]  # "xAI's Grok chatbot": the noun beside a product's name
    product_titles: frozenset[str]  # "its chatbot Lumora": product nouns that title a name (never a person's)
    company_nouns: frozenset[str]  # "Musk's AI startup, xAI": the noun beside a company's name
    possessed_by_organizations: frozenset[str]  # "X's shares", "X's chief executive": X is a company
    # "the Tarn board", "Tarn shareholders": nouns of a company's own people and seat, after whose
    # modifier a name is a company's (overlapping triggers.json's body_nouns, which say who acts for
    # an organization and hold teams, departments and public bodies too)
    organization_bodies: frozenset[str]
    # "VP of Engineering at X", "Professor of Computer Science", "Minister of Energy": the
    # functions, fields and portfolios a role is over, which the NER tags as organizations when
    # capitalised; after a role's "of", a name of these words alone is none ("and", "&" are in the
    # list because such runs hold them: "Engineering and Product Development")
    role_domains: frozenset[str]
    state_verbs: frozenset[str]  # "will remain chief executive": a state that goes on, not a plan
    quantity_words: frozenset[str]  # "owns 90 percent of X", "a majority of X": X
    unit_name_words: frozenset[str]  # "IBM's Personal Computing Division": a unit of IBM
    wrongdoing_verbs: frozenset[str]  # "X said Y had stolen its code": an accusation
    wrongdoing_adverbs: frozenset[str]  # "said Y had illegally collected data": an accusation too
    judgement_words: frozenset[str]  # "said Y's plan was reckless", "called Y a joke": a criticism
    fault_verbs: frozenset[str]  # "said Y had botched the launch", "had failed its users": a criticism
    modifier_participles: dict  # "Microsoft-backed OpenAI": participle -> the relation it states
    named_kind_nouns: frozenset[str]  # "the Williams Fresh Cafe chain": the kind noun stands for the name
    institution_words: frozenset[str]  # "European Commission": a public body, never "the company"
    representative_nouns: frozenset[str]  # "prosecutors at the Justice Department": acting for it
    legal_words: frozenset[str]  # "a legal battle", "fought Y in court": a dispute, not a rivalry
    public_representative_nouns: frozenset[str]  # "Prosecutors charged X": the public body just named
    proxy_nouns: frozenset[str]  # "funds managed by BlackRock": acting for BlackRock
    company_forms: frozenset[str]  # "Axel Springer SE": the legal form that ends a company's name
    legal_suffixes: frozenset[str]  # "Cisco Systems" is "Cisco"; "Verizon Wireless" is not "Verizon"
    wrongdoing_nouns: frozenset[str]  # "sued X for patent infringement": an accusation too
    lawsuit_nouns: frozenset[str]  # "the suit alleges that ...": its plaintiff alleges
    impersonal_roles: frozenset[str]  # "the market leader", "a member": held by companies as often
    maker_nouns: frozenset[str]  # "the Quill maker": the one who makes the product named beside it
    publication_nouns: frozenset[str]  # "X published a report criticizing Y": its author says it
    collective_nouns: frozenset[str]  # "a coalition led by X sued", "shareholders led by X": those who lead it act for it
    holiday_words: frozenset[str]  # "Christmas", "Summer": days and seasons a capital does not make a name
    # The words single rules read (each rule says in its comment why):
    #: Participles that give a noun its name: "a unit called X", "a chatbot dubbed X".
    naming_verbs: frozenset[str]
    #: Verbs by which one is the author of a publication ("published a report criticizing Y"; one
    #: who read it is not).
    authoring_verbs: frozenset[str]
    #: Nouns of verb idioms whose preposition the parser may hang on the noun: "parted ways with X",
    #: "took aim at X", "took legal action against X", "joined forces with X".
    idiom_nouns: frozenset[str]
    #: Verbs whose subject gives the object a role: "Acme named X (as) chief executive".
    appointing_verbs: frozenset[str]
    #: Verbs by which an organization removes the holder of a role: "X ousted Y as chief executive"
    #: (Y held the role at X).
    removing_verbs: frozenset[str]
    #: Verbs whose subject makes the unit its object names: "X created a unit called Y".
    creating_verbs: frozenset[str]
    #: Nouns of a time spent in a role: "after 14 years as chief executive", "his stint as CEO".
    tenure_nouns: frozenset[str]
    #: Verbs of heading an organization: "X, led by chief executive Y".
    heading_verbs: frozenset[str]
    #: Words that begin a title, capitalised or not ("Chief executive Ali Ghodsi said").
    title_modifiers: frozenset[str]
    #: Events whose company is often left unsaid in news ("X led the round").
    implicit_events: frozenset[str]
    #: Verbs whose object is a company as readily as a product (launched, built, sold a business):
    #: their objects get no product vote.
    company_or_product_verbs: frozenset[str]
    #: Nouns of a funding round: "raised $80 million in a Series B round".
    funding_nouns: frozenset[str]
    #: Verbs by which a company gets a round: "Velmora closed a $80 million round".
    raising_verbs: frozenset[str]
    #: Verbs of getting a stake (rather than holding one).
    buying_verbs: frozenset[str]
    #: Parts of an organization one joins: "joined Google's self-driving car project" (works for it).
    workplace_nouns: frozenset[str]
    #: Verbs of taking a venue to speak: "took to X to criticize Y" criticized Y.
    venue_verbs: frozenset[str]
    #: Verbs whose named object is a company: "acquired Harris Performance" (an organization).
    company_buying_verbs: frozenset[str]
    #: Descriptions of a young company: "the startup" after "X bought Y" is Y, the one bought.
    young_company_nouns: frozenset[str]
    #: Nouns of a form of a product: "released a new version of Quill" (released Quill).
    version_nouns: frozenset[str]
    #: What one buys of a company when one does not buy the company.
    part_nouns: frozenset[str]
    #: Words that make a part the whole that was left: "bought the remaining 20 percent of X".
    whole_modifiers: frozenset[str]
    #: Nouns of a suit in whose text an accusation is made: "in a lawsuit, X accused Y".
    suit_nouns: frozenset[str]
    #: Executive titles written as acronyms, which the NER at times takes into the company's name.
    executive_acronyms: frozenset[str]
    #: Nouns of a stretch of time: "a terrible day for our employees" judges no one.
    time_nouns: frozenset[str]
    #: Nouns of an act and the verbs that, taking one as object, say it happened: what is denied was
    #: said, what is dropped or settled was filed.
    presupposing_verbs: dict
    #: Nouns of an act and the hedging verbs that, taking one as object, are the act itself:
    #: seeking an injunction is asking a court for it, aiming criticism at Y is criticizing Y.
    acting_hedges: dict
    #: English words newer than WordNet's index (:func:`dictionary_words`) that news uses: a
    #: capitalised one at a sentence start is a word, not an unknown name ("Blockchain firms ...").
    recent_words: frozenset[str]

    @cached_property
    def not_in_names(self) -> frozenset[str]:
        return self.titles | self.person_nouns | self.organization_role_nouns | self.not_in_names_extra


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Lower-cased first names (``kg/data/given_names.txt``: the US Census Bureau's 1990 lists and
    Faker's first names of 31 locales, see ``kg/data/README.md``)."""
    text = resources.files("kg.data").joinpath("given_names.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The lists of ``kg/data/lexicon.json`` (read on first use, then cached)."""
    data = json.loads(resources.files("kg.data").joinpath("lexicon.json").read_text(encoding="utf-8"))
    return Lexicon(**{f.name: dict(data[f.name]) if isinstance(data[f.name], dict)
                      else frozenset(w.lower() for w in data[f.name]) for f in fields(Lexicon)})


@lru_cache(maxsize=1)
def _lemma_index() -> dict[str, frozenset[str]]:
    """The English words the model's rule lemmatizer knows, by part of speech ("noun", "verb",
    "adj", "adv"): the lemma index of ``en_core_web_sm`` (WordNet's, lower-cased; WordNet licence),
    read from the installed model package, not copied into ours. Empty when the model's lookups
    cannot be read."""
    from spacy.lookups import Lookups
    from spacy.util import get_package_path

    from kg.nlp import MODEL

    try:
        found = sorted(get_package_path(MODEL).glob("*/lemmatizer/lookups"))
        if not found:
            return {}
        index = Lookups().from_disk(found[0]).get_table("lemma_index")
    except (ImportError, OSError, ValueError, KeyError):
        return {}
    return {pos: frozenset(index.get(pos, ())) for pos in ("noun", "verb", "adj", "adv")}


@lru_cache(maxsize=1)
def dictionary_words() -> frozenset[str]:
    """The English words of :func:`_lemma_index`, of any part of speech. A capitalised word that is
    no English word ("Corvane", "Halvex") is a name wherever it stands, even where the tagger calls
    it a common noun at a sentence start; a word in the index ("Apple", "Block", "Insight") may be
    either. Empty when the model's lookups cannot be read (then no word is taken for a name on this
    ground)."""
    return frozenset(w for words in _lemma_index().values() for w in words)


@lru_cache(maxsize=1)
def modifier_words() -> frozenset[str]:
    """English adjectives and adverbs that are no noun ("scientific", "worldwide"): a word that
    can only modify, which names nothing on its own -- "Scientific Director", "Worldwide Chairman"
    are titles, whatever the NER tagged."""
    index = _lemma_index()
    return (index.get("adj", frozenset()) | index.get("adv", frozenset())) - index.get("noun", frozenset())


@lru_cache(maxsize=1)
def _lexicon_words() -> frozenset[str]:
    """Every one-word entry of ``lexicon.json``'s lists: English words newer than WordNet among them
    ("chipmaker", "chatbot", "smartphone")."""
    lex = lexicon()
    words: set[str] = set()
    for f in fields(Lexicon):
        value = getattr(lex, f.name)
        words.update(w for w in value if isinstance(w, str) and w.isalpha())
    return frozenset(words)


def is_dictionary_word(tok) -> bool:
    """Whether a token's word, or its lemma, is an English word: of :func:`dictionary_words`, or of
    the lexicon's own lists (``recent_words`` among them: words newer than WordNet)."""
    word, lemma = tok.lower_, tok.lemma_.lower()
    for words in (dictionary_words(), _lexicon_words()):
        if word in words or lemma in words:
            return True
    return False
