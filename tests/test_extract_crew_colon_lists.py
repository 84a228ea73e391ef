"""A crew listed after a colon, one person a line closed by a semicolon, is the crew of the flight the opening
line tells of; a person opening such a line is named whole, with the trade their apposition gives (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import crew, objects, run


def _article() -> str:
    return (
        "Orbitco flew its NS-41 suborbital flight from West Texas on Tuesday, the company said.\n\n"
        "NS-41 carried five people, four of whom the company named before the flight:\n\n"
        "Marta Quell, an investor who flew on the NS-33 flight in 2022;\n\n"
        "Odile Varga Pern, owner of a Denver bakery chain;\n\n"
        "Rohan Telk, a physician and chief executive of a clinic; and\n\n"
        "Ishaan Vorr, partner and co-head of trading at a brokerage.\n\n"
        "The company did not name the fifth flyer.\n"
    )


def test_each_line_of_a_list_opened_by_a_colon_names_a_member_of_the_flight() -> None:
    found = crew(run(_article()), "NS-41")
    assert set(found) == {"Marta Quell", "Odile Varga Pern", "Rohan Telk", "Ishaan Vorr"}


def test_a_name_opening_a_list_line_is_whole_and_its_apposition_gives_the_trade() -> None:
    ext = run(_article())
    assert objects(ext, "occupation", "Odile Varga Pern") == {"owner"}
    assert "partner" in objects(ext, "occupation", "Ishaan Vorr")


def test_lines_after_a_colon_that_opens_no_crew_list_are_no_crew() -> None:
    ext = run(
        "Orbitco flew its NS-41 suborbital flight from West Texas on Tuesday, the company said.\n\n"
        "The company thanked its suppliers:\n\n"
        "Marta Quell, owner of a machine shop;\n\n"
        "Rohan Telk, a physician at a local clinic.\n"
    )
    assert not {"Marta Quell", "Rohan Telk"} & set(crew(ext, "NS-41"))
