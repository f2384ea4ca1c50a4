"""Surface patterns over the sequence of mentions, for the constructions a small parser often
misparses: possessives ("xAI's Grok chatbot", "Musk's AI startup, xAI") and appositive or
relative-clause roles ("Elon Musk and Sam Altman, co-founders of OpenAI"; "Thrive Capital, which
is a major investor in OpenAI"). They read tokens, not the tree, so they are kept narrow: the
pieces must be adjacent, inside one clause (no comma, semicolon or verb in between)."""

from __future__ import annotations

from collections.abc import Iterator

from kg.extract.candidates import Candidate
from kg.extract.nouns import COMPANY_NOUNS, PRODUCT_NOUNS, _role_relation

POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
#: Words allowed between a possessive and the noun it modifies ("Musk's own rival AI company").
_FILLER_POS = frozenset({"ADJ", "NOUN", "PROPN", "ADV", "NUM"})
_RELATIVE = (("which", "is"), ("which", "was"), ("that", "is"), ("that", "was"), ("who", "is"),
             ("who", "was"), ("who", "became"), ("which", "became"))
_SPAN_END = frozenset({",", ";", ".", ":", "—", "–", "(", ")", "!", "?"})
_ROLE_PREPS = frozenset({"of", "at", "in", "for"})


def _mention_at(ents, i: int):
    cid = ents.token_cluster.get(i)
    if cid is None:
        return None
    for m in ents.mentions:
        if m.start <= i < m.end:
            return m
    return None


def possessives(sent, ents) -> Iterator[Candidate]:
    doc = sent.doc
    for m in [m for m in ents.mentions if sent.start <= m.start < sent.end]:
        j = m.end
        if j >= sent.end or doc[j].text not in POSSESSIVE:
            continue
        owner = m.cluster
        k = j + 1
        nxt = _mention_at(ents, k)
        if nxt is not None:
            # "Google's Gemini", "xAI's Grok chatbot": an organization's product
            if ents.type_of(owner) == "Organization" and ents.type_of(nxt.cluster) == "Product":
                yield Candidate(owner, "develops", nxt.cluster, "surface:poss-product", k, scope="phrase")
            continue
        # "Musk's (own) (rival) AI startup, xAI": a person's company, named in apposition
        while k < sent.end and k - j <= 5 and doc[k].pos_ in _FILLER_POS and \
                doc[k].lemma_.lower() not in COMPANY_NOUNS and ents.token_cluster.get(k) is None:
            k += 1
        if k >= sent.end or doc[k].lemma_.lower() not in COMPANY_NOUNS or doc[k].tag_ in ("NNS", "NNPS"):
            continue
        if k + 2 < sent.end and doc[k + 1].text == ",":
            named = _mention_at(ents, k + 2)
            if named is not None and ents.type_of(owner) == "Person" and \
                    ents.type_of(named.cluster) == "Organization":
                yield Candidate(owner, "owns", named.cluster, "surface:poss-company", k, scope="phrase")


def appositive_roles(sent, ents) -> Iterator[Candidate]:
    """"X (and Y), [det] [adj] ROLE [...] of Z" and "X, which is a major investor in Z"."""
    doc = sent.doc
    mentions = [m for m in ents.mentions if sent.start <= m.start < sent.end]
    for idx, m in enumerate(mentions):
        j = m.end
        if j >= sent.end:
            continue
        holders = [m.cluster]
        # "Elon Musk and Sam Altman, co-founders": the coordinated name just before
        if idx > 0 and mentions[idx - 1].end + 1 == m.start and doc[m.start - 1].lower_ == "and":
            holders.insert(0, mentions[idx - 1].cluster)
        k = j
        if doc[k].text == ",":
            k += 1
        words = tuple(t.lower_ for t in doc[k:k + 2])
        relative = words in _RELATIVE
        if relative:
            k += 2
        elif k == j:
            continue  # no comma and no relative clause: not an apposition
        # the appositive phrase runs to the next comma, semicolon or sentence end
        end = k
        while end < sent.end and doc[end].text not in _SPAN_END:
            end += 1
        role_tok = None
        for t in doc[k:end]:
            if t.pos_ in ("VERB", "AUX") and not relative and t.dep_ not in ("amod", "acl"):
                break
            if ents.token_cluster.get(t.i) is not None and not relative:
                break  # "Prior to joining X, Eric was co-founder of Y": another name, not an apposition
            if t.pos_ in ("NOUN", "PROPN") and _role_relation(t):
                role_tok = t
                break
        if role_tok is None:
            continue
        relation = _role_relation(role_tok)
        if role_tok.tag_ not in ("NNS", "NNPS"):
            holders = holders[-1:]
        target = None
        for t in doc[role_tok.i + 1:end]:
            if t.lower_ in _ROLE_PREPS:
                for u in doc[t.i + 1:end]:
                    named = _mention_at(ents, u.i)
                    if named is not None:
                        target = named.cluster
                        break
                if target is not None:
                    break
        if target is None:
            continue
        pattern = "surface:relative-role" if relative else "surface:appos-role"
        for h in holders:
            if h != target:
                yield Candidate(h, relation, target, f"{pattern}:{role_tok.lemma_.lower()}", role_tok.i,
                                scope="clause" if relative else "phrase")


PATTERNS = (possessives, appositive_roles)
