"""Comparing names: how a predicted entity is matched to a name the gold writes.

Three strengths of matching, one per protocol:

- :func:`normalize_name` -- exact after normalisation (the seeds gold, entity coverage);
- :func:`names_overlap` -- one name is any run of whole tokens of the other (KnowledgeNet, whose
  spans are mentions of the passage);
- :func:`name_match` -- the lenient rule of ../shared/gold/README.md (news passages, CORE): equal
  once legal suffixes are dropped, or one is the first or last tokens of the other
  ("Huang" ~ "Jensen Huang", "Nvidia" ~ "Nvidia Corp.").

:func:`is_name` tells a name from a pronoun or a description ("He", "the company").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

__all__ = [
    "COMPANY_SUFFIXES",
    "PRONOUNS",
    "best_name_match",
    "is_name",
    "lenient_tokens",
    "name_match",
    "name_tokens",
    "names_overlap",
    "normalize_name",
]

_QUOTES = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
        "\u00b4": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
        "\u00ab": '"', "\u00bb": '"',
    }
)
_EDGE_PUNCT = " \t\"'.,;:!?()[]{}"
_POSSESSIVE = re.compile(r"(?<=\w)'s$|(?<=s)'$")


def normalize_name(name: str) -> str:
    """Comparable form of a name: NFKC, straight quotes, case-folded, whitespace collapsed,
    surrounding punctuation and a final possessive ('s or s') removed.

    >>> normalize_name("  Musk\u2019s ")
    'musk'
    """
    s = unicodedata.normalize("NFKC", name).translate(_QUOTES).casefold()
    s = " ".join(s.split()).strip(_EDGE_PUNCT)
    s = _POSSESSIVE.sub("", s)
    return s.strip(_EDGE_PUNCT)


def name_tokens(name: str) -> tuple[str, ...]:
    """The word tokens of the normalised name: punctuation inside a name separates tokens
    ("T-Mobile US" -> t, mobile, us)."""
    return tuple(re.findall(r"\w+", normalize_name(name)))


def names_overlap(a: str, b: str) -> bool:
    """True if the normalised names are equal or one is a run of whole tokens of the other.

    "Raymond James Bank" ~ "Raymond James Bank", "Maniatis" ~ "Tom Maniatis", "JS" ~ "JS Food
    Plan Co, Ltd."; but "Bank" !~ "Banking Corp" (token boundaries) and nothing matches "".
    """
    ta, tb = name_tokens(a), name_tokens(b)
    if not ta or not tb:
        return False
    if len(ta) > len(tb):
        ta, tb = tb, ta
    n = len(ta)
    return any(tb[i : i + n] == ta for i in range(len(tb) - n + 1))


#: Trailing words that say what legal form a company has, not which company it is ("Nvidia
#: Corp." is Nvidia). Multi-token forms ("S.A." -> s, a) are tuples. Forms that also end product
#: names ("SE": iPhone SE) are left out.
COMPANY_SUFFIXES: tuple[tuple[str, ...], ...] = tuple(
    tuple(s.split())
    for s in (
        "inc", "incorporated", "ltd", "limited", "llc", "llp", "lp", "plc", "corp", "corporation",
        "co", "company", "gmbh", "ag", "sa", "s a", "nv", "n v", "bv", "b v", "pte", "pty",
    )
)


def lenient_tokens(name: str) -> tuple[str, ...]:
    """:func:`name_tokens` without trailing legal forms ("Foo Co., Ltd." -> foo); a name that is
    nothing but such words keeps them (a company called "Co" is still "co")."""
    tokens = name_tokens(name)
    stripped = True
    while stripped:
        stripped = False
        for suffix in COMPANY_SUFFIXES:
            n = len(suffix)
            if len(tokens) > n and tokens[-n:] == suffix:
                tokens = tokens[:-n]
                stripped = True
                break
    return tokens


def name_match(name: str, gold: str, *, either_way: bool = True) -> int:
    """How well ``name`` matches the gold name ``gold``, by the lenient rule of the gold README.

    2: equal after normalisation (case, punctuation, possessive, a trailing "Inc."/"Ltd."/
    "Corp."/"LLC"/"plc" and the like); 1: ``name`` is the first or last tokens of ``gold``
    ("Huang" ~ "Jensen Huang", "Jensen" ~ "Jensen Huang") or, with ``either_way``, ``gold`` is
    those of ``name``; 0: no match. A run in the middle does not count ("Micro" !~ "Advanced Micro
    Devices"), nor does a part of a word ("Bank" !~ "Banking").
    """
    a, b = lenient_tokens(name), lenient_tokens(gold)
    if not a or not b:
        return 0
    if a == b:
        return 2
    if _is_edge(a, b) or (either_way and _is_edge(b, a)):
        return 1
    return 0


def _is_edge(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    n = len(short)
    return n < len(long) and (long[:n] == short or long[-n:] == short)


def best_name_match(names: Iterable[str], gold: str, *, either_way: bool = True) -> int:
    """The best :func:`name_match` of any of ``names`` (an entity's label and aliases)."""
    return max((name_match(n, gold, either_way=either_way) for n in names), default=0)


#: Words that refer to an entity without naming it (case-insensitive).
PRONOUNS = frozenset(
    """
    i me my mine myself we us our ours ourselves you your yours yourself yourselves
    he him his himself she her hers herself it its itself they them their theirs themselves
    one oneself who whom whose which that what where when whoever whichever
    this these those there here
    """.split()
)
# A determiner or possessive followed by a lowercase word: "the company", "its parent", and at the
# start of a sentence "The company", "Its subsidiary". "The Corrs" and "the Journal" (capitalised
# head) stay names.
_DESCRIPTION = re.compile(
    r"^(?i:the|this|that|these|those|a|an|his|her|its|their|our|my|your)\s+[a-z]"
)


def is_name(text: str) -> bool:
    """True if ``text`` names an entity; False for a pronoun, relative word or description.

    Rule: not a name if, normalised, it is empty or one of :data:`PRONOUNS` ("He", "which",
    "its", "I"), or if it starts with a determiner/possessive (in any case) followed by a
    lowercase word ("the company", "The firm's", "its subsidiary"). A lowercase first letter alone
    does not disqualify: "iRobot Corporation", "mPower Advisors" and "ip.access" are names, and
    neither does a capitalised head: "The Guardian", "The Corrs".
    """
    norm = normalize_name(text)
    if not norm or norm in PRONOUNS:
        return False
    return not _DESCRIPTION.match(" ".join(text.split()))
