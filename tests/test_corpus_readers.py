"""Readers: real .docx, .pdf, .html, .txt and .doc files built here, and every failure named."""

import ctypes
import stat
from pathlib import Path

import docx
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
from pypdf import PdfWriter

from vncite.corpus import (
    CorruptFile,
    DecodeError,
    Document,
    EmptyFile,
    EncryptedFile,
    MissingTool,
    NoTextLayer,
    ReadError,
    UnsupportedFormat,
    read_document,
)
from vncite.corpus.readers import doc as doc_reader

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
CITATION = "Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ"


def assert_names(error: ReadError, path: Path, *words: str) -> None:
    assert str(path) in str(error)
    assert error.path == path
    for word in words:
        assert word in str(error)


# --- fixtures: real files -----------------------------------------------------------------------


def make_pdf(path: Path, pages: list[list[str]], font: Path | None = None) -> Path:
    """A PDF whose pages hold `pages` lines of text (standard Helvetica, or an embedded TrueType)."""
    pdf = pdfium.PdfDocument.new()
    font_handle = None
    if font is not None:
        data = font.read_bytes()
        buffer = (ctypes.c_uint8 * len(data)).from_buffer_copy(data)
        truetype = pdfium_c.FPDF_FONT_TRUETYPE
        font_handle = pdfium_c.FPDFText_LoadFont(pdf.raw, buffer, len(data), truetype, True)
    for lines in pages:
        page = pdf.new_page(595, 842)
        for number, line in enumerate(lines):
            if font_handle is None:
                obj = pdfium_c.FPDFPageObj_NewTextObj(pdf.raw, b"Helvetica", 12)
            else:
                obj = pdfium_c.FPDFPageObj_CreateTextObj(pdf.raw, font_handle, 12)
            wide = ctypes.create_string_buffer((line + "\0").encode("utf-16-le"))
            pdfium_c.FPDFText_SetText(obj, ctypes.cast(wide, ctypes.POINTER(pdfium_c.FPDF_WCHAR)))
            pdfium_c.FPDFPageObj_Transform(obj, 1, 0, 0, 1, 50, 800 - 20 * number)
            pdfium_c.FPDFPage_InsertObject(page.raw, obj)
        if not lines:  # a drawing only, as a scanned page has an image and no text
            rect = pdfium_c.FPDFPageObj_CreateNewRect(50, 50, 400, 600)
            pdfium_c.FPDFPageObj_SetFillColor(rect, 0, 0, 0, 255)
            pdfium_c.FPDFPath_SetDrawMode(rect, pdfium_c.FPDF_FILLMODE_WINDING, False)
            pdfium_c.FPDFPage_InsertObject(page.raw, rect)
        page.gen_content()
    pdf.save(path)
    pdf.close()
    return path


def make_docx(path: Path) -> Path:
    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "ỦY BAN NHÂN DÂN TỈNH TÂY NINH"
    section.footer.paragraphs[0].text = "Trang chân"
    document.add_paragraph("KẾ HOẠCH")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Số: 765/KH-UBND"
    table.cell(0, 1).text = "Tây Ninh, ngày 20 tháng 3 năm 2023"
    table.cell(1, 0).text = "Nơi nhận"
    nested = table.cell(1, 1)
    nested.paragraphs[0].text = "Lưu: VT"
    nested.add_paragraph("- Như trên")
    document.add_paragraph(CITATION)
    merged = document.add_table(rows=2, cols=3)
    merged.cell(0, 0).merge(merged.cell(0, 1)).text = "hai cột"
    merged.cell(0, 2).merge(merged.cell(1, 2)).text = "hai dòng"
    merged.cell(1, 0).text = "a"
    merged.cell(1, 1).text = "b"
    document.add_paragraph("Kết thúc")
    document.add_section()  # linked to the first section's header: read once
    document.save(str(path))
    return path


# --- .txt / .md ---------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["bao-cao.txt", "BAO-CAO.TXT", "ghi-chu.md"])
def test_text_files(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(b"\xef\xbb\xbf" + CITATION.encode("utf-8"))
    document = read_document(path)
    assert document == Document(
        text=CITATION, format=Path(name).suffix.lower()[1:], path=path, pages=[0], encoding="utf-8"
    )
    assert document.page_of(10) == 1


def test_text_file_in_tcvn3(tmp_path):
    path = tmp_path / "cu.txt"
    path.write_bytes("Uû ban nh©n d©n tØnh T©y Ninh\r\n".encode("cp1252"))
    document = read_document(path)
    assert (document.text, document.encoding) == ("Uỷ ban nhân dân tỉnh Tây Ninh\r\n", "tcvn3")


def test_binary_garbage_in_a_txt_is_an_error(tmp_path):
    path = tmp_path / "rac.txt"
    path.write_bytes(bytes(range(256)) * 8)
    with pytest.raises(DecodeError) as info:
        read_document(path)
    assert_names(info.value, path, "binary")


# --- .docx --------------------------------------------------------------------------------------


def test_docx_reads_header_body_tables_footer_in_order(tmp_path):
    path = make_docx(tmp_path / "ke-hoach.docx")
    document = read_document(path)
    assert document.text.split("\n") == [
        "ỦY BAN NHÂN DÂN TỈNH TÂY NINH",
        "KẾ HOẠCH",
        "Số: 765/KH-UBND | Tây Ninh, ngày 20 tháng 3 năm 2023",
        "Nơi nhận | Lưu: VT - Như trên",
        CITATION,
        "hai cột | hai dòng",
        "a | b | ",
        "Kết thúc",
        "",  # the paragraph that carries the section break
        "Trang chân",
    ]
    assert (document.format, document.pages, document.encoding) == ("docx", [0], None)


def test_docx_typed_in_vntime_is_converted(tmp_path):
    document = docx.Document()
    document.add_paragraph("C¨n cø ChØ thÞ sè 33/CT-TTg ngµy 26/11/2021 cña Thñ t\xadíng ChÝnh phñ")
    path = tmp_path / "cu.docx"
    document.save(str(path))
    read = read_document(path)
    assert read.text == "Căn cứ Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ"
    assert read.encoding == "tcvn3"


@pytest.mark.parametrize("damage", ["truncated", "not-a-zip"])
def test_damaged_docx_is_an_error(tmp_path, damage):
    path = make_docx(tmp_path / "hong.docx")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2] if damage == "truncated" else b"this is not a zip file")
    with pytest.raises(CorruptFile) as info:
        read_document(path)
    assert_names(info.value, path, "damaged")


# --- .pdf ---------------------------------------------------------------------------------------


def test_pdf_keeps_page_boundaries(tmp_path):
    path = make_pdf(
        tmp_path / "nhieu-trang.pdf",
        [["Page one: Decision 33/CT-TTg", "second line"], ["Page two text"], ["Page three"]],
    )
    document = read_document(path)
    assert document.text == "Page one: Decision 33/CT-TTg\nsecond line\fPage two text\fPage three"
    assert document.pages == [0, 41, 55]
    offsets = (0, 40, 41, 54, 55, len(document.text))
    assert [document.page_of(offset) for offset in offsets] == [1, 1, 2, 2, 3, 3]
    assert document.format == "pdf"


@pytest.mark.skipif(not DEJAVU.exists(), reason="needs the DejaVu Sans font to write Vietnamese into a PDF")
def test_pdf_with_vietnamese_text(tmp_path):
    path = make_pdf(tmp_path / "vi.pdf", [[CITATION], ["Cộng hòa xã hội chủ nghĩa Việt Nam"]], font=DEJAVU)
    document = read_document(path)
    assert document.text == CITATION + "\fCộng hòa xã hội chủ nghĩa Việt Nam"
    assert document.page_of(document.text.index("Cộng")) == 2


def test_pdf_without_text_layer(tmp_path):
    path = make_pdf(tmp_path / "scan.pdf", [[], []])
    with pytest.raises(NoTextLayer) as info:
        read_document(path)
    assert_names(info.value, path, "no text layer (scanned document?)")


def test_encrypted_pdf(tmp_path):
    plain = make_pdf(tmp_path / "plain.pdf", [["Secret plan"]])
    writer = PdfWriter(clone_from=plain)
    writer.encrypt("mat-khau")
    path = tmp_path / "khoa.pdf"
    writer.write(path)
    with pytest.raises(EncryptedFile) as info:
        read_document(path)
    assert_names(info.value, path, "encrypted", "password")


@pytest.mark.parametrize("content", ["truncated", "garbage"])
def test_corrupt_pdf(tmp_path, content):
    path = make_pdf(tmp_path / "hong.pdf", [["Some text"], ["More text"]])
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2] if content == "truncated" else b"%PDF-1.7\n garbage")
    with pytest.raises(CorruptFile) as info:
        read_document(path)
    assert_names(info.value, path, "PDF")


# --- .html --------------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html><head><meta charset="{charset}"><title>Cổng thông tin</title>
<style>p {{ color: red }}</style><script>var x = "Nghị định 99/2099/NĐ-CP";</script></head>
<body>
<header><a href="/">Trang chủ</a></header>
<nav><ul><li>Menu Quyết định 1/QĐ-UBND</li></ul></nav>
<div class="content">
  <h1>Kế   hoạch</h1>
  <p>{citation}<br>dòng hai</p>
  <table><tr><td>Số: 765/KH-UBND</td><td>Tây   Ninh</td></tr></table>
  <form><input value="tìm kiếm"></form>
</div>
<aside>Tin liên quan</aside>
<footer>Bản quyền</footer>
<noscript>Bật JavaScript</noscript>
</body></html>"""


def test_html_keeps_main_text_and_blocks(tmp_path):
    path = tmp_path / "trang.html"
    path.write_text(PAGE.format(charset="utf-8", citation=CITATION), encoding="utf-8")
    document = read_document(path)
    assert document.text.split("\n") == ["Kế hoạch", CITATION, "dòng hai", "Số: 765/KH-UBND | Tây Ninh"]
    assert document.format == "html"


def test_html_prefers_main_and_keeps_article_header(tmp_path):
    path = tmp_path / "bai.HTM"
    path.write_text(
        "<html><body><div>Quảng cáo</div><main><article><header><h1>Tiêu đề</h1></header>"
        "<p>Nội dung</p></article></main></body></html>",
        encoding="utf-8",
    )
    assert read_document(path).text == "Tiêu đề\nNội dung"


def test_html_meta_charset_windows_1258(tmp_path):
    path = tmp_path / "cu.html"
    # "Chỉ thị số" in Windows-1258: tones are combining marks (0xD2 hook, 0xF2 dot, 0xEC acute)
    path.write_bytes(
        b'<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258"></head>'
        b"<body><p>Chi\xd2 thi\xf2 s\xf4\xec 33/CT-TTg</p></body></html>"
    )
    document = read_document(path)
    assert (document.text, document.encoding) == ("Chỉ thị số 33/CT-TTg", "windows-1258")


def test_html_page_in_tcvn3_declared_as_latin1(tmp_path):
    path = tmp_path / "vntime.html"
    page = PAGE.format(charset="iso-8859-1", citation="C¨n cø ChØ thÞ sè 33/CT-TTg cña Thñ t\xadíng")
    page = page.replace("Cổng thông tin", "").replace("Kế", "KÕ")
    path.write_bytes(page.encode("latin-1", errors="replace"))
    document = read_document(path)
    assert "Căn cứ Chỉ thị số 33/CT-TTg của Thủ tướng" in document.text
    assert document.encoding == "tcvn3"


# --- legacy .doc --------------------------------------------------------------------------------


def test_doc_without_converter_names_what_to_install(tmp_path, monkeypatch):
    monkeypatch.setattr(doc_reader.shutil, "which", lambda name: None)
    path = tmp_path / "cu.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0 fake ole")
    with pytest.raises(MissingTool) as info:
        read_document(path)
    assert_names(info.value, path, "apt-get install libreoffice-writer", "antiword")


def _fake_tool(tmp_path: Path, script: str) -> Path:
    tool = tmp_path / "antiword"
    tool.write_text("#!/bin/sh\n" + script)
    tool.chmod(tool.stat().st_mode | stat.S_IEXEC)
    return tool


def test_doc_through_antiword(tmp_path, monkeypatch):
    # antiword printing TCVN3 text (.VnTime font) as UTF-8: "C¨n cø LuËt"
    tool = _fake_tool(tmp_path, "printf 'C\\302\\250n c\\303\\270 Lu\\303\\213t\\n'\n")
    monkeypatch.setattr(doc_reader.shutil, "which", lambda name: str(tool) if name == "antiword" else None)
    path = tmp_path / "cu.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0 fake ole")
    document = read_document(path)
    assert (document.text, document.format, document.encoding) == ("Căn cứ Luật\n", "doc", "tcvn3")


def test_doc_converter_failure_is_an_error(tmp_path, monkeypatch):
    tool = _fake_tool(tmp_path, "echo 'not a Word document' >&2\nexit 1\n")
    monkeypatch.setattr(doc_reader.shutil, "which", lambda name: str(tool) if name == "antiword" else None)
    path = tmp_path / "hong.doc"
    path.write_bytes(b"garbage")
    with pytest.raises(CorruptFile) as info:
        read_document(path)
    assert_names(info.value, path, "not a Word document")


# --- dispatch and the error family --------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "error", "reason"),
    [
        ("anh.png", b"\x89PNG", UnsupportedFormat, "unsupported format '.png'"),
        ("README", b"text", UnsupportedFormat, "unsupported format"),
        ("rong.txt", b"", EmptyFile, "empty file"),
        ("rong.pdf", b"", EmptyFile, "empty file"),
        ("rong.docx", b"", EmptyFile, "empty file"),
    ],
)
def test_read_errors_name_the_file(tmp_path, name, content, error, reason):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(error) as info:
        read_document(path)
    assert isinstance(info.value, ReadError)
    assert_names(info.value, path, reason)


def test_missing_file(tmp_path):
    path = tmp_path / "khong-co.docx"
    with pytest.raises(ReadError) as info:
        read_document(path)
    assert_names(info.value, path)


def test_read_document_accepts_str(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Nghị định 04/2015/NĐ-CP", encoding="utf-8")
    assert read_document(str(path)).path == path
