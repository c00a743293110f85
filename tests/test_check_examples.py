"""The example drafts of vncite/patterns/findings.toml, run end to end through `vncite.extract`."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from vncite.check import check_text
from vncite.check.findings import catalogue
from vncite.db.registry import Registry, record_from_mapping, shipped_records

EXAMPLES = [(spec.code, ex) for spec in catalogue().values() for ex in spec.examples]


@pytest.mark.parametrize(
    ("code", "example"),
    EXAMPLES,
    ids=[f"{c}-{'pos' if e['flagged'] else 'neg'}-{i}" for i, (c, e) in enumerate(EXAMPLES)],
)
def test_example(code: str, example: dict[str, Any]) -> None:
    registry = Registry(shipped_records())
    registry.extend(record_from_mapping(r) for r in example.get("registry", []))
    as_of = date.fromisoformat(example.get("as_of", "2024-01-01"))
    report = check_text(example["draft"], as_of=as_of, registry=registry)
    codes = [f.code for f in report.findings]
    assert (code in codes) is example["flagged"], [(f.code, f.message) for f in report.findings]


def test_every_code_has_examples_both_ways() -> None:
    for spec in catalogue().values():
        assert any(e["flagged"] for e in spec.examples), spec.code
        assert any(not e["flagged"] for e in spec.examples), spec.code
