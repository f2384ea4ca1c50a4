"""A synthetic graph that follows the ontology and kg's RDF mapping (kg/rdf.py), at any size.

Entities (people, organizations, products; popularity skewed so some are hubs) with one type and
one label, some with an alias; documents; facts as direct triples plus an ``rdf:Statement`` with
provenance, evidence, confidence, pattern and sometimes a date — about nine triples a fact.
Deterministic for a given size and seed. Used by bench/store_bench.py and tests (small sizes).

    python bench/synth.py 100000 out.nt
"""

from __future__ import annotations

import hashlib
import random
import sys

KG = "http://kg.example.org/ontology#"
RES = "http://kg.example.org/resource/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
PROV = "http://www.w3.org/ns/prov#"
DCT = "http://purl.org/dc/terms/"
SKOS = "http://www.w3.org/2004/02/skos/core#"

#: relation -> (subject types, object types)
SCHEMA = {
    "founded": ("Person", "Organization"), "sued": ("Person Organization", "Person Organization"),
    "investedIn": ("Person Organization", "Organization"), "rivalOf": ("Person Organization", "Person Organization"),
    "ceoOf": ("Person", "Organization"), "worksFor": ("Person", "Organization"),
    "owns": ("Person Organization", "Organization Product"), "develops": ("Organization", "Product"),
    "acquired": ("Organization", "Organization Product"), "partneredWith": ("Organization", "Organization"),
    "subsidiaryOf": ("Organization", "Organization"), "left": ("Person", "Organization"),
    "accused": ("Person Organization", "Person Organization"),
    "criticized": ("Person Organization", "Person Organization Product"), "leads": ("Person", "Organization"),
}
TRIPLES_PER_FACT = 9.1
SHARE = {"Person": 0.45, "Organization": 0.4, "Product": 0.15}


def lit(value: str, datatype: str | None = None) -> str:
    text = value.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{text}"' + (f"^^<{datatype}>" if datatype else "")


def generate(target: int, seed: int = 7):
    """Yield N-Triples lines, about ``target`` of them."""
    rnd = random.Random(seed)
    n_facts = max(1, int(target / (TRIPLES_PER_FACT + 0.9 + 0.25)))
    n_entities = max(3, n_facts // 3)
    n_docs = max(1, n_facts // 20)
    entities: dict[str, list[str]] = {t: [] for t in SHARE}
    for t, share in SHARE.items():
        for i in range(max(1, int(n_entities * share))):
            name = f"{t} {i}"
            iri = f"<{RES}entity/{t}_{i}>"
            entities[t].append(iri)
            yield f"{iri} <{RDF}type> <{KG}{t}> ."
            yield f"{iri} <{RDFS}label> {lit(name)} ."
            if i % 4 == 0:
                yield f"{iri} <{SKOS}altLabel> {lit(f'{t[0]}{i}')} ."
    # Skewed popularity: entity i is picked with weight 1/(i+1)^0.8 -> hubs and a long tail.
    weights = {t: [1 / (i + 1) ** 0.8 for i in range(len(v))] for t, v in entities.items()}
    cum = {}
    for t, w in weights.items():
        acc, out = 0.0, []
        for x in w:
            acc += x
            out.append(acc)
        cum[t] = out
    docs = []
    for d in range(n_docs):
        h = hashlib.sha256(f"doc{d}".encode()).hexdigest()
        iri = f"<{RES}doc/{h}>"
        docs.append(iri)
        yield f"{iri} <{RDF}type> <{KG}Document> ."
        yield f"{iri} <{RDFS}label> {lit(f'article {d}')} ."
        yield f"{iri} <{DCT}source> {lit(f'corpus/article_{d}.txt')} ."
        yield f"{iri} <{KG}contentHash> {lit(h)} ."
        yield f"{iri} <{KG}extractorVersion> {lit('synthetic')} ."
    rels = list(SCHEMA)

    def pick(types: str) -> str:
        t = rnd.choice(types.split())
        return rnd.choices(entities[t], cum_weights=cum[t])[0]

    for f in range(n_facts):
        rel = rels[f % len(rels)]
        s, o = pick(SCHEMA[rel][0]), pick(SCHEMA[rel][1])
        if s == o:
            continue
        p = f"<{KG}{rel}>"
        st = f"<{RES}statement/{hashlib.sha256(str(f).encode()).hexdigest()[:24]}>"
        yield f"{s} {p} {o} ."
        yield f"{st} <{RDF}type> <{RDF}Statement> ."
        yield f"{st} <{RDF}subject> {s} ."
        yield f"{st} <{RDF}predicate> {p} ."
        yield f"{st} <{RDF}object> {o} ."
        yield f"{st} <{PROV}wasDerivedFrom> {docs[f % n_docs]} ."
        yield f"{st} <{KG}evidence> {lit(f'Sentence {f} says that {s[-12:-1]} {rel} {o[-12:-1]}.')} ."
        yield f"{st} <{KG}confidence> {lit(f'{0.5 + (f % 50) / 100:.3f}', XSD + 'decimal')} ."
        yield f"{st} <{KG}pattern> {lit(f'verb:{rel}')} ."
        if f % 3 == 0:
            yield f"{st} <{DCT}date> {lit(f'{2000 + f % 25}', XSD + 'gYear')} ."


def write(target: int, path, seed: int = 7) -> int:
    n = 0
    with open(path, "w", encoding="utf-8") as fh:
        for line in generate(target, seed):
            fh.write(line + "\n")
            n += 1
    return n


if __name__ == "__main__":
    print(write(int(sys.argv[1]), sys.argv[2]))
