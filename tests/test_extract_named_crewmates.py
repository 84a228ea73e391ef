"""People named right after 'his crewmates' or 'her crewmates' ('A and his crewmates B and C') fly on the flight the
sentence tells of, as when the crewmates are introduced by a verb ('His crewmates are B and C') (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import crew, run


def test_crewmates_named_after_a_commander_of_another_flight() -> None:
    ext = run(
        "Soyuz TM-41 docks\n\n"
        "The Soyuz TM-41 crew docked with the station on Tuesday. Waiting for them were Soyuz TM-40 commander "
        "Ivan Orlov and his crewmates Mara Quint and Tom Reade, who have lived on the station since April.\n"
    )
    assert {"Ivan Orlov", "Mara Quint", "Tom Reade"} <= set(crew(ext, "Soyuz TM-40"))
    assert not {"Mara Quint", "Tom Reade"} & set(crew(ext, "Soyuz TM-41"))
