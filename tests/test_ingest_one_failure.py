"""An ingest whose only input fails says so in one line, with the exit code of bad input."""

from __future__ import annotations

from pathlib import Path

from tests.cli_runner import run_kg


def test_a_single_missing_input_is_one_error_line(tmp_path: Path) -> None:
    result = run_kg(tmp_path / "store", "ingest", str(tmp_path / "absent.txt"))
    assert result.exit_code == 2
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and "absent.txt" in lines[0], result.output


def test_two_failed_inputs_are_each_listed_then_summed_up(tmp_path: Path) -> None:
    result = run_kg(tmp_path / "store", "ingest", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"))
    assert result.exit_code == 2
    assert "a.txt" in result.output and "b.txt" in result.output
    assert "nothing was ingested: all 2 inputs failed" in result.output
