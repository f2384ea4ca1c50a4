"""The reads every backend shares: SPARQL over the queried (default) graph, so the embedded store
and a SPARQL server answer them alike (documents, imports, names, counts, serialisations)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kg.rdf import DCT_NS, DOC_BASE, IMPORT_BASE, INFERRED_GRAPH, KG_NS, META_GRAPH, PREFIXES, RDFS_NS, SKOS_NS
from kg.store.counts import GraphCounts, _tracked, counts_update
from kg.store.formats import syntax


@dataclass(frozen=True)
class KnownEntity:
    iri: str
    name: str
    type: str
    aliases: tuple[str, ...]



class GraphReads:
    """Reads that only need SPARQL over the default graph (the deduplicated union of the
    documents' graphs), shared by the embedded store and a SPARQL server (:mod:`kg.store.sparql`).
    A backend implements ``query``, ``triples``, ``count_triples`` and ``_serialize_graphs``
    (and ``stored_counts``, ``transact`` where it keeps counts)."""

    def documents(self) -> list[dict]:
        rows = self.query(
            "SELECT ?doc ?source ?title ?hash WHERE { ?doc a kg:Document ; dcterms:source ?source ; "
            "kg:contentHash ?hash . OPTIONAL { ?doc dcterms:title ?title } } ORDER BY ?source ?hash"
        )
        return [{"iri": r["doc"].value, "source": r["source"].value, "id": r["hash"].value,
                 "title": r["title"].value if r["title"] else None} for r in rows]

    def known_entities(self) -> list[KnownEntity]:
        """Every entity already stored, with its type and names (to resolve new mentions against)."""
        rows = self.query(
            f"""SELECT ?e ?label ?type (GROUP_CONCAT(DISTINCT ?alt; SEPARATOR="\\u001f") AS ?alts)
            WHERE {{ ?e <{RDFS_NS}label> ?label ; a ?type .
                     FILTER(STRSTARTS(STR(?type), "{KG_NS}") && ?type != kg:Document)
                     OPTIONAL {{ ?e <{SKOS_NS}altLabel> ?alt }} }}
            GROUP BY ?e ?label ?type"""
        )
        out = []
        for r in rows:
            alts = tuple(a for a in (r["alts"].value.split("\x1f") if r["alts"] else ()) if a)
            out.append(KnownEntity(r["e"].value, r["label"].value, r["type"].value[len(KG_NS):], alts))
        return out

    def find_documents(self, ref: str) -> list[dict]:
        """Documents (and imports) matching ``ref``: a content hash or its prefix (>= 6 characters),
        a document IRI, or a source path (as given to kg build, or its file name).

        Compares strings first and resolves paths only for sources of the same file name (or, when
        nothing else matched, for all): at 24,000 documents, resolving every source took 2 s."""
        ref = ref.strip()
        rows = self.query("SELECT ?doc ?source ?hash WHERE { ?doc a kg:Document ; dcterms:source ?source ; "
                          "kg:contentHash ?hash }")
        docs = [{"iri": r["doc"].value, "source": r["source"].value, "id": r["hash"].value} for r in rows]
        docs += [{k: d[k] for k in ("iri", "source", "id")} for d in self.imports()]
        name = Path(ref).name

        def plain(d) -> bool:
            return (ref in (d["id"], d["iri"], d["source"]) or (len(ref) >= 6 and d["id"].startswith(ref))
                    or Path(d["source"]).name == ref)

        found = [d for d in docs if plain(d) or (Path(d["source"]).name == name and _same_path(d["source"], ref))]
        if not found:
            found = [d for d in docs if _same_path(d["source"], ref)]
        for d in found:
            titles = list(self.query(f"SELECT ?t WHERE {{ <{d['iri']}> dcterms:title ?t }}")) \
                if d["iri"].startswith(DOC_BASE) else []
            d["title"] = titles[0]["t"].value if titles else None
        return sorted(found, key=lambda d: (d["source"], d["id"]))

    def imports(self) -> list[dict]:
        """The imported RDF files (``kg import``; the embedded store only)."""
        rows = self.query(f"SELECT ?g ?source WHERE {{ GRAPH <{META_GRAPH}> {{ ?g <{DCT_NS}source> ?source }} }}")
        return [{"iri": r["g"].value, "id": r["g"].value[len(IMPORT_BASE):], "source": r["source"].value,
                 "title": None} for r in rows]

    def has_imports(self) -> bool:
        return bool(self.query(f"ASK {{ GRAPH <{META_GRAPH}> {{ ?g <{DCT_NS}source> ?s }} }}"))

    def has_inferred(self) -> bool:
        """Whether the store holds an inferred graph (``kg reason``; the embedded store looks it up
        by name)."""
        return bool(self.query(f"ASK {{ GRAPH <{INFERRED_GRAPH}> {{ ?s ?p ?o }} }}"))

    def check(self) -> list[str]:
        """Consistency problems of the stored graph (none is the answer): a mention that resolved to
        no entity, a statement or document or imported triple missing from the queried graph, a
        resolution interrupted or of another policy. Read-only and cheap; ``kg resolve --check``
        compares the whole queried graph with a resolution from scratch."""
        from kg.resolve import consistency_problems

        return consistency_problems(self)

    # ------------------------------------------------------------------ counts
    #: Whether queries read a default graph that holds each triple once (the embedded store: counts
    #: need no DISTINCT there).
    deduplicated = False
    #: Whether kg's writes keep the queried graph's counts in the meta graph (the embedded store).
    #: A SPARQL server does not: any client may write it, so its counts are always counted.
    keeps_counts = False

    def stored_counts(self) -> GraphCounts | None:
        """The counts kept in the meta graph, or None when there are none to trust."""
        return None

    def count_graph(self) -> GraphCounts:
        """The queried graph's counts, counted: a scan of its triples (0.3-0.4 s at 1M triples).

        The types and relations are given as VALUES, so each of those counts is an index lookup
        (the statements-based count took 7 s of the 15 s of adding one article to a 1M-triple store)."""
        classes, relations = _tracked()
        # A SPARQL server's union default graph repeats a triple once per document graph holding
        # it; the embedded store's default graph is deduplicated, so it can skip DISTINCT.
        distinct = "" if self.deduplicated else "DISTINCT "
        found = {}
        types = " ".join(f"kg:{t}" for t in classes)
        for row in self.query(f"SELECT ?t (COUNT({distinct}?e) AS ?n) WHERE {{ VALUES ?t {{ {types} }} ?e a ?t }} "
                              "GROUP BY ?t"):
            found[row["t"].value[len(KG_NS):]] = int(row["n"].value)
        facts = {}
        values = " ".join(f"kg:{r}" for r in relations)
        for row in self.query(f"SELECT ?p (COUNT(*) AS ?n) WHERE {{ SELECT {distinct}?s ?p ?o {{ VALUES ?p {{ "
                              f"{values} }} ?s ?p ?o }} }} GROUP BY ?p"):
            facts[row["p"].value[len(KG_NS):]] = int(row["n"].value)
        return GraphCounts(self.count_triples(), found, facts)

    def graph_counts(self) -> GraphCounts:
        """The queried graph's counts: those kept in the meta graph (a lookup), else counted (and
        then kept, when this store keeps them and is open for writing: the writer's lock
        guarantees nothing changes between the count and its writing)."""
        counts = self.stored_counts()
        if counts is None:
            counts = self.count_graph()
            if self.keeps_counts and not self.read_only:
                self.transact(counts_update(counts))
        return counts

    def __len__(self) -> int:
        """The number of distinct triples of the queried graph."""
        return self.count_triples()

    def serialize(self, fmt: str = "turtle") -> bytes:
        """The queried graph in an RDF syntax: turtle, nt, jsonld (sorted, so the same graph gives
        the same bytes from either store), or nquads/trig (every graph)."""
        import pyoxigraph

        rdf = syntax(fmt)
        if rdf.dataset:
            return self._serialize_graphs(rdf.rdf_format(), PREFIXES if fmt == "trig" else None)
        triples = sorted(self.triples(), key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
        if fmt == "turtle":
            return pyoxigraph.serialize(triples, format=rdf.rdf_format(), prefixes=PREFIXES)
        return pyoxigraph.serialize(triples, format=rdf.rdf_format())

    def to_rdflib(self):
        """An in-memory ``rdflib.Graph`` copy of the queried graph (for pySHACL, OWL-RL, notebooks)."""
        import rdflib

        g = rdflib.Graph()
        for prefix, iri in PREFIXES.items():
            g.bind(prefix, iri)
        g.parse(data=self.serialize("nt").decode("utf-8"), format="nt")
        return g


def _same_path(a: str, b: str) -> bool:
    try:
        return Path(a).resolve() == Path(b).resolve()
    except OSError:
        return False
