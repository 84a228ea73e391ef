"""A capsule of one flight carrying the crew of another ('The return capsule of the Shenzhou-41 spaceship, carrying
the Shenzhou-40 astronauts A, B and C, touched down') makes them the crew of the flight named with them, not of the
capsule's flight (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import crew, run


def test_astronauts_carried_home_by_another_flights_capsule_are_not_its_crew() -> None:
    ext = run(
        "Astronauts home after six months\n\n"
        "The return capsule of the Shenzhou-41 spaceship, carrying the Shenzhou-40 astronauts Zhao Lei, Sun Hao and "
        "Liu Fang, touched down in Inner Mongolia on Friday.\n\n"
        "The Shenzhou-41 spaceship had undocked from the space station in the morning.\n"
    )
    assert "Zhao Lei" in crew(ext, "Shenzhou-40")
    assert not {"Zhao Lei", "Sun Hao", "Liu Fang"} & set(crew(ext, "Shenzhou-41"))
