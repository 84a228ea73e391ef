"""Earlier flights told in who/since clauses, anniversaries and tense: history never feeds the main flight."""

from __future__ import annotations

from tests.test_extract_support import crew, objects, run


def test_a_first_flight_told_in_a_who_clause_does_not_make_the_sentence_history() -> None:
    ext = run(
        "A Falcon 9 rocket lifted off from Florida on Monday with four travellers. "
        "The Crew-17 flight is commanded by Dana Ruiz, 58, a retired pilot who also led the "
        "agency's first flight in March 2019."
    )
    assert "commander" in crew(ext, "Crew-17")["Dana Ruiz"]
    assert objects(ext, "launch_date", "Crew-17") == {"2021-10-04"}


def test_later_than_planned_is_no_future_tense() -> None:
    ext = run("The Crew-61 mission lifted off on Monday, two days later than planned.")
    assert objects(ext, "launch_date", "Crew-61") == {"2021-10-04"}


def test_a_flight_years_after_which_the_story_happens_is_history() -> None:
    ext = run(
        "Ann Vale, 61, flew to the edge of space on Saturday aboard a small rocket from west Texas. "
        "It came exactly 40 years after Apollo 15 landed on the Moon. "
        "The hop, called NS-41, was short."
    )
    assert "Ann Vale" in crew(ext, "NS-41")
    assert crew(ext, "Apollo 15") == {}
    assert objects(ext, "launch_date", "NS-41") == {"2021-10-02"}


def test_the_name_given_to_the_flight_makes_it_the_main_one() -> None:
    ext = run(
        "Two pilots took a winged craft to 80 km on Friday, taking off from New Mexico. "
        "Mia Cole, 40, and Tom Reed, 52, flew the craft. "
        "Elsewhere, Crew-3 docked with the station. "
        "The flight, known as Unity 40, was short."
    )
    assert set(crew(ext, "Unity 40")) == {"Mia Cole", "Tom Reed"}
    assert objects(ext, "launch_date", "Unity 40") == {"2021-10-01"}
    assert crew(ext, "Crew-3") == {}


def test_a_flight_told_in_a_who_clause_with_a_year_belongs_to_that_person_and_flight() -> None:
    ext = run(
        "The Crew-30 flight lifted off on Monday with Eva Lind, 40, and Joe Park, 44. "
        "Their chief, Kim Lau, who rode on Crew-2 in April 2019, stayed on the ground this time."
    )
    assert "Kim Lau" not in crew(ext, "Crew-30")
    assert "Kim Lau" in crew(ext, "Crew-2")
    assert objects(ext, "launch_date", "Crew-2") == {"2019-04"}
    assert objects(ext, "launch_date", "Crew-30") == {"2021-10-04"}


def test_a_record_holder_who_flew_long_ago_is_no_crew_and_gives_no_launch_date() -> None:
    ext = run(
        "The Crew-31 mission lifted off on Monday. Ida Roe, 79, became the oldest woman to reach space, "
        "beating Ted Moss, who flew aboard the shuttle in 1995 at 70."
    )
    assert "Ted Moss" not in crew(ext, "Crew-31")
    assert objects(ext, "launch_date", "Crew-31") == {"2021-10-04"}


def test_a_first_in_space_long_ago_is_told_of_its_own_flight() -> None:
    ext = run(
        "Three astronauts docked with the station on Monday after the Shenzhou-30 launch. "
        "It is decades since Wu Ping became the first woman in space from her country, aboard Shenzhou-6 in May 2004."
    )
    assert "Wu Ping" not in crew(ext, "Shenzhou-30")
    assert "Wu Ping" in crew(ext, "Shenzhou-6")
    assert objects(ext, "launch_date", "Shenzhou-6") == {"2004-05"}


def test_a_future_only_in_a_clause_after_before_leaves_the_flight_in_the_past() -> None:
    ext = run(
        "The Crew-62 mission lifted off on Monday, the final rehearsal before the firm begins selling seats next year."
    )
    assert objects(ext, "launch_date", "Crew-62") == {"2021-10-04"}
