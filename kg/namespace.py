"""RDF namespaces without rdflib: a term is its IRI, a plain string.

``KG.founded`` is the IRI of kg:founded as a ``str``, ready for ``pyoxigraph.NamedNode`` or
``rdflib.URIRef``. A :class:`DefinedNamespace` (``kg.vocabulary.KG``, generated from the
ontology) knows its terms and refuses any other, so a typo fails instead of minting a property
nobody defined; a :class:`Namespace` (``RDF``, ``XSD``, ``PROV`` ...) is open. Modelled on rdflib's
``DefinedNamespace`` (``rdflib/namespace/_FOAF.py``) without importing rdflib: the extractor and
the write path use these, and rdflib is imported only where RDF is parsed or written with it.
"""

from __future__ import annotations

from collections.abc import Iterator


class UnknownTermError(AttributeError, KeyError):
    """A name that is not a term of a :class:`DefinedNamespace` (``KG.foundedd``, ``KG["x"]``):
    an ``AttributeError`` and a ``KeyError``, as the two ways of asking expect."""

    def __str__(self) -> str:  # KeyError's would quote the message
        return str(self.args[0]) if self.args else ""


class _DefinedNamespaceMeta(type):
    """Makes every annotated name of the class body a class attribute holding its IRI."""

    def __new__(mcs, name: str, bases: tuple, body: dict):
        cls = super().__new__(mcs, name, bases, body)
        iri = body.get("_NS")
        if iri is None:  # DefinedNamespace itself
            return cls
        terms = tuple(cls.__annotations__)
        for term in terms:
            setattr(cls, term, iri + term)
        cls._terms = terms
        cls._by_name = {term: iri + term for term in terms}
        cls._iris = {iri + term: term for term in terms}
        return cls

    def __getattr__(cls, name: str):
        # only called for names that are not class attributes, i.e. not terms
        if name.startswith("__"):
            raise AttributeError(name)
        raise UnknownTermError(f"{name!r} is not a term of {cls.__name__} <{cls._NS}>")

    def __getitem__(cls, name: str) -> str:
        """``KG["founded"]``: the IRI of a term given by name (an unknown name fails)."""
        try:
            return cls._by_name[name]
        except (KeyError, TypeError):
            pass
        raise UnknownTermError(f"{name!r} is not a term of {cls.__name__} <{cls._NS}>")

    def __contains__(cls, iri: object) -> bool:
        """Whether ``iri`` (a string) is one of the namespace's terms."""
        return str(iri) in cls._iris

    def __iter__(cls) -> Iterator[str]:
        """The terms' IRIs, in the order they are declared."""
        return (cls._NS + t for t in cls._terms)

    def __len__(cls) -> int:
        return len(cls._terms)

    def __str__(cls) -> str:
        return cls._NS

    def __repr__(cls) -> str:
        return f"{cls.__name__}({cls._NS!r})"


class DefinedNamespace(metaclass=_DefinedNamespaceMeta):
    """A closed namespace: subclass it with ``_NS`` (the namespace IRI) and one annotated name per
    term (``founded: str``). ``NS.term`` and ``NS["term"]`` are the term's IRI; any other name
    raises :class:`UnknownTermError`; ``str(NS)`` is the namespace IRI,
    ``NS.terms()`` the local names, ``NS.local(iri)`` a term's local name."""

    _NS: str
    _terms: tuple[str, ...] = ()
    _by_name: dict[str, str] = {}
    _iris: dict[str, str] = {}

    def __init__(self) -> None:
        raise TypeError("a namespace is used as a class (KG.founded), never instantiated")

    @classmethod
    def terms(cls) -> tuple[str, ...]:
        """The local names of the terms, in the order they are declared."""
        return cls._terms

    @classmethod
    def local(cls, iri: object) -> str:
        """The local name of a term's IRI; an IRI that is no term raises :class:`UnknownTermError`."""
        try:
            return cls._iris[str(iri)]
        except KeyError:
            raise UnknownTermError(f"<{iri}> is not a term of {cls.__name__} <{cls._NS}>") from None


class Namespace:
    """An open namespace (``RDF.type``, ``XSD["date"]``): any local name makes an IRI."""

    __slots__ = ("_iri",)

    def __init__(self, iri: str) -> None:
        self._iri = iri

    def __getattr__(self, name: str) -> str:
        if name.startswith("__"):
            raise AttributeError(name)
        return self._iri + name

    def __getitem__(self, name: str) -> str:
        return self._iri + name

    def __contains__(self, iri: object) -> bool:
        return str(iri).startswith(self._iri)

    def __str__(self) -> str:
        return self._iri

    def __repr__(self) -> str:
        return f"Namespace({self._iri!r})"


RDF = Namespace("http://www.w3.org/1999/02/22-rdf-syntax-ns#")
RDFS = Namespace("http://www.w3.org/2000/01/rdf-schema#")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
OWL = Namespace("http://www.w3.org/2002/07/owl#")
PROV = Namespace("http://www.w3.org/ns/prov#")
DCTERMS = Namespace("http://purl.org/dc/terms/")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
#: Wikidata items (``owl:sameAs`` of well-known entities)
WD = Namespace("http://www.wikidata.org/entity/")
