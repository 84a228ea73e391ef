"""A politician's title written before a name ('Senator A', 'Gov. B') is that person's occupation (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import objects, run


def test_senator_before_a_name_is_an_occupation() -> None:
    ext = run("The flight of Senator Walter Glenn aboard Atlantis drew crowds to the coast on Thursday.\n")
    assert "senator" in objects(ext, "occupation", "Walter Glenn")


def test_abbreviated_governor_before_a_name_is_an_occupation() -> None:
    ext = run("Gov. Maria Ortiz watched Atlantis lift off from the roof of the launch control center.\n")
    assert "governor" in objects(ext, "occupation", "Maria Ortiz")


def test_a_title_in_a_body_name_gives_no_occupation() -> None:
    ext = run("Atlantis carried Maria Ortiz, a former Senate aide, to the station on Thursday.\n")
    assert objects(ext, "occupation", "Maria Ortiz") <= {"aide", "senate aide", "former senate aide"}
