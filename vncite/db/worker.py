"""What a worker process does with one file: read it, extract its citations, return plain data.

Runs in worker processes, so it takes and returns only picklable builtins; the parent does all writing.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from vncite.extractor import extract
from vncite.extractor.model import Citation
from vncite.patterns.keys import fold, issuer_key, named_key, number_key, symbol_key

#: characters of context kept on each side of a mention
CONTEXT = 90

Task = tuple[str, str | None]  # (path, content hash already indexed for it, if any)


def process(task: Task) -> dict[str, Any]:
    """Read and extract one file; "unchanged" when its content hash is the one already indexed."""
    from vncite.corpus import ReadError, UnsupportedFormat, content_hash, read_document

    path, known_hash = task
    out: dict[str, Any] = {"path": path, "status": "failed", "error": None}
    try:
        st = os.stat(path)
        out.update(size=st.st_size, mtime_ns=st.st_mtime_ns, hash=content_hash(path))
        if known_hash is not None and out["hash"] == known_hash:
            out["status"] = "unchanged"
            return out
        doc = read_document(path)
        cites = extract(doc.text)
    except UnsupportedFormat as exc:
        out.update(status="unsupported", error=exc.reason)
        return out
    except ReadError as exc:
        out["error"] = exc.reason
        return out
    except OSError as exc:
        out["error"] = exc.strerror or str(exc)
        return out
    except Exception as exc:  # an extractor bug must cost one file, not the whole run
        out["error"] = f"extraction failed: {type(exc).__name__}: {exc}"
        return out
    own = next((c for c in cites if c.kind == "self"), None)
    paged = doc.format == "pdf" or len(doc.pages) > 1  # a page number means nothing in a .txt file
    page_of = doc.page_of if paged else _no_page
    out.update(
        status="indexed",
        format=doc.format,
        page_count=len(doc.pages) if paged else None,
        self=_identity(own) if own else None,
        mentions=[_mention(c, doc.text, page_of) for c in cites if c.kind != "self" and _key(c)],
    )
    return out


def _no_page(_offset: int) -> None:
    return None


def _key(c: Citation) -> str | None:
    return symbol_key(c.symbol) if c.symbol else named_key(c.type, c.title, c.number)


def _year(c: Citation) -> int | None:
    if c.year:
        return c.year
    return int(c.date[:4]) if c.date else None


def _identity(c: Citation) -> dict[str, Any]:
    return {
        "type": c.type, "symbol": c.symbol, "symbol_key": symbol_key(c.symbol), "year": _year(c),
        "date": c.date, "issuer": c.issuer, "issuer_key": issuer_key(c.issuer), "issuer_code": c.issuer_code,
    }


def _mention(c: Citation, text: str, page_of: Callable[[int], int | None]) -> dict[str, Any]:
    context, mark_start, mark_end = snippet(text, c.start, c.end)
    return {
        "key": _key(c), "symbol": c.symbol, "type": c.type, "type_key": fold(c.type) if c.type else None,
        "number": c.number, "number_key": number_key(c.number), "year": _year(c), "date": c.date,
        "issuer": c.issuer, "issuer_key": issuer_key(c.issuer), "issuer_code": c.issuer_code,
        "subject": c.subject, "subject_key": fold(c.subject) if c.subject else None,
        "title": c.title, "title_key": fold(c.title) if c.title else None,
        "kind": c.kind, "relation": c.relation, "start": c.start, "end": c.end,
        "page": page_of(c.start), "text": c.text, "context": context,
        "mark_start": mark_start, "mark_end": mark_end,
    }


def snippet(text: str, start: int, end: int, width: int = CONTEXT) -> tuple[str, int, int]:
    """A one-line context around text[start:end], cut at word boundaries, and where the mention lies in it."""
    left = text[max(0, start - width):start]
    right = text[end:end + width]
    if start - width > 0 and " " in left:
        left = "…" + left[left.index(" ") + 1:]
    if end + width < len(text) and " " in right:
        right = right[:right.rindex(" ")] + "…"
    left, mid, right = (" ".join(part.split()) for part in (left, text[start:end], right))
    left = left + " " if left and text[start - 1:start].isspace() else left
    right = " " + right if right and text[end:end + 1].isspace() else right
    return left + mid + right, len(left), len(left) + len(mid)
