"""The RDF syntaxes kg reads and writes: one table, used by ``kg import``, the stores' loading and
serialising, ``kg export`` and ``kg serve``.

A name (``turtle``, ``nt``, ``jsonld``, ``nquads``, ``trig``) stands for one syntax everywhere: its
file extensions (the first is the one kg writes), its media type and pyoxigraph's ``RdfFormat``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class RdfSyntax:
    name: str
    #: File extensions, the one kg writes first.
    extensions: tuple[str, ...]
    media_type: str
    #: The name of the member of ``pyoxigraph.RdfFormat``.
    oxigraph: str
    #: Whether it holds one graph (the queried graph) or a dataset (every graph).
    dataset: bool = False

    @property
    def extension(self) -> str:
        return self.extensions[0]

    def rdf_format(self):
        """pyoxigraph's ``RdfFormat`` for this syntax."""
        import pyoxigraph

        return getattr(pyoxigraph.RdfFormat, self.oxigraph)


#: Every syntax by name, in the order kg lists them.
SYNTAXES: dict[str, RdfSyntax] = {s.name: s for s in (
    RdfSyntax("turtle", ("ttl", "turtle"), "text/turtle", "TURTLE"),
    RdfSyntax("nt", ("nt", "ntriples"), "application/n-triples", "N_TRIPLES"),
    RdfSyntax("jsonld", ("jsonld", "json"), "application/ld+json", "JSON_LD"),
    RdfSyntax("nquads", ("nq",), "application/n-quads", "N_QUADS", dataset=True),
    RdfSyntax("trig", ("trig",), "application/trig", "TRIG", dataset=True),
)}

#: What a file can be imported as (``kg import``, :meth:`load_rdf`): the graph syntaxes.
IMPORT_FORMATS = tuple(name for name, s in SYNTAXES.items() if not s.dataset)

#: File extension (with its dot) -> syntax name, for the files ``kg import`` reads.
RDF_FORMATS = {f".{ext}": name for name in IMPORT_FORMATS for ext in SYNTAXES[name].extensions}


def syntax(name: str) -> RdfSyntax:
    """The syntax of that name; a StoreError naming the known ones otherwise."""
    try:
        return SYNTAXES[name]
    except KeyError:
        from kg.errors import StoreError

        raise StoreError(f"unknown RDF format {name!r}; use one of {', '.join(SYNTAXES)}") from None


def format_of_path(path) -> str | None:
    """The syntax name a file's extension says (``.ttl`` is turtle), or None."""
    return RDF_FORMATS.get(Path(path).suffix.lower())
