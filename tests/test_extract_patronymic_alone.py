"""A given name and patronymic without the family name ('KOMAROV, Pavel Sergeyevich') are no person (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import run


def _people(body: str) -> set[str]:
    ext = run(body)
    return {e.label for e in ext.entities.values() if e.kind == "person"}


def test_given_name_and_patronymic_alone_are_no_person() -> None:
    people = _people("The pilot of the ship is citizen KOMAROV, Pavel Sergeyevich, a major of the air force.\n")
    assert "Pavel Sergeyevich" not in people


def test_a_full_name_with_a_patronymic_is_still_a_person() -> None:
    people = _people("The pilot of the ship, Pavel Sergeyevich Komarov, flew on Tuesday.\n")
    assert "Pavel Sergeyevich Komarov" in people
