"""Read articles from files and folders: plain text, Markdown, HTML and JSON Lines.

Every article becomes a :class:`kg.model.Document` whose id is the SHA-256 of its cleaned text,
so the same article read twice (or from two paths) is the same document.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError
from kg.model import Document

SUFFIXES = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".html": "html",
            ".htm": "html", ".jsonl": "jsonl", ".ndjson": "jsonl"}

#: Articles larger than this are refused: no news article is this long, and the parser's memory
#: grows with document length.
MAX_BYTES = 20_000_000

# Lines that scraped pages carry around an article and that are not part of it. They are dropped
# before the model sees them, so they never become entities or evidence.
NOISE_LINE = re.compile(
    r"""^\s*(?:
        advertisement|recommended|next\ up|read\ more|related(?:\ articles?)?|share\ this(?:\ article)?|
        subscribe(?:\ to\ our.*)?|sign\ up.*newsletter.*|receive\ the\ latest\ news|get\ notified.*|
        preview_player|skip\ to\ (?:main\ )?content|cookie.*|accept\ all\ cookies|
        (?:\#\w+\s*)+|                      # a line of hashtags only
        join\ \S+\.\S+                       # "join example.ru" spam
    )\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
# A line written mostly in a non-Latin script (the seeds carry Russian UI strings): the English
# model reads such lines as noise at best and as entities at worst.
_LATIN = re.compile(r"[A-Za-z]")
_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)


@dataclass
class ReadReport:
    """What reading a set of paths produced: the documents, and what was skipped and why."""

    documents: list[Document] = field(default_factory=list)
    skipped: list[InputError] = field(default_factory=list)


def content_id(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def is_noise_line(line: str) -> bool:
    stripped = line.strip()
    if not stripped:
        return False
    if NOISE_LINE.match(stripped):
        return True
    letters = _LETTER.findall(stripped)
    if letters and len(_LATIN.findall(stripped)) / len(letters) < 0.5:
        return True
    return False


def clean_text(text: str) -> str:
    """Normalise Unicode, drop scraping noise and control characters, keep paragraph breaks."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # Control characters (but not newlines and tabs) are never article text.
    text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch)[0] != "C")
    lines = [line.rstrip() for line in text.split("\n")]
    kept = [line for line in lines if not is_noise_line(line)]
    text = "\n".join(kept)
    text = re.sub(r"[ \t\u00a0]+", " ", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


def strip_markdown(text: str) -> str:
    """Markdown to plain text: keep the words, drop the markup (links keep their text)."""
    text = re.sub(r"```.*?```", " ", text, flags=re.DOTALL)
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", " ", text)
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"^\s{0,3}#{1,6}\s*", "", text, flags=re.MULTILINE)
    text = re.sub(r"^\s{0,3}>\s?", "", text, flags=re.MULTILINE)
    text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)
    text = re.sub(r"(?<!\w)[*_](\S.*?\S|\S)[*_](?!\w)", r"\1", text)
    text = re.sub(r"`([^`]*)`", r"\1", text)
    return text


_HTML_DROP = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe",
              "svg", "button", "template")
_HTML_BLOCKS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "section",
                "article", "blockquote", "pre", "dd", "dt", "figcaption")


def html_to_text(html: str) -> tuple[str, str | None]:
    """Article text and title from an HTML page: scripts, styles and navigation dropped."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    title = soup.title.get_text(" ", strip=True) if soup.title else None
    for tag in soup(_HTML_DROP):
        tag.decompose()
    root = soup.find("article") or soup.find("main") or soup.body or soup
    for tag in root.find_all(_HTML_BLOCKS):
        tag.insert_before("\n")
        tag.insert_after("\n")
    return root.get_text(""), title or None


def _decode(path: Path, data: bytes) -> str:
    if b"\x00" in data[:4096]:
        raise InputError(path, "looks like a binary file, not text",
                         "pass only .txt, .md, .html or .jsonl articles")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        # Windows-1252 is what legacy news sites and Office exports use; it decodes most bytes,
        # so check the result still looks like text.
        text = data.decode("cp1252")
    except UnicodeDecodeError as e:
        raise InputError(path, f"is neither UTF-8 nor Windows-1252 text ({e.reason} at byte {e.start})",
                         "convert it to UTF-8, e.g. with iconv") from e
    return text


def _title_from_text(text: str) -> str | None:
    for line in text.split("\n"):
        line = line.strip()
        if line:
            return line[:200]
    return None


def read_file(path: str | os.PathLike) -> list[Document]:
    """The documents one file holds (several for JSON Lines). Raises InputError on bad input."""
    docs, problem = _read(Path(path))
    if problem is not None:
        raise problem
    return docs


def _read(path: Path) -> tuple[list[Document], InputError | None]:
    """Documents of one file, and the problem with it if any (a JSON Lines file can have both)."""
    fmt = SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        return [], InputError(path, f"unsupported file type {path.suffix or '(none)'!r}",
                              "use .txt, .md, .html or .jsonl")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            return [], InputError(path, f"is {size / 1e6:.0f} MB, larger than the "
                                  f"{MAX_BYTES // 1_000_000} MB limit for one article", "split it into articles")
        raw = _decode(path, path.read_bytes())
    except OSError as e:
        return [], InputError(path, f"cannot be read: {e.strerror or e}", "check the path and permissions")
    except InputError as e:
        return [], e
    if fmt == "jsonl":
        return _read_jsonl(path, raw)
    if fmt == "html":
        body, title = html_to_text(raw)
    elif fmt == "md":
        body, title = strip_markdown(raw), None
    else:
        body, title = raw, None
    text = clean_text(body)
    if not text:
        return [], InputError(path, "holds no article text", "check the file is not empty")
    return [Document(id=content_id(text), source=str(path), text=text,
                     title=title or _title_from_text(text), format=fmt)], None


def _read_jsonl(path: Path, raw: str) -> tuple[list[Document], InputError | None]:
    docs: list[Document] = []
    bad: list[str] = []
    for number, line in enumerate(raw.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            bad.append(f"line {number}: not JSON ({e.msg})")
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            bad.append(f"line {number}: no \"text\" string")
            continue
        text = clean_text(record["text"])
        if not text:
            bad.append(f"line {number}: empty text")
            continue
        meta = {k: record[k] if isinstance(record.get(k), str) else None for k in ("title", "url", "date")}
        docs.append(Document(id=content_id(text), source=str(path), text=text,
                             title=meta["title"] or _title_from_text(text), url=meta["url"],
                             date=meta["date"], format="jsonl"))
    problem = None
    if bad:
        problem = InputError(path, f"{len(bad)} bad line(s): " + "; ".join(bad[:5]) + (" ..." if len(bad) > 5 else ""),
                             'each line must be a JSON object with a "text" string')
    elif not docs:
        problem = InputError(path, "holds no article", 'add lines like {"text": "..."}')
    return docs, problem


def iter_files(paths: Iterable[str | os.PathLike]) -> Iterator[Path | InputError]:
    """Input files under the given paths (folders walked in sorted order, symlink loops refused)."""
    for given in paths:
        path = Path(given)
        if not path.exists():
            yield InputError(path, "does not exist", "check the path")
            continue
        if path.is_file():
            yield path
            continue
        seen: set[tuple[int, int]] = set()
        for root, dirs, files in os.walk(path, followlinks=True):
            st = os.stat(root)
            if (st.st_dev, st.st_ino) in seen:
                dirs[:] = []
                yield InputError(root, "is a symlink loop", "remove the link")
                continue
            seen.add((st.st_dev, st.st_ino))
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if name.startswith(".") or Path(name).suffix.lower() not in SUFFIXES:
                    continue
                yield Path(root) / name


def read_paths(paths: Iterable[str | os.PathLike]) -> ReadReport:
    """Read every article under ``paths``; bad files are reported, good ones (and the good lines of
    a JSON Lines file with bad ones) are still read."""
    report = ReadReport()
    seen: set[str] = set()
    for item in iter_files(paths):
        if isinstance(item, InputError):
            report.skipped.append(item)
            continue
        docs, problem = _read(item)
        if problem is not None:
            report.skipped.append(problem)
        for doc in docs:
            if doc.id not in seen:
                seen.add(doc.id)
                report.documents.append(doc)
    return report
