"""People around a crew: names found by list position, initials, demonym nouns and country possessives;
occupations of officials (titles of two words, 'Org's vice president'); plural role nouns name no one."""

from __future__ import annotations

from kg.extract.model import Extraction
from tests.test_extract_support import crew, objects, run


def _people(ext: Extraction) -> set[str]:
    """Return the labels of the people found."""
    return {e.label for e in ext.entities.values() if e.kind == "person"}


def test_initials_as_a_given_name_make_a_person_with_a_role() -> None:
    ext = run("The Unity 40 flight lifted off on Sunday, flown by commander TJ Marlow, 58, and pilot Rosa Fenn, 44.")
    assert "commander" in crew(ext, "Unity 40")["TJ Marlow"]
    assert objects(ext, "age", "TJ Marlow") == {"58"}


def test_a_demonym_noun_before_a_name_is_not_part_of_it() -> None:
    ext = run("The Crew-50 mission lifted off on Monday. Dutchman Pieter Smit, 39, flies as a mission specialist.")
    assert "Pieter Smit" in _people(ext)
    assert not any(name.startswith("Dutchman") for name in _people(ext))


def test_an_unknown_name_between_two_listed_people_is_a_person() -> None:
    ext = run(
        "The Unity 41 flight lifted off on Sunday. Also aboard were David Lowe, Ximena Otaru and Peter Hall, "
        "all working as mission specialists."
    )
    assert "mission specialist" in crew(ext, "Unity 41")["Ximena Otaru"]


def test_a_country_possessive_and_an_astronaut_apposition_mark_people() -> None:
    ext = run(
        "The Crew-51 mission lifted off. Belgium's first astronaut, Tarmo Kivik, watched with Denmark's Ilze Berg."
    )
    assert {"Tarmo Kivik", "Ilze Berg"} <= _people(ext)


def test_an_organisations_officer_in_an_apposition_gets_the_occupation() -> None:
    ext = run(
        "The NS-50 flight lifted off. Flying with Ed Lane were Odile Marsh, Blue Origin's vice president of sales."
    )
    assert "vice president" in objects(ext, "occupation", "Odile Marsh")
    assert "Odile Marsh" in crew(ext, "NS-50")


def test_a_two_word_title_is_one_occupation() -> None:
    ext = run(
        "The Crew-52 mission lifted off. ESA Director General Karl Brenn watched, with Yuri Kotov, the director "
        "general of Roscosmos, and agency head Ana Ruiz."
    )
    assert objects(ext, "occupation", "Karl Brenn") == {"director general"}
    assert objects(ext, "occupation", "Yuri Kotov") == {"director general"}
    assert objects(ext, "occupation", "Ana Ruiz") == {"head"}


def test_a_plural_role_noun_is_no_coreference_to_the_last_official() -> None:
    ext = run(
        "The Shenzhou-40 crew was presented on Sunday by Wu Jian, deputy director of the agency's office, "
        "who said the astronauts would stay six months."
    )
    assert objects(ext, "occupation", "Wu Jian") == {"deputy director"}
    assert "Wu Jian" not in crew(ext, "Shenzhou-40")


def test_a_family_name_with_a_short_given_name_and_a_title_of_two_words() -> None:
    ext = run("The Shenzhou-41 mission lifted off. Vice Premier Wang He watched the liftoff at Jiuquan.")
    assert objects(ext, "occupation", "Wang He") == {"vice premier"}
