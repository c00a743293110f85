"""Domain knowledge as data (TOML files here) and the code that compiles it into matchers."""

from __future__ import annotations

import tomllib
from importlib.resources import files
from typing import Any


def load_toml(name: str) -> dict[str, Any]:
    """One of the TOML files of this package, parsed."""
    return tomllib.loads(files("vncite.patterns").joinpath(name).read_text(encoding="utf-8"))
