"""Crews named after a count word ('The three, A, B and C, landed') or told as a counted list after a colon,
one person to an item ('carried four customers aboard: banker A; B, founder of C; ...') (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import crew, facts, run


def test_a_count_word_before_as_many_names_is_the_crew() -> None:
    ext = run(
        "The Shenzhou-40 capsule came home on Tuesday after half a year in orbit. The three, Li Wen, Zhao Ming "
        "and Sun Hao, touched down at the Dongfeng site shortly before dusk.\n"
    )
    assert set(crew(ext, "Shenzhou-40")) == {"Li Wen", "Zhao Ming", "Sun Hao"}


def test_a_counted_trade_before_as_many_names_is_the_crew() -> None:
    ext = run("Soyuz TM-40 landed on Friday. The two cosmonauts Pavel Orlov and Ivan Sidorin waved to the crowd.\n")
    assert set(crew(ext, "Soyuz TM-40")) == {"Pavel Orlov", "Ivan Sidorin"}


def test_a_count_word_before_a_list_of_another_size_is_no_crew() -> None:
    ext = run("Soyuz TM-40 landed on Friday. The three, Pavel Orlov and Ivan Sidorin, were greeted by officials.\n")
    assert not set(crew(ext, "Soyuz TM-40"))


def test_a_counted_colon_list_with_semicolons_gives_one_crew_member_an_item() -> None:
    ext = run(
        "NS-40, the company's ninth crewed flight, carried four customers aboard the capsule: banker Mark "
        "Oldfield; Pierre Dumas, founder of the Belgian chocolate maker Cacao Nord; retired teacher Helen Crane; "
        "and Joe Barker, a retired Navy officer chosen by Governor Ann Tate in 1990 to be a test pilot.\n"
    )
    assert set(crew(ext, "NS-40")) == {"Mark Oldfield", "Pierre Dumas", "Helen Crane", "Joe Barker"}


def test_a_colon_list_of_another_size_than_counted_is_no_crew() -> None:
    ext = run(
        "NS-40 flew on Sunday. The company thanked six partners: banker Mark Oldfield; retired teacher Helen Crane.\n"
    )
    assert not set(crew(ext, "NS-40")) & {"Mark Oldfield", "Helen Crane"}


def test_a_name_before_founder_of_a_body_is_a_person_with_that_occupation() -> None:
    ext = run("The capsule carried Pierre Dumas, founder of the chocolate maker Cacao Nord, to the edge of space.\n")
    assert ("Pierre Dumas", "founder") in facts(ext, "occupation")


def test_a_count_told_in_a_sentence_naming_no_flight_counts_the_article_flight() -> None:
    ext = run(
        "The Skylab-5 astronauts came home today after two months in orbit. Officials said astronauts Mark "
        "Oldfield, Joe Barker and Ravi Menon looked well after splashing down. All the three men were able to "
        "walk to the waiting doctors.\n"
    )
    assert set(crew(ext, "Skylab-5")) == {"Mark Oldfield", "Joe Barker", "Ravi Menon"}


def test_a_counted_list_with_a_title_before_each_name_is_the_crew_in_those_roles() -> None:
    ext = run(
        "Three cosmonauts rode into space on Tuesday aboard Soyuz T-40. The agency said the three cosmonauts, "
        "commander Pavel Orlov, engineer Ivan Sidorin and researcher Oleg Markin, will dock with the Salyut 9 station, "
        "where cosmonauts Yuri Lenko and Boris Tal have been since May.\n"
    )
    assert crew(ext, "Soyuz T-40") == {
        "Pavel Orlov": {"commander"},
        "Ivan Sidorin": {"engineer"},
        "Oleg Markin": {"researcher"},
    }
