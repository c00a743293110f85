"""Pick the reader for a file by its suffix."""

from collections.abc import Callable
from pathlib import Path
from typing import Final

from vncite.corpus.document import Document
from vncite.corpus.errors import EmptyFile, ReadError, UnsupportedFormat
from vncite.corpus.readers.doc import read_doc
from vncite.corpus.readers.docx import read_docx
from vncite.corpus.readers.html import read_html
from vncite.corpus.readers.pdf import read_pdf
from vncite.corpus.readers.txt import read_txt

READERS: Final[dict[str, Callable[[Path], Document]]] = {
    ".txt": read_txt,
    ".md": read_txt,
    ".docx": read_docx,
    ".pdf": read_pdf,
    ".html": read_html,
    ".htm": read_html,
    ".doc": read_doc,
}
SUPPORTED_SUFFIXES: Final = frozenset(READERS)


def read_document(path: Path | str) -> Document:
    """The text of the file at `path`.

    Raises a ReadError subclass naming the file and the reason: UnsupportedFormat for an unknown
    suffix, EmptyFile, DecodeError, CorruptFile, EncryptedFile, NoTextLayer, MissingTool.
    """
    path = Path(path)
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise UnsupportedFormat(path, f"unsupported format {path.suffix or '(no suffix)'!r}")
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ReadError(path, exc.strerror or str(exc)) from exc
    if size == 0:
        raise EmptyFile(path, "empty file")
    try:
        return reader(path)
    except OSError as exc:
        raise ReadError(path, exc.strerror or str(exc)) from exc
