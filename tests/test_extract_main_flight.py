"""Which flight an article is about, and which flight each sentence's facts belong to."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import crew, objects, run


def test_a_flight_named_for_its_launch_pad_history_is_not_the_main_flight() -> None:
    ext = run(
        "Two astronauts reached the station on Monday. Lena Fox, 41, and Omar Reyes, 45, lifted off on Sunday "
        "from pad 39B, the same pad once used for Apollo 10 on its way to the Moon. "
        "The flight, called Crew-41, is the first of the year."
    )
    assert set(crew(ext, "Crew-41")) == {"Lena Fox", "Omar Reyes"}
    assert crew(ext, "Apollo 10") == {}


def test_a_flight_from_last_year_gives_the_main_flight_no_crew() -> None:
    ext = run(
        "The Crew-42 mission lifted off on Tuesday atop a Falcon 9 whose booster had flown once before. "
        "Rita Sarr, 39, is the pilot. She sits in the seat her brother, Paul Sarr, used last year when the "
        "capsule carried the crew of the Crew-39 flight."
    )
    assert "Rita Sarr" in crew(ext, "Crew-42")
    assert "Paul Sarr" not in crew(ext, "Crew-42")
    assert objects(ext, "launch_date", "Crew-42") == {"2021-10-05"}


def test_a_reused_booster_does_not_make_the_launch_an_earlier_one() -> None:
    ext = run("Crew-43 lifted off on Monday on a rocket whose first stage had flown once before.")
    assert objects(ext, "launch_date", "Crew-43") == {"2021-10-04"}


def test_residents_already_aboard_do_not_make_their_flight_the_main_one() -> None:
    ext = run(
        "Four astronauts arrived at the station this morning. The Crew-44 mission lifted off on Sunday. "
        "Six people already on board, among them the Crew-40 astronauts led by Ann Moll, welcomed them. "
        "Ivo Dane, 50, is the commander.",
    )
    assert "Ivo Dane" in crew(ext, "Crew-44")


def test_a_flight_with_an_earlier_year_is_background() -> None:
    ext = run(
        "Kai Tran, 44, and Mia Holt, 38, lifted off on Thursday. "
        "Tran also flew aboard Endeavour on STS-134, the last flight of that orbiter, in May 2011. "
        "The mission, known as Crew-45, will last six months.",
        published=date(2031, 6, 6),
    )
    assert set(crew(ext, "Crew-45")) >= {"Kai Tran", "Mia Holt"}


def test_an_anniversary_story_keeps_its_old_flight_as_the_main_one() -> None:
    ext = run(
        "Fifty years ago today a rocket carried two men into orbit. Their flight, designated STS-70, rose at "
        "9 a.m. on March 3, 1981. At the controls were Sam Ode and Lee Park. The flight lasted two days. "
        "They landed in California. Crews launch from the same pad today; Crew-46 lifted off last week.",
        published=date(2031, 3, 3),
    )
    assert objects(ext, "duration", "STS-70") == {"P2D"}
    assert objects(ext, "duration", "Crew-46") == set()


def test_a_called_off_launch_attempt_is_not_the_launch_date() -> None:
    ext = run(
        "Crew-47 lifted off on Monday, October 4. An earlier launch try on Friday, October 1, was scrubbed "
        "because of high winds."
    )
    assert objects(ext, "launch_date", "Crew-47") == {"2021-10-04"}
