"""Screenshot of a built graph page in headless Chromium (Debian's chromium, via Playwright).

Usage: .venv/bin/python bench/screenshot.py [output/graph.html] [--out output/graph.png]

Waits until the page has drawn (``body[data-ready=1]``), writes the PNG, and prints its path, the
share of non-background pixels (a blank page is ~0) and every request that was not local (there
should be none).
"""

from __future__ import annotations

import argparse
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))


def main(argv=None) -> int:
    from browser_util import browser, skip_reason

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("page", nargs="?", type=pathlib.Path, default=ROOT / "output" / "graph.html")
    ap.add_argument("--out", type=pathlib.Path, default=None)
    args = ap.parse_args(argv)
    if (why := skip_reason()) is not None:
        print(why, file=sys.stderr)
        return 2
    if not args.page.exists():
        print(f"{args.page} not found: run `make run` first", file=sys.stderr)
        return 2
    out = args.out or args.page.with_suffix(".png")
    requests: list[str] = []
    with browser() as b:
        page = b.new_page(viewport={"width": 1400, "height": 900})
        page.on("request", lambda r: requests.append(r.url))
        page.goto(args.page.resolve().as_uri())
        page.wait_for_function("() => document.body.dataset.ready === '1'", timeout=60_000)
        page.wait_for_timeout(500)
        png = page.screenshot(path=str(out))
    from io import BytesIO

    try:
        from PIL import Image

        img = Image.open(BytesIO(png)).convert("L")
        background = img.getpixel((1, 1))
        ink = sum(1 for p in img.getdata() if abs(p - background) > 16) / (img.width * img.height)
        print(f"non-background pixels: {ink:.1%}")
    except ImportError:
        print(f"PNG size: {len(png)} bytes (install Pillow to measure ink)")
    remote = [u for u in requests if not u.startswith(("file:", "data:", "about:"))]
    print(f"screenshot: {out}")
    print(f"non-local requests: {len(remote)}")
    return 0 if not remote else 1


if __name__ == "__main__":
    raise SystemExit(main())
