"""Plain text and Markdown: the bytes are the text, once their encoding is found."""

from pathlib import Path

from vncite.corpus.decode import decode
from vncite.corpus.document import Document


def read_txt(path: Path) -> Document:
    """Read a .txt or .md file in any encoding `decode` recognises."""
    decoded = decode(path.read_bytes(), path)
    return Document(text=decoded.text, format=path.suffix.lower().lstrip("."), path=path, encoding=decoded.encoding)
