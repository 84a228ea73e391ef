"""People a craft is told to have delivered ('The Soyuz craft delivered new station commander A, 47, from Kazakhstan,
Russian engineer B, 44, and Frenchman C, 40') are the crew of its flight, the whole list (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import crew, run

DOCKED = "A Soyuz TM-40 ship docked with the Mir station on Thursday after a two-day flight.\n\n"


def test_people_a_craft_delivered_are_its_crew() -> None:
    ext = run(
        DOCKED + "The Soyuz craft delivered new station commander Pavel Orlov, 47, from Kazakhstan, Russian engineer "
        "Ivan Zorin, 44, and Frenchman Luc Martin, 40.\n"
    )
    assert set(crew(ext, "Soyuz TM-40")) == {"Pavel Orlov", "Ivan Zorin", "Luc Martin"}


def test_supplies_a_craft_delivered_name_no_crew() -> None:
    ext = run(DOCKED + "The Soyuz craft delivered food and water, a spokesman, Pavel Orlov, said.\n")
    assert crew(ext, "Soyuz TM-40") == {}
