"""Two flights told together: a craft of another family named with its own crew is a flight of its own, and a
page title standing more than once over an anniversary story does not hide the year the story opens on (issue 11)."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import crew, missions, run


def test_a_craft_of_another_family_with_its_own_crew_is_a_flight_of_its_own() -> None:
    ext = run(
        "On June 3, 1980, Soyuz-41 was launched from Baikonur with cosmonauts Pavel Orlov and Ivan Sidorin. "
        "Two hours later, the American Gemini with Laura Finch, Omar Haddad and Dana Ruiz went into orbit from "
        "Cape Canaveral.\n\nTwo days later, the ships docked.\n",
        published=date(1980, 6, 10),
    )
    assert {"Soyuz-41", "Gemini"} <= missions(ext)
    assert set(crew(ext, "Soyuz-41")) == {"Pavel Orlov", "Ivan Sidorin"}
    assert set(crew(ext, "Gemini")) == {"Laura Finch", "Omar Haddad", "Dana Ruiz"}


def test_a_repeated_page_title_does_not_make_the_anniversary_flight_history() -> None:
    ext = run(
        "The famous meeting in orbit\n\nThe famous meeting in orbit\n\nThe famous meeting in orbit\n\n"
        "On June 3, 1980, Soyuz-41 was launched from Baikonur with cosmonauts Pavel Orlov and Ivan Sidorin. "
        "Two hours later, the American Gemini with Laura Finch, Omar Haddad and Dana Ruiz went into orbit.\n",
        published=date(2024, 7, 17),
    )
    assert set(crew(ext, "Gemini")) == {"Laura Finch", "Omar Haddad", "Dana Ruiz"}
    assert set(crew(ext, "Soyuz-41")) == {"Pavel Orlov", "Ivan Sidorin"}
