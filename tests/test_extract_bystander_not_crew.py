"""Someone watching a launch is no crew: a flight verb whose own subject follows a conjunction ('A watched as
the rocket lifted off', 'B looked up after it lifted off') is not A's or B's (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import crew, run


def test_a_watcher_before_as_the_rocket_is_no_crew() -> None:
    ext = run(
        "Apollo 41 lifted off on Friday with Harold Vance and Ottis Brandle aboard. Cameras showed Dale Morrow, the "
        "first governor to attend a launch, looking perplexed as the huge rocket quickly soared into the clouds.\n"
    )
    assert set(crew(ext, "Apollo 41")) == {"Harold Vance", "Ottis Brandle"}


def test_a_watcher_before_after_it_is_no_crew() -> None:
    ext = run(
        "Apollo 41 lifted off on Friday with Harold Vance and Ottis Brandle aboard. Dale Morrow looked upward, "
        "trying to see the Apollo 41 rocket after it lifted off and vanished into clouds.\n"
    )
    assert set(crew(ext, "Apollo 41")) == {"Harold Vance", "Ottis Brandle"}


def test_a_crew_told_as_the_subject_still_flies() -> None:
    ext = run("Harold Vance, who served as the backup pilot last year, lifted off aboard Apollo 41 on Friday.\n")
    assert "Harold Vance" in crew(ext, "Apollo 41")
