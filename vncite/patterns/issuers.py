"""Issuers as data: load issuers.toml and provinces.toml and answer "who is this code / this name".

Besides plain lookups (code -> issuer, canonical spelling, names for the extractor's matcher) this
module answers the question a clerk asks before submitting a draft: does the body that issued a
cited document still exist, and if not, who took its place (`succession`)? The 2025
reorganisation retired ministries and Sở (01/03/2025), merged 63 provinces into 34 and ended the
district level (01/07/2025); every answer carries the legal basis and source from the data files.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import Any

from vncite.patterns import load_toml
from vncite.patterns.keys import issuer_key

__all__ = [
    "Issuer",
    "Level",
    "Province",
    "Step",
    "SuccessionInfo",
    "Successor",
    "canonical_code",
    "fold",
    "issuer_by_code",
    "issuer_name_for_code",
    "issuers",
    "levels",
    "name_patterns",
    "province_by_name",
    "provinces",
    "succession",
]


# ---------------------------------------------------------------------------------------- records


def _is_unconfirmed(*texts: str) -> bool:
    return any("unconfirmed" in t.lower() for t in texts)


@dataclass(frozen=True, slots=True)
class Successor:
    """A body that took over (all or part of) the functions of an ended one."""

    code: str
    name: str
    scope: str = ""
    effective: dt.date | None = None  # first day of the successor, None when the date varies
    effective_note: str = ""
    basis: str = ""
    source: str = ""
    note: str = ""

    @property
    def unconfirmed(self) -> bool:
        """The data marks this succession (or part of it) as not confirmed by the sources read."""
        return _is_unconfirmed(self.note, self.effective_note)


@dataclass(frozen=True, slots=True)
class Issuer:
    """One issuer code as written in symbols, with the body it names and that body's lifetime."""

    code: str
    name: str
    level: str
    variants: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    valid_from: dt.date | None = None
    valid_until: dt.date | None = None
    ended_by: dt.date | None = None  # latest end when the exact date varies or is unconfirmed
    successors: tuple[Successor, ...] = ()
    basis: str = ""
    source: str = ""
    note: str = ""
    examples: tuple[str, ...] = ()
    term_suffix: bool = False  # QH15, UBTVQH14, HĐND8
    prefix: bool = False  # BCSĐ + UBND = BCSĐUBND

    @property
    def spellings(self) -> tuple[str, ...]:
        return (self.code, *self.variants)

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)

    def ended_before(self, day: dt.date) -> bool:
        """The body had certainly ended before `day` (by its exact end, or by the latest possible one)."""
        end = self.valid_until or self.ended_by
        return end is not None and end < day


@dataclass(frozen=True, slots=True)
class Level:
    """A tier of the state or Party (district, commune ...); the district tiers ended on 01/07/2025."""

    name: str
    description: str = ""
    place_words: tuple[str, ...] = ()
    valid_until: dt.date | None = None
    successors: tuple[Successor, ...] = ()
    basis: str = ""
    source: str = ""
    note: str = ""
    merger_basis: str = ""
    merger_source: str = ""


@dataclass(frozen=True, slots=True)
class Province:
    """A province or centrally-run city: one of the 63 (to 30/06/2025) or of the 34 (from 01/07/2025)."""

    name: str
    full_name: str
    kind: str  # "tỉnh" | "thành phố"
    central: bool
    code: str
    group: str  # "63" | "34" | "earlier"
    status: str  # unchanged | enlarged | merged | new | renamed
    variants: tuple[str, ...] = ()
    valid_from: dt.date | None = None
    valid_until: dt.date | None = None
    successor: str = ""
    successor_full_name: str = ""
    effective: dt.date | None = None
    formed_from: tuple[str, ...] = ()
    basis: str = ""
    source: str = ""
    note: str = ""

    @property
    def designation(self) -> str:
        """How a body's name refers to it: "tỉnh Tây Ninh", "thành phố Hồ Chí Minh"."""
        return f"{self.kind} {self.name}"

    def exists_on(self, day: dt.date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_until is None or day <= self.valid_until
        )


@dataclass(frozen=True, slots=True)
class Step:
    """One change on the way from the body asked about to the body of today."""

    body: str
    successor: str
    effective: dt.date | None
    effective_note: str
    basis: str
    source: str
    scope: str
    note: str


@dataclass(frozen=True, slots=True)
class SuccessionInfo:
    """Who holds the role of an ended body on a given day, and on what legal basis.

    `effective` is the first day after the asked body ended (the first step); `successor` is the body
    holding the role on the day asked, after every step (a Sở merger, then a province merger ...).
    """

    issuer: str  # as asked
    body: str  # the body it was read as
    successor: str
    successor_code: str | None
    effective: dt.date | None
    effective_note: str
    basis: str
    source: str
    scope: str
    note: str
    unconfirmed: bool
    others: tuple[Successor, ...]  # bodies that took over part of the functions at the first step
    steps: tuple[Step, ...]


# ---------------------------------------------------------------------------------------- loading


def _date(value: Any) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def _successors(rows: Iterable[dict[str, Any]], basis: str, source: str) -> tuple[Successor, ...]:
    return tuple(
        Successor(
            code=s.get("code", ""),
            name=s["name"],
            scope=s.get("scope", ""),
            effective=_date(s.get("effective")),
            effective_note=s.get("effective_note", ""),
            basis=s.get("basis", basis),
            source=s.get("source", source),
            note=s.get("note", ""),
        )
        for s in rows
    )


@cache
def _issuer_data() -> dict[str, Any]:
    return load_toml("issuers.toml")


@cache
def issuers() -> tuple[Issuer, ...]:
    """Every issuer in issuers.toml, in file order."""
    out = []
    for t in _issuer_data()["issuer"]:
        basis, source = t.get("basis", ""), t.get("source", "")
        out.append(
            Issuer(
                code=t["code"],
                name=t["name"],
                level=t["level"],
                variants=tuple(t.get("variants", ())),
                aliases=tuple(t.get("aliases", ())),
                valid_from=_date(t.get("valid_from")),
                valid_until=_date(t.get("valid_until")),
                ended_by=_date(t.get("ended_by")),
                successors=_successors(t.get("successors", ()), basis, source),
                basis=basis,
                source=source,
                note=t.get("note", ""),
                examples=tuple(t.get("examples", ())),
                term_suffix=bool(t.get("term_suffix", False)),
                prefix=bool(t.get("prefix", False)),
            )
        )
    return tuple(out)


@cache
def levels() -> dict[str, Level]:
    """The tiers issuers belong to, by name ("district", "party-district" ...)."""
    out = {}
    for t in _issuer_data().get("level", ()):
        basis, source = t.get("basis", ""), t.get("source", "")
        out[t["name"]] = Level(
            name=t["name"],
            description=t.get("description", ""),
            place_words=tuple(t.get("place_words", ())),
            valid_until=_date(t.get("valid_until")),
            successors=_successors(t.get("successors", ()), basis, source),
            basis=basis,
            source=source,
            note=t.get("note", ""),
            merger_basis=t.get("merger_basis", ""),
            merger_source=t.get("merger_source", ""),
        )
    return out


@cache
def provinces() -> tuple[Province, ...]:
    """The 63 units before 01/07/2025, the 34 from that day, and earlier renamed ones (Thừa Thiên Huế)."""
    return tuple(
        Province(
            name=t["name"],
            full_name=t["full_name"],
            kind=t["kind"],
            central=bool(t.get("central", False)),
            code=t.get("code", ""),
            group=t["group"],
            status=t["status"],
            variants=tuple(t.get("variants", ())),
            valid_from=_date(t.get("valid_from")),
            valid_until=_date(t.get("valid_until")),
            successor=t.get("successor", ""),
            successor_full_name=t.get("successor_full_name", ""),
            effective=_date(t.get("effective")),
            formed_from=tuple(t.get("formed_from", ())),
            basis=t.get("basis", ""),
            source=t.get("source", ""),
            note=t.get("note", ""),
        )
        for t in load_toml("provinces.toml")["province"]
    )


# ------------------------------------------------------------------------------------------ codes

_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_TERM = re.compile(r"^(.*?\D)(\d{1,2})$")


def _code_key(code: str) -> str:
    """Case-insensitive key that tolerates a missing stroke: "BGDDT", "bgdđt", "BGDĐT" agree."""
    s = unicodedata.normalize("NFC", code).replace("\u00d0", "Đ").strip()
    return re.sub(r"\s+", "", s).lower().replace("đ", "d")


@cache
def _code_index() -> dict[str, tuple[Issuer, str]]:
    """Key of every spelling -> (issuer, that spelling as written in the data)."""
    index: dict[str, tuple[Issuer, str]] = {}
    for issuer in issuers():
        for spelling in issuer.spellings:
            index.setdefault(_code_key(spelling), (issuer, spelling))
    return index


@lru_cache(maxsize=8192)
def _lookup(code: str) -> tuple[Issuer, str, str] | None:
    """(issuer, spelling, term suffix) of one code, or None (cached: a corpus uses few codes, often)."""
    index = _code_index()
    hit = index.get(_code_key(code))
    if hit:
        return hit[0], hit[1], ""
    m = _TERM.match(code.strip())
    if m:
        hit = index.get(_code_key(m.group(1)))
        if hit and hit[0].term_suffix:
            return hit[0], hit[1], m.group(2)
    return None


def issuer_by_code(code: str) -> Issuer | None:
    """The issuer a symbol's issuer code names: any case, missing stroke, variant, term ("QH15")."""
    hit = _lookup(code)
    return hit[0] if hit else None


def canonical_code(code: str) -> str:
    """The data's spelling of a known code ("TTG" -> "TTg", "qh15" -> "QH15"); others unchanged.

    A variant keeps its own spelling ("bnn&mt" -> "BNN&MT"): symbols are normalised, not rewritten.
    Joint codes ("BCA-BNN&MT") are canonicalised part by part.
    """
    hit = _lookup(code)
    if hit:
        return hit[1] + hit[2]
    if "-" in code:
        return "-".join(canonical_code(part) for part in code.split("-"))
    return code


def _part_name(code: str) -> str | None:
    hit = _lookup(code)
    if hit:
        return hit[0].name
    key = _code_key(code)
    for issuer in issuers():  # compounds such as BCSĐUBND = Ban cán sự đảng + Ủy ban nhân dân
        head = _code_key(issuer.code)
        if issuer.prefix and key.startswith(head) and len(key) > len(head):
            rest = _lookup(code.strip()[len(issuer.code) :])
            if rest:
                return f"{issuer.name} {rest[0].name}"
    return None


@lru_cache(maxsize=8192)
def agrees_with_code(issuer: str, code: str | None) -> bool:
    """Whether a written issuer fits the body the symbol's code names: "Ban Bí thư" fits TW, whose
    names include it, and "Bộ trưởng Bộ Tài chính" fits BTC; "Văn phòng Chính phủ", the whole name
    of another body, does not fit CP. A code no table knows agrees with anything."""
    coded = issuer_by_code(code) if code else None
    if coded is None:
        return True
    said = issuer_key(issuer) or ""
    if said in _codes_by_name():
        return coded.code in _codes_by_name()[said]
    return any((issuer_key(name) or "") in said for name in coded.names)


@cache
def _codes_by_name() -> dict[str, frozenset[str]]:
    codes: dict[str, set[str]] = {}
    for issuer in issuers():
        for name in issuer.names:
            codes.setdefault(issuer_key(name) or "", set()).add(issuer.code)
    return {name: frozenset(c) for name, c in codes.items()}


@lru_cache(maxsize=8192)
def issuer_name_for_code(code: str) -> str | None:
    """Full name(s) for an issuer code: a joint code's names joined by " - ", as far as its parts are
    known; what follows an unknown part is a unit of the body before it ("MTTW-BTT": the Ban
    Thường trực of the Ủy ban Trung ương Mặt trận Tổ quốc)."""
    whole = _part_name(code)
    if whole or "-" not in code:
        return whole
    first_level: str | None = None
    names: list[str] = []
    for part in code.split("-"):
        if not (name := _part_name(part)):
            break
        hit = _lookup(part)
        if names and hit and hit[0].level in _LOCAL_LEVELS and first_level in NATIONAL_LEVELS:
            break  # "QĐ-BNN-VP": a local office's code after a ministry's is the ministry's own unit
        first_level = first_level if names else (hit[0].level if hit else None)
        names.append(name)
    return " - ".join(names) or None


NATIONAL_LEVELS = frozenset({"central", "ministry", "court", "party-central"})  # the tiers of national bodies
_LOCAL_LEVELS = frozenset({"province", "department", "party-local", "party-district"})


# ------------------------------------------------------------------------------------------ names


def _fold_char(c: str) -> str:
    c = c.lower()
    if c in "đ\u00f0":
        return "d"
    if c in _DASHES or c in "-,.;:()":
        return " "
    return unicodedata.normalize("NFD", c)[0]


def fold(text: str) -> str:
    """Lower case without diacritics, punctuation as spaces, ONE char per char of the NFC input.

    Keeping the length lets a match in the folded text be cut from the original ("Uỷ"/"Ủy",
    "Hoà"/"Hòa", "TP."/"TP" and NFD input all fold alike).
    """
    return "".join(_fold_char(c) for c in unicodedata.normalize("NFC", text))


def _name_regex(form: str) -> re.Pattern[str]:
    """Whole-word regex over folded text; "&" may or may not be spaced ("TT&TT", "TT & TT")."""
    tokens = fold(form).replace("&", " & ").split()
    body = ""
    for i, token in enumerate(tokens):
        if i:
            body += r"\s*" if "&" in (token, tokens[i - 1]) else r"\s+"
        body += re.escape(token)
    return re.compile(rf"(?<![\w&]){body}(?![\w&])")


def name_patterns() -> list[tuple[str, Issuer]]:
    """Every written form of every issuer name (name and aliases), longest first."""
    return [(form, issuer) for form, issuer, _ in _name_matchers()]


@cache
def _name_matchers() -> list[tuple[str, Issuer, re.Pattern[str]]]:
    seen: set[str] = set()
    out = []
    for issuer in issuers():
        for form in issuer.names:
            key = " ".join(fold(form).split())
            if key in seen:
                continue
            seen.add(key)
            out.append((form, issuer, _name_regex(form)))
    out.sort(key=lambda x: -len(x[0]))
    return out


# -------------------------------------------------------------------------------------- provinces

_KIND_PREFIX = re.compile(r"^(?:tinh|thanh\s+pho|tp)\s+")


def _province_key(name: str) -> str:
    return _KIND_PREFIX.sub("", " ".join(fold(name).split()))


@cache
def _province_index() -> dict[str, tuple[Province, ...]]:
    index: dict[str, list[Province]] = {}
    for p in provinces():
        keys = {_province_key(n) for n in (p.name, p.full_name, *p.variants)}
        for key in keys:
            index.setdefault(key, []).append(p)
    return {k: tuple(v) for k, v in index.items()}


def _pick(candidates: Iterable[Province], day: dt.date) -> Province | None:
    """The unit of that name on `day`; else the latest one that had ended by then; else the first."""
    cands = list(candidates)
    if not cands:
        return None
    for p in cands:
        if p.exists_on(day):
            return p
    ended = [p for p in cands if p.valid_until and p.valid_until < day]
    if ended:
        return max(ended, key=lambda p: p.valid_until or day)
    return cands[0]


def province_by_name(name: str, on: dt.date | None = None) -> Province | None:
    """The province or city a name denotes on a day ("TP.HCM", "tỉnh Bà Rịa - Vũng Tàu", "Huế")."""
    cands = _province_index().get(_province_key(name), ())
    return _pick(cands, on or dt.date.today())


def _successor_province(p: Province) -> Province | None:
    return _pick(_province_index().get(_province_key(p.successor), ()), p.effective or dt.date.max)


# ------------------------------------------------------------------------------------- succession

_DISTRICT_WORDS = re.compile(r"^(?:huyen|quan|thi\s+xa)\s")
_COMMUNE_WORDS = re.compile(r"^(?:xa|phuong|thi\s+tran|dac\s+khu)\s")
_CITY = re.compile(r"^(?:thanh\s+pho|tp)\s+(.+)$")
_PROVINCE_AFTER = re.compile(r"\s(?:tinh|thanh\s+pho|tp)\s+(.+)$")


@dataclass(frozen=True, slots=True)
class _Place:
    tier: str  # "province" | "district" | "commune" | "" (an organisation, not a place)
    province_key: str | None  # the province named, if any
    text: str  # as written


def _place(rest: str) -> _Place:
    """Read what follows a body's name: a province, a district (ended 2025), a commune, or neither."""
    text = rest.strip(" ,")
    key = " ".join(fold(text).split())
    index = _province_index()
    if not key:
        return _Place("", None, "")
    if _DISTRICT_WORDS.match(key + " ") or _COMMUNE_WORDS.match(key + " "):
        after = _PROVINCE_AFTER.search(key)  # "huyện Châu Thành, tỉnh Long An"
        named = after.group(1) if after and after.group(1) in index else None
        return _Place("district" if _DISTRICT_WORDS.match(key + " ") else "commune", named, text)
    city = _CITY.match(key)
    if city and not any(p.central for p in index.get(city.group(1), ())):
        return _Place("district", None, text)  # a city under a province
    bare = _province_key(key)
    if bare in index:
        return _Place("province", bare, text)
    return _Place("", None, text)


def _find_name(text: str) -> tuple[Issuer, str, str] | None:
    """The earliest (then longest) issuer name in `text`: (issuer, matched form, text after it)."""
    folded = fold(text)
    best: tuple[int, int, Issuer, str] | None = None
    for form, issuer, rx in _name_matchers():
        m = rx.search(folded)
        if m and (best is None or (m.start(), m.start() - m.end()) < (best[0], best[0] - best[1])):
            best = (m.start(), m.end(), issuer, form)
    if best is None:
        return None
    return best[2], best[3], unicodedata.normalize("NFC", text)[best[1] :]


def _render(base: str, level: str, province: Province | None, org: str = "") -> str:
    """A body's full name with its province or organisation ("Sở Y tế tỉnh Tây Ninh", "Tỉnh ủy Long An")."""
    if province is None:
        return f"{base} {org}".strip()
    if province.kind == "thành phố":
        base = base.replace("Tỉnh ủy", "Thành ủy")
    if level.startswith("party") and fold(base).endswith("uy"):
        return f"{base} {province.name}"
    if fold(base).endswith(" tinh"):  # "Công an tỉnh"
        return f"{base[: -len(' tỉnh')]} {province.designation}"
    return f"{base} {province.designation}"


def succession(issuer: str, as_of: dt.date, issued: dt.date | None = None) -> SuccessionInfo | None:
    """If the body named by `issuer` (a name as written, or a code) no longer exists on `as_of`,
    who succeeded it; None if it still exists or nothing is known.

    A name can denote different bodies over time ("UBND tỉnh Tây Ninh" before and after 01/07/2025):
    pass `issued` (the cited document's date) to read the name as of that day; without it a name
    still borne by a body on `as_of` is taken to mean that body.
    """
    hit = _lookup(issuer) if re.fullmatch(r"[\w&.]+", issuer.strip()) else None
    if hit:
        body, form, rest = hit[0], hit[1], ""
    else:
        found = _find_name(issuer)
        if found is None:
            return None
        body, form, rest = found
    place = _place(rest)
    if (
        place.tier == "province"
        and fold(form).startswith("thanh uy")
        and not any(p.central for p in _province_index()[place.province_key or ""])
    ):
        place = _Place("district", None, place.text)  # Thành ủy of a city under a province
        body = replace(body, name="Thành ủy")
    if place.tier == "district" and not body.ended_before(as_of):
        tier = levels().get("party-district" if body.level.startswith("party") else "district")
        if tier is not None and tier.valid_until and tier.valid_until < as_of:
            return _tier_end(issuer, body, place, tier, as_of)
        return None
    return _chain(issuer, body, place, as_of, issued)


def _tier_end(asked: str, body: Issuer, place: _Place, tier: Level, as_of: dt.date) -> SuccessionInfo:
    """A body of a tier that ended (UBND huyện ...): its successors are the tier's."""
    province = None
    if place.province_key:
        province = _pick(_province_index()[place.province_key], tier.valid_until or as_of)
        while province is not None and province.valid_until and province.valid_until < as_of:
            province = _successor_province(province)
    names = []
    for s in tier.successors:
        if s.name == "cấp tỉnh" and province is not None:
            names.append(_render(body.name, body.level, province))
        else:
            names.append(f"{body.name} {s.name}" if s.name.startswith("cấp ") else s.name)
    first = tier.successors[0] if tier.successors else None
    assert tier.valid_until is not None
    step = Step(
        body=_render(body.name, body.level, None, place.text),
        successor="; ".join(names),
        effective=first.effective if first and first.effective else tier.valid_until + dt.timedelta(days=1),
        effective_note=first.effective_note if first else "",
        basis=tier.basis,
        source=tier.source,
        scope=f"the {tier.name} level ended after {tier.valid_until:%d/%m/%Y}: {tier.description}",
        note=" ".join(dict.fromkeys(x for x in (tier.note, *(s.note for s in tier.successors)) if x)),
    )
    unconfirmed = _is_unconfirmed(tier.note) or any(s.unconfirmed for s in tier.successors)
    return _info(asked, [step], (first.code if first else "") or body.code, unconfirmed, ())


def _chain(
    asked: str, body: Issuer, place: _Place, as_of: dt.date, issued: dt.date | None
) -> SuccessionInfo | None:
    """Follow the body's own end (Sở or ministry merger) and its province's (01/07/2025) in date order."""
    org = place.text if place.tier == "" else ""
    when = issued or ((body.valid_until or body.ended_by) if body.ended_before(as_of) else None) or as_of
    province = _pick(_province_index()[place.province_key], when) if place.province_key else None
    current: Issuer | None = body
    base, level = body.name, body.level
    name_now = _render(base, level, province, org)
    steps: list[Step] = []
    others: tuple[Successor, ...] = ()
    code: str | None = body.code
    unconfirmed = False
    for _ in range(12):  # a few steps at most; the bound only guards against bad data
        body_end = None
        if current is not None and current.ended_before(as_of):
            primary = current.successors[0] if current.successors else None
            body_end = (primary.effective if primary and primary.effective else None) or (
                current.valid_until or current.ended_by or as_of
            )
        province_end = None
        if province is not None and province.valid_until and province.valid_until < as_of:
            province_end = province.effective or province.valid_until
        if body_end is None and province_end is None:
            break
        if (
            current is not None
            and body_end is not None
            and (province_end is None or body_end <= province_end)
        ):
            if not current.successors:
                steps.append(
                    Step(
                        name_now,
                        "",
                        current.valid_until,
                        "",
                        current.basis,
                        current.source,
                        "ended; no successor in the data",
                        current.note,
                    )
                )
                code = None
                break
            primary = current.successors[0]
            if not steps:
                others = current.successors[1:]
            nxt = issuer_by_code(primary.code) if primary.code else None
            generic = nxt is not None and fold(primary.name) == fold(nxt.name)
            base = nxt.name if nxt is not None and generic else primary.name
            level = nxt.level if nxt is not None else level
            org = org if generic else ""
            after = _render(base, level, province, org)
            steps.append(
                Step(
                    name_now,
                    after,
                    primary.effective,
                    primary.effective_note,
                    primary.basis,
                    primary.source,
                    primary.scope,
                    primary.note,
                )
            )
            unconfirmed = unconfirmed or primary.unconfirmed
            code = primary.code or None
            current = nxt
        else:
            assert province is not None
            tier = levels().get(level)
            nxt_province = _successor_province(province)
            after = _render(base, level, nxt_province, org)
            steps.append(
                Step(
                    name_now,
                    after,
                    province.effective,
                    "",
                    (tier.merger_basis if tier else "") or province.basis,
                    (tier.merger_source if tier else "") or province.source,
                    f"{province.full_name} ({province.status}) -> {province.successor_full_name}",
                    province.note,
                )
            )
            unconfirmed = unconfirmed or _is_unconfirmed(province.note)
            province = nxt_province
        name_now = after
    if not steps:
        return None
    return _info(asked, steps, code, unconfirmed, others)


def _info(
    asked: str, steps: list[Step], code: str | None, unconfirmed: bool, others: tuple[Successor, ...]
) -> SuccessionInfo:
    def join(values: Iterable[str]) -> str:
        return "; ".join(dict.fromkeys(v for v in values if v))

    first = steps[0]
    return SuccessionInfo(
        issuer=asked,
        body=first.body,
        successor=steps[-1].successor,
        successor_code=code,
        effective=first.effective,
        effective_note=first.effective_note,
        basis=join(s.basis for s in steps),
        source=join(s.source for s in steps),
        scope=join(s.scope for s in steps),
        note=join(s.note for s in steps),
        unconfirmed=unconfirmed,
        others=others,
        steps=tuple(steps),
    )
