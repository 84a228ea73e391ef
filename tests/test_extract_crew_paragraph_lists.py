"""A crew listed after a colon, one paragraph a member ('A, a physician, ...' running on for sentences), is the
crew of the flight the opening line names; a nickname in brackets and two given names sharing a surname name
whole people (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import crew, objects, run


def _article() -> str:
    return (
        "Orbitco flew its NS-47 suborbital flight from West Texas on Tuesday with six people aboard.\n"
        "The NS-47 flight carried a varied group of flyers:\n"
        "Paul and Laura Verne, a married pair who first flew with Orbitco in 2021, came back for a second trip.\n"
        "Greta Olsen, a novelist and radio host, joined them. She said the view was worth the wait. "
        "Orbitco did not say what she paid.\n"
        "Photo: Orbitco\n"
        "Tomas Reiter, an insurance analyst, won his seat in a raffle.\n"
        "Peter (P.J.) Lang, a software entrepreneur, and Robert (Bob) Hale, chairman of a Toronto bank, completed "
        "the crew.\n"
        "The capsule landed ten minutes after liftoff.\n"
    )


def test_each_paragraph_opened_by_a_name_after_a_crew_line_names_a_member() -> None:
    found = crew(run(_article()), "NS-47")
    assert set(found) == {"Paul Verne", "Laura Verne", "Greta Olsen", "Tomas Reiter", "Peter Lang", "Robert Hale"}


def test_a_bracketed_nickname_is_part_of_a_persons_name_and_the_apposition_gives_the_trade() -> None:
    ext = run(_article())
    assert "entrepreneur" in objects(ext, "occupation", "Peter Lang")
    assert "chairman" in objects(ext, "occupation", "Robert Hale")


def test_paragraphs_after_a_line_that_opens_no_crew_list_are_no_crew() -> None:
    ext = run(
        "Orbitco flew its NS-47 suborbital flight from West Texas on Tuesday with six people aboard.\n"
        "Orbitco thanked its suppliers:\n"
        "Greta Olsen, owner of a machine shop, built the seats. She has worked with Orbitco for years.\n"
        "Tomas Reiter, a welder, made the frame.\n"
    )
    assert not {"Greta Olsen", "Tomas Reiter"} & set(crew(ext, "NS-47"))
