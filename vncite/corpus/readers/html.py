"""HTML pages: the main text only, with block elements as line breaks and table rows as lines.

Pages saved from portals wrap the document in menus, banners and scripts. These are dropped,
and when the page marks its content (<main>, or a single <article>) only that is read. A
<header> or <footer> inside the content is the document's own, so it is kept.
"""

from pathlib import Path
from typing import Final

import regex
from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.dammit import EncodingDetector

from vncite.corpus.decode import decode, repair_text
from vncite.corpus.document import Document

_DROPPED: Final = (
    "script, style, noscript, template, nav, aside, form, menu, iframe, svg, canvas, button, select, "
    "textarea, [role=navigation], [role=menu], [role=menubar], [role=banner], [role=contentinfo], "
    "[role=search], [hidden]"
)
_PAGE_CHROME: Final = ("header", "footer")
_BLOCKS: Final = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "caption",
        "center",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "ul",
    ]
)
_CELLS: Final = frozenset({"td", "th"})
_CELL_SEPARATOR: Final = " | "
_SPACES: Final = regex.compile(r"[ \t\r\n\f\v]+")  # HTML whitespace; no-break spaces are text


def read_html(path: Path) -> Document:
    """Read an .html/.htm page, honouring its BOM or declared charset."""
    data = path.read_bytes()
    decoded = decode(data, path, declared=EncodingDetector.find_declared_encoding(data, is_html=True))
    soup = BeautifulSoup(decoded.text, "lxml")
    for element in soup.select(_DROPPED):
        element.decompose()
    for element in soup.find_all(_PAGE_CHROME):
        if element.find_parent(("article", "main")) is None:
            element.decompose()
    articles = soup.find_all("article")
    root = soup.find("main") or (articles[0] if len(articles) == 1 else None) or soup.body or soup
    parts: list[str] = []
    _render(root, parts, preformatted=False)
    lines = (line.strip() for line in "".join(parts).split("\n"))
    # Repaired again after parsing: legacy words glued to markup ("<td>nh©n") escape detection in the page.
    text, legacy = repair_text("\n".join(line for line in lines if line))
    return Document(text=text, format="html", path=path, encoding=legacy or decoded.encoding)


def _render(node: Tag, parts: list[str], preformatted: bool) -> None:
    """Append the text under `node` to `parts`, a newline around each block."""
    for child in node.children:
        if isinstance(child, Tag):
            _render_tag(child, parts, preformatted)
        elif type(child) is NavigableString:  # subclasses are comments, CDATA, doctype...
            parts.append(str(child) if preformatted else _SPACES.sub(" ", child))


def _render_tag(tag: Tag, parts: list[str], preformatted: bool) -> None:
    if tag.name == "br":
        parts.append("\n")
    elif tag.name == "tr":
        cells = [_inline_text(cell) for cell in tag.find_all(_CELLS, recursive=False)]
        parts.append("\n" + _CELL_SEPARATOR.join(cells) + "\n")
    elif tag.name in _BLOCKS:
        parts.append("\n")
        _render(tag, parts, preformatted or tag.name == "pre")
        parts.append("\n")
    else:
        _render(tag, parts, preformatted)


def _inline_text(cell: Tag) -> str:
    """A table cell's text on one line."""
    parts: list[str] = []
    _render(cell, parts, preformatted=False)
    return _SPACES.sub(" ", "".join(parts)).strip()
