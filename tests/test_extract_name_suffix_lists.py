"""A name with a suffix ('Jr.', 'III') in a list of people leaves the next name a person too (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import crew, run


def test_name_after_a_suffixed_name_in_a_list_is_a_person_and_crew() -> None:
    ext = run(
        "Gemini 41, crewed by Harold Vance Jr., Ottis Brandle, and Mark Pellow, splashed down on Friday.\n",
    )
    assert {"Harold Vance", "Ottis Brandle", "Mark Pellow"} <= set(crew(ext, "Gemini 41"))


def test_name_after_a_numbered_name_in_a_list_is_a_person_and_crew() -> None:
    ext = run(
        "The crew of Gemini 41 — Harold Vance III, Ottis Brandle, Mark Pellow and Dee Kane — splashed down on Friday.\n"
    )
    assert {"Harold Vance", "Ottis Brandle", "Mark Pellow", "Dee Kane"} <= set(crew(ext, "Gemini 41"))
