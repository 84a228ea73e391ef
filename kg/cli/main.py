"""The `kg` group: shared options, and the one place that turns KGError into an exit code."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import click

from kg import __version__
from kg.errors import KGError
from kg.settings import load_settings


class KGGroup(click.Group):
    """A click group that prints KGErrors and usage errors as one line on stderr with an exit code."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        """Parse the group's own options, reporting a usage error in one line."""
        try:
            return super().parse_args(ctx, args)
        except click.UsageError as exc:
            report_usage_error(ctx, exc)
            raise  # not reached: report_usage_error exits

    def invoke(self, ctx: click.Context) -> Any:
        """Run the command, mapping KGError to a one-line message and exit code."""
        try:
            return super().invoke(ctx)
        except KGError as exc:
            click.echo(f"Error: {exc}", err=True)
            ctx.exit(exc.exit_code)
        except click.UsageError as exc:
            report_usage_error(ctx, exc)
        except KeyboardInterrupt:
            click.echo("Interrupted.", err=True)
            ctx.exit(130)


def report_usage_error(ctx: click.Context, exc: click.UsageError) -> None:
    """Print a usage error as one line pointing at the command's help (click would print the usage too)."""
    command = exc.ctx.command_path if exc.ctx else ctx.command_path
    click.echo(f"Error: {exc.format_message().rstrip('.')} (see `{command} --help`)", err=True)
    ctx.exit(exc.exit_code)


@click.group(cls=KGGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
@click.option(
    "--store",
    "store_dir",
    default=None,
    help="Store directory (default: $KG_STORE or ./.kg-store).",
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
    ctx.obj = load_settings(os.environ, store_dir=Path(store_dir) if store_dir else None)


def main() -> None:
    """Entry point of the `kg` console script."""
    from kg.cli import commands  # noqa: F401  (registers the commands on the group)

    sys.exit(cli.main(prog_name="kg"))
