"""Read articles from files and folders: plain text, Markdown, HTML and JSON Lines.

Every article becomes a :class:`kg.model.Document` whose id is the SHA-256 of its cleaned text,
so the same article read twice (or from two paths) is the same document.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError
from kg.model import Document

SUFFIXES = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".html": "html",
            ".htm": "html", ".jsonl": "jsonl", ".ndjson": "jsonl"}

#: Files (and JSON Lines records) larger than this are refused: no news article is this long, and
#: reading, cleaning and parsing such a file takes minutes (the parser reads ~4,000 words/s).
MAX_BYTES = 20_000_000

#: Articles longer than this (in characters, after cleaning; ~8,000 words, more than nearly any
#: news article) are split into parts at paragraph breaks, each parsed as its own document: spaCy
#: refuses texts over ``nlp.max_length`` (1,000,000) and needs ~3 GB per million characters in a
#: batch (measured: a batch of 8 parts of 100,000 characters peaked at 2.5 GB, of 50,000 at 1.3 GB).
MAX_PART_CHARS = 50_000

#: A run of non-space characters longer than this is not prose (base64, minified code, a URL with
#: a payload, a line of a binary file): it is dropped before parsing, so it can neither stall the
#: tokenizer nor become a name of a kilobyte.
MAX_TOKEN_CHARS = 100
_LONG_TOKEN = re.compile(r"\S{%d,}" % (MAX_TOKEN_CHARS + 1))

#: Titles, URLs and dates from JSON Lines are cut to this many characters.
MAX_META_CHARS = 500

# Magic numbers of binary formats that end up named .txt: what the file really is, by its start.
_MAGIC = (
    (b"%PDF-", "a PDF document"), (b"PK\x03\x04", "a ZIP archive (or .docx/.xlsx/.epub)"),
    (b"PK\x05\x06", "an empty ZIP archive"), (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"), (b"GIF87a", "a GIF image"), (b"GIF89a", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"), (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"), (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "an executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document (.doc/.xls)"),
    (b"SQLite format 3\x00", "an SQLite database"), (b"{\\rtf", "an RTF document"),
)
_BOMS = ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
         (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))

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
    # Before the noise filter: a line of a megabyte with no space is not prose, whatever it holds.
    text = _LONG_TOKEN.sub(" ", text)
    lines = [line.rstrip() for line in text.split("\n")]
    kept = [line for line in lines if not is_noise_line(line)]
    text = "\n".join(kept)
    text = re.sub(r"[ \t\u00a0]+", " ", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


def strip_markdown(text: str) -> str:
    """Markdown to plain text: keep the words, drop the markup (links keep their text).

    Every pattern stays on one line and is bounded in length, so a line of a megabyte of unclosed
    ``*``, ``_`` or ``[`` costs linear time (unbounded lazy patterns took minutes on 100 KB)."""
    text = re.sub(r"```.*?```", " ", text, flags=re.DOTALL)
    text = re.sub(r"!\[[^\]\n]{0,500}\]\([^)\n]{0,2000}\)", " ", text)
    text = re.sub(r"\[([^\]\n]{1,500})\]\([^)\n]{0,2000}\)", r"\1", text)
    text = re.sub(r"^\s{0,3}#{1,6}\s*", "", text, flags=re.MULTILINE)
    text = re.sub(r"^\s{0,3}>\s?", "", text, flags=re.MULTILINE)
    text = re.sub(r"(\*\*|__)([^\n]{1,300}?)\1", r"\2", text)
    text = re.sub(r"(?<!\w)[*_](\S[^\n]{0,300}?\S|\S)[*_](?!\w)", r"\1", text)
    text = re.sub(r"`([^`\n]{0,500})`", r"\1", text)
    return text


_HTML_DROP = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe",
              "svg", "button", "template")
_HTML_BLOCKS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "section",
                "article", "blockquote", "pre", "dd", "dt", "figcaption")


#: Deeper HTML is not a page but an attack on the parser: BeautifulSoup's tree building is
#: quadratic in depth (a minute at 20,000 levels). Browsers stop nesting at 512.
MAX_HTML_DEPTH = 512
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)[^<>]*>")
# Tags that never nest (void) or whose end tag is optional: they do not count towards the depth.
_FLAT_TAGS = frozenset("area base br col embed hr img input link meta param source track wbr "
                       "p li dt dd tr td th option thead tbody tfoot colgroup rp rt".split())


def _nesting_depth(html: str) -> int:
    """The deepest nesting of elements (an upper bound, one linear pass); stops past the limit."""
    depth = deepest = 0
    for m in _TAG.finditer(html):
        if m.group(2).lower() in _FLAT_TAGS or m.group(0).endswith("/>"):
            continue
        depth = max(0, depth - 1) if m.group(1) else depth + 1
        deepest = max(deepest, depth)
        if deepest > MAX_HTML_DEPTH:
            break
    return deepest


def _strip_tags(html: str) -> tuple[str, str | None]:
    """The text of a page too deep for the parser, in linear time: the elements of ``_HTML_DROP``
    removed with their content (to the end when unclosed, as browsers do with scripts), then
    every tag; entities decoded."""
    import html as html_lib

    lower = html.lower()
    out, pos = [], 0
    opener = re.compile(r"<(%s)\b" % "|".join(_HTML_DROP))
    while (m := opener.search(lower, pos)) is not None:
        out.append(html[pos:m.start()])
        end = lower.find(f"</{m.group(1)}", m.end())
        if end == -1:
            pos = len(html)
            break
        close = lower.find(">", end)
        pos = len(html) if close == -1 else close + 1
    out.append(html[pos:])
    text = _TAG.sub(" ", "".join(out))
    return html_lib.unescape(text), None


# A "<" that no ">" closes before the next "<" (or the end) is text, not a tag.
_UNCLOSED_LT = re.compile(r"<(?=[^<>]*(?:<|$))")
_BLOCK_TAG = re.compile(r"<(/?)(%s)\b" % "|".join(_HTML_BLOCKS), re.IGNORECASE)


def html_to_text(html: str) -> tuple[str, str | None]:
    """Article text and title from an HTML page: scripts, styles and navigation dropped.

    Two linear passes over the raw HTML come first, because Python's ``html.parser`` and tree
    edits in BeautifulSoup are quadratic on hostile pages (minutes for 100 KB): unclosed ``<``
    (``<a <a <a``, ``<!--`` without ``-->``) are escaped as text, and the line breaks around block
    elements are written into the HTML instead of being inserted into the tree (which cost time
    proportional to the nesting depth for every block)."""
    from bs4 import BeautifulSoup

    html = _UNCLOSED_LT.sub("&lt;", html)
    html = _BLOCK_TAG.sub(lambda m: "\n" + m.group(0), html)
    if _nesting_depth(html) > MAX_HTML_DEPTH:
        return _strip_tags(html)
    soup = BeautifulSoup(html, "html.parser")
    title = soup.title.get_text(" ", strip=True) if soup.title else None
    for tag in soup(_HTML_DROP):
        tag.decompose()
    root = soup.find("article") or soup.find("main") or soup.body or soup
    return root.get_text(""), title or None


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def display_path(path: str | os.PathLike) -> str:
    """A path as printable Unicode text, for messages and for ``dcterms:source``: bytes that are
    not UTF-8 and control characters (an ANSI escape in a file name would drive the terminal, and
    XML cannot hold them) are written as ``\\xNN``."""
    text = os.fsencode(path).decode("utf-8", "backslashreplace")
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def _binary_kind(data: bytes) -> str | None:
    """What a file is when it is not text: by magic number, or by NUL bytes near the start."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    if b"\x00" in data[:4096]:
        return "binary data"
    return None


def _looks_binary(text: str) -> bool:
    """Decoded text that is mostly control characters is a binary file that happened to decode."""
    sample = text[:65536]
    if not sample:
        return False
    controls = sum(1 for ch in sample if ch < " " and ch not in "\n\r\t\f")
    return controls > max(8, len(sample) // 100)


def _decode(path: Path, data: bytes) -> str:
    name = display_path(path)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding)
            except UnicodeDecodeError as e:
                raise InputError(name, f"starts with a {encoding.upper()} byte order mark but is not "
                                 f"{encoding.upper()} text (byte {e.start + len(bom)})",
                                 "convert it to UTF-8, e.g. with iconv") from e
    kind = _binary_kind(data)
    if kind == "binary data" and len(data) >= 8 and data[1:512:2].count(0) >= len(data[1:512:2]) * 0.9:
        # ASCII-range UTF-16LE without a byte order mark (every other byte NUL), as Windows writes.
        try:
            return data.decode("utf-16-le")
        except UnicodeDecodeError:
            pass
    if kind is not None:
        raise InputError(name, f"is {kind}, not text",
                         "pass only .txt, .md, .html or .jsonl articles; extract the text of documents first")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        text = _damaged_utf8(data)
        if text is None:
            try:
                # Windows-1252 is what legacy news sites and Office exports use; it decodes most
                # bytes, so the result is checked below to still look like text.
                text = data.decode("cp1252")
            except UnicodeDecodeError:
                raise InputError(name, f"is neither UTF-8 nor Windows-1252 text (invalid byte "
                                 f"0x{data[e.start]:02x} at offset {e.start})",
                                 "convert it to UTF-8, e.g. with iconv") from e
    if _looks_binary(text):
        raise InputError(name, "looks like binary data, not text (mostly control characters)",
                         "pass only .txt, .md, .html or .jsonl articles")
    return text


def _damaged_utf8(data: bytes) -> str | None:
    """UTF-8 with a few broken bytes (a truncated download, a bad paste): the text, with the broken
    bytes dropped. None when the file is not UTF-8 at all (then it is a legacy encoding)."""
    text = data.decode("utf-8", "replace")
    broken = text.count("\ufffd")
    multibyte = sum(1 for ch in text if ord(ch) > 127) - broken
    if multibyte > 0 and broken <= max(3, multibyte // 10):
        return text.replace("\ufffd", "")
    return None


def split_text(text: str, limit: int = MAX_PART_CHARS) -> list[str]:
    """``text`` in parts of at most ``limit`` characters, cut at a paragraph break, else a line
    break, else a sentence end, else a space (the last one in the second half of the part)."""
    parts = []
    start = 0
    while len(text) - start > limit:
        end = start + limit
        cut = end
        for sep in ("\n\n", "\n", ". ", " "):
            found = text.rfind(sep, start + limit // 2, end)
            if found != -1:
                cut = found + len(sep)
                break
        parts.append(text[start:cut].strip())
        start = cut
    parts.append(text[start:].strip())
    return [p for p in parts if p]


def _clean_meta(value, limit: int = MAX_META_CHARS) -> str | None:
    """A title, URL or date from JSON: one line of printable text, cut to ``limit``, or None."""
    if not isinstance(value, str):
        return None
    value = "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in value)
    value = " ".join(value.split())[:limit]
    return value or None


def _documents(path: Path, text: str, title: str | None, fmt: str, *, url: str | None = None,
               date: str | None = None) -> list[Document]:
    """One document, or several parts of a very long article (see :data:`MAX_PART_CHARS`)."""
    source = display_path(path)
    title = title or _title_from_text(text)
    parts = split_text(text)
    docs = []
    for i, part in enumerate(parts, start=1):
        part_title = title if len(parts) == 1 else f"{title or source} (part {i} of {len(parts)})"
        docs.append(Document(id=content_id(part), source=source, text=part, title=part_title, url=url,
                             date=date, format=fmt))
    return docs


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
    name = display_path(path)
    fmt = SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        return [], InputError(name, f"unsupported file type {path.suffix or '(none)'!r}",
                              "use .txt, .md, .html or .jsonl")
    try:
        st = path.stat()
        if not stat.S_ISREG(st.st_mode):
            # A FIFO or a device named .txt would block the read or never end.
            return [], InputError(name, "is not a regular file", "pass files and folders of articles")
        if fmt == "jsonl":
            return _read_jsonl(path)
        if st.st_size > MAX_BYTES:
            return [], InputError(name, f"is {st.st_size / 1e6:.0f} MB, larger than the "
                                  f"{MAX_BYTES // 1_000_000} MB limit for one article",
                                  "split it into articles, or into files of at most "
                                  f"{MAX_BYTES // 1_000_000} MB")
        data = path.read_bytes()
        raw = _decode(path, data)
    except OSError as e:
        if path.is_symlink():
            return [], InputError(name, f"is a symbolic link that cannot be followed: {e.strerror or e}",
                                  "fix or remove the link")
        return [], InputError(name, f"cannot be read: {e.strerror or e}", "check the path and permissions")
    except InputError as e:
        return [], e
    if fmt == "html":
        if is_kg_page(raw):
            return [], InputError(name, "is a page kg wrote (graph.html or kg show), not an article",
                                  "leave kg's output out of the input")
        body, title = html_to_text(raw)
    elif fmt == "md":
        body, title = strip_markdown(raw), None
    else:
        body, title = raw, None
    text = clean_text(body)
    if not text:
        if not raw.strip():
            return [], InputError(name, "is empty: it holds no article text", "remove it or add the article text")
        return [], InputError(name, f"holds no article text: all of its {len(raw):,} characters are markup, "
                              "scraping noise, text in another script or runs of characters without spaces",
                              "check it is an English news article")
    return _documents(path, text, _clean_meta(title), fmt), None


def _read_jsonl(path: Path) -> tuple[list[Document], InputError | None]:
    """JSON Lines, read line by line (a feed can be larger than one article may be)."""
    docs: list[Document] = []
    bad: list[str] = []
    with path.open("rb") as fh:
        for number, data in enumerate(fh, start=1):
            if len(data) > MAX_BYTES:
                bad.append(f"line {number}: {len(data) / 1e6:.0f} MB, larger than the "
                           f"{MAX_BYTES // 1_000_000} MB limit for one article")
                continue
            if not data.strip():
                continue
            if number == 1 and data.startswith(b"\xef\xbb\xbf"):
                data = data[3:]
            try:
                record = json.loads(data.decode("utf-8"))
            except UnicodeDecodeError as e:
                bad.append(f"line {number}: not UTF-8 (invalid byte 0x{data[e.start]:02x} at column {e.start + 1})")
                continue
            except json.JSONDecodeError as e:
                bad.append(f"line {number}: not JSON ({e.msg})")
                continue
            except RecursionError:
                bad.append(f"line {number}: not JSON (nested too deeply)")
                continue
            if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                bad.append(f"line {number}: no \"text\" string")
                continue
            text = clean_text(record["text"])
            if not text:
                bad.append(f"line {number}: empty text")
                continue
            docs.extend(_documents(path, text, _clean_meta(record.get("title")), "jsonl",
                                   url=_clean_meta(record.get("url"), 2000), date=_clean_meta(record.get("date"), 40)))
    name = display_path(path)
    problem = None
    if bad:
        problem = InputError(name, f"{len(bad)} bad line(s): " + "; ".join(bad[:5]) + (" ..." if len(bad) > 5 else ""),
                             'each line must be a JSON object with a "text" string')
    elif not docs:
        problem = InputError(name, "holds no article", 'add lines like {"text": "..."}')
    return docs, problem


#: Markers of the page kg writes (graph.html, kg show): the generator tag of current pages, and the
#: header and data element every page has had (they come before the graph's data, within ~250 KB).
KG_PAGE_MARKERS = ('<meta name="generator" content="kg', '<header id="kg-header">',
                   '<script type="application/json" id="kg-data">')
#: Files in a folder that mark a kg graph store (its lock files), which no build reads.
KG_STORE_MARKERS = ("kg-writer.lock", "kg-open.lock", "kg-wait.lock")


def is_kg_page(text: str) -> bool:
    """Whether an HTML text is a page kg wrote (so kg's own output is never read as an article)."""
    head = text[:1_000_000]
    return KG_PAGE_MARKERS[0] in head[:4096] or all(m in head for m in KG_PAGE_MARKERS[1:])


def _is_kg_page_file(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            head = fh.read(1_000_000)
    except OSError:
        return False  # reading it will say what is wrong
    return is_kg_page(head.decode("utf-8", "replace"))


def _resolved(path: str | os.PathLike) -> Path | None:
    try:
        return Path(path).resolve()
    except (OSError, RuntimeError):
        return None


def iter_files(paths: Iterable[str | os.PathLike], exclude: Iterable[str | os.PathLike] = ()) -> Iterator[Path | InputError]:
    """Input files under the given paths (folders walked in sorted order, symlink loops refused).

    A folder walk leaves out what kg itself writes, so ``kg build news/ --out news/kg`` twice reads
    the same articles: the folders in ``exclude`` (the build's store), any folder holding a kg graph
    store (its lock files), and the pages kg writes (graph.html, ``kg show --html``)."""
    excluded = {r for r in (_resolved(p) for p in exclude) if r is not None}

    def kg_folder(folder: Path) -> bool:
        return _resolved(folder) in excluded or any((folder / m).exists() for m in KG_STORE_MARKERS)

    for given in paths:
        path = Path(given)
        name = display_path(path)
        if not path.exists():
            if path.is_symlink():
                yield InputError(name, "is a broken symbolic link or a symlink loop", "fix or remove the link")
            else:
                yield InputError(name, "does not exist", "check the path")
            continue
        if path.is_file():
            yield path
            continue
        if not path.is_dir():
            yield InputError(name, "is neither a file nor a folder", "pass files and folders of articles")
            continue
        unreadable: list[InputError] = []

        def refuse(err: OSError, unreadable=unreadable) -> None:
            unreadable.append(InputError(display_path(err.filename or path),
                                         f"cannot be listed: {err.strerror or err}", "check its permissions"))

        # (device, inode) of every folder on the current walk path: meeting one again below itself
        # is a loop. A second link to a folder elsewhere is simply read once.
        seen: set[tuple[int, int]] = set()
        found = 0
        for root, dirs, files in os.walk(path, followlinks=True, onerror=refuse):
            yield from unreadable
            unreadable.clear()
            try:
                st = os.stat(root)
            except OSError as e:
                yield InputError(display_path(root), f"cannot be read: {e.strerror or e}", "check the path")
                dirs[:] = []
                continue
            if (st.st_dev, st.st_ino) in seen:
                dirs[:] = []
                yield InputError(display_path(root), "is a symlink loop (or a second link to a folder "
                                 "already read); skipped", "remove the link")
                continue
            seen.add((st.st_dev, st.st_ino))
            if kg_folder(Path(root)):
                dirs[:] = []
                continue
            dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not kg_folder(Path(root) / d))
            for fname in sorted(files):
                if fname.startswith(".") or Path(fname).suffix.lower() not in SUFFIXES:
                    continue
                if SUFFIXES[Path(fname).suffix.lower()] == "html" and _is_kg_page_file(Path(root) / fname):
                    continue  # kg's own page, not an article
                found += 1
                yield Path(root) / fname
        yield from unreadable
        if not found:
            yield InputError(name, "holds no .txt, .md, .html or .jsonl file", "check the folder")


def read_paths(paths: Iterable[str | os.PathLike], exclude: Iterable[str | os.PathLike] = ()) -> ReadReport:
    """Read every article under ``paths`` (folders in ``exclude``, kg's stores and pages left out of
    folder walks); bad files are reported, good ones (and the good lines of a JSON Lines file with
    bad ones) are still read."""
    report = ReadReport()
    seen: set[str] = set()
    for item in iter_files(paths, exclude):
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
