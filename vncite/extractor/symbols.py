"""Find số ký hiệu in text and take them apart: number, year, type code, issuer codes.

One compiled pattern finds every candidate in a single pass (the hot loop); `parse_symbol` then
decides, with the type and issuer tables, whether a candidate is an instrument's symbol and
writes it in standard form (DESIGN.md §2.1, §2.6).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import regex

from vncite.patterns.issuers import canonical_code, issuer_by_code
from vncite.patterns.types import canonical_type_code, type_for_code

_YEAR = r"(?:19[4-9]\d|20\d\d)"
# A code: upper-case letters, with the lower-case letters that real codes carry (TTg, CTr, QĐi,
# QyĐ), "&" joins (BNN&MT, QLN& TTBĐS) and a trailing term number (QH15, HĐND8).
_CODE = r"\p{Lu}(?:\p{Lu}|&[ ]?(?=\p{Lu})|\p{Ll}(?=\p{Lu}))*(?:\p{Ll}(?!\p{L}))?\d{0,2}"
_CODES = rf"{_CODE}(?:(?:[ ]?-[ \n]?|\.(?=\p{{Lu}})){_CODE})*"
_SLASH = r"[ ]{0,3}/[ \n]?[ ]{0,2}"  # spaces around it: "3303** /", "63**/**2010" once markdown emphasis is blanked

SYMBOL = regex.compile(
    rf"""
    (?<![\d/\-.])(?<![\d.…]:)                      # not "QCVN 25:2025/BCT", a regulation's number
    (?P<num>\d{{1,8}}(?:\.\d{{1,2}}(?=/))?[a-zđ]?)   # "66.7/2025/NQ-CP": resolutions of a series
    (?:
        (?P<psep>[ ]?-[ ]?|[ ])(?P<ptype>{_CODE}){_SLASH}(?P<pcodes>{_CODES})  # Party: 25-NQ/TW, "704 NQ/HĐNN7"
      # state; "19-2018/NQ-CP", and "16 2025/TT-BTC", "49/2025TT-BCT" that lost a slash
      | (?:[-\ ](?P<year2>{_YEAR}))?{_SLASH}(?:(?P<year>{_YEAR})(?:{_SLASH}|(?=\p{{Lu}})))?(?P<codes>{_CODES})
      # the form before 2004, no slash: "Quyết định 254-CP", "Nghị định số 316-HĐBT"
      | [ ]?-[ ]?(?P<oldcode>{_CODE})(?![\p{{L}}\d/\-])
    )
    (?![\p{{Lu}}\d])
    """,
    regex.VERBOSE,
)

# Every symbol has a slash followed by its year or its first code, or is of the old form, its number
# hyphened to a code: literal-led patterns that find these run about twenty times faster than
# SYMBOL itself, which then reads only near them. One pattern for both would not start with a
# literal, and runs five times slower than the two.
_SLASH_HEAD = regex.compile(rf"/[ \n]?[ ]{{0,2}}(?:{_YEAR}(?:{_SLASH})?)?\p{{Lu}}")
_HYPHEN_HEAD = regex.compile(r"(?<=\d[a-zđ]?[ ]?)-[ ]?\p{Lu}")
_NUMBER_BEFORE = regex.compile(r"(?r)\d{1,8}[a-zđ]?[ ]?\Z")  # the number a hyphen head follows
_HEAD_REACH = 80   # a symbol starts at most this far before its first slash ("66.7-2025 /", "25 - NQ /")
_READ_REACH = 300  # and ends well within this far after it


def _heads(text: str) -> list[tuple[int, bool]]:
    """Offsets of slash heads and hyphen heads (True), in order."""
    heads = [(m.start(), False) for m in _SLASH_HEAD.finditer(text)]
    heads += [(m.start(), True) for m in _HYPHEN_HEAD.finditer(text)]
    heads.sort()
    return heads


def find_symbols(text: str, heads: list[tuple[int, bool]] | None = None) -> Iterator[regex.Match[str]]:
    """The matches of SYMBOL over the whole text, in order, reading only around their heads."""
    done = 0
    for at, hyphen in _heads(text) if heads is None else heads:
        if at < done:
            continue
        limit = min(len(text), at + _READ_REACH)
        if hyphen:  # the symbol, if any, starts with the number right before the hyphen
            number = _NUMBER_BEFORE.search(text, max(done, at - 12), at)
            start = number.start() if number else at
            m = SYMBOL.match(text, start, limit) if number else None
        else:
            start = max(done, at - _HEAD_REACH)
            m = SYMBOL.search(text, start, limit)
        if m is not None and m.end() >= limit - 1:  # a cut-off window must not decide where a symbol ends
            m = SYMBOL.search(text, start)
        if m is not None:
            done = m.end()
            yield m


def symbol_candidates(text: str) -> list[tuple[int, ParsedSymbol]]:
    """Where each symbol starts and its parse, in order: the standard forms, then, at the slashes and
    hyphens they leave unread, the loose numbering a company or an unknown body gives its letters
    ("công văn số 01-10/2025/CV-TKV", "Văn bản số 1691/UBDNGS15", "công văn số 1025-CVHQ"), read only
    right after a type word (and "số")."""
    heads = _heads(text)
    found = [(m.start(), parsed) for m in find_symbols(text, heads) if (parsed := parse_symbol(m)) is not None]
    ends = [(start, parsed.end) for start, parsed in found]
    loose = []
    done = 0
    for at, _ in heads:
        if at < done or _covered(ends, at):
            continue
        parsed_at = _loose_at(text, at)
        if parsed_at is not None:
            start, parsed = parsed_at
            # "Nghị định 242/2025/NĐ" where "242/2025/NĐ-CP" is written elsewhere: the same, cut short
            whole = next((p for _, p in found if p.symbol.startswith(parsed.symbol + "-")), None)
            loose.append((start, whole.ending_at(parsed.end) if whole else parsed))
            done = parsed.end
    return sorted(found + loose, key=lambda c: c[0]) if loose else found


_FAR = 1 << 62  # sorts after any end offset


def _covered(spans: list[tuple[int, int]], at: int) -> bool:
    """Whether `at` lies in one of the sorted (start, end) spans."""
    i = bisect_right(spans, (at, _FAR)) - 1
    return i >= 0 and spans[i][0] <= at < spans[i][1]


# Capitals, digits and the joiners of numbering ("02BRT/XNK/2025", "128.2025/OL.WMCLV", "0825-04/HW-TCHQ")
_LOOSE_BACK = regex.compile(r"(?r)(?<![\p{L}\d.&/\-])[\p{Lu}\d][\p{Lu}\d.&\-]*\Z")
_LOOSE_TOKEN = regex.compile(r"[\p{Lu}\d][\p{Lu}\d.&/\-]*[\p{Lu}\d](?![\p{L}\d])")
_SO_RIGHT_BEFORE = regex.compile(r"(?<![\p{L}])(?i:số)\s*:?\s*\Z")
_DIGITS = regex.compile(r"\d+")  # the number: the first run of digits ("01" of "01-10/2025/CV-TKV")
_LOOSE_YEAR = regex.compile(rf"(?:^|/)({_YEAR})(?:/|$)")


def _loose_at(text: str, head: int) -> tuple[int, ParsedSymbol] | None:
    """The run of capitals and digits through the slash or hyphen at `head`, with two capitals or more
    (not "12/3"); the pipeline keeps it only after a type word ("Công văn 3613/UBPL13")."""
    back = _LOOSE_BACK.search(text, max(0, head - 24), head)
    if back is None:
        return None
    token = _LOOSE_TOKEN.match(text, back.start(), back.start() + 60)
    if token is None or token.end() <= head:
        return None
    written = token.group()
    if sum(ch.isupper() for ch in written) < 2:
        return None
    if "/" not in written and not _SO_RIGHT_BEFORE.search(text, max(0, token.start() - 8), token.start()):
        return None  # "Sắc lệnh số 67-SL", but not "Thông tư 26-TT": a hyphened number needs its "số"
    year = _LOOSE_YEAR.search(written)
    number = _DIGITS.search(written)
    if number is None:
        return None
    return token.start(), ParsedSymbol(written, number.group(), int(year.group(1)) if year else None, None, None,
                                       False, None, token.end(), loose=True)


_LEGISLATURE = regex.compile(r"(?:UBTV)?QH\d*")
_SPLIT_CODES = regex.compile(r"\s*(-|\.)\s*")
_SPACE = regex.compile(r"\s+")


# Numbers of more digits are a company's dated numbering ("công văn số 20251022/CV-HD"): a symbol's only
# when "số" is written before them, as they may be anything else (an account, a tax code).
_PLAIN_NUMBER_DIGITS = 6


@dataclass(frozen=True, slots=True)
class ParsedSymbol:
    symbol: str             # standard form: "04/2015/NĐ-CP", "25-NQ/TW"
    number: str
    year: int | None
    type_code: str | None   # canonical type code, None for a công văn or a law (QH15)
    issuer_code: str | None
    party: bool
    code_type: str | None   # the type the code names ("Quyết định" for QĐ)
    end: int                # where the symbol ends in the text (a weak trailing code may be cut)
    old_form: bool = False  # "254-CP": a symbol only after its type word, which alone gives the type
    loose: bool = False     # a company's own numbering ("01-10/2025/CV-TKV"): only after a type word
    spaced: bool = False    # a Party form with a space for its hyphen ("704 NQ/HĐNN7"): only after a type word

    @property
    def needs_type_word(self) -> bool:
        return self.old_form or self.loose or self.spaced

    def ending_at(self, end: int) -> ParsedSymbol:
        """The same parse ending elsewhere (`dataclasses.replace` costs several times more, per symbol)."""
        return ParsedSymbol(self.symbol, self.number, self.year, self.type_code, self.issuer_code, self.party,
                            self.code_type, end, self.old_form, self.loose, self.spaced)

    def moved_to(self, at: int) -> ParsedSymbol:
        """A cached parse, whose `end` is relative, placed at `at` in the text."""
        return self.ending_at(at + self.end)

    @property
    def needs_so(self) -> bool:
        return len(self.number) > _PLAIN_NUMBER_DIGITS and sum(map(str.isdigit, self.number)) > _PLAIN_NUMBER_DIGITS

    @property
    def by_legislature(self) -> bool:
        """A symbol of the National Assembly or its Standing Committee (10/2022/QH15)."""
        return bool(self.issuer_code and _LEGISLATURE.fullmatch(self.issuer_code))

    @property
    def implied_type(self) -> str | None:
        """The type the form of the symbol implies: its type code's, or Công văn for a state symbol
        without one (1234/UBND-VX) — except the National Assembly's (10/2022/QH15: a Luật or a Nghị
        quyết, which only the type word tells apart)."""
        if self.code_type or self.party or self.year or self.old_form or self.issuer_code is None:
            return self.code_type
        return None if self.by_legislature else "Công văn"


def _codes(raw: str) -> tuple[list[str], list[str]]:
    """Split "NĐ- CP" / "QĐ.UB" into codes and the separators between them."""
    parts = _SPLIT_CODES.split(_SPACE.sub("", raw))
    return parts[0::2], parts[1::2]


def _split_glued(code: str) -> tuple[str, str] | None:
    """A hyphen lost in PDF extraction: "NĐCP" -> ("NĐ", "CP") when both halves are known."""
    upper = code.upper()
    for cut in range(len(code) - 1, 0, -1):
        head, tail = upper[:cut], code[cut:]
        if canonical_type_code(head) and issuer_by_code(tail):
            return head, tail
    return None


def parse_symbol(match: regex.Match[str]) -> ParsedSymbol | None:
    """Standard form and parts of a candidate, or None when it is not an instrument's symbol."""
    at = match.start()
    codes_at = match.start("codes") - at if match.group("codes") is not None else 0
    parsed = _parse(match.groups(), codes_at, match.end() - at)
    if parsed is None:
        return None
    return parsed.moved_to(at)


@lru_cache(maxsize=8192)
def _parse(groups: tuple[str | None, ...], codes_at: int, length: int) -> ParsedSymbol | None:
    """`parse_symbol` on a match's groups, offsets relative to its start: the same symbols recur
    throughout a corpus, so their parse is cached."""
    num, party_sep, ptype, pcodes, year2, year, written_codes, old_code = groups
    assert num is not None
    end = length
    if old_code is not None:
        if canonical_type_code(old_code) or not issuer_by_code(old_code):
            return None  # "26-TT", "Covid-X": only a known issuer's code makes the old form
        code = canonical_code(old_code)
        return ParsedSymbol(symbol=f"{num}-{code}", number=num, year=None, type_code=None, issuer_code=code,
                            party=False, code_type=None, end=end, old_form=True)
    if ptype is not None:
        type_code = canonical_type_code(ptype)
        if type_code is None:
            return None
        codes, seps = _codes(pcodes or "")
        issuers = [canonical_code(c) for c in codes]
        issuer = "-".join(issuers)
        return ParsedSymbol(
            symbol=f"{num}-{type_code}/{issuer}", number=num, year=None, type_code=type_code,
            issuer_code=issuer, party=True, code_type=type_for_code(type_code, party=True), end=end,
            spaced="-" not in (party_sep or "-"),
        )

    year_text = year or year2
    codes, seps = _codes(written_codes or "")
    # a weak last code after a spaced hyphen is the next word, not part of the symbol ("... - N")
    while len(codes) > 1 and len(codes[-1]) < 2 and " " in (written_codes or ""):
        codes.pop()
        seps.pop()
        assert written_codes is not None
        end = codes_at + len(written_codes[: written_codes.rindex("-")].rstrip())
    type_code = canonical_type_code(codes[0])
    if type_code is None and len(codes) == 1 and (glued := _split_glued(codes[0])):
        type_code, codes, seps = canonical_type_code(glued[0]), list(glued), ["-"]
    issuer_parts = codes[1:] if type_code else codes
    if type_code is None:
        known = issuer_by_code(codes[0]) is not None
        if not known and (year_text or len(codes) == 1):
            return None  # contract numbers (01/2026/HĐXD), house numbers, unknown one-word codes
    elif not issuer_parts and type_code != "L":
        return None
    if sum(ch.isupper() for c in codes for ch in c) < 2:
        return None
    issuers = [canonical_code(c) for c in issuer_parts]
    joints = seps[1:] if type_code else seps
    joined = issuers[0] + "".join(s + c for s, c in zip(joints, issuers[1:], strict=False)) if issuers else ""
    body = type_code + (seps[0] + joined if joined else "") if type_code else joined
    prefix = f"{num}/{year_text}/" if year_text else f"{num}/"
    issuer_code = (joined or None) if type_code else issuers[0]
    return ParsedSymbol(
        symbol=prefix + body, number=num, year=int(year_text) if year_text else None,
        type_code=type_code, issuer_code=issuer_code, party=False,
        code_type=type_for_code(type_code, party=False) if type_code else None, end=end,
    )
