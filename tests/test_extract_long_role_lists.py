"""A plural role before a long list gives every listed name the role (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import crew, run


def test_mission_specialists_before_four_names_give_all_four_the_role() -> None:
    ext = run(
        "The shuttle Atlantis landed on Monday.\n\n"
        "Also on board Atlantis were mission specialists Laura Finch, Omar Haddad, Pavel Orlov and Hans Weber.\n"
    )
    assert crew(ext, "Atlantis crewed flight") == {
        name: {"mission specialist"} for name in ("Laura Finch", "Omar Haddad", "Pavel Orlov", "Hans Weber")
    }
