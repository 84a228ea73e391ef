"""An occupation in an apposition led by an agency's acronym ('A, NASA associate administrator') (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import facts, run


def test_an_agency_acronym_before_the_occupation_in_an_apposition() -> None:
    ext = run(
        "The Soyuz MS-31 spacecraft lifted off on Friday with three cosmonauts.\n\n"
        '"A super way to start the mission," Laura Finch, NASA associate administrator for space operations, '
        "told reporters after the launch.\n"
    )
    assert ("Laura Finch", "associate administrator") in facts(ext, "occupation")
