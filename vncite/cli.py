"""The `vncite` command line: a thin typer app over the library; each command lives in vncite/commands/."""

from __future__ import annotations

import typer

from vncite.commands import extract as extract_cmd

app = typer.Typer(
    help="Find, index and check the instruments cited in Vietnamese documents.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

app.command("extract")(extract_cmd.extract)
