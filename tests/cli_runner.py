"""Run the real `kg` command in-process, the way a user's shell would, on a given store."""

from __future__ import annotations

import contextlib
from pathlib import Path

from click.testing import CliRunner, Result

import kg.cli.commands  # noqa: F401  (registers the commands)
from kg.cli.main import cli

PROJECT_DIR = Path(__file__).resolve().parent.parent


def run_kg(store: Path, *args: str, input: str | None = None) -> Result:
    """Invoke `kg --store STORE ARGS...` from the project's root and return the result."""
    runner = CliRunner()
    with contextlib.chdir(PROJECT_DIR):
        return runner.invoke(cli, ["--store", str(store), *args], input=input, catch_exceptions=False, env={})
