"""Hostile input: every kind of bad file the issue lists, read in process and through the real
``kg build``. Each is skipped with a message naming the file and what is wrong (or, for legacy
encodings, read correctly); the good documents are still built; the exit code tells a partial
build (9) from success (0) and from nothing readable (3); what was stored before is kept.

``BAD_INPUTS`` is the count the closing note quotes.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import re
import zipfile
from pathlib import Path

import pytest

from kg.documents import MAX_BYTES, MAX_PART_CHARS, read_file, read_paths, split_text
from conftest import kg

GOOD_1 = "Microsoft invested in OpenAI. Satya Nadella leads Microsoft."
GOOD_2 = "Oracle sued Google in 2010."


def _zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("article.txt", "Apple sued Samsung. " * 50)
    return buf.getvalue()


def _pdf() -> bytes:
    # A PDF's first 4 KB often holds no NUL byte: only the magic number tells it from text.
    return (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            b"2 0 obj\n<< /Length 44 >>\nstream\nBT /F1 24 Tf 100 700 Td (Apple sued Epic.) Tj ET\n"
            b"endstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")


def _scripts_html() -> bytes:
    junk = "<script>var Evil = 'Evil Corp acquired Google';</script><style>.x{color:red}</style>" * 2000
    return (f"<html><head><title>Big day</title>{junk}</head><body><nav>Home Evil Corp</nav>{junk}"
            f"<article><p>{GOOD_2}</p><script>document.write('Evil Corp')</script></article>"
            f"<footer>Evil Corp footer</footer></body></html>").encode()


#: name -> (file name, content, what the message says; None = read correctly, text checked).
BAD_FILES = {
    "empty": ("empty.txt", b"", "is empty"),
    "whitespace only": ("blank.md", b" \n\t\r\n  \n", "is empty"),
    "PDF named .txt": ("report.txt", _pdf(), "is a PDF document"),
    "PNG named .txt": ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01", "is a PNG image"),
    "JPEG named .txt": ("photo2.txt", b"\xff\xd8\xff\xe0\x00\x10JFIF", "is a JPEG image"),
    "ZIP named .txt": ("archive.txt", _zip(), "is a ZIP archive"),
    "gzip named .jsonl": ("feed.jsonl", gzip.compress(b'{"text": "Apple sued Epic."}\n'), "line 1"),
    "gzip named .txt": ("feed.txt", gzip.compress(b"Apple sued Epic.\n"), "is a gzip archive"),
    "binary with NUL bytes": ("blob.txt", bytes(range(256)) * 4, "is binary data"),
    "text with one NUL byte": ("nul.txt", b"Apple sued Epic.\x00 More text.", "is binary data"),
    "binary without NUL": ("noise.txt", bytes(b % 31 + 1 for b in range(3000)), "binary data"),
    "invalid UTF-8, not Windows-1252": ("broken.txt", b"Google sued \x81\x8d Oracle \xc3\x28 again.",
                                        "neither UTF-8 nor Windows-1252"),
    "only another script (KOI8-R)": ("koi8.txt", "Яндекс купил компанию.".encode("koi8-r"), "no article text"),
    "1 MB line without spaces": ("oneline.txt", b"A" * 1_000_000, "no article text"),
    "HTML of scripts and styles only": ("scripts.html", b"<script>alert(1)</script><style>p{}</style>" * 5000,
                                        "no article text"),
    "JSON Lines, every line broken": ("bad.jsonl", b'{broken\n[1, 2]\n{"text": 5}\n{"text": ""}\n"\xff"\n',
                                      "5 bad line(s)"),
    "JSON Lines nested 100,000 deep": ("deep.jsonl", b"[" * 100_000 + b"]" * 100_000 + b"\n", "line 1: not JSON"),
    "unsupported type given by name": ("notes.docx", b"PK\x03\x04", "unsupported file type"),
}

#: name -> (file name, content, text the document must hold): legacy and damaged encodings that
#: are read correctly, and hostile content that is cleaned.
READABLE = {
    "Windows-1252": ("cp1252.txt", "Nestlé’s CEO Mark Schneider met Apple.".encode("cp1252"),
                     "Nestlé’s CEO Mark Schneider met Apple."),
    "Latin-1": ("latin1.txt", "Zürich-based Logitech sued Señor Pérez.".encode("latin-1"),
                "Zürich-based Logitech sued Señor Pérez."),
    "UTF-16 with BOM": ("utf16.txt", "Amazon invested in Anthropic, “again”.".encode("utf-16"),
                        "Amazon invested in Anthropic, “again”."),
    "UTF-16LE without BOM": ("utf16le.txt", "Amazon invested in Anthropic.".encode("utf-16-le"),
                             "Amazon invested in Anthropic."),
    "UTF-8 with BOM": ("bom.txt", "\ufeffNvidia partnered with Intel.".encode("utf-8"), "Nvidia partnered with Intel."),
    "damaged UTF-8": ("damaged.txt", "Nestlé sued Café Coffee Day.".encode("utf-8") + b"\xe9\n",
                      "Nestlé sued Café Coffee Day."),
    "1 MB token inside an article": ("token.txt", b"Tesla sued Rivian. " + b"x" * 1_000_000 + b" Apple left.",
                                     "Tesla sued Rivian. Apple left."),
    "HTML full of scripts and styles": ("page.html", _scripts_html(), GOOD_2),
    "control characters": ("ctrl.txt", b"Meta\x01 hired\x1b[31m Jane\x07 Doe.\x0c", "Meta hired[31m Jane Doe."),
}


def _write(folder: Path, files: dict) -> None:
    for fname, content, _ in files.values():
        (folder / fname).write_bytes(content)


# --------------------------------------------------------------------------- reading, in process
#: Reading a file takes milliseconds; a regression to quadratic parsing took minutes and a FIFO
#: read blocks forever. This limit fails those instead of hanging the suite; the reading times
#: themselves are measured by bench/input_bench.py, not asserted here.
READ_LIMIT = pytest.mark.timeout(60)


@READ_LIMIT
@pytest.mark.parametrize("case", list(BAD_FILES))
def test_bad_file_is_skipped_with_its_name_and_the_reason(tmp_path, case):
    fname, content, problem = BAD_FILES[case]
    (tmp_path / fname).write_bytes(content)
    (tmp_path / "good.txt").write_text(GOOD_1, encoding="utf-8")
    report = read_paths([tmp_path / fname, tmp_path / "good.txt"])
    assert [d.text for d in report.documents] == [GOOD_1], "the good file is still read"
    assert len(report.skipped) == 1
    message = str(report.skipped[0])
    assert fname in message and problem in message, message
    assert report.skipped[0].fix, "every message says what to do"


@pytest.mark.parametrize("case", list(READABLE))
def test_legacy_encodings_and_hostile_content_are_read(tmp_path, case):
    fname, content, text = READABLE[case]
    (tmp_path / fname).write_bytes(content)
    docs = read_file(tmp_path / fname)
    assert [d.text for d in docs] == [text]


#: Markup that made the parsers quadratic (minutes for the sizes below before the fix).
PATHOLOGICAL_MARKUP = {
    "md: unclosed emphasis": ("a.md", "*a " * 100_000),
    "md: unclosed underscores": ("b.md", "_a b " * 60_000),
    "md: unclosed links": ("c.md", "[a " * 100_000),
    "md: unclosed link targets": ("d.md", "[x](" * 75_000),
    "md: unclosed images": ("e.md", "![a " * 75_000),
    "html: 50,000 nested divs": ("f.html", "<div>" * 50_000 + GOOD_2 + "</div>x" * 50_000),
    "html: unclosed tags": ("g.html", "<a " * 100_000 + GOOD_2),
    "html: unclosed comments": ("h.html", "<!--" * 100_000),
    "html: unclosed CDATA": ("i.html", "<![CDATA[" * 50_000),
    "html: unclosed script": ("j.html", f"<p>{GOOD_2}</p><script>" + "var x = '<div>';" * 30_000),
}


#: Bad inputs tried (the closing note's count): the three tables, plus 15 cases in the tests below
#: (50 MB file, oversized and hostile JSON Lines, long article, 7 path-level problems, a non-UTF-8
#: and a control-character file name, an extraction crash, a store refusal).
BAD_INPUTS = len(BAD_FILES) + len(READABLE) + len(PATHOLOGICAL_MARKUP) + 15


@READ_LIMIT
@pytest.mark.parametrize("case", list(PATHOLOGICAL_MARKUP))
def test_pathological_markup_is_read(tmp_path, case):
    fname, content = PATHOLOGICAL_MARKUP[case]
    (tmp_path / fname).write_text(content, encoding="utf-8")
    report = read_paths([tmp_path / fname])
    for doc in report.documents:
        assert "<div" not in doc.text and "var x" not in doc.text
    if GOOD_2 in content and "script" not in case:
        assert any(GOOD_2 in d.text for d in report.documents)


def test_html_keeps_only_the_article(tmp_path):
    (tmp_path / "page.html").write_bytes(_scripts_html())
    [doc] = read_file(tmp_path / "page.html")
    assert doc.title == "Big day" and "Evil" not in doc.text


@READ_LIMIT
def test_article_over_the_size_limit_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "dump.txt"
    with path.open("wb") as fh:  # 50 MB, sparse: the size check must come before any read
        fh.truncate(50_000_000)
    (tmp_path / "good.txt").write_text(GOOD_1, encoding="utf-8")
    report = read_paths([tmp_path])
    assert [d.text for d in report.documents] == [GOOD_1]
    [problem] = report.skipped
    assert "dump.txt" in str(problem) and f"{MAX_BYTES // 1_000_000} MB limit" in str(problem) and "50 MB" in str(problem)


def test_jsonl_lines_are_limited_one_by_one(tmp_path):
    path = tmp_path / "feed.jsonl"
    big = json.dumps({"text": "word " * (MAX_BYTES // 5 + 10)})
    path.write_text(json.dumps({"text": GOOD_1}) + "\n" + big + "\n" + json.dumps({"text": GOOD_2}) + "\n")
    report = read_paths([path])
    assert [d.text for d in report.documents] == [GOOD_1, GOOD_2]
    assert "line 2" in str(report.skipped[0]) and "MB limit" in str(report.skipped[0])


def test_jsonl_broken_lines_and_hostile_metadata(tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [json.dumps({"text": GOOD_1, "title": "T\ud800\x00\nitle" + "x" * 1000, "url": 5, "date": "2024-05-01"}),
             "{not json", json.dumps([1]), json.dumps({"text": None}), "", json.dumps({"text": GOOD_2})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8", errors="surrogatepass")
    report = read_paths([path])
    assert [d.text for d in report.documents] == [GOOD_1, GOOD_2]
    first = report.documents[0]
    assert first.title.startswith("T itle") and len(first.title) == 500 and first.url is None
    message = str(report.skipped[0])
    assert "feed.jsonl" in message and "3 bad line(s)" in message
    assert "line 2: not JSON" in message and "line 3" in message and "line 4" in message


def test_long_article_is_split_into_parts(tmp_path):
    paragraph = "Microsoft invested in OpenAI in 2019. " * 50
    text = "\n\n".join(f"{paragraph}Part marker {i}." for i in range(120))
    (tmp_path / "long.txt").write_text(text, encoding="utf-8")
    docs = read_file(tmp_path / "long.txt")
    assert len(docs) > 1 and all(len(d.text) <= MAX_PART_CHARS for d in docs)
    assert docs[0].title.endswith(f"(part 1 of {len(docs)})")
    assert " ".join(d.text for d in docs).split() == text.split(), "nothing lost or duplicated"
    assert all(d.text.rstrip().endswith(".") for d in docs[:-1]), "cut at paragraph breaks"
    assert [d.id for d in docs] == [d.id for d in read_file(tmp_path / "long.txt")], "stable ids"


@pytest.mark.parametrize("text, limit", [("a" * 1000, 100), ("word " * 300, 100), ("x. " * 500, 64),
                                         ("line\n" * 400, 50), ("", 10), ("short", 10)])
def test_split_text_bounds(text, limit):
    parts = split_text(text, limit)
    assert all(0 < len(p) <= limit for p in parts)
    assert "".join(parts).replace(" ", "").replace("\n", "") == text.replace(" ", "").replace("\n", "")


@READ_LIMIT
def test_path_level_problems(tmp_path):
    """Missing path, symlink loops (folder and file), a dangling link, a FIFO, a device, a folder
    with no article: each named with its problem, the good file still read, nothing hangs."""
    good = tmp_path / "in"
    good.mkdir()
    (good / "good.txt").write_text(GOOD_1, encoding="utf-8")
    (good / "loop").symlink_to(good)  # folder loop
    (good / "a.txt").symlink_to(good / "b.txt")  # file loop
    (good / "b.txt").symlink_to(good / "a.txt")
    (good / "dangling.md").symlink_to(tmp_path / "gone.md")
    os.mkfifo(good / "pipe.txt")  # reading it would block forever
    (tmp_path / "nothing").mkdir()
    (tmp_path / "nothing" / "image.png").write_bytes(b"\x89PNG")
    report = read_paths([good, tmp_path / "missing.txt", "/dev/null", tmp_path / "nothing"])
    assert [d.text for d in report.documents] == [GOOD_1]
    messages = [str(s) for s in report.skipped]

    def said(name, problem):
        return any(name in m and problem in m for m in messages)

    assert said("missing.txt", "does not exist")
    assert said("loop", "symlink loop")
    assert said("a.txt", "Too many levels of symbolic links") and said("b.txt", "symbolic link")
    assert said("dangling.md", "symbolic link that cannot be followed: No such file")
    assert said("pipe.txt", "not a regular file")
    assert said("/dev/null", "neither a file nor a folder")
    assert said("nothing", "holds no .txt")
    assert len(messages) == 8, messages


def test_file_name_that_is_not_utf8(tmp_path):
    raw = os.fsencode(tmp_path) + b"/caf\xe9.txt"
    with open(raw, "wb") as fh:
        fh.write(GOOD_1.encode())
    (tmp_path / "red\x1b[31m.txt").write_bytes(b"")
    report = read_paths([tmp_path])
    [doc] = report.documents
    assert doc.source.endswith("caf\\xe9.txt")
    doc.source.encode("utf-8")  # no lone surrogate left to break RDF or the terminal
    [problem] = report.skipped
    assert "red\\x1b[31m.txt: is empty" in str(problem), "no escape sequence reaches the terminal"


# --------------------------------------------------------------------------- the real CLI
@pytest.mark.model
def test_cli_partial_build_names_every_bad_file_and_keeps_the_rest(tmp_path):
    """All the bad files in one folder with two good ones, built into an output that already holds
    a document: exit 9, each bad file on stderr with its reason, the good ones and the earlier
    document in graph.ttl and in the store."""
    out = tmp_path / "out"
    earlier = tmp_path / "earlier.txt"
    earlier.write_text("Amazon acquired Zoox in 2020.", encoding="utf-8")
    kg("build", str(earlier), "--out", str(out), "--quiet", check=True)

    folder = tmp_path / "in"
    folder.mkdir()
    _write(folder, BAD_FILES)
    _write(folder, READABLE)
    (folder / "good1.txt").write_text(GOOD_1, encoding="utf-8")
    (folder / "sub").mkdir()
    (folder / "sub" / "good2.md").write_text(f"# News\n\n{GOOD_2}", encoding="utf-8")
    (folder / "sub" / "loop").symlink_to(folder)
    (folder / "big.txt").open("wb").truncate(50_000_000)

    proc = kg("build", str(folder), "--out", str(out))
    assert proc.returncode == 9, proc.stderr
    skipped = [line for line in proc.stderr.splitlines() if line.startswith("skipped: ")]
    for fname, _, problem in BAD_FILES.values():
        if fname.endswith(".docx"):
            continue  # a folder walk only takes article suffixes; given by name it is refused
        assert any(fname in line and problem in line for line in skipped), (fname, proc.stderr)
    assert any("big.txt" in line and "MB limit" in line for line in skipped)
    assert any("loop" in line and "symlink loop" in line for line in skipped)
    expected = len(BAD_FILES) - 1 + 2
    assert len(skipped) == expected, proc.stderr
    assert f"skipped {expected})" in proc.stdout, "the summary counts what was skipped"

    ttl = (out / "graph.ttl").read_text(encoding="utf-8")
    for source in ("earlier.txt", "good1.txt", "good2.md", "cp1252.txt", "utf16.txt", "page.html"):
        assert source in ttl, f"{source} is not in graph.ttl"
    for name in ("Zoox", "Satya Nadella", "Oracle", "Nestlé", "Anthropic"):
        assert name in ttl, name
    assert "Evil" not in ttl, "script text never reaches the graph"
    assert max(len(t) for t in re.findall(r"<[^>\s]*>|ent:\S+", ttl)) < 300, "no enormous IRI"
    docs = json.loads(kg("query", "SELECT (COUNT(?d) AS ?n) WHERE { ?d a kg:Document }", "--out", str(out),
                         "--format", "json", check=True).stdout)
    assert docs[0]["n"] == 1 + 2 + len(READABLE), "earlier doc + good ones + the readable hostile ones"


@pytest.mark.model
def test_cli_nothing_readable_exits_3_and_keeps_the_graph(tmp_path):
    out = tmp_path / "out"
    (tmp_path / "a.txt").write_text(GOOD_2, encoding="utf-8")
    kg("build", str(tmp_path / "a.txt"), "--out", str(out), "--quiet", check=True)
    before = (out / "graph.ttl").read_bytes()
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "x.txt").write_bytes(_pdf())
    proc = kg("build", str(tmp_path / "bad"), str(tmp_path / "missing"), "--out", str(out))
    assert proc.returncode == 3
    assert "x.txt: is a PDF document" in proc.stderr and "missing: does not exist" in proc.stderr
    assert (out / "graph.ttl").read_bytes() == before, "nothing stored is lost"


@pytest.mark.model
def test_cli_article_over_spacy_max_length_is_built_in_parts(tmp_path):
    """1.05 M characters (spaCy refuses more than 1 M in one text): built in parts, exit 0, facts
    from the start, middle and end all found, and every IRI bounded."""
    # Cheap to parse (5,300 tokens per 520,000 characters), each run a distinct part.
    fillers = [" ".join(f"Zz{i}{j:05d}" + "q" * 90 for j in range(5300)) for i in range(2)]
    text = f"{GOOD_1}\n\n{fillers[0]}\n\n{GOOD_2}\n\n{fillers[1]}\n\nTesla sued Rivian."
    assert len(text) > 1_040_000
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    parts = len(read_file(path))
    assert parts >= 21
    proc = kg("build", str(path), "--out", str(tmp_path / "out"), "--no-page")
    assert proc.returncode == 0, proc.stderr
    assert f"documents read: {parts} (built {parts}," in proc.stdout, proc.stdout
    import rdflib

    g = rdflib.Graph().parse(tmp_path / "out" / "graph.ttl", format="turtle")
    labels = {str(o) for o in g.objects(None, rdflib.RDFS.label)}
    assert {"Microsoft", "Oracle", "Tesla"} <= labels, labels
    assert any(label.endswith(f"(part {parts} of {parts})") for label in labels)
    assert max(len(str(s)) for s in g.subjects()) < 300


# --------------------------------------------------------------------------- many files
def _many(folder: Path, n: int, distinct: int) -> None:
    """``n`` small articles in folders of 1,000; ``distinct`` different texts among them."""
    folder.mkdir()
    for i in range(n):
        sub = folder / f"d{i // 1000:02d}"
        sub.mkdir(exist_ok=True)
        k = i % distinct
        (sub / f"a{i:05d}.txt").write_text(f"Company{k} Inc invested in Startup{k % 97} Labs. "
                                           f"Person{k} Smith leads Company{k} Inc.", encoding="utf-8")
    (folder / "d00" / "empty.txt").write_bytes(b"")


def _build_many(tmp_path, n: int, distinct: int) -> None:
    """Build a folder of ``n`` files and build it again (how long each takes: bench/input_bench.py)."""
    folder = tmp_path / "many"
    _many(folder, n, distinct)
    out = tmp_path / "out"
    proc = kg("build", str(folder), "--out", str(out), "--no-page")
    assert proc.returncode == 9, proc.stderr[-2000:]
    assert f"documents read: {distinct} (built {distinct}, unchanged 0, skipped 1)" in proc.stdout, proc.stdout
    assert proc.stderr.count("skipped: ") == 1 and "empty.txt: is empty" in proc.stderr
    again = kg("build", str(folder), "--out", str(out), "--no-page")
    assert f"unchanged {distinct}, skipped 1" in again.stdout and again.returncode == 9


@pytest.mark.model
def test_a_folder_of_150_small_articles(tmp_path):
    _build_many(tmp_path, 150, 150)


@pytest.mark.model
@pytest.mark.slow
def test_a_folder_of_10000_small_files(tmp_path):
    """10,000 files (spaCy costs ~12 ms per small document on 2 cores, so 500 distinct texts keep
    the test short; reading, hashing and deduplicating still run on all 10,000)."""
    _build_many(tmp_path, 10_000, 500)


# --------------------------------------------------------------------------- one document fails
@pytest.mark.model
def test_a_document_that_crashes_extraction_is_skipped_not_fatal(tmp_path, monkeypatch, nlp):
    """If extraction raises on one article (a bug no test has found yet), that article is skipped
    with its file named and the build goes on with the others (in process, batch of 8)."""
    import kg.extract
    from kg.build import build

    real = kg.extract.extract_doc

    def fragile(document, doc, **options):
        if "BOOM" in document.text:
            raise IndexError("simulated extractor bug")
        return real(document, doc, **options)

    monkeypatch.setattr(kg.extract, "extract_doc", fragile)
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(12):
        (folder / f"a{i:02d}.txt").write_text(f"Company{i} Inc acquired Startup{i} Labs." + (" BOOM" if i in (3, 11) else ""),
                                              encoding="utf-8")
    report = build([folder], tmp_path / "store")
    assert report.documents_built == 10
    messages = sorted(str(s) for s in report.skipped)
    assert len(messages) == 2
    assert "a03.txt: could not be processed: IndexError: simulated extractor bug" in messages[0]
    assert "a11.txt" in messages[1]


def test_a_document_the_store_refuses_is_skipped_not_fatal(tmp_path, monkeypatch):
    import kg.store.writes
    from kg.build import build

    real = kg.store.writes.extraction_quads

    def fragile(ex, version):
        if "BOOM" in ex.document.text:
            raise ValueError("simulated invalid term")
        return real(ex, version)

    monkeypatch.setattr(kg.store.writes, "extraction_quads", fragile)
    import kg.extract

    monkeypatch.setattr(kg.extract, "extract_documents", lambda docs, **kw: (
        kg.extract.Extraction(document=d) for d in docs))
    (tmp_path / "a.txt").write_text("Fine.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("BOOM.", encoding="utf-8")
    report = build([tmp_path / "a.txt", tmp_path / "b.txt"], tmp_path / "store")
    assert report.documents_built == 1
    [problem] = report.skipped
    assert "b.txt: could not be stored: simulated invalid term" in str(problem)


@pytest.mark.model
def test_no_entity_name_is_a_run_of_fifty_words(nlp):
    from kg.documents import clean_text, content_id
    from kg.extract import extract_documents
    from kg.model import Document

    text = " ".join(["AAAAA"] * 50) + " sued Apple."
    doc = Document(id=content_id(text), source="x.txt", text=clean_text(text))
    [ex] = list(extract_documents([doc]))
    assert all(len(e.name) <= 100 for e in ex.entities), [e.name for e in ex.entities]
