"""'launch director' before a name is that job whole, not a bare 'director' (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import facts, run


def test_launch_director_is_kept_whole() -> None:
    ext = run(
        "CAPE CANAVERAL: The shuttle Endeavour lifted off on Tuesday with seven astronauts aboard.\n\n"
        '"We are ready," said launch director Tom Becker before the countdown.\n'
    )
    assert facts(ext, "occupation", "Tom Becker") == {("Tom Becker", "launch director")}
