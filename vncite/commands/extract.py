"""`vncite extract`: print the citations of files as jsonl, json or a table."""
from __future__ import annotations
