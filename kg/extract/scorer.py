"""The scorer: how likely a candidate is a fact the text states, as a calibrated probability.

A logistic regression over features of the candidate (:func:`features`): the relation, the rule
that proposed it and its trigger word, the argument slots and how each argument was resolved (a
name is surer than "the company"), the entity types, the distance between the arguments, the
dependency path between them, how many rules agree on the same fact and whether the sentence
hedges. ``train/train_scorer.py`` (``make train``) fits it on the public training data in
``../shared`` and writes ``kg/data/scorer.json``: the weights, a Platt calibration of the
probabilities, and the decision threshold, with what it was trained on. The model is a plain
table of weights, so scoring needs neither scikit-learn nor any randomness.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from kg.extract.lexicon import lexicon

#: Where the model lives in the package.
MODEL_FILE = "scorer.json"


def population(feats: dict) -> str:
    """Which calibration a candidate's score goes through: "pair" for the pairs of names near a
    trigger (:func:`kg.extract.candidates.pair_candidates`), "rules" for the rest."""
    return "pair" if any(k.startswith("pair|") for k in feats) else "rules"


@dataclass(frozen=True)
class Model:
    """The trained weights, a Platt calibration per population (``calibration[pop] = (a, b)``:
    p = 1 / (1 + exp(a * s + b)) of the raw score s) and the threshold at and above which a
    candidate is asserted: ``threshold`` for the rules' candidates, ``pair_thresholds[relation]``
    for the pairs of names near a trigger (a relation without one is never asserted from a pair)."""

    bias: float
    weights: dict[str, float]
    calibration: dict[str, tuple[float, float]]
    threshold: float
    info: dict
    pair_thresholds: dict[str, float] = field(default_factory=dict)

    @property
    def scores_pairs(self) -> bool:
        """Whether the model was trained on the pairs of names near a trigger too."""
        return "pair" in self.calibration

    def threshold_for(self, feats: dict, relation: str) -> float:
        """The probability a candidate of ``relation`` with features ``feats`` must reach to be
        asserted (above 1 where it never is)."""
        if population(feats) == "pair":
            return self.pair_thresholds.get(relation, 2.0)
        return self.threshold

    def score(self, feats: dict[str, float]) -> float:
        """The raw linear score of a feature dict."""
        return self.bias + sum(self.weights.get(f, 0.0) * v for f, v in feats.items())

    def probability(self, feats: dict[str, float]) -> float:
        """The calibrated probability that the candidate is a stated fact."""
        a, b = self.calibration[population(feats)]
        z = a * self.score(feats) + b
        if z >= 0:  # overflow-safe logistic
            e = math.exp(-z)
            return e / (1.0 + e)
        return 1.0 / (1.0 + math.exp(z))


@lru_cache(maxsize=1)
def model() -> Model | None:
    """The shipped model (``kg/data/scorer.json``), or None when it has not been trained yet
    (then every admissible candidate is asserted with the fallback confidence)."""
    try:
        text = resources.files("kg.data").joinpath(MODEL_FILE).read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    data = json.loads(text)
    calibration = {pop: (float(ab["a"]), float(ab["b"])) for pop, ab in data["calibration"].items()}
    return Model(bias=float(data["bias"]), weights={k: float(v) for k, v in data["weights"].items()},
                 calibration=calibration, threshold=float(data["threshold"]), info=data.get("trained_on", {}),
                 pair_thresholds={k: float(v) for k, v in data.get("pair_thresholds", {}).items()})


#: The confidence of a candidate when no model is installed (rules alone, before training).
FALLBACK_CONFIDENCE = 0.5


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for e in edges:
        if n <= e:
            return f"<={e}"
    return f">{edges[-1]}"


def family(pattern: str) -> str:
    """The rule family of a pattern name: "verb:acquire" -> "verb"."""
    return pattern.split(":", 1)[0]


def dependency_path(doc, i: int, j: int, max_len: int = 6) -> str:
    """The labels on the path from token ``i`` up to the lowest common head and down to ``j``
    ("nsubj^ dobj" for subject to object of one verb), or "far" beyond ``max_len`` steps."""
    up_i = [doc[i]]
    while up_i[-1].head.i != up_i[-1].i and len(up_i) < 12:
        up_i.append(up_i[-1].head)
    up_j = [doc[j]]
    while up_j[-1].head.i != up_j[-1].i and len(up_j) < 12:
        up_j.append(up_j[-1].head)
    ids_j = {t.i: k for k, t in enumerate(up_j)}
    for k, t in enumerate(up_i):
        if t.i in ids_j:
            m = ids_j[t.i]
            if k + m > max_len:
                return "far"
            ups = [x.dep_ for x in up_i[:k]]
            downs = [x.dep_ for x in reversed(up_j[:m])]
            return " ".join([*(d + "^" for d in ups), *downs]) or "same"
    return "none"


def pair_features(cand, doc, ents) -> dict[str, float]:
    """The features only a pair of names near a trigger has: the trigger word crossed with the
    dependency paths from each name to it, with the order of the two names and of the trigger,
    with the types, and whether the trigger is passive or a noun."""
    rel = cand.relation
    lemma = cand.pattern.split(":", 1)[1] if ":" in cand.pattern else ""
    trigger = doc[cand.trigger]
    s_tok, o_tok = cand.arg_tokens
    key = f"{rel}|{lemma}"
    paths = [dependency_path(doc, tok, cand.trigger, max_len=4) if tok != cand.trigger else "same"
             for tok in (s_tok, o_tok)]
    order = "".join(k for _, k in sorted(((s_tok, "s"), (o_tok, "o"), (cand.trigger, "t"))))
    passive = any(c.dep_ in ("auxpass", "agent", "nsubjpass") for c in trigger.children)
    types = f"{ents.type_of(cand.subject)}|{ents.type_of(cand.object)}"
    between = doc[min(s_tok, o_tok) + 1:max(s_tok, o_tok)]
    others = sum(1 for m in ents.mentions if min(s_tok, o_tok) < m.start < max(s_tok, o_tok)
                 and m.cluster not in (cand.subject, cand.object))
    return {
        f"trig|s_t={key}|{paths[0]}": 1, f"trig|o_t={key}|{paths[1]}": 1,
        f"trig|paths={key}|{paths[0]}|{paths[1]}": 1, f"rel|paths={rel}|{paths[0]}|{paths[1]}": 1,
        f"trig|order={key}|{order}": 1, f"rel|order={rel}|{order}": 1,
        f"trig|passive={key}|{passive}": 1, f"trig|pos={key}|{trigger.pos_}": 1,
        f"trig|types={key}|{types}": 1,
        f"rel|names_between={rel}|{_bucket(others, (0, 1, 3))}": 1,
        f"rel|comma_between={rel}|{any(t.text == ',' for t in between)}": 1,
    }


def sentence_features(trigger) -> tuple[str, ...]:
    """The features of the sentence of ``trigger``, in the order :func:`features` adds them: a
    negation, a modal, a hedging verb, a question, quotes, its length. (Computed once a sentence
    and kept in the Doc's ``user_data``: every candidate of the sentence has them.)"""
    by_token = trigger.doc.user_data.setdefault("kg:sentence_features", {})
    found = by_token.get(trigger.i)
    if found is None:
        sent = trigger.sent
        by_start = trigger.doc.user_data.setdefault("kg:sentence_features_at", {})
        found = by_start.get(sent.start)
        if found is None:
            found = by_start[sent.start] = _sentence_features(sent)
        by_token[trigger.i] = found
    return found


def _sentence_features(sent) -> tuple[str, ...]:
    words = lexicon()
    out = []
    if any(t.lower_ in words.negations for t in sent):
        out.append("sentence_has_negation")
    if any(t.lower_ in words.modals and t.dep_ == "aux" for t in sent):
        out.append("sentence_has_modal")
    if any(t.lemma_.lower() in words.hedging_verbs for t in sent):
        out.append("sentence_has_hedging_verb")
    if sent.text.strip().endswith("?"):
        out.append("question")
    if any(t.text in ('"', "“", "”") for t in sent):
        out.append("sentence_quotes")
    out.append(f"sent_len={_bucket(len(sent), (15, 30, 50))}")
    return tuple(out)


def features(cand, doc, ents, support: Counter, pair_relations: dict) -> dict[str, float]:
    """The features of one candidate. ``support`` counts the distinct rules behind each
    (subject, relation, object) of the document; ``pair_relations`` lists the relations each
    unordered pair of entities is proposed for."""
    rel = cand.relation
    fam = family(cand.pattern)
    trigger = doc[cand.trigger]
    s_tok, o_tok = cand.arg_tokens
    types = f"{ents.type_of(cand.subject)}|{ents.type_of(cand.object)}"
    f: dict[str, float] = {
        f"rel={rel}": 1, f"fam={fam}": 1, f"rel|fam={rel}|{fam}": 1,
        f"pat={cand.pattern}": 1, f"rel|pat={rel}|{cand.pattern}": 1,
        f"slots={cand.slots[0]}|{cand.slots[1]}": 1, f"rel|slots={rel}|{cand.slots[0]}|{cand.slots[1]}": 1,
        f"how_s={cand.how[0]}": 1, f"how_o={cand.how[1]}": 1,
        f"rel|how={rel}|{cand.how[0]}|{cand.how[1]}": 1,
        f"types={types}": 1, f"rel|types={rel}|{types}": 1,
        f"scope={cand.scope}": 1, f"trig_dep={trigger.dep_}": 1, f"rel|trig_pos={rel}|{trigger.pos_}": 1,
    }
    if s_tok >= 0 and o_tok >= 0:
        dist = abs(s_tok - o_tok)
        f[f"dist={_bucket(dist, (2, 5, 10, 20, 40))}"] = 1
        f[f"rel|dist={rel}|{_bucket(dist, (5, 15, 40))}"] = 1
        if ents.sentence_index(s_tok) == ents.sentence_index(o_tok):
            path = dependency_path(doc, s_tok, o_tok)
            f[f"path={path}"] = 1
            f[f"rel|path={rel}|{path}"] = 1
        else:
            f["args_in_other_sentences"] = 1
        f["s_before_o"] = 1 if s_tok < o_tok else 0
        for side, tok in (("s", s_tok), ("o", o_tok)):
            if tok != cand.trigger and ents.sentence_index(tok) == ents.sentence_index(cand.trigger):
                to_trigger = dependency_path(doc, tok, cand.trigger, max_len=4)
                f[f"path_{side}_t={to_trigger}"] = 1
                f[f"rel|path_{side}_t={rel}|{to_trigger}"] = 1
    n = support[(cand.subject, rel, cand.object)]
    f[f"support={_bucket(n, (1, 2))}"] = 1
    others = pair_relations.get(frozenset((cand.subject, cand.object)), set()) - {rel}
    if others:
        f["pair_has_other_relations"] = 1
        for other in sorted(others):
            f[f"rel|other={rel}|{other}"] = 1
    for side, cid in (("s", cand.subject), ("o", cand.object)):
        count = len(ents.clusters[cid].mentions)
        f[f"mentions_{side}={_bucket(count, (1, 3))}"] = 1
        if ents.is_weak(cid):
            f[f"weak_{side}"] = 1
    for name in sentence_features(trigger):
        f[name] = 1
    if fam == "pair":
        # Pairs of names near a trigger are another population than the rules' candidates (most
        # are wrong): their own weights, so they cannot drag the rules' down; and what decides a
        # pair is how each name stands to this trigger word ("X acquired Y": the buyer is the
        # verb's subject; "Y was sold to X": the buyer is the object of "to")
        f.update(pair_features(cand, doc, ents))
        return {f"pair|{k}": v for k, v in f.items()}
    return f
