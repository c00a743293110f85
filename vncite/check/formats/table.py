"""`--format table`: findings grouped by severity, in words a clerk reads without a manual."""

from __future__ import annotations

import regex
from rich.console import Console
from rich.table import Table
from rich.text import Text

from vncite.check.model import SEVERITIES, Evidence, Report

_HEADINGS = {
    "error": ("LỖI — phải sửa trước khi trình", "errors", "bold red"),
    "warning": ("CẢNH BÁO — nên xem lại", "warnings", "yellow"),
    "info": ("THÔNG TIN", "information", "cyan"),
}


def print_table(report: Report, console: Console | None = None) -> None:
    console = console or Console()
    doc = report.document
    who = " ".join(str(x) for x in (doc.get("type"), doc.get("symbol")) if x) or "(không rõ số, ký hiệu)"
    console.print(
        Text.assemble(
            ("Văn bản: ", "bold"),
            report.path or "-",
            f"  [{who}" + (f", ngày {doc['date']}" if doc.get("date") else "") + "]",
        )
    )
    console.print(
        Text.assemble(
            ("Kiểm tra theo tình trạng ngày: ", "bold"),
            report.as_of,
            f"   ({doc.get('citations', 0)} lần viện dẫn, {doc.get('instruments', 0)} văn bản)",
        )
    )
    counts = report.counts()
    console.print(
        f"Kết quả: {counts['error']} lỗi, {counts['warning']} cảnh báo, {counts['info']} thông tin "
        f"(errors, warnings, info)"
    )
    for severity in SEVERITIES:
        group = [f for f in report.findings if f.severity == severity]
        if not group:
            continue
        title, english, style = _HEADINGS[severity]
        table = Table(
            title=f"{title} ({len(group)} {english})",
            title_style=style,
            title_justify="left",
            show_lines=True,
            expand=True,
        )
        table.add_column("Dòng:cột", no_wrap=True)
        table.add_column("Mã", style=style, no_wrap=True)
        table.add_column("Nội dung, đề xuất sửa, căn cứ", ratio=1)
        for f in group:
            body = Text(f.message)
            body.append(f"\n{f.gloss}", style="dim italic")
            if f.suggestion:
                body.append("\n→ Đề xuất: ", style="bold green")
                body.append(f.suggestion, style="green")
            for e in f.evidence:
                body.append("\nCăn cứ: ", style="bold")
                body.append(_evidence_line(e), style="dim")
            table.add_row(f"{f.line}:{f.column}", f.code, body)
        console.print(table)
    if not report.findings:
        console.print("Không phát hiện vấn đề nào. (No findings.)")


def _evidence_line(e: Evidence) -> str:
    """One short line: what says so, from when, and where to read it (first source, host only)."""
    first = e.source.split(" | ")[0].split(" (")[0]
    host = regex.sub(r"^https?://(?:www\.)?([^/]+).*$", r"\1", first)
    parts = [e.detail or e.kind]
    if e.date:
        parts.append(f"từ {e.date}")
    parts.append(f"nguồn: {host}")
    return " — ".join(p for p in parts if p)
