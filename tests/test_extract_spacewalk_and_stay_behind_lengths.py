"""How long a spacewalk lasts ('two spacewalks, each lasting seven hours') or how long a crew member who stays
behind will stay ('will stay behind at the station for a five-month mission') is no length of the shuttle flight."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import objects, run


def test_a_spacewalks_length_is_no_length_of_the_flight() -> None:
    ext = run(
        "STS-140 lifted off on Friday on an 11-day mission. Two spacewalks, each lasting seven hours, are planned "
        "for the third and fifth days.",
        date(2026, 3, 6),
    )
    assert objects(ext, "duration", "STS-140") == {"P11D"}


def test_a_stay_of_someone_left_behind_is_no_length_of_the_flight() -> None:
    ext = run(
        "STS-140 lifted off on Friday on an 11-day mission. Its eighth passenger, Amina Otieno, will stay behind "
        "at the station for a five-month mission while the shuttle brings another astronaut home.",
        date(2026, 3, 6),
    )
    assert objects(ext, "duration", "STS-140") == {"P11D"}


def test_a_flight_told_after_its_spacewalks_keeps_its_length() -> None:
    ext = run(
        "STS-140 lifted off on Friday on a mission of three spacewalks and 11 days in orbit.",
        date(2026, 3, 6),
    )
    assert objects(ext, "duration", "STS-140") == {"P11D"}
