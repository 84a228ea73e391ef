"""Flights named only by a 'Name Number' designator next to flying words, and Skylab's crewed
flights, on sentences of our own."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import missions, objects, run


def test_designator_before_a_launch_verb_is_a_flight() -> None:
    ext = run(
        "Horizon 3 blasted off from the desert at dawn with two pilots on board. "
        "Its sister flight Meridian-7 splashed down a week later.",
        date(2031, 4, 2),
    )
    assert {"Horizon 3", "Meridian-7"} <= missions(ext)


def test_designator_after_aboard_is_a_flight() -> None:
    ext = run(
        "Three engineers rode aboard Kestrel 12 to the outpost, and a fourth flew on Kestrel 14 the next spring.",
        date(2031, 4, 2),
    )
    assert {"Kestrel 12", "Kestrel 14"} <= missions(ext)


def test_rockets_pads_and_stations_with_numbers_are_no_flights() -> None:
    ext = run(
        "A Falcon 9 lifted off from Pad 39A, and Saturn 5 launched the crew. "
        "Cosmonauts aboard Salyut 6 watched, and the astronauts aboard Expedition 45 slept.",
        date(2020, 1, 1),
    )
    labels = missions(ext)
    assert not {"Falcon 9", "Saturn 5", "Salyut 6", "Expedition 45", "Saturn V"} & labels


def test_skylab_numbers_are_flights_to_skylab() -> None:
    ext = run(
        "Skylab 3 lifted off on July 28, 1973, carrying three astronauts to the Skylab workshop. "
        "The crew returned after 59 days.",
        date(2023, 7, 28),
    )
    assert "Skylab 3" in missions(ext)
    assert "Skylab" not in missions(ext)
    assert objects(ext, "launch_date", "Skylab 3") == {"1973-07-28"}


def test_backstory_after_an_anniversary_day_keeps_that_day_for_yearless_dates() -> None:
    ext = run(
        "Twenty years ago today, on May 2, 2005, a Soyuz capsule came back to Earth with two men. "
        "They had launched on Soyuz TMA-5 from Baikonur on January 14, 2004. "
        "Their relief crew had flown up on Soyuz TMA-6 in November and took over the station.",
        date(2025, 5, 2),
    )
    assert objects(ext, "launch_date", "Soyuz TMA-6") == {"2004-11"}


def test_return_of_someone_outside_the_crew_is_no_landing_of_the_flight() -> None:
    ext = run(
        "Commander Lena Brandt and engineer Tomas Ruiz launched on Soyuz MS-31 on March 3, 2027. "
        "They landed on Soyuz MS-31 on September 9, 2027. "
        "Veteran cosmonaut Pavel Orlov, 61, came home in June 2026 after a year in orbit.",
        date(2027, 9, 10),
    )
    assert objects(ext, "landing_date", "Soyuz MS-31") == {"2027-09-09"}


def test_a_date_after_flown_up_is_a_launch_not_a_landing() -> None:
    ext = run(
        "Twenty-five years ago today, on August 28, 1999, the last crew left the old station. "
        "They came home on Soyuz TM-29 with Ivan Zorin, the engineer, "
        "who had flown up in February and spent six months aboard.",
        date(2024, 8, 28),
    )
    assert objects(ext, "launch_date", "Soyuz TM-29") == {"1999-02"}
    assert "1999-02" not in objects(ext, "landing_date", "Soyuz TM-29")


def test_a_capsule_named_before_the_launch_verb_is_no_flight_name() -> None:
    ext = run(
        "Her Vostok capsule, which she had called Seagull 6, lifted off from Baikonur with one pilot aboard.",
        date(2023, 6, 16),
    )
    assert "Seagull 6" not in missions(ext)


def test_a_guest_watching_the_launch_does_not_take_the_launch_date_away() -> None:
    ext = run(
        "Commander Lena Brandt and engineer Tomas Ruiz launched on Soyuz MS-31 on Friday. "
        "Minister Karl Weiss watched Friday's launch from the viewing stand.",
        date(2027, 3, 6),
    )
    assert objects(ext, "launch_date", "Soyuz MS-31") == {"2027-03-05"}


def test_winged_craft_landing_on_a_runway_after_release() -> None:
    ext = run(
        "Horizon 3 took off from the spaceport at 9:00 a.m. under its carrier jet with two pilots aboard. "
        "The glider touched down safely on the main runway about 12 minutes after separation.",
        date(2031, 4, 2),
    )
    assert objects(ext, "landing_site", "Horizon 3") == {"runway"}
    assert objects(ext, "duration", "Horizon 3") == {"PT12M"}
    assert objects(ext, "landing_date", "Horizon 3") == {"2031-04-02"}


def test_time_after_release_without_a_landing_is_no_duration() -> None:
    ext = run(
        "Horizon 3 took off from the spaceport at 9:00 a.m. with two pilots aboard. "
        "The rocket motor fired about 20 seconds after release and burned for a minute.",
        date(2031, 4, 2),
    )
    assert "PT20S" not in objects(ext, "duration", "Horizon 3")


def test_a_runway_of_a_named_place_is_not_the_landing_site_itself() -> None:
    ext = run(
        "Horizon 3 took off from the spaceport on Monday with two pilots aboard. "
        "The glider landed on the runway of Mojave Air and Space Port an hour later.",
        date(2031, 4, 2),
    )
    assert "runway" not in objects(ext, "landing_site", "Horizon 3")


def test_a_planned_flight_named_beside_its_month_gets_that_launch_month() -> None:
    ext = run(
        "The operator will attempt another flight, Horizon 4, in March, with a crew of three.",
        date(2031, 1, 10),
    )
    assert objects(ext, "launch_date", "Horizon 4") == {"2031-03"}


def test_a_flight_peaking_below_150_km_went_to_suborbital_space() -> None:
    ext = run(
        "Horizon 3 took off from the spaceport on Monday with two pilots aboard and climbed to 52 miles "
        "before gliding home.",
        date(2031, 4, 2),
    )
    assert objects(ext, "destination", "Horizon 3") == {"suborbital space"}


def test_a_flight_at_station_height_gets_no_suborbital_destination() -> None:
    ext = run(
        "Horizon 3 took off from the spaceport on Monday with two pilots aboard and climbed to 250 miles.",
        date(2031, 4, 2),
    )
    assert "suborbital space" not in objects(ext, "destination", "Horizon 3")
