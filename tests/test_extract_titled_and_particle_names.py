"""A head of state named by title and surname ('President Hollis') is a person; so is a name with a Germanic particle
('Konrad von Adler') with no cue around it (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import run


def _people(body: str) -> set[str]:
    """Return the labels of the people found in an article made of `body`."""
    ext = run(body)
    return {e.label for e in ext.entities.values() if e.kind == "person"}


def test_a_president_named_by_surname_alone_is_a_person() -> None:
    body = (
        "The Aurora 5 capsule came home safely today.\n\n"
        "Minutes later the pilot told President Hollis by radio telephone that all was well.\n"
    )
    assert "Hollis" in _people(body)


def test_a_name_with_a_particle_is_a_person_without_any_cue() -> None:
    body = (
        "The Aurora 5 capsule came home safely today.\n\n"
        "For Konrad von Adler and his rocket engineers, the booster scored a bullseye.\n"
    )
    assert "Konrad von Adler" in _people(body)
