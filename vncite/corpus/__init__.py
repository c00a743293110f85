"""Files to text: readers per format, folder walking, content hashing.

`read_document(path)` returns a `Document` or raises a `ReadError` subclass naming the file.
"""

from vncite.corpus.decode import decode_bytes, normalize_text
from vncite.corpus.document import Document
from vncite.corpus.errors import (
    CorruptFile,
    DecodeError,
    EmptyFile,
    EncryptedFile,
    MissingTool,
    NoTextLayer,
    ReadError,
    UnsupportedFormat,
)
from vncite.corpus.hashing import content_hash
from vncite.corpus.read import SUPPORTED_SUFFIXES, read_document
from vncite.corpus.walk import iter_files

__all__ = [
    "SUPPORTED_SUFFIXES",
    "CorruptFile",
    "DecodeError",
    "Document",
    "EmptyFile",
    "EncryptedFile",
    "MissingTool",
    "NoTextLayer",
    "ReadError",
    "UnsupportedFormat",
    "content_hash",
    "decode_bytes",
    "iter_files",
    "normalize_text",
    "read_document",
]
