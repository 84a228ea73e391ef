"""Film cast told with 'playing', and service role nouns ('the Marine Corps pilot') that name no film."""

from __future__ import annotations

from tests.test_extract_support import facts, run


def _film_facts(ext_facts: set[tuple[str, str]]) -> set[str]:
    """Return the subjects (film titles) of a set of (subject, object) pairs."""
    return {subject for subject, _ in ext_facts}


def test_a_cast_member_told_with_playing_acts_in_the_titled_film() -> None:
    ext = run(
        'The Mercury-Atlas 9 flight lifted off in 1963. His flight was retold in "The Silver Sky", the 1990 '
        "film directed by Ann Cole and based on a book, with Tom Vale playing Cooper."
    )
    assert ("The Silver Sky", "Tom Vale") in facts(ext, "cast_member")
    assert ("The Silver Sky", "Ann Cole") in facts(ext, "director")


def test_a_service_before_a_role_noun_is_no_film_title() -> None:
    ext = run(
        "Dan Hart, 40, flew the Faith 9 flight on Monday. A rocket lifted the Marine Corps pilot off the pad at dawn."
    )
    assert "Marine Corps" not in _film_facts(facts(ext, "cast_member"))
