"""The candidate scorer and its training: the shipped model, the labelling of candidates by the
evaluation's rules, and a reproducible fit (scikit-learn, installed with the test tools)."""

from __future__ import annotations

import json
import sys
from importlib import resources
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "train"))

import train_scorer  # noqa: E402  (a script beside the package, imported for its functions)

from kg.extract.scorer import Model, model  # noqa: E402


def test_shipped_model_is_documented_and_sane():
    data = json.loads(resources.files("kg.data").joinpath("scorer.json").read_text(encoding="utf-8"))
    assert set(data) >= {"about", "trained_on", "bias", "calibration", "threshold", "weights"}
    assert "gold/news_dev_b.jsonl" in data["trained_on"]["held_out"]
    assert 0.0 <= data["threshold"] < 1.0
    trained = model()
    assert isinstance(trained, Model) and trained.weights


def test_probability_is_the_calibrated_logistic_of_the_score():
    m = Model(bias=0.0, weights={"a": 2.0, "b": -1.0}, calibration={"rules": (-1.0, 0.0)}, threshold=0.5, info={})
    assert m.probability({}) == pytest.approx(0.5)
    assert m.probability({"a": 1}) == pytest.approx(1 / (1 + 2.718281828 ** -2.0), rel=1e-6)
    assert m.probability({"a": 1}) > m.probability({}) > m.probability({"b": 1})
    assert 0.0 < m.probability({"a": 500}) <= 1.0  # no overflow


NEWS = {"id": "n1", "triples": [
    {"subject": "Jensen Huang", "relation": "ceoOf", "object": "Nvidia"},
    {"subject": "Arm", "relation": "subsidiaryOf", "object": "SoftBank Group"},
    {"subject": "Nvidia", "relation": "rivalOf", "object": "AMD"},
]}


@pytest.mark.parametrize("names, relation, label", [
    ((("Jensen Huang", "Huang"), ("Nvidia Corp.",)), "ceoOf", 1),  # lenient names, legal suffix
    ((("Huang",), ("Nvidia",)), "ceoOf", 1),  # a surname is the last tokens
    ((("Jensen Huang",), ("Nvidia",)), "worksFor", None),  # entailed by the gold ceoOf
    ((("Jensen Huang",), ("Nvidia",)), "leads", 0),
    ((("SoftBank",), ("Arm",)), "owns", 1),  # owns = subsidiaryOf reversed
    ((("AMD",), ("Nvidia",)), "rivalOf", 1),  # symmetric
    ((("Nvidia",), ("Arm",)), "acquired", 0),
])
def test_news_labels_follow_the_gold_readme(names, relation, label):
    assert train_scorer.label_news(names, relation, NEWS) == label


KN = {"id": "k1", "annotated": ["CEO", "FOUNDED_BY"], "facts": [
    {"property": "CEO", "subject": "Raymond James Bank", "object": "He"},
    {"property": "FOUNDED_BY", "subject": "Acme Corp", "object": "Dana Whitlock"},
]}


@pytest.mark.parametrize("names, relation, label", [
    ((("Dana Whitlock",), ("Acme Corp",)), "founded", 1),
    ((("Omar Reyes",), ("Acme Corp",)), "founded", 0),
    ((("Omar Reyes",), ("Raymond James Bank",)), "ceoOf", None),  # the gold names only "He"
    ((("Dana Whitlock",), ("Acme Corp",)), "worksFor", None),  # not an annotated property
])
def test_knowledgenet_labels(names, relation, label):
    assert train_scorer.label_knowledgenet(names, relation, KN) == label


CORE = {"id": "c1", "relation": "subsidiaryOf", "subject": "Velmora Health Inc.", "object": "Talverin Group",
        "subject_span": "Velmora Health", "object_span": "Talverin"}


@pytest.mark.parametrize("names, relation, label", [
    ((("Velmora Health",), ("Talverin Group",)), "subsidiaryOf", 1),
    ((("Talverin",), ("Velmora Health",)), "owns", 1),  # parent to child
    ((("Talverin",), ("Velmora Health",)), "subsidiaryOf", 0),  # the wrong way round
    ((("Velmora Health",), ("Quorvane",)), "subsidiaryOf", None),  # not the annotated pair
])
def test_core_labels(names, relation, label):
    assert train_scorer.label_core(names, relation, CORE) == label


def test_core_split_is_the_evaluations():
    from kg.evaluate import core_part

    ids = [f"E{i}" for i in range(300)]
    assert [train_scorer.core_part(i) for i in ids] == [core_part(i) for i in ids]


def _rows():
    """Hand-made labelled feature dicts: "good" rules right, "bad" ones wrong, in 20 passages."""
    rows = []
    for p in range(20):
        for k in range(6):
            good = k % 3 != 0
            feats = {"pat=verb:good" if good else "pat=verb:bad": 1, f"noise={k % 2}": 1}
            rows.append(("news_dev_a", f"p{p}", feats, int(good) if k != 5 else 0, ("news_dev_a", f"p{p}", k, "r", 0)))
    return rows


def test_fit_is_deterministic_and_learns_the_signal():
    pytest.importorskip("sklearn")
    a = train_scorer.fit(_rows(), seed=0, min_precision=0.85, gold_counts={"news_dev_a": 80})
    b = train_scorer.fit(_rows(), seed=0, min_precision=0.85, gold_counts={"news_dev_a": 80})
    assert a == b
    m = Model(bias=a["bias"], weights=a["weights"], calibration={k: (v["a"], v["b"]) for k, v in a["calibration"].items()},
              threshold=a["threshold"], info={})
    assert m.probability({"pat=verb:good": 1}) > 0.6 > m.probability({"pat=verb:bad": 1})
    assert list(a["weights"]) == sorted(a["weights"])
