"""Helpers for the evaluation tests: an ``extract`` callable that returns hand-made records."""

from __future__ import annotations

from kg.model import Assertion, Entity, Extraction


def ent(name: str, type_: str = "Organization", *aliases: str) -> tuple:
    """An entity spec for :func:`fake_extract`: name, type and aliases."""
    return (name, type_, *aliases)


def fake_extract(predictions: dict):
    """An extract callable: {passage id: [(subject, relation, object[, confidence])]}.

    A subject or object is a name (an Organization) or an :func:`ent` tuple (name, type,
    *aliases). The confidence defaults to 0.9. Every
    assertion gets the pattern ``fake:<relation>`` and the passage's text as its sentence. The
    documents each call received are kept in ``extract.calls``.
    """
    calls = []

    def spec(n) -> tuple[str, str, tuple[str, ...]]:
        if isinstance(n, tuple):
            return n[0], n[1], tuple(n[2:])
        return n, "Organization", ()

    def extract(docs):
        calls.append(list(docs))
        out = []
        for d in docs:
            ents, asserts = {}, []
            for row in predictions.get(d.id, ()):
                subj, rel, obj = row[:3]
                confidence = row[3] if len(row) > 3 else 0.9
                keys = []
                for n in (subj, obj):
                    name, type_, aliases = spec(n)
                    key = f"{type_}:{name}"
                    ents[key] = Entity(key, name, type_, aliases)
                    keys.append(key)
                asserts.append(Assertion(keys[0], rel, keys[1], d.id, d.text, confidence, f"fake:{rel}"))
            out.append(Extraction(d, tuple(ents.values()), tuple(asserts)))
        return out

    extract.calls = calls
    return extract
