"""Bytes to text for files that carry no reliable encoding label.

Vietnamese office files come as UTF-8 (with or without BOM), UTF-16 ("Unicode" in Notepad),
Windows-1258 (which writes tones as combining marks, hence NFC), and the legacy font encodings
TCVN3 and VNI, which look like cp1252 text until converted (see `legacy`). The guesses run from
what cannot be wrong to what can: a byte-order mark, UTF-16 without one (its zero bytes give it
away), strict UTF-8 (8-bit Vietnamese is never valid UTF-8 by accident), a declared charset,
then the 8-bit readings.
"""

import codecs
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import regex

from vncite.corpus.errors import DecodeError
from vncite.corpus.legacy import repair_legacy

_BOMS: Final = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Control characters that never occur in text files (tab, newlines, form feed, DOS end-of-file allowed).
_CONTROLS: Final = regex.compile(r"[\x00-\x08\x0e-\x19\x1b-\x1f\x7f]")
_MAX_CONTROL_SHARE: Final = 0.01
_MIN_UTF16_ZERO_SHARE: Final = 0.3  # Vietnamese is mostly ASCII letters and spaces, whose high byte is 0
# Bytes a Windows code page leaves undefined come back as the Latin-1 character of the same value.
_UNDEFINED_AS_LATIN1: Final = {0xDC00 + byte: byte for byte in range(0x80, 0x100)}
_CP1252_FAMILY: Final = frozenset({"cp1252", "latin-1", "iso8859-1", "ascii"})


@dataclass(frozen=True)
class Decoded:
    """Decoded text and the encoding it was read (or converted) from."""

    text: str
    encoding: str


def normalize_text(text: str) -> str:
    """NFC, so that composed and decomposed Vietnamese compare equal; nothing else is changed."""
    return unicodedata.normalize("NFC", text)


def repair_text(text: str) -> tuple[str, str | None]:
    """Text a parser produced (docx, pdf, html): legacy font encodings converted, then NFC.

    Returns the text and the legacy encoding found, or None when there was none.
    """
    repaired, legacy = repair_legacy(text)
    return normalize_text(repaired), legacy


def decode(data: bytes, path: Path | str = "<bytes>", declared: str | None = None) -> Decoded:
    """Decode `data` (from `path`, named in errors); `declared` is a charset the file states.

    Raises DecodeError for binary data and for text that breaks the encoding its BOM announces.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(codec)
            except UnicodeDecodeError as exc:
                raise DecodeError(
                    path, f"invalid {codec} after its byte-order mark ({exc.reason} at byte {exc.start})"
                ) from exc
            return _finish(text, codec, path)
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return _finish(utf16[0], utf16[1], path)
    try:
        return _finish(data.decode("utf-8"), "utf-8", path)
    except UnicodeDecodeError:
        pass
    if declared is not None:
        as_declared = _decode_declared(data, declared)
        if as_declared is not None:
            return _finish(as_declared, declared.lower(), path)
    cp1252 = _finish(_decode_8bit(data, "cp1252"), "cp1252", path)
    if cp1252.encoding in ("tcvn3", "vni"):
        return cp1252
    return _finish(_decode_8bit(data, "cp1258"), "cp1258", path)


def decode_bytes(data: bytes, path: Path | str = "<bytes>") -> str:
    """The text of `data`, however it was encoded (see `decode`)."""
    return decode(data, path).text


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 text saved without a BOM: zero high bytes on one side only (ASCII letters, spaces)."""
    sample = data[:4096]
    if len(data) % 2 or len(sample) < 4:
        return None
    zeros_even, zeros_odd = sample[0::2].count(0), sample[1::2].count(0)
    pairs = len(sample) // 2
    for codec, high, low in (("utf-16-le", zeros_odd, zeros_even), ("utf-16-be", zeros_even, zeros_odd)):
        if high >= _MIN_UTF16_ZERO_SHARE * pairs and low == 0:
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError:
                return None
    return None


def _decode_8bit(data: bytes, codec: str) -> str:
    return data.decode(codec, errors="surrogateescape").translate(_UNDEFINED_AS_LATIN1)


def _decode_declared(data: bytes, declared: str) -> str | None:
    """`data` in its declared charset, or None if the label is unknown or does not fit."""
    try:
        name = codecs.lookup(declared).name
    except LookupError:
        return None
    if name in _CP1252_FAMILY:  # as browsers do: these labels mean windows-1252
        return _decode_8bit(data, "cp1252")
    try:
        return data.decode(name)
    except UnicodeDecodeError:
        return None


def _finish(text: str, encoding: str, path: Path | str) -> Decoded:
    """Reject binary data, convert legacy font encodings, NFC."""
    controls = len(_CONTROLS.findall(text))
    if controls > _MAX_CONTROL_SHARE * len(text):
        raise DecodeError(path, f"binary data, not text ({controls} control characters in {len(text)})")
    repaired, legacy = repair_text(text)
    return Decoded(repaired, legacy or encoding)
