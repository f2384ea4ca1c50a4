"""bench/miss_kinds.py: each missed fact of a news file sorted into the kind that explains it, on a
made-up passage with the real extractor."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PASSAGE = {
    "id": "t1", "title": "Drones", "date": "2024-01-01",
    "text": "Orvanta Systems plans to buy Brisklet Inc. Dana Whitlock founded Orvanta Systems in 2010.",
    "triples": [
        # planned, so the rules turn it down
        {"subject": "Orvanta Systems", "relation": "acquired", "object": "Brisklet Inc.",
         "evidence": "plans to buy Brisklet Inc."},
        # the investor is not named in the passage
        {"subject": "Halvex Capital", "relation": "investedIn", "object": "Orvanta Systems", "evidence": "backed"},
        # found: no miss
        {"subject": "Dana Whitlock", "relation": "founded", "object": "Orvanta Systems",
         "evidence": "Dana Whitlock founded Orvanta Systems"},
    ],
}


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "bench" / "miss_kinds.py"), *args],
                          capture_output=True, text=True, timeout=300)


def test_each_miss_gets_its_kind(tmp_path):
    gold = tmp_path / "news.jsonl"
    gold.write_text(json.dumps(PASSAGE) + "\n", encoding="utf-8")
    proc = run(str(gold), "--examples")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert "dropped (hedge or types) | t1 Orvanta Systems acquired Brisklet Inc. | plans to buy Brisklet Inc." in lines
    assert "no entity: subject (name not in the text) | t1 Halvex Capital investedIn Orvanta Systems | backed" in lines
    assert "2 missed facts of news.jsonl, by kind:" in lines
    assert not any("founded" in line for line in lines)


def test_a_missing_file_is_refused():
    proc = run("no/such/news.jsonl")
    assert proc.returncode == 3
    assert "no/such/news.jsonl does not exist" in proc.stderr
