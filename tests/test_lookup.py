"""kg.lookup: one rule for finding an entity by name, on the graph (kg show --focus, kg path) and in
the store (--param name=). No model needed."""

from __future__ import annotations

import networkx as nx
import pytest

from kg.analysis import connection
from kg.errors import EntityNotFound
from kg.lookup import find_entities, fold, match_names, store_spellings
from kg.query import NAME_PARAMS, prepare, run_select

ENT = "http://kg.example.org/resource/"


def graph() -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()

    def node(key, label, kind="Organization", aliases=()):
        G.add_node(ENT + key, label=label, type=kind, aliases=list(aliases), wikidata=None)

    node("Apple", "Apple")
    node("Apple_p", "Apple", "Product")
    node("Tim_Cook", "Tim Cook", "Person", ["Cook"])
    node("Elon_Musk", "Elon Musk", "Person", ["Musk"])
    node("Kimbal_Musk", "Kimbal Musk", "Person")
    node("Thrive_Capital", "Thrive Capital")
    node("Journal", "The Journal", aliases=["WSJ"])
    for u, v, r in [("Tim_Cook", "Apple", "ceoOf"), ("Apple_p", "Journal", "criticized"),
                    ("Journal", "Elon_Musk", "criticized"), ("Thrive_Capital", "Apple", "investedIn")]:
        G.add_edge(ENT + u, ENT + v, key=r, relation=r, confidence=0.5,
                   facts=[{"evidence": f"{u} {r} {v}", "source": "s", "doc": "d", "title": None,
                           "date": None, "confidence": 0.5}])
    return G


def test_fold_trims_joins_spaces_and_lowers():
    assert fold("  Sam \t ALTMAN\n") == "sam altman"
    assert fold("OpenAI") == fold("openai") == "openai"


@pytest.mark.parametrize(("name", "expected"), [
    ("tim cook", ["Tim_Cook"]),
    ("  TIM   COOK ", ["Tim_Cook"]),
    ("cook", ["Tim_Cook"]),                   # an alias, not a part of the label
    ("wsj", ["Journal"]),
    ("apple", ["Apple", "Apple_p"]),          # every entity with that name, in the graph's order
    ("Thrive", ["Thrive_Capital"]),           # a unique part of a name
    ("kimbal", ["Kimbal_Musk"]),
    (ENT + "Elon_Musk", ["Elon_Musk"]),       # the IRI itself
])
def test_find_entities(name, expected):
    assert find_entities(graph(), name) == [ENT + k for k in expected]


def test_an_exact_name_wins_over_parts_of_others():
    # "Musk" is Elon Musk's alias and a part of "Kimbal Musk": the alias decides.
    assert find_entities(graph(), "musk") == [ENT + "Elon_Musk"]


def test_a_part_of_several_names_is_ambiguous_and_names_them():
    with pytest.raises(EntityNotFound, match=r"ambiguous.*Elon Musk, Kimbal Musk"):
        find_entities(graph(), "mus")


def test_no_match_lists_close_matches_and_exits_7():
    with pytest.raises(EntityNotFound, match="close matches: Tim Cook") as info:
        find_entities(graph(), "Tim Cok")
    assert info.value.exit_code == 7
    with pytest.raises(EntityNotFound, match="empty name"):
        match_names("   ", [("a", ["A"])])


def test_path_uses_the_rule_and_the_nearest_of_several_matches():
    G = graph()
    # "Apple" is two nodes: the organization is one hop from Tim Cook, the product is not linked to him.
    hops = connection(G, "apple", "cook")
    assert [(h["subject"], h["relation"], h["object"]) for h in hops] == [("Tim Cook", "ceoOf", "Apple")]
    # the product is the nearer "Apple" to the Journal
    hops = connection(G, "WSJ", "Apple")
    assert [(h["subject"], h["relation"], h["object"]) for h in hops] == [("Apple", "criticized", "The Journal")]
    assert len(connection(G, "thrive", "cook")) == 2
    assert connection(G, "thrive", "elon musk") == []  # the two Apples are two nodes: no chain
    with pytest.raises(EntityNotFound):
        connection(G, "Musk", "Nobody Atall")


# ---- in the store (--param name=) ------------------------------------------------------------


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    from kg.store import GraphStore

    lines = []
    for key, attrs in graph().nodes(data=True):
        lines.append(f'<{key}> a <http://kg.example.org/ontology#{attrs["type"]}> ; '
                     f'<http://www.w3.org/2000/01/rdf-schema#label> "{attrs["label"]}" .')
        for alias in attrs["aliases"]:
            lines.append(f'<{key}> <http://www.w3.org/2004/02/skos/core#altLabel> "{alias}" .')
    lines.append(f'<{ENT}Thrive_Capital> <http://kg.example.org/ontology#investedIn> <{ENT}Apple> .')
    lines.append(f'<{ENT}Tim_Cook> <http://kg.example.org/ontology#ceoOf> <{ENT}Apple> .')
    folder = tmp_path_factory.mktemp("lookup")
    ttl = folder / "names.ttl"
    ttl.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with GraphStore(folder / "store") as st:
        st.import_rdf(ttl)
        yield st


@pytest.mark.parametrize(("name", "expected"), [
    ("Tim Cook", None),                      # spelled as stored: bound as given (an index probe)
    ("  tim   COOK", ["Tim Cook"]),
    ("COOK", ["Cook"]),
    ("apple", ["Apple"]),                    # both Apples have that one spelling
    ("thrive", ["Thrive Capital"]),
    ("mus", None),                           # ambiguous: bound as given, no rows
    ("Nobody", None),
    ("", None),
])
def test_store_spellings_follow_the_same_rule(store, name, expected):
    assert store_spellings(store, name) == expected


def test_name_parameter_reads_the_entities_the_rule_finds(store):
    assert "name" in NAME_PARAMS
    sparql = ("SELECT ?investor WHERE { { ?org rdfs:label ?name } UNION { ?org skos:altLabel ?name } "
              "?i kg:investedIn ?org . ?i rdfs:label ?investor }")
    for name in ("Apple", "APPLE", " apple "):
        assert run_select(store, sparql, {"name": name})[1] == [["Thrive Capital"]]
    assert run_select(store, sparql, {"name": "mus"})[1] == []
    assert "VALUES (?name) { (\"Thrive Capital\") }" in prepare(store, sparql.replace("kg:investedIn", "kg:x"),
                                                                {"name": "thrive"})
