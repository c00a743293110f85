"""What the command modules share."""

from __future__ import annotations

import json
import sys
from typing import Any


def print_json(data: Any) -> None:
    """`--format json`: the data as indented JSON with the Vietnamese text as is, on stdout."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
