"""Exports: RDF syntaxes from the store; GraphML and CSV from the networkx projection."""

from __future__ import annotations

import io
import re


def export_bytes(store, fmt: str) -> bytes:
    if fmt in ("turtle", "nt", "jsonld"):
        return store.serialize(fmt)
    from kg.analysis import to_networkx

    g = to_networkx(store)
    if fmt == "graphml":
        return graphml_bytes(g)
    if fmt == "csv":
        return facts_csv(g).encode("utf-8")
    raise ValueError(f"unknown export format {fmt!r}")


def graphml_bytes(g) -> bytes:
    """GraphML keeps only scalar attributes: lists become "; "-joined text, the evidence of an
    edge its best sentence and the number of supporting facts."""
    import networkx as nx

    flat = nx.MultiDiGraph()
    for n, d in g.nodes(data=True):
        flat.add_node(n, label=_xml(d.get("label", "")), type=d.get("type", ""),
                      aliases=_xml("; ".join(d.get("aliases", []))), wikidata=d.get("wikidata") or "")
    for s, o, k, d in g.edges(keys=True, data=True):
        best = max(d["facts"], key=lambda f: f["confidence"])
        flat.add_edge(s, o, key=k, relation=d["relation"], confidence=float(d["confidence"]),
                      evidence=_xml(best["evidence"]), source=_xml(best["source"]),
                      date=_xml(best.get("date") or ""), facts=len(d["facts"]))
    buf = io.BytesIO()
    nx.write_graphml(flat, buf, encoding="utf-8")
    return buf.getvalue()


_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _xml(text: str) -> str:
    """Text XML 1.0 can hold: characters it forbids (C0 controls, lone surrogates) become U+FFFD."""
    return _NOT_XML.sub("\ufffd", text)


def facts_csv(g) -> str:
    """One row per fact and supporting sentence (cells a spreadsheet would run as formulas
    neutralised, see :mod:`kg.csvout`)."""
    from kg.csvout import csv_text

    rows = []
    for s, o, k, d in g.edges(keys=True, data=True):
        for f in d["facts"]:
            rows.append([g.nodes[s]["label"], g.nodes[s]["type"], k, g.nodes[o]["label"], g.nodes[o]["type"],
                         f"{f['confidence']:.3f}", f.get("date") or "", f["evidence"], f["source"]])
    return csv_text(["subject", "subject_type", "relation", "object", "object_type", "confidence", "date",
                     "evidence", "source"], sorted(rows))
