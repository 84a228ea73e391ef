"""Crew told by appositions, by a determined role before a name, by 'joined by' after a crew member, and crew of
earlier flights told in history: a flight as a verb's object, dying in a flight's accident, a spacewalk from a
flight, and a described flight with a year."""

from __future__ import annotations

from datetime import date

from kg.extract.document import Document, Sentence
from kg.extract.model import Article, Span
from tests.test_extract_support import crew, run


def test_a_role_in_an_apposition_with_an_age_goes_to_the_name() -> None:
    ext = run(
        "The Crew-51 mission lifted off on Monday. ESA's Marta Lind, the 45-year-old commander, and Turkish "
        "engineer Kemal Aras, 38, a payload specialist flying for his government, are on their way to the station."
    )
    members = crew(ext, "Crew-51")
    assert "commander" in members["Marta Lind"]
    assert "payload specialist" in members["Kemal Aras"]


def test_an_indefinite_trade_in_an_apposition_is_no_seat() -> None:
    ext = run(
        "The NS-41 flight lifted off from Texas on Tuesday. Riding with Paul Kerr were Dana Moss, 30, a pilot "
        "and investor, and Greg Wynn."
    )
    assert "pilot" not in crew(ext, "NS-41").get("Dana Moss", set())


def test_a_determined_role_set_off_by_commas_before_a_name() -> None:
    ext = run(
        "Apollo 31 lifted off on a Saturn V on Friday. Its commander, Harold Finch, and Luke Brand, the pilot, "
        "were both Navy officers."
    )
    members = crew(ext, "Apollo 31")
    assert "commander" in members["Harold Finch"]


def test_people_joining_a_crew_member_are_crew_even_in_a_past_tense_sentence() -> None:
    ext = run(
        "Shenzhou-31 came back to Earth on Monday. Commander Zhao Ming, 50, was joined by Wei Lan, 33, and "
        "Liu Pei, the 41-year-old former navy pilot."
    )
    assert {"Zhao Ming", "Wei Lan", "Liu Pei"} <= set(crew(ext, "Shenzhou-31"))


def test_a_flight_as_the_object_of_a_flying_verb_with_a_name_or_a_pronoun() -> None:
    ext = run(
        "The Crew-52 mission lifted off on Monday. Its pilot, veteran Samuel Orr, watched from Houston. "
        "Orr commanded Apollo 19 in 1973. Two years later he flew Gemini 14 as well."
    )
    assert "commander" in crew(ext, "Apollo 19")["Samuel Orr"]
    assert "Samuel Orr" in crew(ext, "Gemini 14")


def test_people_who_died_in_a_flights_accident_were_its_crew() -> None:
    ext = run(
        "Gemini 15 landed on Monday. Years later Tom Baxter perished with Ivan Marsh and Pete Rowe in the "
        "Apollo 22 cabin fire on a test stand."
    )
    assert {"Tom Baxter", "Ivan Marsh", "Pete Rowe"} <= set(crew(ext, "Apollo 22"))


def test_a_spacewalk_from_a_flight_puts_the_walker_aboard() -> None:
    ext = run("Gemini 16 lifted off on Monday. Weeks before, Pavel Orlov had made a daring spacewalk from Voskhod 3.")
    assert "Pavel Orlov" in crew(ext, "Voskhod 3")


def test_a_vehicle_that_flew_is_no_person_travelling() -> None:
    ext = run(
        "Soyuz MS-41 will lift off on Friday with three cosmonauts. In an emergency, Karl Wendt would "
        "shelter in the SpaceX Crew Dragon that flew up in May on the Crew-31 mission."
    )
    assert "Karl Wendt" not in crew(ext, "Crew-31")


def test_an_inverted_list_opening_on_alongside_makes_everyone_crew() -> None:
    ext = run(
        "The NS-42 flight lifted off from Texas on Tuesday. Alongside Maria Bell were four paying guests: "
        "venture capitalist Omar Sayed; Hugo Lind, a retired judge; and Nina Cole, 28."
    )
    assert {"Maria Bell", "Omar Sayed", "Hugo Lind", "Nina Cole"} <= set(crew(ext, "NS-42"))


def test_a_described_earlier_flight_with_a_year_and_a_companion() -> None:
    ext = run(
        "The NS-43 flight lifted off from Texas on Tuesday. The company's founder, Oliver Grant, who flew on "
        "the first crewed suborbital flight in August 2019 with his sister Emma, was not at the site.",
        date(2024, 5, 20),
    )
    earlier = crew(ext, "Oliver Grant's 2019 flight")
    assert "Oliver Grant" in earlier
    assert "Emma" in earlier
    assert "Oliver Grant" not in crew(ext, "NS-43")


def test_removing_crew_facts_forgets_the_flight_of_a_person() -> None:
    text = "Ann Lee flew on Apollo 40, not on Apollo 41."
    doc = Document(Article("a", text, date(2024, 1, 1)))
    sentence = Sentence(0, Span(0, len(text)), text, [], [], [], False, False, False, False)
    doc.sentences.append(sentence)
    doc.add_fact(
        subject="mission-apollo-41",
        predicate="crew_member",
        obj="person-ann-lee",
        evidence=doc.evidence(sentence, 0, 7, "test"),
    )
    doc.add_fact(
        subject="mission-apollo-40",
        predicate="crew_member",
        obj="person-ann-lee",
        evidence=doc.evidence(sentence, 0, 7, "test"),
    )
    assert doc.mission_of_person("person-ann-lee") == "mission-apollo-41"
    doc.remove_facts([f for f in doc.facts if f.subject == "mission-apollo-41"])
    assert doc.mission_of_person("person-ann-lee") == "mission-apollo-40"


def test_an_occupation_before_an_unknown_name_makes_it_a_person() -> None:
    ext = run("The NS-45 flight lifted off on Tuesday with Belgian brewer Anouk Verbeke and retired judge Tiago Moss.")
    people = {e.label for e in ext.entities.values() if e.kind == "person"}
    assert {"Anouk Verbeke", "Tiago Moss"} <= people


def test_an_age_before_a_semicolon_and_a_possessor_with_modifiers_before_an_occupation() -> None:
    ext = run(
        "Commander Ivan Sorokin, 52; flight engineer Oleg Tarasov, 41; and Ana Ruiz, 45, launched on Soyuz MS-40. "
        "ESA's deputy mission program manager, Claude Petit, said all was well."
    )
    ages = {e.label: str(f.obj.lexical) for f in ext.facts if f.predicate == "age" for e in [ext.entities[f.subject]]}
    assert ages["Ivan Sorokin"] == "52" and ages["Oleg Tarasov"] == "41"
    occupations = {str(f.obj.lexical) for f in ext.facts if f.predicate == "occupation" and "claude" in f.subject}
    assert "program manager" in occupations


def test_people_after_with_get_their_own_role_not_the_one_before() -> None:
    ext = run(
        "STS-90 lifted off on Monday. Anna Gray was the commander and Tom Reed the pilot, with Mia Holt and "
        "Sam Price as mission specialists."
    )
    members = crew(ext, "STS-90")
    assert "mission specialist" in members["Mia Holt"]
    assert "mission specialist" not in members.get("Tom Reed", set())
    assert "pilot" in members["Tom Reed"]
