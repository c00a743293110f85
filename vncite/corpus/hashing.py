"""Content hashes, so the index re-reads only files whose bytes changed."""

import hashlib
from pathlib import Path
from typing import Final

_CHUNK: Final = 1 << 20


def content_hash(path: Path | str) -> str:
    """Hex SHA-256 of the file's bytes, read in 1 MiB chunks so large PDFs stay out of memory."""
    digest = hashlib.sha256()
    with Path(path).open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()
