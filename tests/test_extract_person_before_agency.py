"""A person listed right before an agency's name ('A and European Space Agency astronaut B') stays a person."""

from __future__ import annotations

from tests.test_extract_support import crew, objects, run


def test_a_listed_person_is_not_swallowed_by_the_next_agency_name() -> None:
    ext = run(
        "The space shuttle Columbia lifted off on Monday. The crew includes mission specialists Laura Finch, "
        "Ivan Sidorin and European Space Agency astronaut Hans Weber.\n"
    )
    assert set(crew(ext, "space shuttle crewed flight")) == {"Laura Finch", "Ivan Sidorin", "Hans Weber"}
    assert objects(ext, "affiliation", "Hans Weber") == {"European Space Agency"}
