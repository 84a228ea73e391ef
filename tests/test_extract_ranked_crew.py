"""Crew named each after a military rank ('Group Captain A, ..., Wing Commander D') (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import crew, run


def test_crew_each_named_after_a_rank_are_all_crew_and_the_rank_is_no_role() -> None:
    ext = run(
        "The agency named the crew of its first crewed flight, Vyomyaan-1, on Tuesday.\n\n"
        "The four astronauts are Group Captain Ravi Menon Pillai, Group Captain Arjun Rao, Squadron Leader "
        "Vikram Sethi and Wing Commander Rohan Das, Prime Minister Anil Kapoor said.\n"
    )
    assert crew(ext, "Vyomyaan-1") == {
        "Ravi Menon Pillai": {None},
        "Arjun Rao": {None},
        "Vikram Sethi": {None},
        "Rohan Das": {None},
    }
