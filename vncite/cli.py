"""The `vncite` command line: a thin typer app over the library; each command lives in vncite/commands/."""

from __future__ import annotations

import typer

from vncite.commands import extract as extract_cmd
from vncite.commands import index as index_cmd

app = typer.Typer(
    help="Find, index and check the instruments cited in Vietnamese documents.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

app.command("extract")(extract_cmd.extract)
app.command("index")(index_cmd.index)
app.command("search")(index_cmd.search)
app.command("export")(index_cmd.export)
app.command("show")(index_cmd.show)
app.command("stats")(index_cmd.stats)
app.command("graph")(index_cmd.graph)
app.command("demo")(index_cmd.demo)

from vncite.commands import check as check_cmd  # noqa: E402

app.command("check")(check_cmd.check)
app.command("status")(check_cmd.status)
app.add_typer(check_cmd.registry_app, name="registry")
