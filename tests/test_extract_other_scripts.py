"""Names written in a script other than Latin are people of their own, never one merged 'x'."""

from __future__ import annotations

from kg.extract.document import slug
from kg.extract.resources import fold
from tests.test_extract_support import run


def test_two_cyrillic_names_stay_two_people() -> None:
    ext = run(
        "Cosmonaut Юрий Гагарин flew aboard Vostok 1 on April 12, 1961. "
        "Engineer Сергей Королёв led the team that built the rocket."
    )
    people = {e.key: e.label for e in ext.entities.values() if e.kind == "person"}
    assert sorted(people.values()) == ["Сергей Королёв", "Юрий Гагарин"]


def test_folding_keeps_the_letters_of_other_scripts() -> None:
    assert fold("Юрий Гагарин") == "юрии гагарин"  # й decomposes to и and a breve, as accents do
    assert fold("Юрий Гагарин") != fold("Сергей Королёв")
    assert fold("José Núñez") == "jose nunez"
    assert slug("Юрий Гагарин") != slug("Сергей Королёв")
    assert slug("Yang Liwei") == "yang-liwei"
