"""The extraction pipeline: find symbols, read their context, identify the document itself, find
named and back references, assign roles, merge the fields of each instrument."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import deque
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from vncite.extractor.context import (
    After,
    Before,
    read_after,
    read_before,
    read_described_before,
    read_stated_before,
)
from vncite.extractor.model import Citation, Kind, Stated
from vncite.extractor.named import NamedMention, find_named, laws_listed
from vncite.extractor.normalize import Normalized, normalize
from vncite.extractor.relation import relation_of
from vncite.extractor.selfid import Header, is_number_label, read_header
from vncite.extractor.symbols import ParsedSymbol, symbol_candidates
from vncite.patterns.issuers import NATIONAL_LEVELS, agrees_with_code, issuer_by_code, issuer_name_for_code
from vncite.patterns.keys import fold, symbol_key
from vncite.patterns.phrases import expand_law_abbreviations
from vncite.patterns.types import self_referring_types, type_for_word, types_named_by_own_code

_URL_HEAD = re.compile(r"https?://|www\.", re.IGNORECASE)
_LAST_SPACE = regex.compile(r"(?r)\s")
_URL_REACH = 2000  # a web address is not longer than this
_FORM_BEFORE = regex.compile(r"(?:mẫu|phụ\s+lục|biểu|tờ\s+khai|hợp\s+đồng)\s*(?:số)?\s*:?\s*\Z", regex.IGNORECASE)
_LIST_JOINER = regex.compile(r"\s*(?:,|;)?\s*(?:và|hoặc|cùng)?\s*(?:các\s+)?\Z", regex.IGNORECASE)
_GENERIC_WORD = "văn bản"
_RELATION_REACH = 300  # a relation phrase is looked for this far back at most (relation.py)
_NEARBY = 600  # characters within which "Chỉ thị này" points back at a cited directive


@dataclass(slots=True)
class _Found:
    """A mention before its fields are merged with the other mentions of its instrument."""

    kind: Kind
    start: int
    end: int
    symbol_span: tuple[int, int] | None = None
    parsed: ParsedSymbol | None = None
    type_word: str | None = None   # canonical type from the written type word
    after: After = field(default_factory=After)
    law_title: str | None = None
    list_group: int | None = None
    named: NamedMention | None = None
    antecedent: _Found | None = None
    relation: str = "dan_chieu"

    stated_issuer: str | None = None  # the issuer said before the citation ("của Sở X tại Tờ trình số …")
    instrument: str | None = None  # identity within the document: symbol key, plus the date when one symbol
    # names two instruments (25-NQ/TW of 2008 and of 2013)

    @property
    def key(self) -> str | None:
        return symbol_key(self.parsed.symbol) if self.parsed else None

    @property
    def type(self) -> str | None:
        if self.type_word:
            return self.type_word
        return self.parsed.implied_type if self.parsed else (self.named.type if self.named else None)


def run(text: str) -> list[Citation]:
    norm = normalize(text)
    t = norm.text
    found = _find_symbols(t)
    header = _mark_self(t, found)
    _add_named(t, found, header)
    found.sort(key=lambda f: f.start)
    _assign_relations(t, found)
    return _to_citations(text, norm, found, header)


def _find_symbols(t: str) -> list[_Found]:
    has_urls = "http" in t or "www." in t
    found: list[_Found] = []
    prev: _Found | None = None
    group = 0
    for at, parsed in symbol_candidates(t):
        if (has_urls and _in_url(t, at)) or _FORM_BEFORE.search(t, max(0, at - 24), at):
            continue
        before = read_before(t, at, parsed.by_legislature)
        if ((parsed.needs_so and not before.has_so) or (parsed.needs_type_word and not before.type_word)
                or (parsed.loose and _stated_type(before, parsed) is None)):
            continue
        type_word = _stated_type(before, parsed)
        start = before.start if (before.type_word or before.has_so) and not before.list_numbers else at
        list_group = None
        # a list: "các Quyết định số 12, 13 và 14/QĐ-UBND", "Công văn số A ngày … và Công văn số B ngày …
        # của Bộ Nội vụ về …" share the type word, and the issuer and subject written after the last one
        same_type = before.type_word is None or (type_word is not None and type_word == (prev and prev.type_word))
        joiner_to_prev = (_LIST_JOINER.match(t, prev.after.end, start)
                          if prev is not None and prev.after.end <= start else None)
        joiner = joiner_to_prev if same_type and prev is not None and not prev.after.subject else None
        # "…, Thông tư số 41/2024/TT-BTC; Thông tư số 44/2017/TT-BTC quy định …": a ";" and the type word
        # written again start another item, not another member of the list
        if prev is not None and joiner and not (";" in joiner.group() and before.type_word):
            type_word = type_word or prev.type_word
            if prev.list_group is None:
                group += 1
                prev.list_group = group
            list_group = prev.list_group
        # "Xét đề nghị của Ngân hàng Chính sách xã hội tại Tờ trình số 127/TTr-HĐQT ngày … và văn bản số
        # 9720/NHCS-KHNV …": the body said before the first is the body of the next one joined to it
        shared = prev.stated_issuer if prev and joiner_to_prev and ";" not in joiner_to_prev.group() else None
        after, stated_issuer = _read_fields(t, parsed, before, start, shared)
        item = _Found("full", start, parsed.end, (at, parsed.end), parsed, type_word, after,
                      law_title=before.law_title, list_group=list_group, stated_issuer=stated_issuer)
        found.append(item)
        found.extend(_list_numbers(t, before, item))
        prev = item
    return found


def _in_url(t: str, at: int) -> bool:
    """Whether `at` lies in a web address: one opens earlier in the same run of non-space characters."""
    lo = max(0, at - _URL_REACH)
    space = _LAST_SPACE.search(t, lo, at)
    return _URL_HEAD.search(t, space.end() if space else lo, at) is not None


def _read_fields(t: str, parsed: ParsedSymbol, before: Before, start: int,
                 shared_issuer: str | None) -> tuple[After, str | None]:
    """Date, issuer, subject: after the symbol first, then what the sentence said before it (or before
    the citation this one is joined to: `shared_issuer`); and the issuer said before."""
    after = read_after(t, parsed.end, year=parsed.year, code=parsed.issuer_code)
    stated = After() if after.date and after.issuer else _agreeing(read_stated_before(t, start), parsed)
    if stated.issuer is None and shared_issuer and not (after.date and after.issuer):
        stated.issuer = _agreeing(After(issuer=shared_issuer), parsed).issuer
    # "(Hướng dẫn số 3751/HD-BNV ngày … của Bộ Nội vụ)" after the guidance was described: its subject
    described = read_described_before(t, start, before.type_word) if before.type_word else After()
    for earlier in (stated, _agreeing(described, parsed)):
        if not after.raw_date:
            after.date, after.raw_date = earlier.date, earlier.raw_date
        after.issuer = after.issuer or earlier.issuer
        after.subject = after.subject or earlier.subject
    return after, stated.issuer


def _agreeing(stated: After, parsed: ParsedSymbol) -> After:
    """An issuer said before the citation is the one who directed or proposed it as often as the one
    who issued it ("theo chỉ đạo của Tổng Bí thư tại Thông báo số 75-TB/VPTW", "ý kiến chỉ đạo của Thủ
    tướng Chính phủ (Thông báo số 627/TB-VPCP)"): when the symbol's own code names a known body the
    sentence does not, the code is believed."""
    if stated.issuer and not agrees_with_code(stated.issuer, parsed.issuer_code):
        stated.issuer = None
    return stated


def _stated_type(before: Before, parsed: ParsedSymbol) -> str | None:
    if not before.type_word:
        return None
    if " ".join(before.type_word.lower().split()) == _GENERIC_WORD and parsed.code_type:
        return None  # "văn bản số 12/QĐ-UBND": the generic word yields to the code
    return type_for_word(before.type_word)


def _list_numbers(t: str, before: Before, item: _Found) -> list[_Found]:
    """ "Nghị quyết 24, 25-NQ/TW": the bare numbers share the symbol written after them."""
    assert item.parsed is not None
    out = []
    for n, (a, b) in enumerate(before.list_numbers):
        number = t[a:b]
        p = item.parsed
        rest = p.symbol[len(p.number):]
        parsed = ParsedSymbol(number + rest, number, p.year, p.type_code, p.issuer_code, p.party, p.code_type, b)
        start = before.start if n == 0 else a  # "Nghị quyết 24, 25-NQ/TW": "Nghị quyết 24" | "25-NQ/TW"
        out.append(_Found("full", start, b, (a, b), parsed, item.type_word, After(end=b), list_group=item.list_group))
    return out


def _mark_self(t: str, found: list[_Found]) -> Header:
    own = next((f for f in found if f.symbol_span and f.start < len(t) * 0.5 + 2000
                and is_number_label(t, f.symbol_span[0])), None)
    header = read_header(t, own.end if own else None)
    if own is not None and own.parsed is not None:
        key = own.key
        for f in found:
            if (f.key == key or _year_lost(f.parsed, own.parsed)
                    or (_other_unit(f.parsed, own.parsed) and f.after.date in (None, header.date))):
                f.kind = "self"
    return header


def _other_unit(p: ParsedSymbol | None, own: ParsedSymbol) -> bool:
    """ "(Kèm theo Công văn số 17899/BTC-TCCB …)" in Công văn 17899/BTC-VP: a body numbers its letters in one
    series, so the same number under the same body with another unit's code is the document itself."""
    if p is None or p.type_code or own.type_code or p.number != own.number or p.year != own.year or p.loose:
        return False
    body, own_body = p.symbol.split("/")[-1].split("-"), own.symbol.split("/")[-1].split("-")
    return len(body) > 1 and len(own_body) > 1 and body[0] == own_body[0] and body[1:] != own_body[1:]


def _year_lost(p: ParsedSymbol | None, own: ParsedSymbol) -> bool:
    """ "(Ban hành kèm theo Thông tư số 55/TT-BCT …)" in Thông tư 55/2025/TT-BCT: the document's own
    number with its year left out, the same number, type code and issuer code."""
    return (p is not None and (p.year is None) != (own.year is None) and p.number == own.number
            and p.type_code == own.type_code and p.issuer_code == own.issuer_code and p.type_code is not None)


_TRAILING_YEAR = regex.compile(r"\s+(?:nam\s+)?(?:19|20)\d\d$")  # on the folded name


@lru_cache(maxsize=4096)
def law_key(title: str) -> str:
    """A law's name for matching its mentions: "Các tổ chức tín dụng 2024" is "cac to chuc tin dung",
    "Thuế GTGT" is "thue gia tri gia tang"; without diacritics, which typing slips drop ("Quản lý thuê")."""
    return _TRAILING_YEAR.sub("", fold(expand_law_abbreviations(title)))


class _Spans:
    """Sorted, non-overlapping spans with a logarithmic "which span holds this offset"."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self.spans = sorted(spans)
        self.starts = [a for a, _ in self.spans]

    def contain(self, offset: int) -> bool:
        i = bisect_right(self.starts, offset) - 1
        return i >= 0 and self.spans[i][0] <= offset < self.spans[i][1]


@dataclass(slots=True)
class _Antecedents:
    """The full citations a named or back reference can point at, indexed for lookups."""

    by_number: dict[tuple[str | None, str], _Found] = field(default_factory=dict)
    by_law: dict[tuple[str | None, str], _Found] = field(default_factory=dict)
    by_type: dict[str | None, list[_Found]] = field(default_factory=dict)  # in document order
    starts: dict[str | None, list[int]] = field(default_factory=dict)

    @classmethod
    def of(cls, found: list[_Found]) -> _Antecedents:
        index = cls()
        for f in found:
            if f.kind != "full" or f.parsed is None:
                continue
            index.by_number.setdefault((f.type, f.parsed.number), f)
            if f.law_title:
                index.by_law.setdefault((f.type, law_key(f.law_title)), f)
            index.by_type.setdefault(f.type, []).append(f)
            index.starts.setdefault(f.type, []).append(f.start)
        return index

    def last_before(self, type_: str, offset: int) -> _Found | None:
        i = bisect_right(self.starts.get(type_, []), offset - 1)
        return self.by_type[type_][i - 1] if i else None


def _add_named(t: str, found: list[_Found], header: Header) -> None:
    taken = _Spans((f.start, f.after.end if f.law_title else f.end) for f in found)
    index = _Antecedents.of(found)
    listed = [law for f in found if f.law_title and f.symbol_span and fold(f.law_title).startswith("sua doi")
              for law in laws_listed(t, f.start, f.symbol_span[0])]
    by_start = {f.start: f for f in found if f.kind == "full"}
    for named in [*find_named(t, taken.contain), *listed]:
        if named.back_marker:
            _add_back_reference(found, index, named, header, t[named.start : named.end])
            continue
        if named.number:
            target = index.by_number.get((named.type, named.number))
        else:
            target = index.by_law.get((named.type, law_key(named.title or ""))) or _law_and_more(t, index, named)
            if target and named.year and target.parsed and target.parsed.year and target.parsed.year != named.year:
                target = None  # "Luật Đất đai năm 2024" is not the Luật Đất đai số 13/2003/QH11 cited before
            target = target or _numbered_in_brackets(t, named, by_start, index)
        found.append(_short(named, target) if target else _Found("named", named.start, named.end, named=named))


_OPEN_BRACKET = regex.compile(r"\s*\(\s*")


def _numbered_in_brackets(t: str, named: NamedMention, by_start: dict[int, _Found],
                          index: _Antecedents) -> _Found | None:
    """ "Luật Khoa học và công nghệ (Luật số 29/2013/QH13 ngày 18/6/2013)": the number in brackets right
    after a law's name is that law's, and the name its title (later mentions by name point at it)."""
    bracket = _OPEN_BRACKET.match(t, named.end, named.end + 8)
    target = by_start.get(bracket.end()) if bracket else None
    if target is None or target.type != named.type or target.law_title or not named.title:
        return None
    target.law_title = named.title
    index.by_law.setdefault((target.type, law_key(named.title)), target)
    return target


_AND = regex.compile(r"\s+và\s")


def _law_and_more(t: str, index: _Antecedents, named: NamedMention) -> _Found | None:
    """ "Điều 47 Luật Quản lý thuế và hiệu lực thi hành": a law cited by number, then "và" and words of
    the sentence that a name's rules cannot tell from its own; the mention ends at "và"."""
    joint = _AND.search(t, named.start, named.end)
    if not joint or not named.title or " và " not in named.title:
        return None
    target = index.by_law.get((named.type, law_key(named.title[: named.title.index(" và ")])))
    if target is not None:
        named.end = joint.start()
    return target


def _add_back_reference(
    found: list[_Found], index: _Antecedents, named: NamedMention, header: Header, written: str
) -> None:
    if named.back_marker == "này" and (header.type == named.type or named.type in self_referring_types()):
        return  # "Quyết định này", "Luật này": the document itself
    if written.lower().startswith(_GENERIC_WORD):
        return  # "các văn bản nêu trên": documents in general
    target = index.last_before(named.type, named.start)
    if named.back_marker == "này" and (target is None or named.start - target.end > _NEARBY):
        return  # "Kế hoạch này" far from any cited plan: most likely the document itself
    if target is not None:
        found.append(_short(named, target))
    elif named.back_marker != "này" and written[:1].isupper():
        # dangling: "Kế hoạch nêu trên" names an instrument that is not there; a lower-case
        # "quy định nêu trên" is "the provisions above", a common noun
        found.append(_Found("short", named.start, named.end, named=named))


def _short(named: NamedMention, target: _Found) -> _Found:
    return _Found("short", named.start, named.end, parsed=target.parsed, named=named, antecedent=target)


def _assign_relations(t: str, found: list[_Found]) -> None:
    masked: deque[tuple[int, int]] = deque()
    for f in found:
        tail = f.after.end if f.parsed and f.kind != "short" else f.end
        f.relation = relation_of(t, f.start, f.symbol_span[0] if f.symbol_span else f.start, tail, masked)
        if f.after.subject_span:
            masked.append(f.after.subject_span)
        while masked and masked[0][1] < f.start - _RELATION_REACH:
            masked.popleft()  # subjects that end before any later clause window


@dataclass(slots=True)
class _Merged:
    type: str | None = None
    date: str | None = None
    issuer: str | None = None
    subject: str | None = None


def _date_runs(entries: Sequence[tuple[Hashable, str | None]]) -> list[str | None]:
    """Per mention, the date of the instrument it belongs to. Numbers and names are reused, so within
    one key (a symbol, a law's name) each new date starts another instrument; an undated mention
    belongs to the one dated last before it, or else to the first one dated after it."""
    out: list[str | None] = [None] * len(entries)
    current: dict[Hashable, str] = {}
    pending: dict[Hashable, list[int]] = {}
    for i, (key, date) in enumerate(entries):
        if date:
            current[key] = date
            for waiting in pending.pop(key, []):
                out[waiting] = date
        if key in current:
            out[i] = current[key]
        else:
            pending.setdefault(key, []).append(i)
    return out


def _assign_instruments(found: list[_Found]) -> None:
    """One symbol, several dates: 25-NQ/TW of 2008 and of 2013 are two instruments."""
    keyed = [f for f in found if f.key is not None]
    entries = [(f.key, (f.antecedent if f.kind == "short" and f.antecedent else f).after.date) for f in keyed]
    runs = _date_runs(entries)
    dated: dict[Hashable, set[str]] = {}
    for key, date in entries:
        if date:
            dated.setdefault(key, set()).add(date)
    for f, run in zip(keyed, runs, strict=True):
        f.instrument = f.key if len(dated.get(f.key, ())) <= 1 else f"{f.key}@{run}"


def _code_of(f: _Found) -> str | None:
    return f.parsed.issuer_code if f.parsed else None


def _fuller(first: str | None, later: str | None, code: str | None) -> str | None:
    """The first stated issuer, unless a later mention says more of it ("Ủy ban nhân dân" in a heading,
    "Ủy ban nhân dân tỉnh Quảng Nam" in the text), or the first names another body than the symbol's
    code and the later one the code's ("Nghị định số 131/2025/NĐ-CP … của Bộ Nông nghiệp và Môi trường"
    in one row of a table, "… của Chính phủ" in the next)."""
    if first and later and len(later) > len(first) and later.casefold().startswith(first.casefold()):
        return later
    if first and later and not agrees_with_code(first, code) and agrees_with_code(later, code):
        return later
    return first or later


def _merge(found: list[_Found]) -> dict[str, _Merged]:
    """First stated value of each field in document order, per instrument; issuers shared by a list."""
    # a list shares what its last member states, with the members of the same issuer code only:
    # "Nghị quyết số 71/NQ-CP … và Nghị quyết số 57-NQ/TW … của Bộ Chính trị" is not the Government's
    issuers: dict[tuple[int, str | None], str] = {}
    subjects: dict[int, str] = {}
    for f in found:
        if f.list_group is not None:
            if f.after.issuer:
                issuers.setdefault((f.list_group, _code_of(f)), f.after.issuer)
            if f.after.subject:
                subjects.setdefault(f.list_group, f.after.subject)
    merged: dict[str, _Merged] = {}
    _assign_instruments(found)
    for f in found:
        if f.instrument is None or f.kind == "short":
            continue
        m = merged.setdefault(f.instrument, _Merged())
        m.type = m.type or f.type_word
        m.date = m.date or f.after.date
        group = f.list_group if f.list_group is not None else -1
        m.issuer = _fuller(m.issuer, f.after.issuer or issuers.get((group, _code_of(f))),
                           f.parsed.issuer_code if f.parsed else None)
        m.subject = m.subject or f.law_title or f.after.subject or subjects.get(group)  # a law's name is its subject
    for f in found:  # a date stated by a back reference by name: "Luật Quản lý thuế ngày 13 tháng 6 năm 2019"
        if f.kind == "short" and f.named and f.named.date and f.antecedent and f.antecedent.instrument in merged:
            target = merged[f.antecedent.instrument]
            target.date = target.date or f.named.date
    # a code no table names, explained by the text at another instrument of the same code: "Thông tri
    # số 04/TT-MTTW-BTT của Ban Thường trực …", then "Thông tri 23/TTr-MTTW-BTT"
    explained: dict[str, str] = {}
    for f in found:
        if (code := _code_of(f)) and f.instrument in merged and (said := merged[f.instrument].issuer):
            explained.setdefault(code, said)
    for f in found:
        if f.instrument is not None and f.instrument in merged and f.parsed:
            m = merged[f.instrument]
            m.type = m.type or f.parsed.implied_type
            code = f.parsed.issuer_code or ""
            m.issuer = m.issuer or issuer_name_for_code(code) or explained.get(code)
    return merged


_BARE_PLACE = regex.compile(r"\s(?P<kind>tỉnh|[Tt]hành\s+phố)$")
_OWN_PLACE = regex.compile(r"\s(?P<kind>tỉnh|[Tt]hành\s+phố)\s+\p{Lu}.*$")


def _complete_places(merged: dict[str, _Merged], header: Header) -> None:
    """ "của Ủy ban nhân dân tỉnh" in a document of tỉnh Tây Ninh is the UBND of that province."""
    own = _OWN_PLACE.search(header.issuer or "")
    if not own:
        return
    for m in merged.values():
        bare = _BARE_PLACE.search(m.issuer or "")
        if m.issuer and bare and bare.group("kind").casefold() == own.group("kind").casefold():
            m.issuer = m.issuer[: bare.start()] + own.group()


def _named_dates(found: list[_Found]) -> dict[int, str | None]:
    """Dates of named mentions merged per instrument ("Luật Tổ chức Chính phủ" of 2001 and of 2025)."""
    named = [f for f in found if f.kind == "named" and f.named is not None]
    entries = [(f.type, law_key(f.named.title or f.named.number or ""), f.named.date) for f in named if f.named]
    runs = _date_runs([((kind, key), date) for kind, key, date in entries])
    return {id(f): run for f, run in zip(named, runs, strict=True)}


def _own_issuer(from_header: str | None, own: ParsedSymbol | None) -> str | None:
    """The document's issuer: its header block, unless its own symbol names a national body the block
    does not (a Party header reads "BAN CHẤP HÀNH TRUNG ƯƠNG / VĂN PHÒNG" for the VPTW)."""
    coded = issuer_by_code(own.issuer_code) if own and own.issuer_code else None
    if coded and coded.level in NATIONAL_LEVELS and (
        from_header is None or coded.name.casefold() not in from_header.casefold()
    ):
        return coded.name
    return from_header


def _to_citations(text: str, norm: Normalized, found: list[_Found], header: Header) -> list[Citation]:
    merged = _merge(found)
    named_dates = _named_dates(found)
    _complete_places(merged, header)
    out: list[Citation] = []
    index_of: dict[int, int] = {}  # id of a _Found -> its index in `out`
    has_self = any(f.kind == "self" for f in found)
    if not has_self and header.type and header.type_span:
        a, b = norm.span_to_source(*header.type_span)
        out.append(Citation("self", header.type, None, None, None, header.issuer, None, header.date, None, None,
                            "dan_chieu", a, b, text[a:b]))
    for f in found:
        start, end = norm.span_to_source(f.start, f.end)
        p = f.parsed
        m = merged.get(f.instrument or "", _Merged()) if p else _Merged()
        if f.kind == "self":
            by_code = p.code_type if p and p.code_type in types_named_by_own_code() else None
            ctype, date = by_code or header.type or m.type, header.date or f.after.date
            m = _Merged(ctype, date, _own_issuer(header.issuer, p) or m.issuer, m.subject)
        else:
            ctype, date = m.type or f.type, m.date
        named = f.named
        written = None
        if f.symbol_span and f.kind != "short":
            a, b = norm.span_to_source(*f.symbol_span)
            written = text[a:b]
        stated = Stated(
            written_symbol=written, type_word=f.type_word if f.kind != "short" else (named.type if named else None),
            code_type=p.code_type if p else None, date=f.after.date or (named.date if named else None),
            raw_date=f.after.raw_date or (named.raw_date if named else None), issuer=f.after.issuer,
            subject=f.after.subject, own_numbering=bool(p and p.loose),
        )
        index_of[id(f)] = len(out)
        out.append(Citation(
            kind=f.kind, type=ctype, symbol=p.symbol if p else None, number=p.number if p else (
                named.number if named else None),
            year=p.year if p else None, issuer=m.issuer if p else None, issuer_code=p.issuer_code if p else None,
            date=date if p else named_dates.get(id(f)), subject=m.subject if p else None,
            title=named.title if (named and f.kind == "named") else None, relation=f.relation,
            start=start, end=end, text=text[start:end], stated=stated,
        ))
    for f, c in zip(found, out[len(out) - len(found):], strict=True):
        if f.antecedent is not None:
            c.antecedent = index_of.get(id(f.antecedent))
    if out and out[0].kind == "self" and out[0].symbol is None and len(out) > 1 and out[0].start > out[1].start:
        return _in_document_order(out)
    return out


def _in_document_order(out: list[Citation]) -> list[Citation]:
    """The header's type heading may come after earlier mentions (a web page's metadata block)."""
    order = sorted(range(len(out)), key=lambda i: out[i].start)
    position = {old: new for new, old in enumerate(order)}
    ordered = [out[i] for i in order]
    for c in ordered:
        if c.antecedent is not None:
            c.antecedent = position[c.antecedent]
    return ordered
