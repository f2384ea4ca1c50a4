"""Hand-made records (kg/model.py's Document, Entity, Assertion, Extraction) for the tests that
write a store, resolve or score extractions without the spaCy model: one place that builds them.

- :func:`document`, :func:`entity`, :func:`assertion` and :func:`extraction_of` build one record
  each, with the defaults the tests share (a document's source ``corpus/<id>.txt``, an entity's
  key minted from its name as the store mints it, an assertion's confidence 0.9 and pattern
  ``verb:test``);
- :data:`ENTS` and :func:`extraction` -- a document stating facts between four known entities by
  key (``Elon_Musk``, ``Sam_Altman``, ``OpenAI``, ``xAI``), what the store tests write;
- :func:`fake_extract` and :func:`ent` -- an ``extract`` callable for the scorers of
  :mod:`kg.evaluate`, returning hand-made extractions for each passage id;
- :func:`mention` -- a :class:`kg.resolve.Cluster`, one document's mention, for the tests of
  cross-document resolution.

Parses built by hand (``spacy.tokens.Doc``) are in tests/parses.py.
"""

from __future__ import annotations

from collections.abc import Iterable

from kg.model import Assertion, Document, Entity, Extraction
from kg.rdf import entity_key

#: The extractor version the store tests write with.
VERSION = "test"


def document(doc_id: str, *, source: str | None = None, text: str | None = None, title: str | None = None,
             date: str | None = None, url: str | None = None) -> Document:
    """A document; source ``corpus/<id>.txt`` and text ``text of <id>`` unless given."""
    return Document(id=doc_id, source=f"corpus/{doc_id}.txt" if source is None else source,
                    text=f"text of {doc_id}" if text is None else text, title=title, url=url, date=date)


def entity(name: str, type_: str = "Organization", *aliases: str, key: str | None = None,
           wikidata: str | None = None) -> Entity:
    """An entity; its key is :func:`kg.rdf.entity_key` of its name unless given."""
    return Entity(entity_key(name) if key is None else key, name, type_, tuple(aliases), wikidata)


def assertion(subject: str, relation: str, obj: str, doc_id: str, *, sentence: str | None = None,
              confidence: float = 0.9, pattern: str = "verb:test", date: str | None = None,
              sent_start: int = 0) -> Assertion:
    """An assertion between two entity keys; its sentence ``<s> <relation> <o> in <doc>.``
    unless given."""
    if sentence is None:
        sentence = f"{subject} {relation} {obj} in {doc_id}."
    return Assertion(subject, relation, obj, doc_id, sentence, confidence, pattern, date, sent_start)


def extraction_of(doc: Document, entities: Iterable[Entity] = (), assertions: Iterable[Assertion] = ()) -> Extraction:
    """The extraction of ``doc``: its entities and assertions as given."""
    return Extraction(document=doc, entities=tuple(entities), assertions=tuple(assertions))


# ----------------------------------------------------------------------------- the store tests' documents
ENTS = {
    "Elon_Musk": entity("Elon Musk", "Person", key="Elon_Musk"),
    "Sam_Altman": entity("Sam Altman", "Person", key="Sam_Altman"),
    "OpenAI": entity("OpenAI", "Organization", "Open AI", key="OpenAI"),
    "xAI": entity("xAI", "Organization", key="xAI"),
}


def extraction(doc_id: str, facts: list[tuple[str, str, str]], source: str | None = None) -> Extraction:
    """Document ``doc_id`` stating ``facts`` (subject key, relation, object key) between the
    entities of :data:`ENTS`, each fact with confidence 0.9 and pattern ``verb:test``."""
    keys = {k for s, _, o in facts for k in (s, o)}
    return extraction_of(document(doc_id, source=source or None), (ENTS[k] for k in sorted(keys)),
                         (assertion(s, r, o, doc_id) for s, r, o in facts))


# ----------------------------------------------------------------------------- an extract callable
def ent(name: str, type_: str = "Organization", *aliases: str) -> tuple:
    """An entity spec for :func:`fake_extract`: name, type and aliases."""
    return (name, type_, *aliases)


def fake_extract(predictions: dict):
    """An extract callable: {passage id: [(subject, relation, object[, confidence])]}.

    A subject or object is a name (an Organization) or an :func:`ent` tuple (name, type,
    *aliases). The confidence defaults to 0.9. Every assertion gets the pattern
    ``fake:<relation>`` and the passage's text as its sentence. The documents each call received
    are kept in ``extract.calls``.
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
                    ents[key] = entity(name, type_, *aliases, key=key)
                    keys.append(key)
                asserts.append(assertion(keys[0], rel, keys[1], d.id, sentence=d.text, confidence=confidence,
                                         pattern=f"fake:{rel}"))
            out.append(extraction_of(d, ents.values(), asserts))
        return out

    extract.calls = calls
    return extract


# ----------------------------------------------------------------------------- mentions to resolve
def mention(doc: str, name: str, type_: str = "Person", *aliases: str, wikidata: str | None = None):
    """A :class:`kg.resolve.Cluster`: what document ``doc`` says about one thing -- the name it
    gives it, its type, the other names it used, its Wikidata item -- with the mention IRI the
    store gives it."""
    from kg.resolve import Cluster

    return Cluster(iri=f"http://kg.example.org/resource/mention/{doc}/{entity_key(name)}", doc_id=doc, name=name,
                   type=type_, names=tuple(sorted({name, *aliases})), wikidata=wikidata)
