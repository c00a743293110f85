"""bytes -> text: encodings, legacy TCVN3/VNI detection and conversion, binary rejection."""

import codecs
import os
import random
import unicodedata
from pathlib import Path

import pytest

from vncite.corpus import DecodeError, ReadError, decode_bytes, normalize_text
from vncite.corpus.charsets import LETTERS
from vncite.corpus.decode import Decoded, decode
from vncite.corpus.legacy import detect_legacy, repair_legacy, tcvn3_to_unicode, vni_to_unicode
from vncite.corpus.syllable import is_syllable

DEV_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"

VIETNAMESE = (
    "Căn cứ Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ; Ủy ban nhân dân tỉnh Tây Ninh "
    "ban hành Kế hoạch số 765/KH-UBND về việc thực hiện Nghị quyết số 25-NQ/TW của Đảng."
)

# Unicode -> legacy, built from the tables, to write fixtures the way the old fonts did.
TO_TCVN3 = {letter: chr(code) for letter, code, _ in LETTERS if code is not None}
TO_TCVN3.update({letter: TO_TCVN3[letter.lower()] for letter, code, _ in LETTERS if code is None})
TO_VNI = {letter: vni.decode("latin-1") for letter, _, vni in LETTERS}


def to_tcvn3(text: str) -> str:
    return "".join(TO_TCVN3.get(ch, ch) for ch in text)


def to_vni(text: str) -> str:
    return "".join(TO_VNI.get(ch, ch) for ch in text)


TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


def to_cp1258(text: str) -> bytes:
    """Windows-1258 bytes: vowel shapes precomposed, tones as combining marks (as Word wrote it)."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            decomposed = unicodedata.normalize("NFD", ch)
            tone = "".join(mark for mark in decomposed if mark in TONE_MARKS)
            base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in TONE_MARKS))
            out += (base + tone).encode("cp1258")
    return bytes(out)


# --- the tables, checked letter by letter -------------------------------------------------------


def test_tcvn3_table_is_the_vn3_set():
    codes = [code for _, code, _ in LETTERS if code is not None]
    assert len(codes) == len(set(codes)) == 74
    assert all(0xA1 <= code <= 0xFE for code in codes)


def test_vni_sequences_are_unique_and_cover_every_letter():
    sequences = [vni for _, _, vni in LETTERS]
    assert len(sequences) == len(set(sequences)) == 134
    assert all(unicodedata.is_normalized("NFC", letter) and len(letter) == 1 for letter, _, _ in LETTERS)


@pytest.mark.parametrize(("letter", "code", "vni"), LETTERS, ids=[row[0] for row in LETTERS])
def test_each_letter_converts_back(letter, code, vni):
    if code is not None:
        assert tcvn3_to_unicode(chr(code)) == letter
    assert vni_to_unicode(vni.decode("latin-1")) == letter


@pytest.mark.parametrize(
    ("legacy", "unicode", "encoding"),
    [
        ("Uû ban nh©n d©n", "Uỷ ban nhân dân", "tcvn3"),
        ("Céng hoµ x· héi chñ nghÜa ViÖt Nam", "Cộng hoà xã hội chủ nghĩa Việt Nam", "tcvn3"),
        ("§éc lËp - Tù do - H¹nh phóc", "Độc lập - Tự do - Hạnh phúc", "tcvn3"),
        ("CéNG HßA X· HéI CHñ NGHÜA VIÖT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "tcvn3"),
        ("C¨n cø LuËt Tæ chøc ®Þa ph\xad¬ng", "Căn cứ Luật Tổ chức địa phương", "tcvn3"),
        ("Vieät Nam", "Việt Nam", "vni"),
        ("UÛy ban nhaân daân", "Ủy ban nhân dân", "vni"),
        ("Coäng hoøa", "Cộng hòa", "vni"),
        ("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam", "vni"),
        ("Ñoäc laäp - Töï do - Haïnh phuùc", "Độc lập - Tự do - Hạnh phúc", "vni"),
        ("ñöôïc giao nhieäm vuï, ngöôøi khai, ñaêng kyù", "được giao nhiệm vụ, người khai, đăng ký", "vni"),
    ],
)
def test_known_legacy_samples(legacy, unicode, encoding):
    assert repair_legacy(legacy) == (unicode, encoding)
    assert decode(legacy.encode("cp1252"), "x.txt") == Decoded(unicode, encoding)
    assert decode(legacy.encode("utf-8"), "x.txt").text == unicode  # already mis-decoded, saved as UTF-8


# --- never touch good text ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        VIETNAMESE,
        "Tây Ninh các cán bộ, hoà toán có",  # Unicode words made of Latin-1 letters only
        "Hà Nội, ngày 20 tháng 3 năm 2023",
        "ÐIỀU 1. Ð (U+00D0) written for Đ",
        "An ordinary English sentence with nothing unusual in it.",
        "Le café « crème » coûte trop cher à Paris, où l'été est chaud.",
        "Señor Muñoz vivía en la mañana con niños pequeños en España",
        "Grüße aus Köln, Linköping und Malmö",
        "Giá 15 · 20 ÷ 3 © 2023 ® ±2 °C ¼",
        "",
    ],
)
def test_ordinary_text_is_left_alone(text):
    assert detect_legacy(text) is None
    assert repair_legacy(text) == (text, None)
    assert decode_bytes(text.encode("utf-8")) == text


def _dev_texts() -> list[Path]:
    return sorted(DEV_CORPUS.glob("*.txt")) if DEV_CORPUS.is_dir() else []


@pytest.mark.skipif(not _dev_texts(), reason="the shared dev corpus (../shared/corpus/dev) is not present")
def test_real_documents_are_not_converted_and_round_trip_through_legacy_encodings():
    for path in _dev_texts():
        original = normalize_text(path.read_text(encoding="utf-8"))
        decoded = decode(path.read_bytes(), path)
        assert (decoded.text, decoded.encoding) == (original, "utf-8"), path
        assert detect_legacy(original) is None, path
        # The same document typed with the old fonts comes back (TCVN3 loses the case of toned capitals).
        tcvn3_text, tcvn3 = repair_legacy(to_tcvn3(original))
        assert tcvn3 == "tcvn3" and tcvn3_text.lower() == original.lower(), path
        assert repair_legacy(to_vni(original)) == (original, "vni"), path


# --- encodings ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (VIETNAMESE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + VIETNAMESE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF16_LE + VIETNAMESE.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + VIETNAMESE.encode("utf-16-be"), "utf-16-be"),
        (codecs.BOM_UTF32_LE + VIETNAMESE.encode("utf-32-le"), "utf-32-le"),
        (VIETNAMESE.encode("utf-16-le"), "utf-16-le"),
        (VIETNAMESE.encode("utf-16-be"), "utf-16-be"),
        (unicodedata.normalize("NFD", VIETNAMESE).encode("utf-8"), "utf-8"),
        (to_cp1258(VIETNAMESE), "cp1258"),
        (to_tcvn3(VIETNAMESE).encode("cp1252"), "tcvn3"),
        (to_vni(VIETNAMESE).encode("cp1252"), "vni"),
    ],
    ids=[
        "utf-8",
        "utf-8-bom",
        "utf-16-le",
        "utf-16-be",
        "utf-32",
        "utf-16-le-no-bom",
        "utf-16-be-no-bom",
        "nfd",
        "cp1258",
        "tcvn3",
        "vni",
    ],
)
def test_decode_finds_the_encoding(data, encoding):
    decoded = decode(data, "doc.txt")
    expected = VIETNAMESE.lower() if encoding == "tcvn3" else VIETNAMESE
    assert (decoded.text.lower() if encoding == "tcvn3" else decoded.text) == expected
    assert decoded.encoding == encoding
    assert unicodedata.is_normalized("NFC", decoded.text)


def test_cp1258_uses_combining_tones_and_comes_back_composed():
    data = to_cp1258("Chỉ thị")
    assert b"\xd2" in data  # the combining hook above: proof the fixture is real cp1258
    assert decode_bytes(data) == "Chỉ thị"


def test_declared_charset_is_used_when_bytes_are_not_utf8():
    data = "Nghị quyết".encode()
    assert decode(data, declared="windows-1258").text == "Nghị quyết"  # valid UTF-8 wins over the label
    assert decode(to_cp1258("Nghị quyết"), declared="windows-1258").encoding == "windows-1258"
    assert decode(to_cp1258("Nghị quyết"), declared="no-such-charset").encoding == "cp1258"


def test_mixed_document_converts_only_its_legacy_lines():
    text = "Ủy ban nhân dân tỉnh Tây Ninh\nC¨n cø LuËt ngµy 19 th¸ng 6 n¨m 2015\nHà Nội\n"
    assert repair_legacy(text) == (
        "Ủy ban nhân dân tỉnh Tây Ninh\nCăn cứ Luật ngày 19 tháng 6 năm 2015\nHà Nội\n",
        "tcvn3",
    )


# --- errors -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        random.Random(1).randbytes(4000),
        os.urandom(64) + b"\x00" * 64,
        b"PK\x03\x04" + b"\x00\x01\x02" * 100,
        codecs.BOM_UTF16_LE + b"\x00\xd8\x41",  # lone surrogate, odd length
        codecs.BOM_UTF8 + b"ok \xff\xfe broken",
    ],
    ids=["random", "nul-heavy", "zip-like", "bad-utf16", "bad-utf8-after-bom"],
)
def test_undecodable_bytes_raise_decode_error_naming_the_file(data):
    with pytest.raises(DecodeError) as info:
        decode(data, Path("/data/bao-cao.txt"))
    assert isinstance(info.value, ReadError)
    assert "/data/bao-cao.txt" in str(info.value)
    assert info.value.path == Path("/data/bao-cao.txt")


def test_normalize_text_only_composes():
    text = "Nghị\u00a0định 04/2015/NĐ\u2010CP\r\n"
    assert normalize_text(unicodedata.normalize("NFD", text)) == text
    assert normalize_text(text) == text


# --- the syllable judge -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "word",
    [
        "Việt",
        "nghĩa",
        "khuya",
        "người",
        "chuyện",
        "quyết",
        "giữ",
        "gì",
        "kênh",
        "nghề",
        "xoong",
        "UỶ",
        "Ủy",
        "a",
    ],
)
def test_valid_syllables(word):
    assert is_syllable(word)


@pytest.mark.parametrize(
    "word",
    ["cỏc", "kan", "ghà", "ngi", "céng", "nh©n", "cafộ", "Seủor", "Muñoz", "xã̀", "ViÖt", "English", "ăa"],
)
def test_invalid_syllables(word):
    assert not is_syllable(word)
