"""Read the issuer named after "của": "UBND tỉnh Tây Ninh", "Ban Chấp hành Trung ương Đảng (khóa XI)".

Vietnamese body names capitalise the first syllable of each part ("Sở Thông tin và Truyền
thông", "Bộ Lao động - Thương binh và Xã hội"), so a name is read as capitalised words with a few
lower-case syllables after each, joined by "và" / "-" / ",", then a place ("tỉnh Tây Ninh") and a
parenthesised term. Verbs and function words that open the subject end it.
"""

from __future__ import annotations

from functools import cache

import regex

from vncite.extractor.header_block import proper_case
from vncite.extractor.normalize import retone
from vncite.patterns.issuers import issuer_name_for_code, name_patterns
from vncite.patterns.phrases import alternation, expand_abbreviations, phrases, words_alternation
from vncite.patterns.types import type_words

# Words and joiners from the start of the window up to the first character that is neither (a quote,
# ";", ":"): `\G` keeps each match where the last one ended.
_TOKEN = regex.compile(r"\G(\s*)(TP\.|[\p{L}\d][\p{L}\d&]*|\(|[-,])")
_NUMBER_GOES_ON = regex.compile(r"[./-]\d")
_NAME_HEADS = frozenset({"Ban", "Tổ", "Hội", "Ủy"})  # "Ban Chỉ đạo", "Tổ Công tác": a verb-like word names them
_MAX_LOWER_RUN = 5  # "Tòa án nhân dân tối cao": five lower-case syllables after a capital
_WINDOW = 220


@cache
def _stops() -> tuple[frozenset[str], frozenset[str]]:
    words = {w for w in phrases()["issuer_stop_words"] if " " not in w}
    bigrams = {w for w in phrases()["issuer_stop_words"] if " " in w}
    return frozenset(words), frozenset(bigrams)


@cache
def issuer_heads() -> regex.Pattern[str]:
    """The head words a body's or an office-holder's name opens with, as whole words."""
    return regex.compile(rf"(?<![\p{{L}}])(?:{alternation('issuer_heads')})(?![\p{{L}}])")


@cache
def _not_places() -> frozenset[str]:
    return frozenset(phrases()["not_places"])


@cache
def _subject_marks() -> frozenset[str]:
    """The one-word subject markers ("về", "v/v"): one in capitals still opens the subject."""
    return frozenset(m for m in phrases()["subject_markers"] if " " not in m)


@cache
def _places() -> frozenset[str]:
    return frozenset(phrases()["place_words"])


@cache
def _paren_openers() -> regex.Pattern[str]:
    alts = "|".join(regex.escape(p) for p in phrases()["issuer_parentheticals"])
    return regex.compile(rf"\((?:{alts})[^()]{{0,60}}\)", regex.IGNORECASE)


@cache
def _known_names() -> regex.Pattern[str]:
    alts = words_alternation((n for n, _ in name_patterns()), ignore_case=True)
    return regex.compile(rf"(?:{alts})(?![\p{{L}}\d])", regex.IGNORECASE)


def _is_cap(word: str) -> bool:
    return word[0].isupper() or word[0].isdigit()


def read_issuer(text: str, pos: int, require_head: bool = False, limit: int | None = None) -> tuple[str, int] | None:
    """The issuer name starting at `pos` (after "của ") and where it ends, or None.

    With `require_head` (no "của" announced it) the name must open with a body's head word.
    """
    window = text[pos : pos + _WINDOW if limit is None else min(pos + _WINDOW, limit)]
    if not window or (require_head and not issuer_heads().match(window)):
        return None
    if window[:12].upper() == window[:12]:
        return _read_upper(window, pos)
    title = _title_then_body().match(window)
    if title and not _known_names().match(window):  # "Giám đốc Sở Nội vụ" -> "Sở Nội vụ"
        return read_issuer(text, pos + title.end(), limit=limit)
    stop_words, stop_bigrams = _stops()
    places = _places()
    toks = _tokens(window)
    if not toks or not _is_cap(toks[0][2]) or toks[0][2].lower() in stop_words:
        return None
    end = toks[0][1]
    lower_run = 0
    in_place = False
    i = 1
    while i < len(toks):
        start, stop, tok, ws = toks[i]
        low = tok.lower()
        nxt = toks[i + 1][2] if i + 1 < len(toks) else ""
        bigram = f"{low} {nxt.lower()}"
        if "\n" in ws and (tok in "-*|" or tok[0].isdigit() or tok in ("Điều", "Chương", "Mục")
                            or (_is_cap(tok) and _type_word_at(window, start))):
            break  # a new line that opens a list item, an article, or another instrument ("Công điện 230/…")
        if not _is_cap(tok) and (bigram in stop_bigrams or low in stop_words):
            break
        if tok[0].isdigit() and _NUMBER_GOES_ON.match(window, stop):
            break  # "… Trung ương Đảng 25/8/1988", "… Chính phủ 3.5. Đề xuất": a date or a section, not "Quân khu 7"
        if tok == "(":
            paren = _paren_openers().match(window, start)
            if not paren:
                break
            end, i = paren.end(), _index_after(toks, paren.end())
            continue
        if tok in ("và", "-", ",", "&"):
            if (not nxt or not _is_cap(nxt) or nxt.lower() in stop_words or _type_word_at(window, toks[i + 1][0])
                    or _title_then_body().match(window, toks[i + 1][0])):
                break  # "... Chính phủ và Kế hoạch số ...", "... và Giám đốc Sở ...": not one issuer
            if tok == "," and not _comma_list_ends_with_va(toks, i):
                break
            lower_run = 0
            in_place = False
            i += 1
            continue
        if tok[0].islower() and (low in places or bigram in places) and bigram not in _not_places():
            in_place = True
            lower_run = 0
            end = toks[i + 1][1] if bigram in places else stop
            i += 2 if bigram in places else 1
            continue
        if _is_cap(tok):
            if i >= 2 and bigram in stop_bigrams and toks[i - 1][2] not in _NAME_HEADS:
                break  # "... Truyền thông Tổ chức Hội nghị": a verb opens the subject; "(Trưởng) Ban Tổ chức" is a name
            if low in _subject_marks():
                break  # "… của Chính phủ Về kiểm tra …": a subject opened in capitals
            lower_run = 0
        else:
            if in_place:
                break
            lower_run += 1
            if lower_run > _MAX_LOWER_RUN:
                break
        end = stop
        i += 1
    known = _known_names().match(window)
    if known and known.end() > end and _stopped_inside(window, end, stop_words):
        end = known.end()  # a fixed name the word rules cannot read: "Bộ Chính trị, Ban Bí thư", "Bộ Ngoại giao"
    elif known and known.end() < end and _subject_follows(window, known.end()):
        # a whole known name, then the subject ("Chính phủ xác định ...") or its term ("... Đảng khóa XII")
        term = _TERM.match(window, known.end())
        return _expand(window[: known.end()]), pos + (term.end() if term else known.end())
    elif known and known.end() < end and _signer().fullmatch(window, known.end(), end):
        # "Thủ tướng Chính phủ Phạm Minh Chính", "Bộ Quốc phòng Trần Quý Hai": who signed is read past, not named
        return _expand(window[: known.end()]), pos + end
    name = _expand(window[:end])
    return (name, pos + end) if name else None


_WORD_AFTER = regex.compile(r"\s*(\p{L}*)")


def _stopped_inside(window: str, end: int, stop_words: frozenset[str]) -> bool:
    """Whether the word rules stopped at a comma or a stop word ("giao" of "Bộ Ngoại giao")."""
    word = _WORD_AFTER.match(window, end)
    return window[end : end + 1] == "," or (word is not None and word.group(1) in stop_words)


@cache
def _signer() -> regex.Pattern[str]:
    """A person's name: a family name and two or three given names ("Phạm Minh Chính")."""
    families = alternation("family_names")
    return regex.compile(rf"[ \t\n]+(?:-[ \t\n]+)?(?:{families})(?:[ \t\n]+\p{{Lu}}\p{{Ll}}*){{2,3}}")


_TERM = regex.compile(r"\s+(?:khóa|khoá|nhiệm\s+kỳ)\s+[IVXLC\d][IVXLC\d\-–]*(?![\p{L}])", regex.IGNORECASE)
_LOWER_WORD = regex.compile(r"\s+(?!và\s+\p{Lu})\p{Ll}")  # a lower-case word, not "và" joining a second body


def _subject_follows(window: str, at: int) -> bool:
    return bool(_LOWER_WORD.match(window, at)) and not _place_after(window, at)


_WORD = regex.compile(r"\p{L}+")


def _place_after(window: str, at: int) -> bool:
    words = _WORD.findall(window, at, at + 24)
    return bool(words) and (words[0].lower() in _places() or " ".join(words[:2]).lower() in _places())


@cache
def _title_then_body() -> regex.Pattern[str]:
    titles, heads = alternation("office_holder_titles"), alternation("issuer_heads")
    return regex.compile(rf"(?:{titles})\s+(?=(?:{heads})(?![\p{{L}}]))")


_PARENTHESIS = regex.compile(r"\([^()]*\)")


def _expand(written: str) -> str:
    """Whitespace normalised, abbreviations written out ("UBND tỉnh" -> "Ủy ban nhân dân tỉnh") and a
    bracketed term or successor left out: "(khóa XI)", "(nay là Cục Thuế)" qualify, they do not name.
    A body written as its bare code ("của STNMT") is named by the code's table."""
    words = _PARENTHESIS.sub(" ", written).split()
    if len(words) == 1 and words[0].isupper() and (coded := issuer_name_for_code(words[0])):
        return coded
    return retone(" ".join(expand_abbreviations(words)))


@cache
def _type_words_re() -> regex.Pattern[str]:
    return regex.compile(rf"(?:{words_alternation(type_words(), ignore_case=True)})(?![\p{{L}}])", regex.IGNORECASE)


def _type_word_at(window: str, offset: int) -> bool:
    return bool(_type_words_re().match(window, offset))


def _tokens(window: str) -> list[tuple[int, int, str, str]]:
    """(start, end, token, whitespace before it) of the window's leading tokens."""
    toks = []
    at = 0
    for ws, tok in _TOKEN.findall(window):
        start = at + len(ws)
        at = start + len(tok)
        toks.append((start, at, tok, ws))
    return toks


def _index_after(toks: list[tuple[int, int, str, str]], offset: int) -> int:
    for j, tok in enumerate(toks):
        if tok[0] >= offset:
            return j
    return len(toks)


def _comma_list_ends_with_va(toks: list[tuple[int, int, str, str]], i: int) -> bool:
    """ "Bộ Văn hóa, Thể thao và Du lịch": a comma inside a name is closed by "và" soon after."""
    return any(t[2] == "và" for t in toks[i + 1 : i + 6])


_UPPER_WORD = regex.compile(r"[ \t\n]*(?P<w>[\p{Lu}\d][\p{Lu}\d&]*\.?)(?![\p{Ll}])")


def _read_upper(window: str, pos: int) -> tuple[str, int] | None:
    """Upper-case headings ("… CỦA UBND TỈNH QUẢNG NAM VỀ VIỆC …"): the run of capitals up to the word
    that opens the subject, written in the case of running text."""
    stop_words, stop_bigrams = _stops()
    words: list[str] = []
    end = at = 0
    while (m := _UPPER_WORD.match(window, at)) and len(words) < 14:
        low = m.group("w").lower()
        after = _UPPER_WORD.match(window, m.end())
        bigram = f"{low} {after.group('w').lower()}" if after else low
        opens_next = bool(words) and _type_word_at(window, m.start("w"))
        if low in stop_words or bigram in stop_bigrams or low == "và" or opens_next:
            break  # "VÀ": joint issuers are written out in running text, not in headings
        words.append(m.group("w"))
        end = at = m.end()
    if not words:
        return None
    if len(words) == 1 and (coded := issuer_name_for_code(words[0])):
        return coded, pos + end  # "của STNMT": a body written as its bare code
    return retone(proper_case(" ".join(expand_abbreviations(words)))), pos + end
