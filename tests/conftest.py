"""Shared fixtures: an index URL for each database the index must work on, and small report texts."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

POSTGRES_URL = os.environ.get("VNCITE_TEST_POSTGRES_URL")


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty index: an SQLite file, or a private schema on the test PostgreSQL server."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'index.db'}"
        return
    if not POSTGRES_URL:
        pytest.skip("VNCITE_TEST_POSTGRES_URL is not set (run `. .ci/postgres.sh` to start a local server)")
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(POSTGRES_URL)
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    sep = "&" if "?" in POSTGRES_URL else "?"
    try:
        yield f"{POSTGRES_URL}{sep}options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


def write(folder: Path, files: dict[str, str]) -> Path:
    """Write {name: text} under `folder` (UTF-8) and return the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, body in files.items():
        (folder / name).write_text(body, encoding="utf-8")
    return folder


#: three small reports: the 2013 and 2003 resolutions 25-NQ/TW, a plan that is itself indexed
REPORTS = {
    "bao-cao-120.txt": (
        "ỦY BAN NHÂN DÂN\nTỈNH TÂY NINH\nSố: 120/BC-UBND\nTây Ninh, ngày 15 tháng 4 năm 2023\n\n"
        "BÁO CÁO\nKết quả công tác dân vận chính quyền quý I năm 2023\n\n"
        "Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ về tiếp tục tăng cường "
        "và đổi mới công tác dân vận của cơ quan hành chính nhà nước, chính quyền các cấp trong tình hình mới; "
        "Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng (khóa XI) về tăng cường và "
        "đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới; "
        "Kế hoạch số 765/KH-UBND ngày 20/3/2023 của UBND tỉnh Tây Ninh về thực hiện công tác dân vận "
        "chính quyền năm 2023.\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; "
        "Nghị định số 04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ về thực hiện dân chủ trong hoạt động "
        "của cơ quan hành chính nhà nước và đơn vị sự nghiệp công lập.\n"
    ),
    "ke-hoach-765.txt": (
        "ỦY BAN NHÂN DÂN\nTỈNH TÂY NINH\nSố: 765/KH-UBND\nTây Ninh, ngày 20 tháng 3 năm 2023\n\n"
        "KẾ HOẠCH\nThực hiện công tác dân vận chính quyền năm 2023\n\n"
        "Căn cứ Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ về tiếp tục tăng cường "
        "và đổi mới công tác dân vận của cơ quan hành chính nhà nước, chính quyền các cấp trong tình hình mới.\n"
    ),
    "cong-van-2004.txt": (
        "TỈNH ỦY LONG AN\nSố: 15-CV/TU\nLong An, ngày 10 tháng 5 năm 2004\n\n"
        "Thực hiện Nghị quyết số 25-NQ/TW ngày 02/01/2003 của Ban Chấp hành Trung ương Đảng về "
        "công tác tôn giáo; Chỉ thị 33/CT-TTg.\n"
    ),
}
