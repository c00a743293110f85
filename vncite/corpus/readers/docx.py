"""Word .docx through python-docx: body paragraphs and tables in reading order, headers first.

Vietnamese documents put their heading block (issuer, "Số: 765/KH-UBND", date) in a borderless
table, so tables are read where they stand, one line per row with cells joined by " | ".
Running headers come before the body and footers after it, each distinct text once.
Text boxes, footnotes and comments are not read.
"""

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Final

import docx
from docx.document import Document as DocxDocument
from docx.oxml.table import CT_Tc
from docx.section import _Footer, _Header
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from vncite.corpus.decode import repair_text
from vncite.corpus.document import Document
from vncite.corpus.errors import CorruptFile

CELL_SEPARATOR: Final = " | "


def read_docx(path: Path) -> Document:
    """Read a .docx file."""
    try:
        document = docx.Document(str(path))
        lines = [
            *_unique(_story_lines(part) for part in _headers(document)),
            *_block_lines(document.iter_inner_content()),
            *_unique(_story_lines(part) for part in _footers(document)),
        ]
    except OSError:
        raise  # unreadable, not damaged: read_document reports the system's reason
    except Exception as exc:  # python-docx raises zip, XML and key errors of every kind on damaged files
        raise CorruptFile(path, f"damaged or not a .docx file ({type(exc).__name__}: {exc})") from exc
    text, legacy = repair_text("\n".join(lines))
    return Document(text=text, format="docx", path=path, encoding=legacy)


def _headers(document: DocxDocument) -> Iterator[_Header]:
    for section in document.sections:
        yield section.header
        if section.different_first_page_header_footer:
            yield section.first_page_header
        yield section.even_page_header


def _footers(document: DocxDocument) -> Iterator[_Footer]:
    for section in document.sections:
        yield section.footer
        if section.different_first_page_header_footer:
            yield section.first_page_footer
        yield section.even_page_footer


def _story_lines(part: _Header | _Footer) -> list[str]:
    """Lines of a header or footer; none when it merely repeats the previous section's."""
    return [] if part.is_linked_to_previous else _block_lines(part.iter_inner_content())


def _unique(stories: Iterable[list[str]]) -> Iterator[str]:
    """The lines of each distinct non-empty story once (sections often repeat the same header)."""
    seen: set[tuple[str, ...]] = set()
    for lines in stories:
        key = tuple(lines)
        if any(line.strip() for line in lines) and key not in seen:
            seen.add(key)
            yield from lines


def _block_lines(blocks: Iterable[Paragraph | Table]) -> list[str]:
    lines: list[str] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            lines.append(block.text)
        else:
            lines.extend(_table_lines(block))
    return lines


def _table_lines(table: Table) -> Iterator[str]:
    """One line per row; a merged cell is read once, in its first row and column.

    python-docx repeats a merged cell in every grid position it covers: a repeat within a row
    is skipped, a repeat in a later row (vertical merge) becomes an empty cell.
    """
    read: set[CT_Tc] = set()  # holding the elements keeps their proxies, hence identity, stable
    for row in table.rows:
        texts: list[str] = []
        previous: CT_Tc | None = None
        for cell in row.cells:
            tc = cell._tc
            if tc is previous:
                continue
            previous = tc
            texts.append("" if tc in read else _cell_text(cell))
            read.add(tc)
        yield CELL_SEPARATOR.join(texts)


def _cell_text(cell: _Cell) -> str:
    return " ".join(line.strip() for line in _block_lines(cell.iter_inner_content()) if line.strip())
