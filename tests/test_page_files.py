"""kg/page/ as files: the template, CSS and script are inlined whole into one page (that they ship
in the wheel is checked by tests/test_install.py)."""

from __future__ import annotations

from pathlib import Path

import networkx as nx

import kg.page
from kg.page import render_page
from kg.page.render import CSS_FILE, SCRIPT_FILE, TEMPLATE_FILE, page_assets

PACKAGE = Path(kg.page.__file__).parent


def test_the_page_inlines_its_files_whole():
    page = render_page(nx.MultiDiGraph(), title="T")
    css = (PACKAGE / CSS_FILE).read_text(encoding="utf-8")
    js = (PACKAGE / SCRIPT_FILE).read_text(encoding="utf-8")
    assert page.count(css) == 1 and page.count(js) == 1
    # Every line of the template outside its placeholders is in the page, in order.
    template = (PACKAGE / TEMPLATE_FILE).read_text(encoding="utf-8")
    at = 0
    for line in template.splitlines():
        if "@@KG_" not in line:
            at = page.index(line, at)
    assert "@@KG_" not in page.replace("@@KG_DATA@@", "")  # (the data may spell one; this graph does not)
    assert page_assets() == (template, css, js)
