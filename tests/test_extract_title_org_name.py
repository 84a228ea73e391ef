"""A title, its company and a name run together ('founder of <Company> <Name>') (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import crew, facts, run


def test_founder_of_a_company_then_a_name_is_a_person_with_that_occupation() -> None:
    ext = run(
        "Virgin Galactic completed its first fully crewed test flight on Sunday.\n\n"
        'The mission, dubbed "Unity 40," carried a full crew of two pilots and four mission specialists, '
        "including founder of Virgin Galactic Dana Whitfield, who was testing the cabin.\n"
    )
    people = {e.label for e in ext.entities.values() if e.kind == "person"}
    orgs = {e.label for e in ext.entities.values() if e.kind == "organization"}
    assert "Dana Whitfield" in people
    assert orgs == {"Virgin Galactic"}
    assert ("Dana Whitfield", "founder") in facts(ext, "occupation")
    assert "Dana Whitfield" in crew(ext, "Unity 40")
