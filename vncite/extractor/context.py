"""Read what surrounds a symbol: the type word before it, then date, issuer and subject after it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache

import regex

from vncite.extractor.dates import DATE, iso_date, raw_date
from vncite.extractor.issuer_phrase import issuer_heads, read_issuer
from vncite.extractor.normalize import retone
from vncite.patterns.issuers import agrees_with_code
from vncite.patterns.phrases import alternation, words_alternation
from vncite.patterns.types import type_words

_NUMBER = regex.compile(r"\d{1,5}[a-z]?")
_LOOKBACK = 60
_LAW_LOOKBACK = 450  # an amending law's name may list many laws
_SUBJECT_MAX = 400
# What follows a position is read within this reach. Bounding a `regex` match matters: without an
# end, `regex` first looks for a literal the pattern requires ("năm", "ngày") through all the rest
# of the text, so each call would cost time in proportion to the text.
FIELD_REACH = 500
PHRASE_REACH = 120  # the same for a short phrase (a date, "của", a term in brackets): each call costs its reach


@cache
def _type_before() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """The type word ending right before a symbol, as (forward, backward) patterns: searching
    backwards finds where it starts without trying every position of the window first, and the
    forward pattern, matched there, reads it the way it is written ("Thông tư liên tịch", not
    "Thông tư" + "liên tịch")."""
    words = words_alternation((w for w in type_words() if w not in _LAW_WORDS), ignore_case=True)
    qualifiers = alternation("type_qualifiers", ignore_case=True)
    pattern = (
        # not "[Pháp] lệnh", "[Sắc] lệnh"
        rf"(?<![\p{{L}}])(?<!pháp\s)(?<!sắc\s)(?P<tw>{words})(?:\s+(?:{qualifiers}))?"
        rf"(?:\s*\((?:bổ\s+sung|sửa\s+đổi|dự\s+thảo)\))?"  # "Quy định (Bổ sung) số 216-QĐ/TW"
        rf"\s*(?P<so>s[ốô]\s*[:.]?)?\s*(?P<list>\d{{1,5}}[a-z]?(?:\s*,\s*\d{{1,5}}[a-z]?)*\s*(?:,|và)\s*)?\Z"
    )
    return regex.compile(pattern, regex.IGNORECASE), regex.compile(rf"(?r){pattern}", regex.IGNORECASE)


def _type_word_before(window: str) -> regex.Match[str] | None:
    forward, backward = _type_before()
    found = backward.search(window)
    return forward.match(window, found.start()) if found else None


# Laws are written with a capital ("pháp luật số" is not a law) and often with their name before "số".
_LAW_WORDS = frozenset({"luật", "bộ luật", "pháp lệnh"})
# The law word closest to the symbol (searched backwards), then its name up to "số"; the name holds
# no symbol and no sentence break, so "Luật A số 15/2017/QH14, Luật số 64/2020/QH14" is two laws.
_LAW_WORD = regex.compile(
    r"(?r)(?<![\p{L}])(?<!pháp\s)(?<!PHÁP\s)(?P<tw>Bộ [Ll]uật|Luật|Pháp lệnh|BỘ LUẬT|LUẬT|PHÁP LỆNH)(?![\p{L}])"
)
_LAW_NAME = regex.compile(
    r"(?:\s+(?P<title>(?!số\s*\Z)(?:[^;.\n()/]|\n(?!\s*\n)){2,180}?"
    # an amending law's name lists the laws it amends: "Luật sửa đổi, bổ sung một số điều của luật chứng
    # khoán, luật kế toán, …, luật xử lý vi phạm hành chính số 56/2024/QH15"
    r"|(?i:sửa\s+đổi)(?:[^;.\n()/]|\n(?!\s*\n)){2,400}?))?\s+(?P<so>số\s*)?"
)
# "Luật sửa đổi, bổ sung một số điều của Luật X số N": N is the amending law, named from its first word.
# The laws it amends may be listed: "… của Luật Quy hoạch, Luật Đầu tư và Luật Đấu thầu số 57/2024/QH15".
_AMENDING_LAW = regex.compile(
    r"(?r)(?<![\p{L}])(?:Luật|LUẬT)(?=\s+(?:[Ss]ửa|SỬA)\s+(?:đổi|ĐỔI))(?:[^;.\n]|\n(?!\s*\n)){0,200}?(?:của|điều)\s*"
    r"(?:(?:Bộ\s+)?[Ll]uật\s(?:[^;.\n()/]|\n(?!\s*\n)){1,120}?(?:,|\s+và)\s+){0,12}\Z"
)
_SO_BEFORE = regex.compile(r"(?<![\p{L}])(?P<so>[Ss][ốô])\s*:?\s*\Z")
_NEXT_SENTENCE_DATE = regex.compile(r"\s*\n\s*Ngày")  # a capitalised "Ngày" on a new line opens a sentence
_DATE_AFTER = regex.compile(
    # "ban hành ngày", "ký ngày", "đề ngày" (dated)
    rf"\s*,?\s*(?:(?:được\s+)?(?:ban\s+hành|thông\s+qua|ký)\s+|đề\s+)?(?:(?:ngày|ngay)\s*)+(?:{DATE})"
    rf"|\s*\(\s*(?:ngày\s*)?(?:{DATE})\s*\)"
    # a bare date closing a table cell or a list item: "| 110/GP-UBND 13/11/2020 |"
    rf"|[ \t]+(?:{DATE})(?=[ \t]*(?:[|;,.)\n]|\Z))",
    regex.IGNORECASE,
)
# Said before the citation: "Ngày 16/6/2025, Quốc hội đã thông qua Luật …", "Bộ Chính trị, Ban Bí thư đã
# có Kết luận số …", "Văn phòng Chính phủ vừa ban hành …", "… của Tổng cục Thuế tại Công văn số …".
_ISSUED_BEFORE = regex.compile(
    r"(?:^|[\n.;:])[\s*+\-\[\]\d]*"
    r"(?P<who>(?:[^;.:\n]|TP\.|\n(?!\s*\n)){2,120}?)\s+(?:(?:đã|vừa|mới|cũng|chỉ)\s+)*(?:ký\s+)?"
    r"(?:ban\s+hành|thông\s+qua|ký|có|gửi|ra)\s*\Z"  # "ra": "Thủ tướng Chính phủ ra công điện …"
)
# "Đảng ủy Bộ Xây dựng đã gửi ý kiến … tại Văn bản số …": the body that sent or issued it
_SUBJECT_AT = regex.compile(
    r"(?:^|[\n.;:])[\s*+\-\[\]\d]*(?P<who>(?:[^;.:\n]|TP\.){2,80}?)\s+(?:(?:đã|vừa|cũng)\s+)*"
    r"(?:gửi|có|trình|ban\s+hành)(?![\p{L}])(?:[^;.\n]|\n(?!\s*\n)){0,160}?(?<![\p{L}])tại\s*\Z"
)
_DATE_OPENING = regex.compile(rf"(?:Ngày|ngày)\s*(?:{DATE})\s*,?\s*")
_ISSUER_AT = regex.compile(
    r"(?:của|do)\s+(?P<who>(?:[^;.:\n()]|\n(?!\s*\n)){2,120}?)\s*(?:\([^()\n]{0,30}\)\s*)?tại\s*\Z",
    regex.IGNORECASE,
)
# "Ngày 10/10/2024, tại Công văn số …": the date opening the sentence is the instrument's
_DATED_AT = regex.compile(rf"(?:^|[\n.;:])[^\p{{L}}\d]*(?:Ngày|ngày)\s*(?:{DATE})\s*,?\s*tại\s*\Z")
_ISSUED_VERB = regex.compile(r"(?P<verb>hành|qua|ký|có|tại|gửi|(?<![\p{L}])ra)\s*\Z")
_ISSUER_AFTER = regex.compile(r"\s*,?\s*(?:của|do)\s+", regex.IGNORECASE)
# "hướng dẫn thực hiện một số điều của Luật Quản lý thuế …, Nghị định số 123/2020/NĐ-CP …": a title that
# guides instruments lists them, and ", Nghị định số …" goes on with the list instead of ending it
_GUIDES = regex.compile(
    r"(?:hướng\s+dẫn|quy\s+định\s+chi\s+tiết)(?:\s+(?:thi\s+hành|thực\s+hiện))?(?:[^;]{0,200}?\s(?:của|tại))?\s+(?:các\s+)?"
    r"(?:Luật|Bộ\s+luật|Pháp\s+lệnh|Nghị\s+định|Nghị\s+quyết|Thông\s+tư)",
    regex.IGNORECASE,
)
_PLACE_AFTER = regex.compile(
    r"\s+tại\s+(?:TP\.\s*|thành\s+phố\s+|tỉnh\s+)?\p{Lu}[\p{L}.]*(?:[ \n]+\p{Lu}[\p{L}.]*){0,4}(?=\s*(?:,|về\s|v/v))"
)
_SENT_TO = regex.compile(r"\s*,?\s*gửi\s+", regex.IGNORECASE)
# a Party term, when the letter came in, when it takes effect: "(khóa XI)", "(nhận ngày 15/9/2025)", "(chính thức
# có hiệu lực từ ngày 15/12/2025)"
_TERM_AFTER = regex.compile(
    r"\s*\((?:khóa|khoá|nhiệm kỳ|nhận\s+ngày|(?:chính\s+thức\s+)?(?:có\s+)?hiệu\s+lực)[^()\n]{0,60}\)", regex.IGNORECASE
)
_LINK_AFTER = regex.compile(r"\s+(?:TẢI\s+VỀ|Tải\s+về)(?![\p{L}])")  # a web page's download link
_FOOTNOTE_AFTER = regex.compile(r"\[\d{1,3}\]|\^")  # "102/2015/QH13[10] do Quốc hội …": a footnote's mark
_YEAR_AFTER = regex.compile(r"\s*,?\s*năm\s+(?:19|20)\d\d(?!\d)", regex.IGNORECASE)
# A year with digits too many: "ngày 09/6/20205" (a typo), "năm 20238" (a footnote's number glued on).
# Read as the symbol's year when its first four digits are that year; otherwise stepped over, so that
# issuer and subject are still read, and kept as written for the checks to report.
_MISTYPED_DATE = regex.compile(
    r"\s*,?\s*ngày\s*(?:(?P<d>\d{1,2})\s?[/.\-]\s?(?P<m>\d{1,2})\s?[/.\-]\s?|(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})"
    r"\s+năm\s+)(?P<y>\d{5,8})(?!\d)",
    regex.IGNORECASE,
)


def _mistyped_date(match: regex.Match[str], year: int | None) -> tuple[str | None, str]:
    """(ISO date or None, the date as written) of a `_MISTYPED_DATE` match."""
    d, m, y = int(match.group("d")), int(match.group("m")), match.group("y")
    if year is not None and y[:4] == str(year):
        try:
            return dt.date(year, m, d).isoformat(), f"{d}/{m}/{year}"
        except ValueError:
            pass
    return None, f"{match.group('d')}/{match.group('m')}/{y}"


@cache
def _subject_open() -> regex.Pattern[str]:
    return regex.compile(
        rf"\s*[,:]?\s*(?:(?P<marker>{alternation('subject_markers', ignore_case=True)})\s*:?\s*|(?=[“\"](?!\s))|"
        # a verb, not a type word that opens the next citation ("…, Thông báo số 493/TB-VPCP")
        rf"(?=(?:{alternation('subject_verbs', ignore_case=True)})(?![\p{{L}}])(?!\s+số\s*\d|\s+\d+\s*[/-])))",
        regex.IGNORECASE,
    )


@cache
def _subject_end() -> regex.Pattern[str]:
    words = words_alternation(type_words(), ignore_case=True)
    heads = alternation("issuer_heads")
    return regex.compile(
        # ";" unless a title runs on in lower case ("… trật tự; phòng, chống …"), not a list's next "số N"
        rf";(?![ ](?!số\s*\d|và\s)(?-i:\p{{Ll}}))"
        rf"|\.(?=\s|\*|$|\||\[)|\[\d{{1,3}}\]|:\s*\n|\n\s*(?:[-*|+•]|\d+\.|[a-zđ]\)|\#{{1,6}})\s|\*\*|\||\^"
        # a web page's download link after the title ("… năm học 2025 - 2026 TẢI VỀ")
        rf"|\s+(?-i:TẢI\s+VỀ|Tải\s+về)(?![\p{{L}}])"
        rf"|\s*[*_]*\((?:sau\s+đây|gọi\s+tắt|viết\s+tắt|(?:có\s+)?hiệu\s+lực|kèm\s+theo|(?:đã\s+)?được\s+sửa\s+đổi"
        rf"|(?:bao\s+)?gồm|bản\s+(?:chụp|sao))"
        # what is said of the instrument after its title: amended by, in or out of force; the next preamble line
        rf"|,?\s+(?:(?:đã\s+)?được\s+sửa\s+đổi(?:,?\s+bổ\s+sung)?(?:\s+một\s+số\s+điều)?\s+(?:bởi|theo|tại)\s"
        rf"|(?:hết|có)\s+hiệu\s+lực(?![\p{{L}}])|(?-i:Căn\s+cứ)\s)"
        rf"|(?:,|;)?\s+(?:và|cùng)\s+(?:các\s+)?(?:{words})\s+(?:số|\d)"
        rf"|(?P<listed>,\s*(?:{words})\s+(?:số|\d))"
        # a new clause whose subject is a body: "..., Sở Thông tin và Truyền thông báo cáo ..."
        rf"|,\s+(?-i:(?:{heads})\s+\p{{Lu}})"
        # "…, Chính phủ đã tiếp thu …", "…, Phó Thủ tướng Chính phủ Trần Hồng Hà có ý kiến …": a body or an
        # official who acts; "… như sau (1) …": what follows is content
        rf"|,\s+(?-i:(?:{heads})(?:\s+\p{{Lu}}\p{{L}}*)*\s+(?:đã|đang|sẽ)\s)"
        rf"|,\s+(?-i:Phó\s+(?:{heads}))(?:\s+\p{{L}}+){{1,8}}?\s+(?:có\s+ý\s+kiến|đã|đồng\s+ý)\s"
        rf"|,\s+(?-i:(?:{heads}))(?:\s+\p{{L}}+){{0,8}}?\s+có\s+ý\s+kiến(?![\p{{L}}])"
        rf"|\s+(?:cụ\s+thể\s+)?như\s+sau(?![\p{{L}}])"
        # "… do Quốc hội ban hành ngày …": who issued it, after the subject
        rf"|\s+do\s+(?-i:(?:{heads}))(?:[^;.\n]{{0,120}}?)\s+(?:ban\s+hành|thông\s+qua)(?![\p{{L}}])",
        regex.IGNORECASE,
    )


@cache
def _leads_to_next() -> regex.Pattern[str]:
    """ "của X tại <type word>": X is named for the citation that follows, not the one before."""
    words = words_alternation(type_words(), ignore_case=True)
    return regex.compile(rf"\s*tại\s+(?:các\s+)?(?:{words})(?![\p{{L}}])", regex.IGNORECASE)


@dataclass(slots=True)
class Before:
    type_word: str | None = None
    law_title: str | None = None
    has_so: bool = False
    list_numbers: tuple[tuple[int, int], ...] = ()  # spans of "24, " in "Nghị quyết 24, 25-NQ/TW"
    start: int = 0                                  # where the mention's text begins


def read_before(text: str, start: int, legislature: bool = False) -> Before:
    """The type word (and "số") written right before a symbol starting at `start`.

    `legislature`: the symbol is the National Assembly's (10/2022/QH15), so a law's name may come
    right before it without "số" ("Luật Thuế GTGT 13/2008/QH12").
    """
    lo = max(0, start - _LOOKBACK)
    window = text[lo:start]
    m = _type_word_before(window)
    if m:
        spans: tuple[tuple[int, int], ...] = ()
        if m.group("list"):
            offset = lo + m.start("list")
            spans = tuple((offset + n.start(), offset + n.end()) for n in _NUMBER.finditer(m.group("list")))
        return Before(type_word=m.group("tw"), has_so=bool(m.group("so")), list_numbers=spans, start=lo + m.start())
    law = _read_law_before(text, start, legislature)
    if law:
        return law
    so = _SO_BEFORE.search(window)
    if so:
        return Before(has_so=True, start=lo + so.start())
    return Before(start=start)


def _read_law_before(text: str, start: int, legislature: bool) -> Before | None:
    lo = max(0, start - _LAW_LOOKBACK)
    word = _LAW_WORD.search(text, lo, start)
    if not word:
        return None
    name = _LAW_NAME.fullmatch(text, word.end(), start)
    if not name or not (name.group("so") or legislature):
        return None
    law_start, title_start = word.start(), name.start("title") if name.group("title") else None
    outer = _AMENDING_LAW.search(text, lo, word.start())
    if outer:
        law_start, title_start = outer.start(), outer.start() + len(outer.group().split()[0]) + 1
    title_end = name.end("title") if name.group("title") else word.end()
    title = " ".join(text[title_start:title_end].split()) if title_start is not None else None
    return Before(type_word=word.group("tw") if not outer else "Luật", law_title=retone(title) if title else None,
                  has_so=bool(name.group("so")), start=law_start)


@dataclass(slots=True)
class After:
    date: str | None = None
    raw_date: str | None = None
    issuer: str | None = None
    subject: str | None = None
    end: int = 0            # end of date/issuer part (what a list's next member follows)
    subject_span: tuple[int, int] | None = None


def date_after(text: str, pos: int) -> regex.Match[str] | None:
    """The date of issue written right after a citation ("ngày 20/3/2023", "(16.6.2025)"); a date
    opening the next line's sentence is not it."""
    m = _DATE_AFTER.match(text, pos, pos + PHRASE_REACH)
    return m if m and not _NEXT_SENTENCE_DATE.match(m.group()) else None


def read_stated_before(text: str, start: int) -> After:
    """Date and issuer written before the citation: "Ngày 28/10/2025, Chủ tịch UBND đã ban hành ..."."""
    verb = _ISSUED_VERB.search(text, max(0, start - 24), start)
    if not verb:
        return After()
    lo = _last_stop(text, max(0, start - 240), start)
    if verb.group("verb") == "tại":  # "… của Sở X tại Công văn số …": only these two end with "tại"
        m = _ISSUER_AT.search(text, lo, start) or _SUBJECT_AT.search(text, lo, start)
        if not m:
            return _dated(_DATED_AT.search(text, lo, start))
    else:
        m = _ISSUED_BEFORE.search(text, lo, start)
    if not m:
        return After()
    who_start = m.start("who")
    opening = _DATE_OPENING.search(text, who_start, m.end("who"))
    if opening:
        who_start = opening.end()
    stated = _dated(opening)
    stated.issuer = _issuer_ending_at(text, who_start, m.end("who"))
    return stated


def _dated(opening: regex.Match[str] | None) -> After:
    date = iso_date(opening) if opening else None
    return After(date=date, raw_date=raw_date(opening) if opening and date else None)


def _last_stop(text: str, lo: int, hi: int) -> int:
    """The last ";" or full stop (not the one of "TP.") in [lo, hi), else lo: none of the patterns
    of what was said before a citation reads across one, so their searches start there."""
    stop = text.rfind(";", lo, hi)
    dot = text.rfind(".", lo, hi)
    while dot > stop and text[dot - 2 : dot] == "TP":
        dot = text.rfind(".", lo, dot)
    return max(lo, stop, dot)


def _issuer_ending_at(text: str, lo: int, hi: int) -> str | None:
    """The body named just before a verb: the first name read from a head word that runs to the verb
    ("Theo đề nghị của Giám đốc Sở Nội vụ"), else the one read from the last head word."""
    last = None
    for head in issuer_heads().finditer(text, lo, hi):
        if _NAME_WORD_BEFORE.search(text, max(lo, head.start() - 12), head.start()):
            continue  # "Hải Phòng", "Phục vụ": a head word inside a name; "(nay là Thuế tỉnh Phú Thọ)": a successor
        if last and head.start() < last[1]:
            continue  # "Ủy ban Dân nguyện và Giám sát Quốc hội": a head word inside the name just read
        found = read_issuer(text, head.start(), require_head=True, limit=hi)  # not past the verb: "Bộ Y tếtại"
        if found and found[1] >= hi:
            return found[0]
        last = found or last
    return last[0] if last else None


_NAME_WORD_BEFORE = regex.compile(r"\p{Lu}\p{Ll}*[ ]\Z|(?:\(|nay\s+là)\s*\Z")



# "(" or a line's ":" before the number: "… (Tờ trình số …)", "- Xây dựng kế hoạch về …: Kế hoạch số …"
_DESCRIBED_MARK = regex.compile(r"(?:\(|:)\s*\Z")


@cache
def _described_by() -> regex.Pattern[str]:
    """A type word followed by its issuer or its subject, or an act of the issuer followed by who
    acted ("ý kiến chỉ đạo của Thủ tướng Chính phủ về việc …"). One pattern for every type word (the
    caller keeps the matches of its own): compiling one per type word cost a third of a second over
    the benchmark corpus."""
    words = words_alternation(type_words(), ignore_case=True)
    acts = alternation("described_acts", ignore_case=True)
    opens = f"{alternation('subject_markers', ignore_case=True)}|{alternation('subject_verbs', ignore_case=True)}"
    return regex.compile(
        rf"(?<![\p{{L}}])(?:(?P<tw>{words})(?=\s+(?:của\s|(?:{opens})(?![\p{{L}}])))|(?:{acts})(?=\s+của\s))",
        regex.IGNORECASE,
    )


def read_described_before(text: str, start: int, type_word: str) -> After:
    """ "Tờ trình của Đảng ủy Chính phủ về Đề án ... (Tờ trình số 03-TTr/ĐU, ngày ...)", "ban hành
    Hướng dẫn khen thưởng … (Hướng dẫn số 3751/HD-BNV)", "Xây dựng kế hoạch về …: Kế hoạch số …": the
    number in brackets or after the colon belongs to the instrument just described, whose issuer and
    subject came first."""
    mark = _DESCRIBED_MARK.search(text, max(0, start - 3), start)
    if not mark:
        return After()
    wanted = " ".join(type_word.split()).lower()
    matches = [m for m in _described_by().finditer(text, max(0, start - 400), mark.start())
               if m.group("tw") is None or " ".join(m.group("tw").split()).lower() == wanted]
    if not matches:
        return After()
    last = matches[-1]
    return read_after(text, last.end(), limit=mark.start())


def read_after(text: str, pos: int, limit: int | None = None, year: int | None = None,
               code: str | None = None) -> After:
    """Date, issuer (in either order, with a Party term in brackets) and subject after a symbol
    (`year`, `code`: the symbol's own, which settle a mistyped year and whose "do …" this is)."""
    out = After(end=pos)
    for _ in range(4):
        if out.raw_date is None and (m := date_after(text, pos)):
            out.raw_date = raw_date(m)
            out.date = iso_date(m)
            pos = m.end()
            continue
        if out.issuer is None and (m := _ISSUER_AFTER.match(text, pos, pos + PHRASE_REACH)):
            found = read_issuer(text, m.end())
            if found is None or _leads_to_next().match(text, found[1], found[1] + PHRASE_REACH):
                break  # "…, của Ban Bí thư tại văn bản số 213-KL/TW": the next citation's issuer
            if m.group().rstrip().endswith("do") and not agrees_with_code(found[0], code):
                break  # "… về triển khai Nghị định 136/2025/NĐ-CP do Văn phòng Chính phủ ban hành": the
                # outer instrument's issuer, when the code names another body
            out.issuer, pos = found
            continue
        if ((m := _TERM_AFTER.match(text, pos, pos + PHRASE_REACH)) or (m := _FOOTNOTE_AFTER.match(text, pos, pos + 6))
                or (m := _LINK_AFTER.match(text, pos, pos + 12))):
            pos = m.end()
            continue
        if out.issuer is not None and (m := _PLACE_AFTER.match(text, pos, pos + PHRASE_REACH)):
            pos = m.end()  # "… của Chi nhánh Công ty TNHH KGL Việt Nam tại TP. HCM về …": where the issuer is
            continue
        if m := _YEAR_AFTER.match(text, pos, pos + PHRASE_REACH):
            pos = m.end()
            continue
        if out.raw_date is None and (m := _MISTYPED_DATE.match(text, pos, pos + PHRASE_REACH)):
            (out.date, out.raw_date), pos = _mistyped_date(m, year), m.end()
            continue
        break
    out.end = pos
    # "VPCP có văn bản số 10781/VPCP-CN gửi Bộ Xây dựng về việc …": the subject follows the addressee
    sent = _SENT_TO.match(text, pos, pos + PHRASE_REACH)
    if sent and (addressee := read_issuer(text, sent.end(), require_head=True)):
        pos = addressee[1]
    opener = _subject_open().match(text, pos, pos + PHRASE_REACH)
    if opener:
        s = opener.end()
        bound = min(len(text), s + _SUBJECT_MAX, limit if limit is not None else len(text))
        stop = _subject_end().search(text, s, bound)
        while stop and stop.group("listed") and _GUIDES.search(text, s, stop.start()):
            stop = _subject_end().search(text, stop.end(), bound)  # the title lists what it guides
        e = stop.start() if stop else bound
        subject = _clean_subject(text[s:e])
        if subject:
            out.subject = subject
            out.subject_span = (s, e)
        # "… về X do Quốc hội ban hành ngày 17/05/2025"
        if stop and (by := _ISSUED_BY_AFTER.match(text, e, e + FIELD_REACH)):
            found = read_issuer(text, by.start("who"), require_head=True)
            out.issuer = out.issuer or (found[0] if found else None)
            if out.raw_date is None and (by.group("d") or by.group("d2")):
                out.date, out.raw_date = iso_date(by), raw_date(by)
    return out


_ISSUED_BY_AFTER = regex.compile(
    rf"\s+do\s+(?P<who>[^;.\n]{{2,120}}?)\s+(?:ban\s+hành|thông\s+qua|ký)(?:\s+(?:ngày\s*)?(?:{DATE}))?"
)


# "… quy định về X như sau:" introduces an article's content; "quy định: …" is the sentence's verb
_LEADS_IN = regex.compile(r"\s*(?:cụ\s+thể\s+)?như\s+sau\s*:?\Z|\s*:\Z|\s*cụ\s+thể\Z")
_VERB_ONLY = regex.compile(r"(?:có\s+)?(?:quy\s+định|hướng\s+dẫn|nêu|nêu\s+rõ|ban\s+hành)(?:\s*:.*)?", regex.IGNORECASE)


def _clean_subject(raw: str) -> str | None:
    text = retone(" ".join(raw.split()).strip(" ,*_"))
    if text[:1] in "“\"" and text[-1:] in "”\"":
        text = text[1:-1].strip()
    elif text[:1] in "“\"" and text.count("”") + text.count('"') <= 1:
        text = text[1:].rstrip("”\"").strip()
    if text.endswith((":", "sau", "thể")):
        text = _LEADS_IN.sub("", text).rstrip(" ,")
    return None if not text or _VERB_ONLY.fullmatch(text) else text
