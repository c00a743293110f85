"""Detect and convert Vietnamese typed in the legacy TCVN3 and VNI font encodings.

Such text reaches us as Latin-1 look-alikes ("Céng hoµ", "Coäng hoøa"): from 8-bit files read
as cp1252, from .docx/.pdf/.html whose fonts were .VnTime or VNI-Times, or from files someone
already re-saved as UTF-8. Detection is conservative, because converting good text destroys it:

- a line holding any letter that only Unicode Vietnamese has (ă, đ, ơ, ư, ĩ, ũ, ạ…ỹ, combining
  tones) is Unicode and never touched, so mixed documents keep their Unicode lines;
- among the remaining words that a conversion would change, the converted words must be real
  Vietnamese syllables far more often than the words were before (see `syllable`), which
  Unicode Vietnamese, English and other Latin-1 text never satisfy.
"""

from collections.abc import Callable, Iterable
from typing import Final

import regex

from vncite.corpus.charsets import LETTERS
from vncite.corpus.syllable import is_syllable

_TCVN3: Final = {code: letter for letter, code, _ in LETTERS if code is not None}  # a str.translate table
_TCVN3_CAPITALS: Final = frozenset(chr(code) for code, letter in _TCVN3.items() if letter.isupper())

_VNI: Final = {vni.decode("latin-1"): letter for letter, _, vni in LETTERS}
_VNI_PATTERN: Final = regex.compile("|".join(sorted(map(regex.escape, _VNI), key=len, reverse=True)))

# Letters of Unicode Vietnamese that no Latin-1 look-alike text contains.
_UNICODE_ONLY: Final = regex.compile(r"[ăĂđĐơƠưƯĩĨũŨ\u1EA0-\u1EF9\u0300\u0301\u0303\u0309\u0323]")
_LATIN1_HIGH: Final = regex.compile(r"[\u00A1-\u00FF]")
_ASCII_LETTER: Final = regex.compile(r"[A-Za-z]")
_EDGE_PUNCT: Final = "\"'“”‘’«»()[]{}<>.,;:!?…-–—/*"

_MIN_GAIN_SHARE: Final = 0.5  # converted words must gain validity for at least half the changed words
_MIN_VALID_SHARE: Final = 0.6  # and at least this share of changed words must be valid afterwards


def tcvn3_to_unicode(text: str) -> str:
    """Convert TCVN3 look-alike text.

    TCVN3 has no capitals with tones: .VnTimeH fonts drew them from the lowercase codes, so a
    word typed in capitals ("CéNG", or "X·" in an all-capitals line) is returned in capitals.
    """
    return "".join(_tcvn3_line(line) for line in text.splitlines(keepends=True))


def _tcvn3_line(line: str) -> str:
    words = line.split(" ")
    legacy_words = [word for word in words if word.translate(_TCVN3) != word]
    capitals_line = len(legacy_words) >= 2 and not any(
        ch.isascii() and ch.islower() for word in legacy_words for ch in word
    )
    return " ".join(_tcvn3_word(word, capitals_line) for word in words)


def _tcvn3_word(word: str, capitals_line: bool) -> str:
    converted = word.translate(_TCVN3)
    if converted == word or any(ch.isascii() and ch.islower() for ch in word):
        return converted
    capitals = sum((ch.isascii() and ch.isupper()) or ch in _TCVN3_CAPITALS for ch in word)
    return converted.upper() if capitals_line or capitals >= 2 else converted


def vni_to_unicode(text: str) -> str:
    """Convert VNI look-alike text: base letter plus mark byte becomes one Vietnamese letter."""
    return _VNI_PATTERN.sub(lambda m: _VNI[m[0]], text)


CONVERTERS: Final[dict[str, Callable[[str], str]]] = {"tcvn3": tcvn3_to_unicode, "vni": vni_to_unicode}


def _may_be_legacy(line: str) -> bool:
    """Some Latin-1 letters and no Unicode-only Vietnamese: a line a conversion may touch."""
    return _LATIN1_HIGH.search(line) is not None and _UNICODE_ONLY.search(line) is None


def _score(words: Iterable[str], convert: Callable[[str], str]) -> tuple[int, int, int]:
    """(changed words, valid before, valid after) for a conversion.

    Words without an ASCII letter ("÷", "·") are not evidence either way: symbols, not syllables.
    """
    changed = valid_before = valid_after = 0
    for word in words:
        converted = convert(word)
        if converted == word or not _ASCII_LETTER.search(word):
            continue
        changed += 1
        valid_before += is_syllable(word.strip(_EDGE_PUNCT))
        valid_after += is_syllable(converted.strip(_EDGE_PUNCT))
    return changed, valid_before, valid_after


def detect_legacy(text: str) -> str | None:
    """The legacy encoding ("tcvn3" or "vni") `text` was typed in, or None for ordinary text."""
    words = [word for line in text.splitlines() if _may_be_legacy(line) for word in line.split()]
    best: tuple[int, str] | None = None
    for name, convert in CONVERTERS.items():
        changed, before, after = _score(words, convert)
        if (
            changed
            and after - before >= max(1.0, _MIN_GAIN_SHARE * changed)
            and after >= _MIN_VALID_SHARE * changed
            and (best is None or after > best[0])
        ):
            best = (after, name)
    return None if best is None else best[1]


def repair_legacy(text: str) -> tuple[str, str | None]:
    """`text` with its legacy-encoded lines converted, and the encoding found (None: unchanged)."""
    encoding = detect_legacy(text)
    if encoding is None:
        return text, None
    convert = CONVERTERS[encoding]
    lines = text.splitlines(keepends=True)
    return "".join(convert(line) if _may_be_legacy(line) else line for line in lines), encoding
