"""Reading articles: formats, cleaning of scraping noise, and bad input."""

from __future__ import annotations

import json

import pytest

from kg.documents import clean_text, is_noise_line, read_file, read_paths
from kg.errors import InputError


@pytest.mark.parametrize("line, noise", [
    ("ADVERTISEMENT", True),
    ("preview_player", True),
    ("Показать описание", True),
    ("#elonmusk #elonmusknews #openai #samaltman", True),
    ("join shbcf.ru", True),
    ("Subscribe To Our Weekly Newsletter", True),
    ("Musk left the company in 2018.", False),
    ("#1 priority for Meta is Llama", False),
])
def test_noise_lines(line, noise):
    assert is_noise_line(line) is noise


def test_clean_text_drops_noise_and_control_characters():
    text = clean_text("Title\r\n\r\npreview_player\nMusk sued\x07 OpenAI.\n\n\n\nADVERTISEMENT\n")
    assert text == "Title\n\nMusk sued OpenAI."


def test_formats(tmp_path):
    (tmp_path / "a.txt").write_text("Musk sued OpenAI.", encoding="utf-8")
    (tmp_path / "b.md").write_text("# Big news\n\n**Google** bought [DeepMind](http://x.y).", encoding="utf-8")
    (tmp_path / "c.html").write_text(
        "<html><head><title>T</title><script>var Evil = 1;</script></head><body><nav>Home About</nav>"
        "<article><p>Apple sued Epic.</p></article><footer>Contact</footer></body></html>", encoding="utf-8")
    (tmp_path / "d.jsonl").write_text(
        json.dumps({"text": "Meta hired Jane Doe.", "title": "Hire", "date": "2024-05-01"}) + "\n"
        + json.dumps({"text": "Amazon invested in Anthropic."}) + "\n", encoding="utf-8")
    (tmp_path / "ignored.pdf").write_bytes(b"%PDF")
    report = read_paths([tmp_path])
    texts = sorted(d.text for d in report.documents)
    assert texts == ["Amazon invested in Anthropic.", "Apple sued Epic.", "Big news\n\nGoogle bought DeepMind.",
                     "Meta hired Jane Doe.", "Musk sued OpenAI."]
    html = next(d for d in report.documents if d.format == "html")
    assert html.title == "T" and "Evil" not in html.text and "Home" not in html.text
    hire = next(d for d in report.documents if d.title == "Hire")
    assert hire.date == "2024-05-01" and hire.source.endswith("d.jsonl")
    assert report.skipped == []


def test_same_text_is_one_document(tmp_path):
    (tmp_path / "a.txt").write_text("Musk sued OpenAI.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Musk sued OpenAI.\n", encoding="utf-8")
    report = read_paths([tmp_path])
    assert len(report.documents) == 1


@pytest.mark.parametrize("name, content, problem", [
    ("empty.txt", b"", "no article text"),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
    ("notes.docx", b"PK\x03\x04", "unsupported file type"),
])
def test_bad_files_name_the_file_and_the_problem(tmp_path, name, content, problem):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError) as err:
        read_file(path)
    assert name in str(err.value) and problem in str(err.value)


def test_legacy_encoding_is_read(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Nestlé’s CEO resigned.".encode("cp1252"))
    assert read_file(path)[0].text == "Nestlé’s CEO resigned."


def test_jsonl_with_broken_lines_keeps_the_good_ones(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text('{"text": "Good one."}\nnot json\n{"title": "no text"}\n{"text": "Another."}\n', encoding="utf-8")
    report = read_paths([path])
    assert [d.text for d in report.documents] == ["Good one.", "Another."]
    assert len(report.skipped) == 1
    message = str(report.skipped[0])
    assert "line 2" in message and "line 3" in message and "feed.jsonl" in message


def test_missing_path_is_reported(tmp_path):
    report = read_paths([tmp_path / "nope.txt"])
    assert report.documents == [] and "does not exist" in str(report.skipped[0])


def test_symlink_loop_is_refused(tmp_path):
    (tmp_path / "a.txt").write_text("Musk sued OpenAI.", encoding="utf-8")
    (tmp_path / "loop").symlink_to(tmp_path)
    report = read_paths([tmp_path])
    assert len(report.documents) == 1
    assert any("symlink loop" in str(s) for s in report.skipped)
