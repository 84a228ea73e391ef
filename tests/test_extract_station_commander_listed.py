"""A station's commander listed in one subject with the flight's crew ('Station commander A, and flight engineers B
and C, had been on the station for 172 days; they returned on the Soyuz') flies with them; one who greets the crew
does not (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import crew, run

LANDED = "The Soyuz TMA-40M capsule landed in Kazakhstan on Wednesday.\n\n"


def test_a_station_commander_listed_with_the_crew_is_crew() -> None:
    ext = run(
        LANDED + "Station commander Jane Holt from the United States, and flight engineers Pavel Orlov and Ivan Zorin "
        "of Russia, had been on the station for 172 days.\n"
    )
    assert set(crew(ext, "Soyuz TMA-40M")) == {"Jane Holt", "Pavel Orlov", "Ivan Zorin"}


def test_a_station_commander_greeting_the_crew_is_no_crew() -> None:
    ext = run(LANDED + "Station commander Jane Holt met flight engineers Pavel Orlov and Ivan Zorin at the hatch.\n")
    assert "Jane Holt" not in crew(ext, "Soyuz TMA-40M")
