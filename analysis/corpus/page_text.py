"""The text of a web page or a Markdown file: what a reader sees, in paragraphs.

HTML is parsed with a real parser (BeautifulSoup); ``<script>``, ``<style>`` and other non-text elements are
dropped and never shown; block elements become paragraphs. Markdown loses its markup (links keep their words,
images go). Used by :mod:`analysis.corpus.readers`.
"""

from __future__ import annotations

import itertools
import json
import re

from bs4 import BeautifulSoup, CData, NavigableString, Tag

_BLOCK_TAGS = (
    "p", "div", "section", "article", "header", "footer", "aside", "nav", "main", "li", "ul", "ol",
    "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tr", "td", "th", "figure",
    "figcaption", "dd", "dt", "form", "hr",
)
_DROP_TAGS = ("script", "style", "noscript", "template", "iframe", "svg", "object", "embed", "canvas")



def _strip_site_suffix(title: str, site: str | None) -> str:
    """A page ``<title>`` without its site name: "Headline | AP News" -> "Headline" (the site named by
    ``og:site_name``, or a last segment of at most four words after " | ")."""
    for sep in (" | ", " - ", " – ", " — "):
        head, found, tail = title.rpartition(sep)
        if found and head.strip() and ((site and tail.strip().casefold() == site.casefold())
                                       or (sep == " | " and len(tail.split()) <= 4)):
            return head.strip()
    return title


_SPACES_RE = re.compile(r"[ \t\u00a0]+")
_CELL_TAGS = frozenset({"td", "th"})
#: What is put before each cell of a table row: the row is read as one line of a pipe table.
CELL_SEPARATOR = " | "


def _plain_cell(cell: Tag) -> bool:
    """A cell holding text only (no block inside it, no nested table): it joins its row's line."""
    return cell.find(_BLOCK_TAGS) is None
_BLOCK_SET = frozenset(_BLOCK_TAGS)


def _block_text(root: Tag) -> str:
    """The text of ``root`` with a line break around every block element and at every ``<br>``: one walk with
    an explicit stack, linear in the size of the tree however deep it is."""
    parts: list[str] = []
    stack: list[object] = [root]
    while stack:
        node = stack.pop()
        if node is None:
            parts.append("\n")
        elif isinstance(node, Tag):
            if node.name == "br":
                parts.append("\n")
                continue
            if node.name in _CELL_TAGS and _plain_cell(node):
                parts.append(CELL_SEPARATOR)  # a row's cells on one line, "Acme | ACM | +4.0%"
                stack.extend(reversed(node.contents))
                continue
            block = node.name in _BLOCK_SET
            if block:
                parts.append("\n")
                stack.append(None)
            run = _link_run(node)
            if run is not None:  # "Home", "News", "Markets" side by side: one menu line, "Home | News | Markets"
                items: list[object] = []
                for child in run:
                    items += [_SEPARATOR, child] if items else [child]
                stack.extend(reversed(items))
                continue
            stack.extend(reversed(node.contents))
        elif node is _SEPARATOR:
            parts.append(CELL_SEPARATOR)
        elif isinstance(node, NavigableString) and type(node) in (NavigableString, CData):
            parts.append(str(node))
    return "".join(parts)


#: Elements that may hold a picture's caption, and the class names that say they do ("wp-caption-text",
#: "image-caption", "photo-credit").
_CAPTION_HOSTS = frozenset({"p", "div", "span", "small"})
_CAPTION_CLASS_RE = re.compile(r"(?:^|[\s_-])(?:caption|photo-?credit|image-?credit)(?:$|[\s_-])|(?:^|\s)wp-caption-text(?:$|\s)", re.I)
#: What a caption holds no more of: a wrapper that does is the picture's box, not its caption.
_CAPTION_INNER = ["table", "img", "picture", "figure", "video", "p", "div"]
#: The label put before a picture's caption so that cleaning drops it as one (and records it).
CAPTION_LABEL = "Caption: "


def _mark_captions(captions: list[Tag]) -> None:
    """Label the captions of pictures ("Caption: Shoppers in Porto on Monday."): a ``<figcaption>`` of a figure
    without a table, or an element whose class names a caption or a photo credit, outside any table. A table's
    caption (its session, its units) is left as it is."""
    for el in captions:
        if el.decomposed or el.find_parent("table") is not None or el.find(_CAPTION_INNER) is not None:
            continue  # a wrapper around the picture and its caption: the caption inside is labelled
        figure = el.find_parent("figure") if el.name == "figcaption" else None
        if figure is not None and figure.find("table") is not None:
            continue
        if not el.get_text(strip=True):
            continue
        el.insert(0, NavigableString(CAPTION_LABEL))


_SEPARATOR = object()
#: A link of a menu or a list of tags: a few words, a small element (a link around a span at most).
_RUN_ITEM_WORDS = 4
_RUN_ITEM_NODES = 6


def _link_run(node: Tag) -> list[Tag] | None:
    """The children of ``node`` when they are three or more short inline elements side by side with nothing but
    spaces between them (a menu, a share bar, a list of tags: ``<a>Home</a><a>News</a>``), else None. A browser
    prints them apart; read as text they would run together ("HomeNews"). Bounded work per child."""
    children = node.contents
    if len(children) < 2:
        return None
    run: list[Tag] = []
    for child in children:
        if isinstance(child, Tag):
            if child.name in _BLOCK_SET or child.name == "br" or child.name in _CELL_TAGS:
                return None
            if sum(1 for _ in itertools.islice(child.descendants, _RUN_ITEM_NODES + 1)) > _RUN_ITEM_NODES:
                return None
            words = child.get_text(" ", strip=True).split()
            if not words or len(words) > _RUN_ITEM_WORDS:
                return None
            run.append(child)
        elif isinstance(child, NavigableString) and str(child).strip():
            return None
    return run if len(run) >= 3 else None


def _row_line(line: str) -> str:
    """A table row's line without the separator before its first cell; a row of one cell is just that cell."""
    if line.startswith("|"):
        line = line[1:].strip()
    return line


#: schema.org types of a news page's main item (its JSON-LD says what the page is).
_ARTICLE_TYPES = frozenset({"NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting",
                            "OpinionNewsArticle", "BackgroundNewsArticle", "LiveBlogPosting", "Report"})


#: A date written without separators in a meta tag ("20250311", "20250311T091400").
_COMPACT_DATE_RE = re.compile(r"^((?:19|20)\d{2})(\d{2})(\d{2})(?=$|T)")


def _linked_data(blocks: list[str]) -> dict[str, str]:
    """``title``, ``published`` and ``outlet`` of the page's article as its schema.org JSON-LD states them
    (``headline``, ``datePublished``, ``publisher.name``); the first article item wins. A block that is not valid
    JSON, or too deeply nested to read, is skipped."""
    for block in blocks:
        try:
            data = json.loads(block)
        except (ValueError, RecursionError):  # not JSON, or nested past the parser's depth (a hostile page)
            continue
        items = data if isinstance(data, list) else [data]
        items = [x for item in items if isinstance(item, dict) for x in ([item] + list(item.get("@graph") or []))]
        for item in items:
            kinds = item.get("@type") if isinstance(item, dict) else None
            if not (set(kinds) if isinstance(kinds, list) else {kinds}) & _ARTICLE_TYPES:
                continue
            found: dict[str, str] = {}
            publisher = item.get("publisher")
            publisher = publisher[0] if isinstance(publisher, list) and publisher else publisher
            for key, value in (("title", item.get("headline")), ("published", item.get("datePublished")),
                               ("outlet", publisher.get("name") if isinstance(publisher, dict) else None)):
                if isinstance(value, str) and value.strip():
                    found[key] = value.strip()
            return found
    return {}


def html_to_text(html: str) -> tuple[str, dict[str, str], int]:
    """Extract readable text from HTML with one line per block element.

    Returns ``(text, meta, dropped)`` where ``meta`` holds ``title``, ``outlet``, ``published`` and ``url`` when
    the page declares them (``og:title``, ``og:site_name``, ``article:published_time``, a canonical link or
    ``og:url``; else its schema.org JSON-LD,
    :func:`_linked_data`, or a ``<time itemprop="datePublished">``), ``site`` when only the
    ``<title>`` names the site ("Headline | Harbour Courier"), and ``dropped`` counts the
    script/style elements removed.
    """
    soup = BeautifulSoup(html, "lxml")
    # One pass over the tree (a find per meta name would walk it twenty times).
    drop: list[Tag] = []
    metas: dict[tuple[str, str], str] = {}
    title_tag = article = None
    captions: list[Tag] = []
    linked: list[str] = []  # JSON-LD blocks (schema.org), read before the scripts are dropped
    for el in soup.descendants:
        if not isinstance(el, Tag):
            continue
        if el.name in _DROP_TAGS:
            drop.append(el)
            if el.name == "script" and "ld+json" in str(el.get("type", "")).lower():
                linked.append(el.get_text())
        elif el.name == "time" and el.get("datetime") and str(el.get("itemprop", "")) == "datePublished":
            metas.setdefault(("itemprop", "datePublished"), str(el["datetime"]).strip())
        elif el.name == "meta":
            content = str(el.get("content", "")).strip()
            for attr in ("property", "name", "itemprop"):
                key = str(el.get(attr, ""))
                if content and key and (attr, key) not in metas:
                    metas[(attr, key)] = content
        elif el.name == "link" and "canonical" in (el.get("rel") or ()) and el.get("href"):
            metas.setdefault(("link", "canonical"), str(el["href"]).strip())
        elif el.name == "title" and title_tag is None:
            title_tag = el
        elif el.name == "article" and article is None:
            article = el
        elif el.name == "figcaption" or (el.name in _CAPTION_HOSTS and _CAPTION_CLASS_RE.search(" ".join(el.get("class") or ()))):
            captions.append(el)
    dropped = sum(tag.name in ("script", "style") for tag in drop)
    for tag in drop:
        tag.decompose()
    meta: dict[str, str] = {}
    for key, names in {
        "title": ("og:title", "twitter:title"),
        "outlet": ("og:site_name", "application-name"),
        # (and the other names publishing systems give the date: Dublin Core's, an e-mail service's, a CMS's)
        "published": ("article:published_time", "datePublished", "date", "pubdate", "parsely-pub-date",
                      "og:article:published_time", "dc.date.issued", "DC.date.issued", "dcterms.issued", "dc.date",
                      "DC.date", "sailthru.date", "publishdate", "publish-date", "article.published"),
    }.items():
        for attr_name in names:
            content = metas.get(("property", attr_name)) or metas.get(("name", attr_name))
            if content:
                meta[key] = _COMPACT_DATE_RE.sub(r"\1-\2-\3", content)  # "20250311" -> "2025-03-11"
                break
    url = metas.get(("link", "canonical")) or metas.get(("property", "og:url"))  # the page's own address
    if url and url.startswith(("http://", "https://")):
        meta["url"] = url
    for key, value in _linked_data(linked).items():  # schema.org: after the page's own meta tags
        meta.setdefault(key, value)
    if metas.get(("itemprop", "datePublished")):
        meta.setdefault("published", metas[("itemprop", "datePublished")])
    if title_tag is not None and title_tag.get_text(strip=True):
        page_title = title_tag.get_text(strip=True)
        stripped = _strip_site_suffix(page_title, meta.get("outlet"))
        meta.setdefault("title", stripped)
        site = page_title[len(stripped):].strip(" |-–—")
        if site and "outlet" not in meta:
            meta["site"] = site  # "Headline | Harbour Courier": the site the page names after its headline
    _mark_captions(captions)
    if article is not None and article.decomposed:
        article = None
    root = article or soup.body or soup
    text = _block_text(root)
    lines = [_SPACES_RE.sub(" ", line).strip() for line in text.splitlines()]
    if CELL_SEPARATOR in text:
        lines = [_row_line(line) for line in lines]
    return "\n".join(line for line in lines if line), meta, dropped


#: A line of a front matter block: a key and its value ("title: Kelby plant to close"), an item of a list under a key
#: ("  - business"), or nothing.
_FRONT_KEY = re.compile(r"^([A-Za-z][\w.-]{0,40})\s*:(?:\s+(.*?))?\s*$")
_FRONT_ITEM = re.compile(r"^\s+\S|^\s*-\s")
#: A front matter block is at most this many lines.
FRONT_MATTER_LINES = 60


def front_matter(text: str) -> tuple[dict[str, str], int] | None:
    """The metadata block a Markdown or text export opens with (YAML front matter, as static-site generators, note
    apps and scrapers write it: a line "---", lines "key: value", a closing "---" or "..."): ``(fields, last)``, the
    fields by their key in lower case (quotes around a value taken off) and the 1-based number of the closing line;
    None when the text does not open with such a block (a rule "---" above prose is no block)."""
    lines = text.split("\n", FRONT_MATTER_LINES + 20)
    i = 0
    while i < len(lines) and not lines[i].strip():
        i += 1
    if i >= len(lines) or lines[i].strip() != "---":
        return None
    fields: dict[str, str] = {}
    for j in range(i + 1, min(len(lines), i + 1 + FRONT_MATTER_LINES)):
        line = lines[j].rstrip("\r")
        if line.strip() in ("---", "...") and fields:
            return fields, j + 1
        m = _FRONT_KEY.match(line)
        if m:
            fields.setdefault(m.group(1).lower(), (m.group(2) or "").strip().strip("\"'").strip())
        elif line.strip() and not _FRONT_ITEM.match(line):
            return None
    return None


# Markdown markup, each span bounded in length so that a line of unclosed brackets or stars stays linear.
_MD_IMAGE = re.compile(r"!\[[^\[\]\n]{0,500}\]\([^()\n]{0,2000}\)")
_MD_LINK = re.compile(r"\[([^\[\]\n]{1,500})\]\([^()\n]{0,2000}\)")
_MD_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]*", re.M)
_MD_QUOTE = re.compile(r"^[ \t]{0,3}>[ \t]?", re.M)
_MD_BOLD = re.compile(r"(\*\*|__)([^\n]{1,500}?)\1")
_MD_ITALIC = re.compile(r"(?<![\w*])\*(?!\s)([^\n]{1,500}?)(?<!\s)\*(?![\w*])")
_MD_BULLET = re.compile(r"^[ \t]*([-*+])[ \t]+", re.M)
_MD_RULE = re.compile(r"^[ \t]*(-{3,}|\*{3,}|_{3,})[ \t]*$", re.M)


#: A picture alone on its line, with the words that describe it: read as its caption, which cleaning lists.
_MD_IMAGE_LINE = re.compile(r"^[ \t]*!\[([^\[\]\n]{1,500})\]\([^()\n]{0,2000}\)[ \t]*$", re.M)


def markdown_to_text(md: str) -> str:
    """The text of a Markdown file without its markup: links keep their words, a picture alone on its line becomes
    its caption (:data:`CAPTION_LABEL` and its description, so cleaning lists it), other pictures and rules go."""
    text = _MD_IMAGE_LINE.sub(lambda m: CAPTION_LABEL + m.group(1).strip(), md)
    text = _MD_IMAGE.sub("", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_HEADING.sub("", text)
    text = _MD_QUOTE.sub("", text)
    text = _MD_BOLD.sub(r"\2", text)
    text = _MD_ITALIC.sub(r"\1", text)
    text = _MD_BULLET.sub("• ", text)
    text = _MD_RULE.sub("", text)
    return text
