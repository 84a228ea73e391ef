"""A bulleted crew list under 'Here are the crew members for NS-50:' whose items run on for more than one sentence
('- A, founder of X. She is the first ...') names the flight's crew, every item of it (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import crew, run


def test_every_item_of_a_bulleted_list_with_notes_is_crew() -> None:
    ext = run(
        "Blue Origin flies six more\n\n"
        "Blue Origin sent six people to the edge of space today aboard New Shepard. The flight, known as NS-50, "
        "lasted ten minutes.\n"
        "Here are the crew members for NS-50:\n"
        "- Laura Finch, the founder of Brightwell, a maker of garden tools. She is the first person from her town "
        "to fly to space.\n"
        "- Peter Hale, a retired surgeon who ran a clinic in Ohio for 30 years.\n"
        "- Maria Costa, an investor. Costa trained for the flight for a month.\n"
    )
    assert {"Laura Finch", "Peter Hale", "Maria Costa"} <= set(crew(ext, "NS-50"))


def test_will_opening_a_bulleted_item_is_a_given_name() -> None:
    ext = run(
        "Blue Origin flies six more\n\n"
        "Blue Origin sent six people to space today. The flight, known as NS-50, lasted ten minutes.\n"
        "Here are the crew members for NS-50:\n"
        "- Will Archer, CEO of Halden, a drug company.\n"
        "- Peter Hale, a retired surgeon.\n"
    )
    assert "Will Archer" in crew(ext, "NS-50")
