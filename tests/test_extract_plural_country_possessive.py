"""A person named after a country's possessive written with a bare apostrophe ('the United Arab Emirates' A B')
is a person, and listed with a flight's crew is its crew (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import crew, run


def test_a_name_after_a_plural_countrys_possessive_is_a_person_and_crew() -> None:
    ext = run(
        "Crew-31 lifted off on Thursday. Onboard were NASA's Maria Lopez and Tom Bell, the United Arab Emirates' "
        "Qadir Belhoul, and Russian cosmonaut Pavel Ortin.\n"
    )
    assert "Qadir Belhoul" in crew(ext, "Crew-31")
