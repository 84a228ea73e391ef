"""Crew told in asides: names run into a double hyphen ('then two--A, 40, and B, 36--will'), a craft
'under A's command', and 'The third crewman, test pilot C' (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import crew, objects, run


def test_crew_told_in_asides_of_a_docking_story() -> None:
    ext = run(
        "MOSCOW — Three cosmonauts docked their Soyuz TM-9 capsule with the Mir space station today.\n\n"
        "They will work with the two residents for a week, then two--Pavel Orlov, 41, and Ilya Gromov, 35--will "
        "stay aboard the station.\n\n"
        "The TM-9 capsule, under Orlov’s command, docked at 3:51 p.m. Moscow time.\n\n"
        "The third crewman, test pilot Boris Zaitsev, 47, will return to Earth next week.\n"
    )
    found = crew(ext, "Soyuz TM-9")
    assert {"Pavel Orlov", "Boris Zaitsev"} <= set(found)
    assert "commander" in found["Pavel Orlov"]
    assert objects(ext, "age", "Pavel Orlov") == {"41"}
    assert objects(ext, "age", "Ilya Gromov") == {"35"}
