"""The model's attribute ruler and lemmatizer, computed faster with the same results.

``en_core_web_sm`` ends its tagging with two rule components written in Python: an attribute
ruler (179 token patterns that give each tag its part of speech and morphology, and fix a few
words) and a rule lemmatizer. Run token by token through spaCy's ``Matcher`` and ``Token``
objects, the two take about a quarter of the pipeline's time (``bench/build_bench.py
--profile``), as much as the tagger, parser and entity recognizer's neural network on a batch.

Here the same rules are applied from the Doc's arrays:

* :class:`AttributeTable` reads the ruler's own patterns and normalised attributes. Each token's
  matching one-token rules depend only on its tag, lower-case form, dependency label and whether
  it is a space, so they are looked up once per distinct combination; the few two-token rules
  ("gon na") are checked where their first word occurs. As in the ruler, every matching rule is
  applied in the order the rules were added, a later one overriding an earlier one.
* :class:`MemoLemmas` calls the model's own lemmatizer once per distinct (word, part of speech,
  morphology) -- what its lemma depends on -- and remembers the answer for the process.

``tests/test_fast_annotations.py`` checks that both give exactly what the stock components give.
"""

from __future__ import annotations

import re

#: Token pattern keys the table understands (all the model's rules use only these).
KNOWN_KEYS = frozenset({"TAG", "LOWER", "DEP", "IS_SPACE"})


class UnsupportedPatternError(ValueError):
    """The model's attribute ruler has a pattern the table does not read: the stock component is
    kept (see :func:`kg.nlp.load_nlp`)."""


def _predicate(spec):
    """A test of one token attribute's value, from a Matcher pattern value."""
    if isinstance(spec, dict):
        if set(spec) == {"IN"}:
            values = frozenset(spec["IN"])
            return lambda v: v in values
        if set(spec) == {"NOT_IN"}:
            values = frozenset(spec["NOT_IN"])
            return lambda v: v not in values
        if set(spec) == {"REGEX"}:
            regex = re.compile(spec["REGEX"])
            return lambda v: v is not None and regex.search(v) is not None
        raise UnsupportedPatternError(f"unsupported pattern value {spec!r}")
    return lambda v: v == spec


def _literals(spec: dict, key: str):
    """The literal values a token spec names for ``key`` (its equality or IN values)."""
    value = spec.get(key)
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict) and "IN" in value:
        yield from value["IN"]


class _Rule:
    __slots__ = ("number", "tests", "attrs", "index", "specs")

    def __init__(self, number: int, pattern: list[dict], attrs: dict, index: int):
        if index < 0:
            index += len(pattern)
        if not 0 <= index < len(pattern):
            raise UnsupportedPatternError(f"index {index} outside a pattern of {len(pattern)} tokens")
        self.number, self.attrs, self.index, self.specs = number, attrs, index, pattern
        self.tests = []
        for spec in pattern:
            if set(spec) - KNOWN_KEYS:
                raise UnsupportedPatternError(f"unsupported pattern keys {sorted(set(spec) - KNOWN_KEYS)}")
            self.tests.append([(key, _predicate(value)) for key, value in spec.items()])

    def first_matches(self, values: tuple) -> bool:
        return all(test(values[_POSITION[key]]) for key, test in self.tests[0])

    def matches_at(self, features: list[tuple], start: int) -> bool:
        if start < 0 or start + len(self.tests) > len(features):
            return False
        for offset, tests in enumerate(self.tests):
            values = features[start + offset]
            for key, test in tests:
                if not test(values[_POSITION[key]]):
                    return False
        return True


#: Where each pattern key's value sits in a token's feature tuple.
_POSITION = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}


class AttributeTable:
    """The attribute ruler's rules applied from arrays (see the module docstring)."""

    def __init__(self, ruler):
        from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG

        self._written = (POS, MORPH, LEMMA)
        self._tag, self._dep = TAG, DEP
        rules = []
        for number, (entry, attrs, index) in enumerate(zip(ruler.patterns, ruler.attrs, ruler.indices)):
            if "_" in attrs or set(attrs) - {POS, MORPH, LEMMA, TAG, DEP}:
                raise UnsupportedPatternError(f"rule {number} sets attributes the table does not write")
            for pattern in entry["patterns"]:
                rules.append(_Rule(number, pattern, attrs, index))
        self._single = [r for r in rules if len(r.tests) == 1]
        self._multi = [r for r in rules if len(r.tests) > 1]
        self._cache: dict[tuple, tuple] = {}
        # Most words are tested by no rule for their own form: they share one cache key
        self._literal_lowers = frozenset(v for r in rules for spec in r.specs for v in _literals(spec, "LOWER"))
        self._lower_patterns = [re.compile(spec["LOWER"]["REGEX"]) for r in rules for spec in r.specs
                                if isinstance(spec.get("LOWER"), dict) and "REGEX" in spec["LOWER"]]
        if any(isinstance(spec.get("LOWER"), dict) and "NOT_IN" in spec["LOWER"] for r in rules for spec in r.specs):
            self._literal_lowers = None  # (a NOT_IN on the form: every form counts)
        self._lower_keys: dict[str, str | None] = {}

    def _lower_key(self, lower: str) -> str | None:
        """The word's form as far as the rules can tell it apart: itself when some rule names or
        matches it, else None."""
        if self._literal_lowers is None:
            return lower
        found = self._lower_keys.get(lower, 0)
        if found == 0:
            found = self._lower_keys[lower] = lower if lower in self._literal_lowers or any(
                p.search(lower) for p in self._lower_patterns) else None
        return found

    def _rules_of(self, features: tuple) -> tuple[tuple, tuple]:
        """The one-token rules a token with these features matches, and the longer rules whose
        first token it matches."""
        found = self._cache.get(features)
        if found is None:
            found = self._cache[features] = (
                tuple(r for r in self._single if r.matches_at([features], 0)),
                tuple(r for r in self._multi if r.first_matches(features)))
        return found

    def __call__(self, doc):
        from spacy.attrs import DEP, IS_SPACE, LOWER, TAG

        n = len(doc)
        if n == 0:
            return doc
        strings = doc.vocab.strings
        rows = doc.to_array([TAG, LOWER, DEP, IS_SPACE]).reshape(n, 4).tolist()
        names: dict[int, str] = {}

        def name(h: int) -> str:
            s = names.get(h)
            if s is None:
                s = names[h] = strings[h] if h else ""
            return s

        features = [(name(t), name(lo), name(d), bool(sp)) for t, lo, d, sp in rows]
        lower_key = self._lower_key
        applied: list[list] = []
        starts = []
        for i, (tag, lower, dep, space) in enumerate(features):
            single, first = self._rules_of((tag, lower_key(lower), dep, space))
            applied.append(list(single))
            if first:
                starts.append((i, first))
        for start, rules in starts:
            for rule in rules:
                if rule.matches_at(features, start):
                    applied[start + rule.index].append(rule)
        written = self._written
        values = doc.to_array(list(written)).reshape(n, len(written))
        changed = False
        late = []  # (token, attribute, value) of the rare rules that set a tag or a dependency
        for i, rules in enumerate(applied):
            if not rules:
                continue
            if len(rules) > 1:
                rules.sort(key=lambda r: r.number)
            for rule in rules:
                for attr, value in rule.attrs.items():
                    if attr in written:
                        values[i, written.index(attr)] = value
                        changed = True
                    else:
                        late.append((i, attr, value))
        if changed:
            doc.from_array(list(written), values)
        for i, attr, value in late:
            if attr == self._tag:
                doc[i].tag = value
            elif attr == self._dep:
                doc[i].dep = value
        return doc


def _with_index_sets(lemmatizer):
    """A copy of the model's rule lemmatizer whose word index is a set per part of speech: the
    lemmatizer asks "is this form a word of the index?" of a list of thousands of words, a scan
    each time (70 microseconds a call, nearly all the lemmas' cost); a set answers the same at
    once. The model's own component is left as it is."""
    import copy

    from spacy.lookups import Lookups

    if not lemmatizer.lookups.has_table("lemma_index"):
        return lemmatizer
    lookups = Lookups()
    for name in lemmatizer.lookups.tables:
        table = lemmatizer.lookups.get_table(name)
        if name == "lemma_index":
            data = {key: frozenset(words) if isinstance(words, list) else words for key, words in table.items()}
            lookups.add_table(name, data)
        else:
            lookups.set_table(name, table)
    fast = copy.copy(lemmatizer)
    fast.lookups = lookups
    fast.lemmatize = getattr(fast, f"{fast.mode}_lemmatize")  # (bound to the model's own object)
    return fast


class MemoLemmas:
    """The model's rule lemmatizer, called once per distinct (word, part of speech, morphology)."""

    def __init__(self, lemmatizer):
        self._lemmatizer = _with_index_sets(lemmatizer)
        self._memo: dict[tuple[int, int, int], str] = {}

    def __call__(self, doc):
        from spacy.attrs import LEMMA, MORPH, ORTH, POS

        n = len(doc)
        if n == 0:
            return doc
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA]).reshape(n, 4)
        memo = self._memo
        strings = doc.vocab.strings
        lemmas = rows[:, 3].copy()
        missing = False
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma:
                continue  # set by the attribute ruler: the lemmatizer leaves it
            key = (orth, pos, morph)
            text = memo.get(key)
            if text is None:
                text = memo[key] = self._lemmatizer.lemmatize(doc[i])[0]
            lemmas[i] = strings.add(text)
            missing = True
        if missing:
            doc.from_array([LEMMA], lemmas.reshape(n, 1))
        return doc
