"""Finding an entity by the name a user types: one rule for ``kg show --focus``, ``kg path`` and a
named query's ``--param name=``.

The rule (:func:`match_names`):

1. Names are compared *folded*: white space at the ends dropped, every run of it made one space,
   lower-cased (``"  sam   ALTMAN "`` is ``"sam altman"``).
2. An entity matches when the folded name equals its label or one of its aliases, folded; every
   such entity matches (an organization "Apple" and a product "Apple" are two nodes with one
   name). On the graph, an entity's IRI given in full matches it too.
3. When no entity matches so, a name that is part of the names of exactly one entity matches that
   one ("Thrive" finds "Thrive Capital"); part of the names of several is ambiguous.
4. Otherwise nothing matches: the error names the candidates (ambiguous) or the close matches.

Where it is applied:

* ``kg show --focus`` (:func:`kg.page.select_subgraph`): every match is a centre of the view;
* ``kg path A B`` (:func:`kg.analysis.connection`): the shortest chain from any match of A to any
  match of B;
* ``--param name=`` (:func:`kg.query.prepare`): the parameter is bound to the spellings the store
  has of the matching entities' names that matched, so the query reads them through the label
  index. When nothing matches, the name is bound as given and the query answers no rows (a query,
  unlike a lookup, is not an error when nothing matches). One shortcut keeps the common case an
  index probe at a million triples: a name spelled exactly as some label or alias is bound as
  it is, without scanning for other spellings of it (so a second entity whose name differs only
  by case or spacing is not added; kg's resolution looks names up folded, so a built graph rarely
  has such a pair).

Lower-casing is Python's ``str.lower``, which is what SPARQL's ``LCASE`` does too, so the store
selects the names equal to the folded name, or containing it, with ``LCASE`` in a scan of the
labels, and the rule decides among those in Python (:func:`store_spellings`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from kg.errors import EntityNotFound


def fold(name) -> str:
    """A name as the lookup compares it: trimmed, runs of white space one space, lower case."""
    return " ".join(str(name).split()).lower()


def entity_label(node, attrs) -> str:
    """The label of a graph node; for an IRI without a label, its local name."""
    label = attrs.get("label")
    if label:
        return str(label)
    # An IRI without a label: its local name is the most readable thing we have.
    return re.split(r"[/#]", str(node).rstrip("/#"))[-1] or str(node)


def entity_names(node, attrs) -> list[str]:
    """A graph node's label, then its aliases."""
    names = [entity_label(node, attrs)]
    names += [str(a) for a in (attrs.get("aliases") or []) if a]
    return names


def match_names(name: str, entities: Iterable[tuple[object, list[str]]]) -> list:
    """The keys of ``entities`` (pairs of a key and its names, label first) that ``name`` finds,
    in their order, by the rule of this module; raises EntityNotFound when it finds none."""
    matched = match_names_with_spellings(name, entities)
    return list(matched)


def match_names_with_spellings(name: str, entities: Iterable[tuple[object, list[str]]]) -> dict:
    """Like :func:`match_names`, but ``{key: [the names of that entity that matched]}`` (empty
    for a match by key)."""
    wanted = fold(name)
    if not wanted:
        raise EntityNotFound("an empty name matches no entity; give a name or alias")
    entities = list(entities)
    exact: dict = {}
    partial: dict = {}
    for key, names in entities:
        if key == name:
            exact.setdefault(key, [])
            continue
        folded = [(fold(s), s) for s in names]
        same = [s for f, s in folded if f == wanted]
        if same:
            exact.setdefault(key, []).extend(same)
        elif not exact:
            inside = [s for f, s in folded if wanted in f]
            if inside:
                partial.setdefault(key, []).extend(inside)
    if exact:
        return exact
    if len(partial) == 1:
        return partial
    if partial:
        labels = {key: names[0] for key, names in entities if key in partial}
        shown = ", ".join(sorted(labels.values())[:10])
        more = f" and {len(partial) - 10} more" if len(partial) > 10 else ""
        raise EntityNotFound(
            f"{name!r} is ambiguous: it is part of the names of {shown}{more}; "
            "give the full name or alias of one of them"
        )
    raise EntityNotFound(_not_found_message(name, entities))


def _not_found_message(name: str, entities) -> str:
    import difflib

    by_folded: dict[str, str] = {}
    for _, names in entities:
        for s in names:
            by_folded.setdefault(fold(s), s)
    close = difflib.get_close_matches(fold(name), list(by_folded), n=5, cutoff=0.6)
    if close:
        hint = "close matches: " + ", ".join(by_folded[c] for c in close)
    else:
        hint = f"no close matches among the {len(entities)} entities of the graph"
    return f"no entity is named {name!r} ({hint})"


def find_entities(G, name: str) -> list:
    """The nodes of the networkx graph ``G`` that ``name`` finds (the module's rule), in the
    graph's order; EntityNotFound when none."""
    return match_names(name, ((n, entity_names(n, attrs)) for n, attrs in G.nodes(data=True)))


# --------------------------------------------------------------------------------------------
# In the store (``--param name=``)
# --------------------------------------------------------------------------------------------

_EXACT = "ASK { VALUES ?n { %s } { ?e rdfs:label ?n } UNION { ?e skos:altLabel ?n } }"
_EQUAL = ("SELECT DISTINCT ?n WHERE { { ?e rdfs:label ?n } UNION { ?e skos:altLabel ?n } "
          "FILTER(LCASE(STR(?n)) = %s) }")
# Every entity with a name containing the folded name, with its label so the rule can name it.
_CANDIDATES = ("SELECT DISTINCT ?e ?n ?label WHERE { { ?e rdfs:label ?n } UNION { ?e skos:altLabel ?n } "
               "FILTER(CONTAINS(LCASE(STR(?n)), %s)) OPTIONAL { ?e rdfs:label ?label } }")


def store_spellings(store, name: str, *, reason: bool = False) -> list[str] | None:
    """The stored spellings to bind a name parameter to, by the module's rule over the labels and
    aliases of the store; None to bind ``name`` as given: when it is spelled exactly as some
    label or alias (one index probe), or when it finds no entity or several by a part.

    Three steps, each run only when the one before found nothing: the exact spelling (an index
    probe), the names equal to it folded (one scan of the labels, as fast as before the rule was
    shared), the names containing it (the same scan; the rule picks a unique entity). Stored
    names are compared with their spacing as stored (kg's own names have single spaces)."""
    import pyoxigraph

    folded = fold(name)
    if not folded:
        return None
    if bool(store.query(_EXACT % pyoxigraph.Literal(name), reason=reason)):
        return None
    needle = pyoxigraph.Literal(folded)
    equal = sorted({row["n"].value for row in store.query(_EQUAL % needle, reason=reason)})
    if equal:
        return equal
    names: dict[str, list[str]] = {}
    labels: dict[str, str] = {}
    for row in store.query(_CANDIDATES % needle, reason=reason):
        key = row["e"].value
        names.setdefault(key, []).append(row["n"].value)
        if row["label"] is not None:
            labels.setdefault(key, row["label"].value)
    # The label first: the rule's messages name an entity by it.
    entities = [(key, sorted(set(ns), key=lambda s, k=key: (s != labels.get(k), s)))
                for key, ns in sorted(names.items())]
    try:
        matched = match_names_with_spellings(name, entities)
    except EntityNotFound:
        return None
    return sorted({s for spellings in matched.values() for s in spellings}) or None


# --------------------------------------------------------------------------------------------
# Searching as one types (``kg serve``'s page)
# --------------------------------------------------------------------------------------------

#: Hits of a search by a part of a name looked at, at most, before the best are picked (a one-letter
#: query is in nearly every name).
MAX_SEARCH_SCAN = 20000


class NameIndex:
    """The names of a store's entities (labels and aliases, folded), their types and how many
    facts each has: what ``kg serve``'s page searches as one types.

    Built with three queries (about 2.5 s at 120,000 entities and 240,000 facts; a scan of the
    labels for each search took as long), then each search is a binary search for the names equal
    to the query or starting with it and a string search for those containing it: milliseconds.
    Only names and counts are kept, not the graph; the server builds a new one when the store
    has changed (:meth:`kg.serve` compares the store's counts)."""

    def __init__(self, store, *, reason: bool = False):
        from kg.model import ENTITY_TYPES, RELATIONS
        from kg.rdf import KG_NS, SKOS_NS

        types = " ".join(f"kg:{t}" for t in ENTITY_TYPES)
        self.iris: list[str] = []
        self.labels: list[str] = []
        self.types: list[str] = []
        index: dict[str, int] = {}
        for row in store.query(f"SELECT ?e ?label ?type WHERE {{ VALUES ?type {{ {types} }} "
                               "?e a ?type ; rdfs:label ?label }", reason=reason):
            iri = row[0].value
            if iri in index:  # an entity of two types or labels: its first
                continue
            index[iri] = len(self.iris)
            self.iris.append(iri)
            self.labels.append(row[1].value)
            self.types.append(row[2].value[len(KG_NS):])
        names = [(fold(label), k) for k, label in enumerate(self.labels)]
        self.aliases: dict[int, list[str]] = {}
        for row in store.query(f"SELECT ?e ?alt WHERE {{ ?e <{SKOS_NS}altLabel> ?alt }}", reason=reason):
            k = index.get(row[0].value)
            if k is not None:
                self.aliases.setdefault(k, []).append(row[1].value)
                names.append((fold(row[1].value), k))
        relations = " ".join(f"kg:{r}" for r in RELATIONS)
        self.facts = [0] * len(self.iris)
        self.counts: dict[str, int] = {}
        for row in store.query(f"SELECT ?x (COUNT(*) AS ?n) WHERE {{ VALUES ?p {{ {relations} }} "
                               "{ ?x ?p ?y } UNION { ?y ?p ?x } } GROUP BY ?x", reason=reason):
            n = int(row[1].value)
            self.counts[row[0].value] = n
            k = index.get(row[0].value)
            if k is not None:
                self.facts[k] = n
        names.sort()
        self.sorted_names = [n for n, _ in names]
        self.sorted_owner = [k for _, k in names]
        # every name in one string, for the names containing the query (str.find)
        self.text = "\n".join(self.sorted_names)
        self.starts = []
        pos = 0
        for n in self.sorted_names:
            self.starts.append(pos)
            pos += len(n) + 1

    def __len__(self) -> int:
        return len(self.iris)

    def fact_count(self, iri: str) -> int:
        """How many facts (of the ontology's relations) ``iri`` has in the store."""
        return self.counts.get(iri, 0)

    def search(self, query: str, limit: int = 15) -> list[dict]:
        """The entities whose label or alias, folded, equals the folded query, then those with a
        name starting with it, then those with a name containing it; the most connected first
        among each (then by label). Each: iri, label, type, facts, and ``alias``, the name that
        matched when it is not the label."""
        import bisect

        q = fold(query)
        if not q or "\n" in q:
            return []
        rank: dict[int, tuple] = {}

        def hit(pos: int, klass: int) -> None:
            k, name = self.sorted_owner[pos], self.sorted_names[pos]
            # the best match; the label among equally good ones
            if k not in rank or rank[k][0] > klass or (rank[k][0] == klass and name == fold(self.labels[k])):
                rank[k] = (klass, name)

        lo = bisect.bisect_left(self.sorted_names, q)
        for pos in range(lo, min(len(self.sorted_names), lo + MAX_SEARCH_SCAN)):
            name = self.sorted_names[pos]
            if not name.startswith(q):
                break
            hit(pos, 0 if name == q else 1)
        at, scanned = self.text.find(q), 0
        while at >= 0 and scanned < MAX_SEARCH_SCAN:
            pos = bisect.bisect_right(self.starts, at) - 1
            if at > self.starts[pos]:  # inside the name, not at its start (those are above)
                hit(pos, 2)
            scanned += 1
            at = self.text.find(q, self.starts[pos] + len(self.sorted_names[pos]) + 1)
        best = sorted(rank, key=lambda k: (rank[k][0], -self.facts[k], fold(self.labels[k]), self.iris[k]))
        out = []
        for k in best[:limit]:
            record = {"iri": self.iris[k], "label": self.labels[k], "type": self.types[k], "facts": self.facts[k]}
            matched = rank[k][1]
            if matched != fold(self.labels[k]):
                record["alias"] = next((a for a in self.aliases.get(k, []) if fold(a) == matched), matched)
            out.append(record)
        return out
