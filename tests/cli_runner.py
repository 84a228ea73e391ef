"""Run the real `kg` command in-process, the way a user's shell would, on a given store."""

from __future__ import annotations

import contextlib
import signal
import subprocess
import sys
import time
from pathlib import Path

from click.testing import CliRunner, Result

import kg.cli.commands  # noqa: F401  (registers the commands)
from kg.cli.main import cli
from kg.store.locks import WRITER_LOCK

PROJECT_DIR = Path(__file__).resolve().parent.parent


def run_kg(store: Path, *args: str, input: str | None = None) -> Result:
    """Invoke `kg --store STORE ARGS...` from the project's root and return the result."""
    runner = CliRunner()
    with contextlib.chdir(PROJECT_DIR):
        return runner.invoke(cli, ["--store", str(store), *args], input=input, catch_exceptions=False, env={})


def interrupt_kg(store: Path, *args: str, timeout_s: float) -> tuple[int, str]:
    """Run the real `kg --store STORE ARGS...` and press ^C half a second after it opens STORE (which must exist).

    Returns its exit code and what it wrote on stderr, waiting at most `timeout_s` after the ^C.
    """
    lock = store / WRITER_LOCK
    generation = lock.read_bytes()
    process = subprocess.Popen(
        [str(Path(sys.executable).parent / "kg"), "--store", str(store), *args],
        cwd=PROJECT_DIR,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        # A shell's background jobs ignore SIGINT; a user's terminal does not.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    try:
        deadline = time.monotonic() + 60
        while lock.read_bytes() == generation and time.monotonic() < deadline:
            time.sleep(0.05)  # the command has opened the store once the lock's generation changes
        time.sleep(0.5)
        process.send_signal(signal.SIGINT)
        _out, err = process.communicate(timeout=timeout_s)
    finally:
        process.kill()
    return process.returncode, err
