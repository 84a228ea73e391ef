"""The `kg` group: shared options, and the one place that turns KGError into an exit code."""

from __future__ import annotations

import importlib
import os
import sys
from typing import Any

import click

from kg import __version__
from kg.errors import KGError
from kg.settings import Settings, load_settings

# Each command's module, imported only when that command runs (or help lists them all): a command
# loads what it uses, not what every other command uses.
COMMAND_MODULES = {
    "build": "ingest",
    "export": "export",
    "extract": "extract",
    "extract-corpus": "corpus",
    "ingest": "ingest",
    "load": "load",
    "query": "query",
    "remove": "ingest",
    "search": "search",
    "serve": "serve",
    "stats": "stats",
    "validate": "validate",
}
NOTES = "kg.notes"  # the key in click's context meta (shared by a command and its group) of add_note's notes


class KGGroup(click.Group):
    """A click group that prints KGErrors and usage errors as one line on stderr with an exit code."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        """Parse the group's own options, reporting a usage error in one line."""
        try:
            return super().parse_args(ctx, args)
        except click.UsageError as exc:
            report_usage_error(ctx, exc)
            raise  # not reached: report_usage_error exits

    def list_commands(self, ctx: click.Context) -> list[str]:
        """Every command's name, without importing their modules."""
        return sorted(set(COMMAND_MODULES) | set(self.commands))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        """The command called `cmd_name`, importing its module (which registers it) the first time."""
        module = COMMAND_MODULES.get(cmd_name)
        if module is not None and cmd_name not in self.commands:
            importlib.import_module(f"kg.cli.{module}")
        return super().get_command(ctx, cmd_name)

    def add_command(self, cmd: click.Command, name: str | None = None) -> None:
        """Register a command, giving it a `--store` option of its own unless it declares one."""
        if not any(param.name == "store_dir" for param in cmd.params):
            cmd.params.append(command_store_option())
        super().add_command(cmd, name)

    def invoke(self, ctx: click.Context) -> Any:
        """Run the command, mapping KGError to a one-line message and exit code; then print its notes."""
        try:
            result = super().invoke(ctx)
            for note in ctx.meta.get(NOTES, []):
                click.echo(f"Note: {note}", err=True)
            return result
        except KGError as exc:
            click.echo(f"Error: {exc}", err=True)
            ctx.exit(exc.exit_code)
        except click.UsageError as exc:
            report_usage_error(ctx, exc)
        except KeyboardInterrupt:
            click.echo("Interrupted.", err=True)
            ctx.exit(130)


def add_note(text: str) -> None:
    """Tell the user `text` on stderr once the command has succeeded (after a failure, only the error counts)."""
    ctx = click.get_current_context()
    ctx.meta.setdefault(NOTES, []).append(text)


def report_usage_error(ctx: click.Context, exc: click.UsageError) -> None:
    """Print a usage error as one line pointing at the command's help (click would print the usage too)."""
    command = exc.ctx.command_path if exc.ctx else ctx.command_path
    click.echo(f"Error: {exc.format_message().rstrip('.')} (see `{command} --help`)", err=True)
    ctx.exit(exc.exit_code)


def command_store_option() -> click.Option:
    """`--store DIR` after a command's name: the same as before it (`kg --store DIR build`), and it wins."""
    return click.Option(
        ["--store", "store_dir"],
        type=click.Path(file_okay=False),
        default=None,
        expose_value=False,
        callback=use_command_store,
        help="Store directory or SPARQL server URL (default: the group's --store, $KG_STORE or ./.kg-store).",
    )


def use_command_store(ctx: click.Context, _param: click.Parameter, value: str | None) -> None:
    """Point the command's settings at the store given after its name."""
    if value and isinstance(ctx.obj, Settings):  # no settings while click only completes a command line
        ctx.obj = ctx.obj.with_store(value)


@click.group(cls=KGGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
@click.option(
    "--store",
    "store_dir",
    default=None,
    help="Store directory, or http://HOST:PORT of a SPARQL server, before or after the command "
    "(default: $KG_STORE or ./.kg-store).",
)
@click.pass_context
def cli(ctx: click.Context, store_dir: str | None) -> None:
    """Space-mission knowledge graph: extract, store, query, export and serve.

    \b
    Examples:
      kg build                      # ingest every article in seeds/
      kg query cq01-missions        # run a named query from queries/
      kg serve                      # SPARQL endpoint on http://127.0.0.1:5000/sparql
    """
    settings = load_settings(os.environ)
    ctx.obj = settings.with_store(store_dir) if store_dir else settings


def main() -> None:
    """Entry point of the `kg` console script."""
    sys.exit(cli.main(prog_name="kg"))
