"""Shapes of names: a middle initial with or without its full stop ('Capt. Jon B Ferris Jr.', 'Amos T. Quill'), a
pope's regnal number ('Pope Pius XIII'); a military unit is nobody ('the US Marine Corps Reserve') (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import crew, run


def _people(body: str) -> set[str]:
    """Return the labels of the people found in an article made of `body`."""
    return {e.label for e in run(body).entities.values() if e.kind == "person"}


def test_a_middle_initial_without_its_full_stop_keeps_the_name_whole() -> None:
    people = _people("The crew were Col. Hal Weston of the Air Force and Capt. Jon B Ferris Jr. of the Navy.\n")
    assert any(name.startswith("Jon B") and "Ferris" in name for name in people)


def test_a_middle_initial_with_its_full_stop_makes_a_name_of_unknown_words() -> None:
    people = _people("It recalled the men who died in the fire at the pad -- Amos T. Quill and Ned R. Vantosh.\n")
    assert {"Amos T. Quill", "Ned R. Vantosh"} <= people


def test_a_pope_with_his_regnal_number_is_a_person() -> None:
    people = _people("Messages of sympathy came from Pope Pius XIII and from leaders abroad.\n")
    assert any(name.startswith("Pius XIII") or name == "Pope Pius XIII" for name in people)


def test_a_military_unit_is_no_person() -> None:
    people = _people("Before he became an astronaut he flew with the US Marine Corps Reserve in the war.\n")
    assert not any("Corps" in name or "Reserve" in name for name in people)


def test_a_crew_set_off_by_box_drawing_dashes_after_the_flight_is_its_crew() -> None:
    ext = run(
        "At dawn on Friday the Apollo 19 astronauts \u2500 Col. Hal Weston of the Air Force, Capt. Jon B Ferris Jr. "
        "of the Navy and Major Lee R. Okafor of the Air Force \u2500 rode their spacecraft into the sea.\n"
    )
    members = crew(ext, "Apollo 19")
    assert {"Hal Weston", "Lee R. Okafor"} <= set(members)
    assert any("Ferris" in name for name in members)
