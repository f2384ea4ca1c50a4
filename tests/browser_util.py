"""Headless Chromium for tests and benches: Debian's chromium driven by Playwright.

No browser download: Playwright is pointed at the system chromium. Every request a page makes is
recorded, so a test can assert that a page stayed offline.
"""

from __future__ import annotations

import contextlib
import shutil
from dataclasses import dataclass, field

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

#: Schemes a self-contained page may request: itself, inline data, blank frames.
LOCAL_SCHEMES = ("file:", "data:", "about:")


def chromium_path() -> str | None:
    return shutil.which("chromium")


def skip_reason() -> str | None:
    """Why browser tests cannot run here, or None when they can."""
    if chromium_path() is None:
        return "chromium is not on PATH (Debian: apt-get install chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed (pip install -e '.[test]')"
    return None


@dataclass
class PageLog:
    """What a page did: every URL it requested, console errors, uncaught exceptions."""

    requests: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)

    def non_local_requests(self) -> list[str]:
        return [u for u in self.requests if not u.startswith(LOCAL_SCHEMES)]


@contextlib.contextmanager
def browser():
    """Yield a launched Playwright Chromium browser; closes it (and Playwright) afterwards."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        try:
            yield b
        finally:
            b.close()


def open_page(b, *, width: int = 1400, height: int = 900):
    """A new page in its own context, with a PageLog attached as ``page.kg_log``."""
    context = b.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    log = PageLog()
    # context-level, so requests made by iframes are seen too
    context.on("request", lambda r: log.requests.append(r.url))
    page.on("console", lambda m: log.console_errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: log.page_errors.append(str(e)))
    page.kg_log = log
    return page


def wait_ready(page_or_frame, timeout_ms: int = 60_000) -> None:
    """Wait until the kg page has drawn the graph (it sets body[data-ready=1])."""
    # A function, not an expression: Playwright evals expressions, which the page's CSP forbids.
    page_or_frame.wait_for_function("() => !!document.body && document.body.dataset.ready === '1'",
                                    timeout=timeout_ms)


@contextlib.contextmanager
def opened(b, url: str, *, ready: bool = True):
    """Open ``url`` in a new page of browser ``b`` (see open_page) and yield the page; its context
    is closed afterwards, whether the test passed or not. With ``ready`` (the default) it first
    waits until the kg page has drawn (see wait_ready); a page that only frames a kg page passes
    ``ready=False`` and waits on the frame itself."""
    page = open_page(b)
    try:
        page.goto(url)
        if ready:
            wait_ready(page)
        yield page
    finally:
        page.context.close()


def write_page(path, G, **render_options):
    """Write the kg page of graph ``G`` (kg.page.render_page with ``render_options``) to ``path``;
    returns ``path``."""
    from kg.page import render_page

    path.write_text(render_page(G, **render_options), encoding="utf-8")
    return path


def assert_clean(page, *, offline: bool = True, console: bool = True) -> None:
    """Assert that ``page`` raised no uncaught exception and, unless told otherwise, that it requested
    nothing but file:, data: and about: URLs (``offline``) and logged no console error (``console``)."""
    # Explicit messages: pytest rewrites asserts in test modules and conftest.py only, not here.
    log = page.kg_log
    if offline:
        assert log.non_local_requests() == [], f"the page made network requests: {log.non_local_requests()}"
    assert log.page_errors == [], f"uncaught exceptions in the page: {log.page_errors}"
    if console:
        assert log.console_errors == [], f"console errors in the page: {log.console_errors}"


def count_drawn_pixels(page, selector: str = "#kg-net canvas") -> int:
    """Pixels of the canvas that are neither transparent nor near-white: 0 means a blank graph."""
    return page.evaluate(
        """(sel) => {
            const c = document.querySelector(sel);
            const ctx = c.getContext('2d');
            const d = ctx.getImageData(0, 0, c.width, c.height).data;
            let n = 0;
            for (let i = 0; i < d.length; i += 4) {
                if (d[i + 3] > 0 && (d[i] < 235 || d[i + 1] < 235 || d[i + 2] < 235)) n++;
            }
            return n;
        }""",
        selector,
    )


# --------------------------------------------------------------------------------------------
# A small graph whose every string is hostile (shared by the page tests)
# --------------------------------------------------------------------------------------------

PAYLOAD_IMG = '<img src=x onerror="window.__pwned=1">'
PAYLOAD_SCRIPT = "<script>window.__pwned=1</script>"
#: Each would run script or break out of its context if the page inserted text as HTML or
#: pasted it into a script; "href" is the word that switches pyvis's popup to raw HTML.
HOSTILE = (
    f"{PAYLOAD_IMG}{PAYLOAD_SCRIPT}"
    "</script><script>window.__pwned=1</script><!-- "
    "<a href=\"javascript:window.__pwned=1\">href</a> ${window.__pwned=1} "
    "'\"` \\ \u2028\u2029 @@KG_DATA@@ </style></title>"
)


def hostile_graph():
    """Six entities of all five types, eight edges, hostile text in every string field.

    Returns the graph; node keys are IRIs. ``kg:musk`` has the alias "Technoking" (search
    tests); ``kg:austin``/``kg:texas`` form a component apart from the rest (dimming tests).
    """
    import networkx as nx

    G = nx.MultiDiGraph()

    def node(key, label, kind, aliases=(), wikidata=None):
        G.add_node(key, label=label, type=kind, aliases=list(aliases), wikidata=wikidata)

    def edge(u, v, relation, confidence, evidence, n_facts=1):
        facts = [
            {
                "evidence": f"{evidence} #{k} {HOSTILE}",
                "source": f"news/{relation}-{k}.html{HOSTILE}",
                "doc": f"https://example.org/kg/doc/{relation}{k}",
                "title": f"Title {relation} {HOSTILE}",
                "date": "2024-03",
                "confidence": confidence,
            }
            for k in range(n_facts)
        ]
        G.add_edge(u, v, key=relation, relation=relation, confidence=confidence, facts=facts)

    node("kg:musk", f"Elon Musk {HOSTILE}", "Person", ["Technoking", HOSTILE], "Q317521")
    node("kg:tesla", "Tesla", "Organization", ["Tesla Inc.", "TSLA"], "Q478214")
    node("kg:model3", f"Model 3 {PAYLOAD_IMG}", "Product")
    node("kg:austin", "Austin", "Place", ["ATX"])
    node("kg:texas", "Texas", "Place")
    node("kg:thing", f"Unknown {PAYLOAD_SCRIPT}", "Entity")
    edge("kg:musk", "kg:tesla", "ceoOf", 0.9, "Musk is the chief executive of Tesla.", 2)
    edge("kg:musk", "kg:tesla", "founded", 0.6, "Musk is often called a founder of Tesla.")
    edge("kg:tesla", "kg:model3", "develops", 0.8, "Tesla develops the Model 3.")
    edge("kg:thing", "kg:tesla", "sued", 0.5, "A group sued Tesla.")
    edge("kg:thing", "kg:musk", "criticized", 0.4, "The group criticized Musk.")
    edge("kg:austin", "kg:texas", "subsidiaryOf", 0.3, "Austin is in Texas.")
    edge("kg:model3", "kg:thing", "rivalOf", 0.35, "Model 3 competes with it.")
    edge("kg:tesla", "kg:thing", "acquired", 0.7, "Tesla acquired it.")
    return G
