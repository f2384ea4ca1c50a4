"""kg build's extraction stream: however the work is split between processes (one worker that
only parses while this process extracts, workers that parse and extract, or no worker at all),
the records are the same, in the same order."""

from __future__ import annotations

import pytest

from kg.build import extract_stream
from kg.extract import extract_documents
from kg.model import Document

TEXTS = [
    "Zephyrix Labs sued Brisklet Inc. in federal court on Monday.",
    "Dana Whitlock, chief executive of Orvanta Systems, said the company would cut 200 jobs.",
    "Talverin Group completed its acquisition of Velmora Health in March.",
    "Kestrel Dynamics was founded in 2015 by two former engineers, Omar Reyes and Dana Whitlock.",
    "Solvane Ventures invested $50 million in Quorvane Holdings, the startup said.",
    "Nimbral Robotics competes with Fenwright Labs and Dovanel.",
] * 3


def _records(stream) -> list:
    return [(ex.document.id, ex.entities, ex.assertions) for ex in stream]


@pytest.mark.model
def test_one_parsing_worker_gives_the_records_of_parsing_here(nlp):
    documents = [Document(id=f"d{i}", source=f"d{i}.txt", text=t) for i, t in enumerate(TEXTS)]
    here = _records(extract_documents(documents, batch_size=4))
    assert len(here) == len(TEXTS) and any(assertions for _, _, assertions in here)
    assert _records(extract_stream(documents, batch_size=4, n_process=1, overlap=True)) == here
    assert _records(extract_stream(documents, batch_size=4, n_process=2)) == here


@pytest.mark.model
def test_min_confidence_drops_the_same_facts_either_way(nlp):
    documents = [Document(id=f"d{i}", source=f"d{i}.txt", text=t) for i, t in enumerate(TEXTS)]
    here = _records(extract_documents(documents, batch_size=4, min_confidence=0.9))
    assert _records(extract_stream(documents, batch_size=4, n_process=1, overlap=True, min_confidence=0.9)) == here
