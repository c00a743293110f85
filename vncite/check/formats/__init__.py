"""Renderings of a check report: a table for people, JSON for scripts, SARIF 2.1.0 for editors and CI."""

from vncite.check.formats.json_format import report_to_json
from vncite.check.formats.sarif import report_to_sarif
from vncite.check.formats.table import print_table

__all__ = ["print_table", "report_to_json", "report_to_sarif"]
