"""A full stop the sentence splitter keeps inside a sentence ('... Anna Lowe. © AGENCY') ends a name; it makes
the last word no abbreviation, so the person is still read (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import crew, run


def test_a_name_before_a_full_stop_and_a_credit_line_is_a_crew_member() -> None:
    ext = run(
        "The Crew Dragon splashed down on Sunday, ending the Polaris Sky mission.\n\nA photo shows the crew: "
        "commander Jon Hale, pilot Sam Reed, and mission specialist and medical officer Ann Lowe. © handout / agency\n"
    )
    assert crew(ext, "Polaris Sky")["Ann Lowe"] == {"mission specialist", "medical officer"}
