"""Capitalised place words ('Checkout Building', 'Riverside Hall') are not people, even next to a listed name."""

from __future__ import annotations

from tests.test_extract_support import crew, run


def test_a_building_after_a_list_of_people_is_not_a_person() -> None:
    ext = run(
        "The Crew-40 astronauts launched on Sunday. Laura Finch and Pavel Orlov left the Assembly and "
        "Checkout Building before heading to the pad.\n"
    )
    people = {e.label for e in ext.entities.values() if e.kind == "person"}
    assert "Checkout Building" not in people
    assert "Checkout Building" not in crew(ext, "Crew-40")
