"""The small typed records every step of the pipeline passes on.

They are plain, frozen, picklable values, never spaCy objects, so extraction can run in another
process (or on another machine) and the store never sees spaCy.
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: The vocabulary, as kg/data/ontology/kg.ttl declares it (:mod:`kg.vocabulary`, generated from it):
#: the entity types (local names of the classes under kg:Entity), the relations the extractor
#: asserts (local names of kg: properties) and those whose direction carries no meaning
#: (A rivalOf B is the same fact as B rivalOf A).
from kg.vocabulary import ENTITY_TYPES, RELATIONS, SYMMETRIC_RELATIONS  # noqa: F401 - re-exported


@dataclass(frozen=True)
class Document:
    """One input article, cleaned. Its identity is the SHA-256 of its text (``id``)."""

    id: str
    source: str
    text: str
    title: str | None = None
    url: str | None = None
    date: str | None = None
    format: str = "txt"


@dataclass(frozen=True)
class Entity:
    """A real-world thing, after resolution: one per person, company or product.

    ``key`` is stable across documents and runs (it is minted from the canonical name), so the
    store can merge what different documents say about the same thing.
    """

    key: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None


@dataclass(frozen=True)
class Assertion:
    """One fact a document states: ``subject`` and ``object`` are entity keys."""

    subject: str
    relation: str
    object: str
    doc_id: str
    sentence: str
    confidence: float
    pattern: str
    date: str | None = None
    sent_start: int = 0


@dataclass(frozen=True)
class Extraction:
    """What the extractor found in one document."""

    document: Document
    entities: tuple[Entity, ...] = ()
    assertions: tuple[Assertion, ...] = ()
    stats: dict = field(default_factory=dict, compare=False)
