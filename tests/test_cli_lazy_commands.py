"""`kg` imports a command's module only when that command runs, and still lists every command."""

from __future__ import annotations

import subprocess
import sys

import kg.cli.commands  # noqa: F401  (registers every command, as `kg --help` does)
from kg.cli.main import COMMAND_MODULES, cli


def test_the_table_of_command_modules_names_every_command_and_its_module() -> None:
    assert set(cli.commands) == set(COMMAND_MODULES)
    for name, command in cli.commands.items():
        assert command.callback is not None
        assert command.callback.__module__ == f"kg.cli.{COMMAND_MODULES[name]}", name


def test_a_command_runs_without_importing_the_others() -> None:
    script = (
        "import sys\n"
        "from kg.cli.main import cli\n"
        "cli.main(['load', '--help'], prog_name='kg', standalone_mode=False)\n"
        "print(sorted(m for m in ('kg.cli.serve', 'kg.cli.ingest', 'kg.corpus', 'kg.web') if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert "Bulk-load RDF FILES" in done.stdout
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_help_lists_every_command_with_its_summary() -> None:
    done = subprocess.run(
        [sys.executable, "-c", "from kg.cli import main; main()", "--help"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    listed = [line.split()[0] for line in done.stdout.split("Commands:")[1].splitlines() if line.strip()]
    assert listed == sorted(COMMAND_MODULES)
    assert "Bulk-load RDF FILES" in done.stdout
