"""PDF through PDFium, one text page per PDF page so citations keep their page numbers."""

from pathlib import Path
from typing import Final

import pypdfium2 as pdfium

from vncite.corpus.decode import repair_text
from vncite.corpus.document import Document
from vncite.corpus.errors import CorruptFile, EncryptedFile, NoTextLayer

PAGE_SEPARATOR: Final = "\f"  # between pages: whitespace to the extractor, a page break to people


def read_pdf(path: Path) -> Document:
    """Read the text layer of a PDF.

    PDFium's CRLF line ends become LF and NUL characters (glyphs without a Unicode mapping) are
    dropped, since databases such as PostgreSQL refuse them.
    """
    try:
        pdf = pdfium.PdfDocument(path)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise EncryptedFile(path, "encrypted PDF: a password is needed to read it") from exc
        raise CorruptFile(path, f"damaged or truncated PDF ({exc})") from exc
    try:
        page_texts = [_page_text(pdf, index) for index in range(len(pdf))]
    except pdfium.PdfiumError as exc:
        raise CorruptFile(path, f"damaged PDF page ({exc})") from exc
    finally:
        pdf.close()
    if not any(text.strip() for text in page_texts):
        raise NoTextLayer(path, "no text layer (scanned document?)")
    text, legacy = repair_text(PAGE_SEPARATOR.join(page_texts))
    return Document(text=text, format="pdf", path=path, pages=_page_starts(text), encoding=legacy)


def _page_text(pdf: pdfium.PdfDocument, index: int) -> str:
    page = pdf[index]
    try:
        textpage = page.get_textpage()
        try:
            raw = textpage.get_text_range()
        finally:
            textpage.close()
    finally:
        page.close()
    return raw.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "").replace(PAGE_SEPARATOR, "\n")


def _page_starts(text: str) -> list[int]:
    """Offsets where each page starts, found from the separators (legacy repair may shift offsets)."""
    starts = [0]
    position = text.find(PAGE_SEPARATOR)
    while position != -1:
        starts.append(position + 1)
        position = text.find(PAGE_SEPARATOR, position + 1)
    return starts
