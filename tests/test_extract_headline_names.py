"""Names in Title-Case headlines and signatures: the words after a name are not part of it (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import run


def people(body: str) -> set[str]:
    """Return the labels of the people found in an article of `body`."""
    return {e.label for e in run(body).entities.values() if e.kind == "person"}


def test_title_case_headline_words_after_a_name_are_not_part_of_it() -> None:
    found = people(
        "Pilots Laura Finch and Omar Haddad Break Records on Trip to Orbital Lab.\n\n"
        "Laura Finch and Omar Haddad lifted off on Monday.\n"
    )
    assert "Laura Finch" in found and "Omar Haddad" in found
    assert not any("Break" in name or "Records" in name for name in found)


def test_a_channel_signature_with_its_handle_is_no_person() -> None:
    found = people(
        "Laura Finch lifted off on Monday.\n\nWhat a launch! — WKRP 7 News Cincinnati (@WKRP) October 6, 2021\n"
    )
    assert found == {"Laura Finch"}
