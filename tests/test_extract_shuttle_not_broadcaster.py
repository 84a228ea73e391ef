"""The bare name 'Discovery' in a space story is the shuttle, not the Discovery Channel (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import run


def _organisations(body: str) -> set[str]:
    ext = run(body)
    return {e.label for e in ext.entities.values() if e.kind == "organization"}


def test_bare_discovery_is_not_an_organisation() -> None:
    assert "Discovery" not in _organisations(
        "Shuttle Crew Set as Discovery Heads Out\n\n"
        "The damage first showed up during last spring's flight of Discovery.\n\n"
        "Discovery Crew\n\n"
        "The commander is a veteran of two flights.\n"
    )


def test_the_discovery_channel_is_still_an_organisation() -> None:
    assert "Discovery Channel" in _organisations(
        "A film crew from the Discovery Channel will follow the astronauts before their flight.\n"
    )
