"""Is a word a well-formed Vietnamese syllable?

Legacy-encoding detection needs a judge that does not trust character statistics: text typed
in TCVN3 or VNI becomes real Vietnamese after conversion, while Unicode Vietnamese, English or
French become nonsense ("các" read as TCVN3 is "cỏc": a hook tone on a syllable ending in -c,
which Vietnamese never writes). Spelling rules are that judge: an initial, a vowel nucleus, a
final, at most one tone, the c/k, g/gh, ng/ngh alternations and the tones that stop finals allow.
"""

import unicodedata
from typing import Final

import regex

_TONE_MARKS: Final = frozenset("\u0300\u0301\u0303\u0309\u0323")  # grave, acute, tilde, hook, dot
_STOP_TONES: Final = frozenset("\u0301\u0323")  # the only tones a syllable ending in c/ch/p/t takes


def _words(spaced: str) -> list[str]:
    return spaced.split()


# Nuclei that end in a glide take no final; those that must be closed need one.
_OPEN_ONLY: Final = _words(
    "ai ao au ay âu ây eo êu ia iu oi ôi ơi ua ui ưa ưi ưu iêu oai oay oao oeo uây uôi uya uyu ươi ươu yêu"
)
_CLOSED_ONLY: Final = _words("ă â iê yê uô ươ uyê oă uâ")
_EITHER: Final = _words("a e ê i o ô ơ u ư y oa oe oo uê uy uơ")

_INITIALS: Final = _words("ngh ng nh ch gh gi kh ph qu th tr b c d đ g h k l m n p r s t v x")
_FINALS: Final = _words("ch ng nh c m n p t")


def _alternation(items: list[str]) -> str:
    return "|".join(sorted(items, key=len, reverse=True))


_SYLLABLE: Final = regex.compile(
    rf"(?P<initial>{_alternation(_INITIALS)})?"
    rf"(?:(?P<open>{_alternation(_OPEN_ONLY)})"
    rf"|(?P<closed>{_alternation(_CLOSED_ONLY)})(?P<final>{_alternation(_FINALS)})"
    rf"|(?P<either>{_alternation(_EITHER)})(?P<final2>{_alternation(_FINALS)})?)"
)


def _split_tone(word: str) -> tuple[str, list[str]]:
    """The word without tone marks (vowel shapes kept) and the tone marks it had."""
    decomposed = unicodedata.normalize("NFD", word)
    tones = [ch for ch in decomposed if ch in _TONE_MARKS]
    bare = "".join(ch for ch in decomposed if ch not in _TONE_MARKS)
    return unicodedata.normalize("NFC", bare), tones


def is_syllable(word: str) -> bool:
    """True if `word` (any case) is spelled as a Vietnamese syllable can be."""
    bare, tones = _split_tone(word.lower())
    if len(tones) > 1:
        return False
    match = _SYLLABLE.fullmatch(bare)
    if match is None:
        return False
    initial = match["initial"] or ""
    rest = bare[len(initial) :]
    front = rest[:1] in ("e", "ê", "i", "y")
    if (initial == "c" and front) or (initial == "k" and not front):
        return False
    if initial in ("gh", "ngh") and rest[:1] not in ("e", "ê", "i"):
        return False
    if (initial == "ng" and rest[:1] in ("e", "ê", "i")) or (initial == "g" and rest[:1] in ("e", "ê")):
        return False
    final = match["final"] or match["final2"] or ""
    return not (final in ("c", "ch", "p", "t") and tones and tones[0] not in _STOP_TONES)
