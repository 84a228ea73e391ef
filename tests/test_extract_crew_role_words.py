"""Role words of the news: a co-pilot is the pilot, passengers are passengers."""

from __future__ import annotations

from tests.test_extract_support import crew, run


def test_a_co_pilot_is_the_pilot() -> None:
    ext = run(
        "The shuttle Atlantis lifted off on Friday. Commander Omar Haddad will be joined in the cockpit by "
        "co-pilot Laura Finch.\n"
    )
    assert crew(ext, "Atlantis crewed flight") == {"Omar Haddad": {"commander"}, "Laura Finch": {"pilot"}}


def test_passengers_named_with_their_role_word() -> None:
    ext = run(
        "Blue Origin launched its New Shepard rocket on Sunday. Passengers Laura Finch and Pavel Orlov waved as "
        "the capsule rose.\n"
    )
    assert crew(ext, "New Shepard crewed flight") == {"Laura Finch": {"passenger"}, "Pavel Orlov": {"passenger"}}
