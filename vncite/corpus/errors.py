"""Why a file could not be read: one exception family, so callers can skip and count failures."""

from pathlib import Path


class ReadError(Exception):
    """A file that could not be turned into text; its message names the file and the reason."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{path}: {reason}")


class UnsupportedFormat(ReadError):
    """The file's suffix is not one vncite reads (the index skips and counts these)."""


class EmptyFile(ReadError):
    """The file has no bytes."""


class DecodeError(ReadError):
    """The bytes are not text in any encoding vncite knows (binary data, broken UTF-16...)."""


class CorruptFile(ReadError):
    """The container (zip, PDF) is damaged or truncated."""


class EncryptedFile(ReadError):
    """The document needs a password."""


class NoTextLayer(ReadError):
    """A PDF whose pages carry no text, typically a scan that needs OCR."""


class MissingTool(ReadError):
    """The format needs an external program that is not installed."""
