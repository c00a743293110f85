"""Instruments cited without a full symbol: laws by name, congress resolutions, bare numbers,
programmes with a period, standards; and back references ("Kế hoạch nêu trên", "Chỉ thị này")."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache

import regex

from vncite.extractor.context import FIELD_REACH, PHRASE_REACH, date_after
from vncite.extractor.dates import iso_date, raw_date
from vncite.extractor.normalize import retone
from vncite.patterns.phrases import alternation, phrases, words_alternation
from vncite.patterns.types import type_for_word, type_words


@dataclass(slots=True)
class NamedMention:
    start: int
    end: int
    type: str
    title: str | None = None
    number: str | None = None
    date: str | None = None
    raw_date: str | None = None
    back_marker: str | None = None   # "nêu trên", "này" ... for back references
    year: int | None = None          # a law's year, stated with its date or alone ("Luật Đất đai năm 2024")


_NUMBERED_TYPES = "|".join(w.replace(" ", r"\s+") for w in (
    "Nghị định", "Quyết định", "Thông tư", "Chỉ thị", "Nghị quyết", "Kế hoạch", "Công văn", "Kết luận",
    "Thông báo", "Chương trình", "Hướng dẫn", "Tờ trình", "Công điện", "Thông tri", "Đề án"))
_PROGRAMME_TYPES = "|".join(w.replace(" ", r"\s+") for w in ("Chương trình", "Kế hoạch", "Đề án", "Chiến lược",
                                                              "Quy hoạch"))
_PERIOD = regex.compile(r"giai\s+đoạn\s+\d{4}|năm\s+\d{4}|đến\s+năm|mục\s+tiêu\s+quốc\s+gia|tổng\s+thể", regex.I)


@cache
def _scanner() -> regex.Pattern[str]:
    words = words_alternation(type_words(), ignore_case=True)
    return regex.compile(
        rf"""(?<![\p{{L}}])(?:
            (?P<backtw>(?i:{words}))\s+(?P<marker>{alternation('back_reference_markers')})(?![\p{{L}}])
          | (?P<law>Bộ\s+[Ll]uật|Luật|Pháp\s+lệnh)\s+(?=\p{{L}})
          | (?P<treaty>Hiệp\s+định|Công\s+ước)\s+(?=\p{{Lu}})  # a treaty, by its capitalised name
          | (?P<const>Hiến\s+pháp)(?![\p{{L}}])
          | Nghị\s+quyết\s+(?P<congress>(?:[Đđ]ại\s+hội|[Hh]ội\s+nghị)\s)
          | Báo\s+cáo\s+(?P<review>thẩm\s+tra)(?=\s+của\s)  # a council committee's review, unnumbered
          | (?P<bare>{_NUMBERED_TYPES})\s+(?:số\s+)?(?P<num>\d{{1,5}}[a-z]?)
            (?![\d\p{{L}}]|\s{{0,3}}[/\-.]\s?[\p{{L}}\d])
          | (?<!các\s|những\s)(?P<prog>{_PROGRAMME_TYPES})\s+(?=[“"]?(?:\p{{Ll}}|\p{{Lu}}\p{{Ll}}))
          | (?<!các\s|những\s)(?P<natprog>chương\s+trình)\s+(?=mục\s+tiêu\s+quốc\s+gia|tổng\s+thể)
          | (?P<std>ISO|TCVN)\s?(?P<stdnum>\d{{3,5}}(?:\s?[-:]\s?\d{{1,4}})*)
          | (?P<qc>QCVN)\s?(?P<qcnum>\d{{1,3}}(?:-\d{{1,3}})?\s?:\s?(?:19|20)\d\d(?:\s?/\s?\p{{Lu}}[\p{{Lu}}\d&]*)?)
        )""",
        regex.VERBOSE,
    )


@cache
def _names_with_stop_words() -> regex.Pattern[str]:
    return regex.compile(rf"(?:{alternation('law_names_with_stop_words', ignore_case=True)})(?![\p{{L}}])",
                         regex.IGNORECASE)


@cache
def _law_stop() -> regex.Pattern[str]:
    # "và" and commas belong to names ("Phí và lệ phí", "Quản lý, sử dụng tài sản công") unless another
    # name follows ("Luật Đất đai và Luật Nhà ở", "…, Luật Kế toán", "…, pháp luật về thanh tra"); "số"
    # ends it before a number ("Luật Đất đai số 31/2024/QH15"); a line that opens a list item ends it.
    stops = alternation("law_title_stops", ignore_case=True)
    return regex.compile(
        rf"(?i:,?\s+(?:{stops})(?![\p{{L}}])|,?\s*(?<![\p{{L}}])số(?=[\s:]*\d))|\s+và\s+(?=\p{{Lu}}|các\s|những\s)"
        r"|\s*[;:.()“”\"*|]|\s*,\s*(?=\p{Lu}|pháp\s+luật(?!\p{L}))|\s*\n\s*(?:\n|[-*+•|])|\s+\d"
    )


_AMENDING_STOP = regex.compile(r"\s*[;:()“”\"*|]|\.(?=\s)|\s+(?:ngày|số)\s*\d|\s*\n\s*\n")
_LAW_TYPES = frozenset({"Luật", "Bộ luật", "Pháp lệnh"})
_JOINT_AMENDMENT = regex.compile(
    r"\s+và\s+Luật\s+(?P<second>(?:(?![Ll]uật\s)[^;:.\n()\d]){2,80}?)\s+sửa\s+đổi(?:,?\s+bổ\s+sung)?(?![\p{L}])"
)


@cache
def _treaty_stop() -> regex.Pattern[str]:
    """A treaty's name runs through "và", "về", "xuyên", its year and line breaks, to a mark, a word that
    opens a clause, or "và" before another instrument ("Hiệp định CPTPP và Thông tư số …")."""
    words = words_alternation(_capitalised_type_words())
    return regex.compile(
        r"\s*[;:(),“”\"*|?!\[]|\.(?=\s|\[|$)|\s*\n\s*\n|(?<=\d{4})\s+(?=\p{Ll})"  # a year ends it
        r"|\s+số\s*:?\s*\d"  # "số" before a number; "thiểu số", "kỹ thuật số" are words of a name
        r"|\s+(?:ngày|được|đã|sẽ|bị|có|không|cũng|nên|nhưng|theo|tại|vào|vừa|rằng|thì|để|nhằm|với|cho|trong|khi"
        r"|là|mà|sang|tạm\s+thời)\s"
        rf"|\s+và\s+(?:{words})(?![\p{{L}}])|\s+do\s+(?:{alternation('issuer_heads')})\s"  # not "tự do ASEAN"
    )
# "Báo cáo thẩm tra của Ban Văn hóa - Xã hội Hội đồng nhân dân tỉnh và ý kiến thảo luận …"
_REVIEW_STOP = regex.compile(r"\s*[;:()“”\"*|]|\.(?=\s)|\s+và\s+(?=\p{Ll})|\s*\n\s*\n")
_CONGRESS_STOP = regex.compile(r"\s*[;:()“”\"*|,]|\.(?=\s)|\s+và\s|\s*\n\s*\n")
# a comma belongs to the name before a lower-case word: "… phòng, chống ma túy đến năm 2030"
_PROG_STOP = regex.compile(
    r"\s*[;:()“”\"*|]|,(?!\s*\p{Ll})|\.(?=\s)|\s*(?<![\p{L}])(?:được|đã|ngày|nhằm|để|theo|tại|trên\s+địa|vào|này)\s"
    r"|\s*(?<![\p{L}])số\s*:?\s*\d"  # "số" before a number, not "dân tộc thiểu số"
    r"|\s*\n\s*\n"
)
_WORD = regex.compile(r"[\p{L}\d]+")  # a programme's name is counted in words, not dashes
_CITED_IN_BRACKETS = regex.compile(r"\s*\(\s*\p{Lu}\p{Ll}*(?:\s+\p{Ll}+){0,2}\s+(?:số\s*)?\d")
# a programme's name in quotes: "Đề án “Trồng một tỷ cây xanh giai đoạn 2021 - 2025”"
_QUOTED_NAME = regex.compile(r"[“\"](?P<name>[^“”\"\n]{4,200})[”\"]")


# "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013": the state's name, the year, or both
_CONSTITUTION_YEAR = regex.compile(
    r"(?:\s+nước\s+Cộng\s+hòa\s+xã\s+hội\s+chủ\s+nghĩa\s+Việt\s+Nam)?\s+(?:năm\s+)?((?:19|20)\d\d)(?!\d)"
    r"|\s+nước\s+Cộng\s+hòa\s+xã\s+hội\s+chủ\s+nghĩa\s+Việt\s+Nam(?![\p{L}])",
    regex.IGNORECASE,
)
_MORE_BARE = regex.compile(r"\s*(?:,|&|và)\s*(?P<num>\d{1,5})(?![\d\p{L}/\-.:]|\s*(?:tháng|năm|ngày))")
_PLURAL_BEFORE = regex.compile(r"(?<![\p{L}])(?:các|những|mọi|nhiều|một\s+số)\s+\Z", regex.IGNORECASE)
# "của 37 Luật có liên quan": a count of laws, not "Điều 104 Bộ luật Lao động"
_COUNT_BEFORE = regex.compile(r"(?<![\p{L}])(?:của|gồm)\s+\d{1,3}\s+\Z")
_NAME_BEFORE = regex.compile(r"(?<![\p{L}])\p{Lu}[\p{L}]*\s+\Z")
_SCHOOL_BEFORE = regex.compile(r"(?i:đại\s+học|học\s+viện)\s+\Z")
_SENTENCE_START = regex.compile(r"(?:^|[.;:!?\n(*|\-])\s*\Z")


def _inside_a_name(text: str, start: int) -> bool:
    """ "Dân Luật Việt Nam": a capitalised word before "Luật" mid-sentence makes it a name; "Đại học Luật
    Hà Nội", "Học viện Luật" are schools wherever they stand."""
    if _SCHOOL_BEFORE.search(text, max(0, start - 12), start):
        return True
    m = _NAME_BEFORE.search(text, max(0, start - 25), start)
    return bool(m) and not _SENTENCE_START.search(text, max(0, m.start() - 5), m.start())


# A law's whole name runs to the date that follows it, whatever words it holds ("của", "tại", "theo").
_DATED_NAME = regex.compile(
    r"(?P<name>(?:[^;:.()\n“”\"*|/\d]|\n(?!\s*\n)){2,160}?)\s+(?:ban\s+hành\s+|được\s+thông\s+qua\s+)?ngày\s*\d",
)
# the period that closes a programme's name
_PERIOD_END = regex.compile(r"(?:giai\s+đoạn\s+\d{4}\s*[-–]\s*\d{4}|đến\s+năm\s+\d{4}|năm\s+\d{4})(?!\d)")
_GENERIC_PROGRAMME = regex.compile(
    r"mục\s+tiêu\s+quốc\s+gia|tổng\s+thể|giai\s+đoạn\s+\d{4}\s*[-–]\s*\d{4}|đến\s+năm\s+\d{4}|năm\s+\d{4}"
)
_DRAFT_MARK = regex.compile(r"\s*\(sửa\s+đổi\)")


@cache
def _not_law_titles() -> frozenset[str]:
    return frozenset(phrases()["not_law_titles"])


def _not_a_law(title: str, type_word: str) -> bool:
    """ "Luật sư", "Luật này", "Luật pháp": the word, not a law's name; "Luật Dân sự", "Luật Hình sự": a
    branch of law (the code is the Bộ luật)."""
    words = title.lower().split()
    first, two = words[0], " ".join(words[:2])
    stops = _law_title_stops()
    return (first in _not_law_titles() or two in _not_law_titles() or "luật" in words[1:2]
            or (type_word == "Luật" and " ".join(words) in phrases()["branches_of_law"])
            or (title[0].islower() and (first in stops or two in stops  # "Luật khi …", "Bộ luật quy định …"
                                        or _opens_with_a_verb(words))))


@cache
def _law_title_stops() -> frozenset[str]:
    return frozenset(phrases()["law_title_stops"])


def _opens_with_a_verb(words: list[str]) -> bool:
    opening = " ".join(words[:3]) + " "
    return any(opening.startswith(verb + " ") for verb in phrases()["not_law_title_verbs"])


def _title(text: str, pos: int, stop: regex.Pattern[str], limit: int, stop_at: int | None = None) -> tuple[str, int]:
    m = None if stop_at is not None else stop.search(text, pos, min(len(text), pos + limit))
    end = stop_at if stop_at is not None else m.start() if m else min(len(text), pos + limit)
    words = text[pos:end].split()
    while words and words[-1] in ("và", "hoặc", ",", "-"):
        words.pop()
    return retone(" ".join(words).rstrip(" ,-")), end


@cache
def _keywords() -> re.Pattern[str]:
    """Where a named or back reference can start: a capitalised type word, ISO, TCVN or QCVN. The standard
    library's `re` finds these (written as a trie) several times faster than `regex` does (measured by
    benchmarks/extract.py), so it picks the candidates and `regex` reads each one. "chương trình" is
    looked up by its first word with str.find: a pattern that may open with a lower-case "c" stops at
    every "các"."""
    words = {*_capitalised_type_words(), "ISO", "TCVN", "QCVN"}
    return re.compile(words_alternation(words).replace(r"\s+", "[ \n]"))


@cache
def _capitalised_type_words() -> tuple[str, ...]:
    """Type words as they open a name ("Quyết định", "Hiệp định")."""
    return tuple(w.capitalize() for w in type_words())


_NATIONAL_PROGRAMME = "chương"  # "chương trình", with any space or line break


def _occurrences(text: str, literal: str) -> Iterator[int]:
    """Every offset of `literal` in text, overlapping ones too (str.find beats any pattern for one literal)."""
    at = text.find(literal)
    while at != -1:
        yield at
        at = text.find(literal, at + 1)


@cache
def _markers() -> tuple[str, ...]:
    """Back-reference markers looked up with str.find (faster than any pattern for a few literals);
    "này" is left out: "Kế hoạch này" is mostly the document itself and is caught with its type word."""
    return tuple(m for m in phrases()["back_reference_markers"] if m != "này")


@cache
def _marker_anchors() -> dict[str, tuple[tuple[str, int], ...]]:
    """A few words that together occur in every marker ("trên", "nêu"), each with the markers it
    occurs in and where: one str.find per anchor word instead of one per marker."""
    left = set(_markers())
    anchors: dict[str, tuple[tuple[str, int], ...]] = {}
    while left:
        word = max(sorted({w for m in left for w in m.split()}), key=lambda w: sum(w in m.split() for m in left))
        held = [m for m in left if word in m.split()]
        anchors[word] = tuple((m, m.index(word)) for m in held)
        left -= set(held)
    return anchors


def _marker_positions(text: str) -> list[int]:
    """Start of the type word before each back-reference marker ("kế hoạch nêu trên")."""
    starts = []
    for word, markers in _marker_anchors().items():
        for hit in _occurrences(text, word):
            for marker, offset in markers:
                at = hit - offset
                if at >= 0 and text.startswith(marker, at):
                    before = _TYPE_WORD_BEFORE.search(text, max(0, at - 30), at)
                    if before:
                        starts.append(before.start() + (before.group().index(" ") + 1
                                                        if before.group()[0].islower() else 0))
                        starts.append(before.start())
    return starts


_TYPE_WORD_BEFORE = regex.compile(r"(?<![\p{L}])\p{L}+\s+\p{L}+(?:\s+\p{L}+)?\s+\Z")


def _candidates(text: str, taken: Callable[[int], bool]) -> Iterator[regex.Match[str]]:
    scanner = _scanner()
    pos = 0
    starts = sorted({*(k.start() for k in _keywords().finditer(text)), *_marker_positions(text),
                     *_occurrences(text, _NATIONAL_PROGRAMME)})
    for start in starts:
        if start < pos or taken(start):
            continue
        m = scanner.match(text, start, start + PHRASE_REACH)
        if m:
            pos = m.end()
            yield m


def find_named(text: str, taken: Callable[[int], bool] = lambda _: False) -> list[NamedMention]:
    """`taken`: offsets already inside a numbered citation ("Luật Đất đai số 31/2024/QH15"), where
    no reference by name starts; they are not read at all."""
    out: list[NamedMention] = []
    amending_until = 0  # the laws an amending law's name lists are not dated by its date
    for m in _candidates(text, taken):
        if out and m.start() < out[-1].end and not (m.group("law") and out[-1].type in _LAW_TYPES):
            continue  # a word of the name just read: "Luật Quy hoạch ngày …" is not also a "Quy hoạch", nor
            # "Công ước … về Luật Biển" a law; the laws an amending law's name lists are laws of their own
        if m.group("law"):
            if _inside_a_name(text, m.start()) or _COUNT_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                continue  # "Dân Luật Việt Nam"; "sửa đổi 37 Luật có liên quan": a count of laws
            tw = type_for_word(m.group("law")) or "Luật"
            pos = m.end()
            amending = text[pos : pos + 3].lower() == "sửa"
            dated = None if amending else _DATED_NAME.match(text, pos, pos + FIELD_REACH)
            if dated and "luật" in dated.group("name").lower().split():
                dated = None  # "Luật A và Luật B ngày …": two laws, the date is B's
            if dated:  # "Luật Nhập cảnh, ... của người nước ngoài tại Việt Nam ngày 16 tháng 6 năm 2014"
                title, end = _title(text, pos, _law_stop(), 0, stop_at=dated.end("name"))
            elif known := _names_with_stop_words().match(text, pos, pos + FIELD_REACH):
                title, end = _title(text, pos, _law_stop(), 0, stop_at=known.end())
            else:
                title, end = _title(text, pos, _AMENDING_STOP if amending else _law_stop(), 400 if amending else 90)
            if title and len(words := title.split()) > 2 and words[0].islower() and words[0] == words[1].lower():
                title = " ".join(words[1:])  # "Luật ban Ban hành văn bản …": a word typed twice
            if title and title[0].islower() and not amending and "," in title:
                title = title[: title.index(",")]  # an uncapitalised name is not trusted past a comma
                end = pos + text[pos:end].index(",")
            if not title or len(title.split()) > (60 if amending else 20) or _not_a_law(title, tw):
                continue
            # "dự án Luật Viên chức (sửa đổi)": the draft's name
            if draft := _DRAFT_MARK.match(text, end, end + PHRASE_REACH):
                title, end = f"{title} (sửa đổi)", draft.end()
            # "Luật Cán bộ, công chức và Luật Viên chức sửa đổi 2019": one law amends both
            elif (not amending and (joint := _JOINT_AMENDMENT.match(text, end, end + PHRASE_REACH))
                  and joint.group("second").lower().split() != title.lower().split()):  # not "Luật A và Luật A sửa đổi"
                title, end = retone(" ".join(text[pos : joint.end()].split())), joint.end()
            named = NamedMention(m.start(), end, tw, title=title)
            if m.start() >= amending_until:
                _read_date(text, named)
            if amending:
                amending_until = end
            out.append(named)
        elif m.group("const"):
            year = _CONSTITUTION_YEAR.match(text, m.end(), m.end() + PHRASE_REACH)
            end = year.end() if year else m.end()
            out.append(NamedMention(m.start(), end, "Hiến pháp", title=retone(" ".join(text[m.start():end].split()))))
        elif m.group("treaty"):
            title, end = _title(text, m.end(), _treaty_stop(), 120)
            if title and len(title.split()) <= 20:
                out.append(NamedMention(m.start(), end, type_for_word(m.group("treaty")) or "Hiệp định", title=title))
        elif m.group("review"):
            title, end = _title(text, m.start("review"), _REVIEW_STOP, 160)
            out.append(NamedMention(m.start(), end, "Báo cáo", title=title))
        elif m.group("congress"):
            title, end = _title(text, m.start("congress"), _CONGRESS_STOP, 160)
            out.append(NamedMention(m.start(), end, "Nghị quyết", title=title))
        elif m.group("bare"):
            num = m.group("num")
            if _PLURAL_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                continue  # "các Quyết định 03 cán bộ": a count, not a number
            if len(num) == 4 and num[:2] in ("19", "20") and "số" not in m.group():
                continue  # "Kế hoạch 2023" is a year
            tw = type_for_word(m.group("bare")) or m.group("bare")
            out.append(NamedMention(m.start(), m.end(), tw, number=num))
            # "Nghị quyết 68 & 198", "Nghị định 15, 16": more bare numbers of the same type
            more = m
            while more := _MORE_BARE.match(text, more.end(), more.end() + 12):
                out.append(NamedMention(more.start("num"), more.end(), tw, number=more.group("num")))
        elif m.group("prog") or m.group("natprog"):
            word = m.group("prog") or m.group("natprog")
            if quoted := _QUOTED_NAME.match(text, m.end(), m.end() + 210):
                title = _title(text, quoted.start("name"), _PROG_STOP, 0, stop_at=quoted.end("name"))[0]
                end = quoted.end()
            else:
                title, end = _title(text, m.end(), _PROG_STOP, 160)
                if period := _PERIOD_END.search(text, m.end(), end):  # "… giai đoạn 2025 - 2035, tổng hợp …"
                    title, end = _title(text, m.end(), _PROG_STOP, 0, stop_at=period.end())
            too_long = len(_WORD.findall(title)) > 25
            # named by its period ("… giai đoạn 2021 - 2025"), or by the submission cited right after it
            # ("Đề án tiêu chuẩn của đơn vị hành chính … (Tờ trình số 03-TTr/ĐU, …)")
            named_so = _PERIOD.search(title) or _CITED_IN_BRACKETS.match(text, end, end + 40)
            if not named_so or too_long or not (word[0].isupper() or m.group("natprog")):
                continue
            if title[0].islower() and title.split()[0] in _law_title_stops() and title.split()[0] != "về":
                continue  # "Chương trình với các chương trình mục tiêu quốc gia khác": no name follows
            if len(_GENERIC_PROGRAMME.sub(" ", title).split()) < 2:
                continue  # "Chương trình mục tiêu quốc gia", "Chương trình giai đoạn 2026-2030": no name
            out.append(NamedMention(m.start(), end, type_for_word(word) or word, title=title))
        elif m.group("std"):
            number = "".join(m.group("stdnum").split())
            out.append(NamedMention(m.start(), m.end(), "Tiêu chuẩn", title=f"{m.group('std')} {number}"))
        elif m.group("qc"):  # a national technical regulation: "QCVN 25:2025/BCT"
            number = "".join(m.group("qcnum").split())
            out.append(NamedMention(m.start(), m.end(), "Tiêu chuẩn", title=f"QCVN {number}"))
        elif m.group("backtw"):
            tw = type_for_word(m.group("backtw")) or m.group("backtw")
            out.append(NamedMention(m.start(), m.end(), tw, back_marker=" ".join(m.group("marker").split())))
    return out


_LISTED_LAW = regex.compile(r"(?<![\p{L}])(?:Bộ\s+[Ll]uật|[Ll]uật|BỘ\s+LUẬT|LUẬT)\s+")
_LISTED_LAW_END = regex.compile(
    r",\s*(?=(?:Bộ\s+)?[Ll]uật\s)|\s+và\s+(?=(?:Bộ\s+)?[Ll]uật\s)|\s*(?<![\p{L}])số\s*:?\s*(?:\d|\Z)"
)


def laws_listed(text: str, start: int, end: int) -> list[NamedMention]:
    """The laws an amending law's name lists, each a law of its own: "Luật sửa đổi, bổ sung một số điều của
    Luật Quy hoạch, Luật Đầu tư và Luật Đấu thầu số 57/2024/QH15", in lower case too ("… của luật chứng
    khoán, luật kế toán, …")."""
    of = text.find("của", start, end)
    out = []
    for m in _LISTED_LAW.finditer(text, of, end) if of != -1 else ():
        stop = _LISTED_LAW_END.search(text, m.end(), end)
        title, title_end = _title(text, m.end(), _LISTED_LAW_END, 0, stop_at=stop.start() if stop else end)
        if title and len(title.split()) <= 20:
            out.append(NamedMention(m.start(), title_end, type_for_word(m.group().strip()) or "Luật", title=title))
    return out


# "Luật Đất đai năm 2024", "Luật Đất đai 2013": the year of the law, which tells two laws of one name apart
_LAW_YEAR = regex.compile(r"\s*,?\s*(?:năm\s+)?((?:19|20)\d\d)(?![\d/\-])")


def _read_date(text: str, named: NamedMention) -> None:
    m = date_after(text, named.end)
    if m:
        named.date = iso_date(m)
        named.raw_date = raw_date(m)
    if named.date:
        named.year = int(named.date[:4])
    elif year := _LAW_YEAR.match(text, named.end, named.end + 12):
        named.year = int(year.group(1))
