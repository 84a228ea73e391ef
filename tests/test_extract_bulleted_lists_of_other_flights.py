"""A bulleted crew list under a header naming an earlier flight gives that flight's crew, not the story's flight."""

from __future__ import annotations

from tests.test_extract_support import crew, run


def test_bulleted_crew_of_an_earlier_flight_is_not_the_crew_of_the_story_flight() -> None:
    ext = run(
        "The shuttle Endeavour lifted off on Monday on mission STS-140. Commander Laura Finch waved.\n\n"
        "The crew of STS-41 were:\n\n  • Omar Haddad, Commander\n  • Maria Petrova, Mission Specialist\n"
    )
    assert crew(ext, "STS-41") == {"Omar Haddad": {"commander"}, "Maria Petrova": {"mission specialist"}}
    assert crew(ext, "STS-140") == {"Laura Finch": {"commander"}}
