"""Hostile names in a real browser (issue 18): outlets, titles, speakers and entities spelled as Markdown and
HTML never become images, links or markup on any page, no page asks an outside host for anything, and the
Add articles page works as the very first request of a fresh server."""

from __future__ import annotations

import base64
import xml.etree.ElementTree as ET
from urllib.parse import urlparse

import pytest
from conftest import _need_browser, run_streamlit, wait_for_app

IMAGE = "![o](http://127.0.0.1:9/x.png)"
BOLD = "**x**"
TAG = "<img src=x onerror=alert(1)>"
LINK = "[link](http://127.0.0.1:9)"
HOSTILE = (IMAGE, BOLD, TAG, LINK)
PAGES = (("add", "Add articles"), ("", "Overview"), ("overlap", "Source overlap"), ("spread", "Spread"),
         ("quotes", "Quotes"), ("entities", "Entities"), ("timeline", "Timeline"), ("market", "Market reaction"),
         ("report", "Report"))
STORY = (
    "Nvidia fell 17% on Monday, Jan. 27, 2025, after DeepSeek released its R1 model a week earlier.\n\n"
    "“We are not worried about the competition at all,” Jensen Huang said on Tuesday.\n\n"
    "The Nasdaq slid 3.1% on Monday as chip stocks sold off across the board in heavy trading.\n"
)

# Markup the page could only have made from the hostile text.
FOUND_JS = """() => {
  const bad = [];
  for (const img of document.querySelectorAll('img')) {
    const src = img.getAttribute('src') || '';
    if (src === 'x' || src.includes('127.0.0.1:9') || src.includes('x.png') || img.hasAttribute('onerror')) bad.push('img ' + src);
  }
  for (const a of document.querySelectorAll('a')) {
    if ((a.getAttribute('href') || '').includes('127.0.0.1:9')) bad.push('a ' + a.getAttribute('href') + ' in ' + ((a.closest('[data-testid]') || {}).dataset || {}).testid + ': ' + (a.closest('[data-testid]') || a).outerHTML.slice(0, 300));
  }
  for (const el of document.querySelectorAll('strong, b')) {
    if (el.textContent.trim() === 'x') bad.push('bold x');
  }
  for (const el of document.querySelectorAll('[onerror]')) bad.push('onerror ' + el.tagName);
  return bad;
}"""


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory):
    """A fresh server whose upload folder holds four articles with hostile outlets and titles, and an alias
    catalog that names two entities (one a person, so a quote's speaker) with hostile names."""
    _need_browser()
    uploads = tmp_path_factory.mktemp("hostile-uploads")
    rows = ["file,outlet,published,title"]
    for n, name in enumerate(HOSTILE):
        (uploads / f"story{n}.txt").write_text(STORY + f"Reported by desk {n}.\n", encoding="utf-8")
        quoted = name.replace('"', '""')
        rows.append(f'story{n}.txt,"{quoted}",2025-01-2{7 + n % 2},"{quoted}"')
    (uploads / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    (uploads / "entities.csv").write_text(
        f'name,type,aliases\n"{TAG}",ORG,Nvidia\n"{LINK}",PERSON,Jensen Huang\n"{IMAGE}",ORG,DeepSeek\n"{BOLD}",INDEX,Nasdaq\n',
        encoding="utf-8",
    )
    log = tmp_path_factory.mktemp("hostile-log") / "streamlit.log"
    with run_streamlit(uploads, log) as url:
        yield url


def test_hostile_names_never_become_markup_on_any_page(browser, hostile_server):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.set_default_timeout(90_000)
    requests: list[str] = []
    dialogs: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    own = urlparse(hostile_server).netloc
    try:
        for n, (path, title) in enumerate(PAGES):
            page.goto(f"{hostile_server}/{path}")
            wait_for_app(page, title)
            if n == 0:  # the very first request of this server
                assert page.get_by_text("Page not found").count() == 0
            page.wait_for_timeout(500)
            assert page.evaluate(FOUND_JS) == [], path or "overview"
            assert page.locator('[data-testid="stException"]').count() == 0, path or "overview"
        page.goto(f"{hostile_server}/?ov_tab=Articles")
        wait_for_app(page, "Article detail")
        page.get_by_text(IMAGE, exact=False).first.wait_for(state="attached")  # shown, literally (the article table)
        src = page.locator('[data-testid="stImage"] img').first.get_attribute("src")  # the coverage chart's picture
        legend = "".join(ET.fromstring(base64.b64decode(src.split(",", 1)[1])).itertext())
        assert IMAGE in legend and TAG in legend  # its legend names the outlets literally
    finally:
        context.close()
    outside = sorted({urlparse(u).netloc for u in requests if urlparse(u).scheme in ("http", "https", "ws", "wss")} - {own})
    assert outside == [], f"requests to other hosts: {outside}"
    assert dialogs == []
