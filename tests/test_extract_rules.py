"""Annotation rules, one phenomenon at a time, on sentences written for the purpose."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import crew, facts, missions, objects, run


def test_role_written_before_and_after_names() -> None:
    ext = run(
        "The Ax-9 mission lifted off today. Mission commander Ann Carter, 52, leads the crew. "
        "Geoscientist Sam Ortiz, 44, serves as pilot, and engineer Mark Bell flies as mission specialist."
    )
    members = crew(ext, "Ax-9")
    assert "commander" in members["Ann Carter"]
    assert "pilot" in members["Sam Ortiz"]
    assert "mission specialist" in members["Mark Bell"]
    assert objects(ext, "occupation", "Sam Ortiz") == {"geoscientist"}
    assert objects(ext, "age", "Ann Carter") == {"52"}


def test_plural_role_is_shared_by_the_names_it_introduces() -> None:
    ext = run(
        "NASA today named the crew of Artemis IX: commander Reid Wiseman, pilot Victor Glover and "
        "mission specialists Christina Koch and Jeremy Hansen."
    )
    members = crew(ext, "Artemis IX")
    assert members["Christina Koch"] - {None} == {"mission specialist"}
    assert members["Jeremy Hansen"] - {None} == {"mission specialist"}
    assert members["Victor Glover"] - {None} == {"pilot"}


def test_people_who_only_greet_or_watch_are_not_crew() -> None:
    ext = run(
        "The Soyuz MS-30 spacecraft docked today. The crew was greeted by NASA astronaut Mark Vande Hei, "
        "already aboard the station. Flight director Marcus Hale, speaking from mission control, praised the team."
    )
    members = crew(ext, "Soyuz MS-30")
    assert "Mark Vande Hei" not in members
    assert "Marcus Hale" not in members


def test_surname_and_role_noun_resolve_to_the_full_name() -> None:
    ext = run(
        "Russian actress Julia Peresild took off today for the International Space Station aboard Soyuz MS-19. "
        "The 37-year-old Peresild trained for months. The team made up of the actress, film director "
        "Klim Shipenko and cosmonaut Anton Shkaplerov will spend 12 days in space."
    )
    assert objects(ext, "age", "Julia Peresild") == {"37"}
    assert objects(ext, "nationality", "Julia Peresild") == {"Russian"}
    assert "Julia Peresild" in crew(ext, "Soyuz MS-19")
    assert crew(ext, "Soyuz MS-19")["Anton Shkaplerov"] == {None, "cosmonaut"}
    people = [e for e in ext.entities.values() if e.kind == "person"]
    assert len(people) == 3


def test_alias_table_keeps_the_articles_spelling_and_other_spellings() -> None:
    ext = run("Cosmonaut Anton Shklaplerov lifted off today on Soyuz MS-19 from the Baikonur cosmodrome.")
    person = next(e for e in ext.entities.values() if e.kind == "person")
    assert person.label == "Anton Shklaplerov"
    assert "Anton Shkaplerov" in person.alt_labels
    site = next(e for e in ext.entities.values() if e.kind == "launch_site")
    assert site.label == "Baikonur cosmodrome"
    assert "Baikonur Cosmodrome" in site.alt_labels


def test_someone_else_planned_flight_gets_its_own_label() -> None:
    ext = run(
        "Soyuz MS-19 lifted off today with actress Julia Peresild. Meanwhile Tom Cruise said he would "
        "travel to orbit to shoot a movie. The project was later postponed to 2022."
    )
    assert "Tom Cruise's planned film flight" in missions(ext)
    assert "Tom Cruise" in crew(ext, "Tom Cruise's planned film flight")
    assert "Tom Cruise" not in crew(ext, "Soyuz MS-19")
    assert objects(ext, "status", "Tom Cruise's planned film flight") == {"postponed"}
    assert objects(ext, "status", "Soyuz MS-19") == {"underway"}


def test_contrast_phrase_does_not_make_crew_or_destinations() -> None:
    ext = run(
        "SpaceX launched Inspiration4 last night. Unlike the Russian film crew that is expected to fly to the "
        "orbital station next month, the Inspiration4 crew will not dock with any station.",
        date(2021, 9, 16),
    )
    assert objects(ext, "destination", "Inspiration4") == set()
    assert objects(ext, "launch_date", "Inspiration4") == {"2021-09-15"}


def test_launch_site_rocket_spacecraft_and_time_zone() -> None:
    ext = run(
        "The Falcon 9 rocket lifted off last night at 8:02 p.m. Eastern time from Launch Complex 39A, "
        "carrying the Crew Dragon capsule Resilience on the Inspiration4 mission.",
        date(2021, 9, 16),
    )
    assert objects(ext, "launch_vehicle", "Inspiration4") == {"Falcon 9"}
    assert objects(ext, "spacecraft", "Inspiration4") == {"Resilience"}
    assert objects(ext, "launch_site", "Inspiration4") == {"Launch Complex 39A"}
    assert objects(ext, "launch_date", "Inspiration4") == {"2021-09-15T20:02:00-04:00"}


def test_landing_date_site_duration_and_altitude() -> None:
    ext = run(
        "SpaceX launched Inspiration4 last night. The capsule will spend three days in orbit at an altitude of "
        "about 585 kilometers before splashing down in the Atlantic Ocean on Saturday.",
        date(2021, 9, 16),
    )
    assert objects(ext, "landing_date", "Inspiration4") == {"2021-09-18"}
    assert objects(ext, "landing_site", "Inspiration4") == {"Atlantic Ocean"}
    assert objects(ext, "duration", "Inspiration4") == {"P3D"}
    assert objects(ext, "altitude_km", "Inspiration4") == {"585"}
    assert objects(ext, "destination", "Inspiration4") == {"orbit"}


def test_organisations_take_part_in_the_flight() -> None:
    ext = run(
        "SpaceX launched Inspiration4 last night. The mission is raising money for St. Jude Children's "
        "Research Hospital. The capsule was built by Boeing with the help of NASA.",
        date(2021, 9, 16),
    )
    assert facts(ext, "operator") == {("Inspiration4", "SpaceX")}
    assert facts(ext, "beneficiary") == {("Inspiration4", "St. Jude Children's Research Hospital")}
    assert facts(ext, "builder") == {("Inspiration4", "Boeing")}
    assert facts(ext, "partner") == {("Inspiration4", "NASA")}


def test_film_title_director_and_cast() -> None:
    ext = run(
        "Actress Julia Peresild and film director Klim Shipenko took off today on Soyuz MS-19 to shoot a film. "
        "The production is called 'The Challenge'. Cosmonauts Oleg Novitsky and Pyotr Dubrov will play characters."
    )
    assert objects(ext, "director", "The Challenge") == {"Klim Shipenko"}
    assert objects(ext, "cast_member", "The Challenge") == {"Julia Peresild", "Oleg Novitsky", "Pyotr Dubrov"}


def test_social_media_post_is_a_dated_event() -> None:
    ext = run(
        "NASA is excited to work on a film aboard the station! pic.twitter.com/abc – Jim Bridenstine "
        "(@JimBridenstine) May 5, 2020"
    )
    events = [e for e in ext.entities.values() if e.kind == "event"]
    assert [objects(ext, "date", e.label) for e in events] == [{"2020-05-05"}]
    assert objects(ext, "event_type", events[0].label) == {"post"}
    assert objects(ext, "agent", events[0].label) == {"Jim Bridenstine"}


def test_article_about_something_else_is_empty() -> None:
    ext = run("The city council voted on Monday to extend the library's opening hours until 9 p.m.")
    assert missions(ext) == set()
    assert not [f for f in ext.facts if f.predicate in ("crew_member", "launch_date", "destination")]


def test_every_fact_cites_a_sentence_of_the_article_containing_its_phrase() -> None:
    ext = run(
        "SpaceX launched Inspiration4 last night from Launch Complex 39A. The flight is commanded by "
        "Jared Isaacman, the 38-year-old founder of Shift4 Payments.",
        date(2021, 9, 16),
    )
    text = ext.article.text
    assert ext.facts
    for fact in ext.facts:
        assert fact.evidence.sentence in ext.sentences
        sentence, span = fact.evidence.sentence, fact.evidence.span
        assert sentence.begin <= span.begin < span.end <= sentence.end
        assert text[span.begin : span.end].strip()
        assert fact.evidence.rule


def test_short_and_bracketed_flight_names_are_one_flight() -> None:
    ext = run(
        "Axiom Mission 1 (Ax-1) lifted off today. Ax-1 commander Michael López-Alegría leads the crew. "
        "The Soyuz MS-22 capsule sprang a leak; MS-22 will return empty.",
        date(2022, 4, 8),
    )
    assert missions(ext) == {"Axiom Mission 1", "Soyuz MS-22"}
    flight = next(e for e in ext.entities.values() if e.label == "Axiom Mission 1")
    assert "Ax-1" in flight.alt_labels
    assert crew(ext, "Axiom Mission 1")["Michael López-Alegría"] == {"commander"}


def test_years_ago_and_named_modules() -> None:
    ext = run(
        "Fifty years ago Apollo 11 launched to the Moon. The lunar module Eagle landed while Michael Collins "
        "stayed in Columbia, the command module.",
        date(2019, 7, 20),
    )
    assert objects(ext, "launch_date", "Apollo 11") == {"1969"}
    assert objects(ext, "destination", "Apollo 11") == {"Moon"}
    assert {"Eagle", "Columbia"} <= objects(ext, "spacecraft", "Apollo 11")


def test_nickname_in_quotes_and_descriptive_alias_labels() -> None:
    ext = run(
        "Edwin “Buzz” Aldrin, 89, spoke today. The Russian space agency said the Soyuz MS-30 crew was ready.",
        date(2019, 7, 20),
    )
    assert objects(ext, "age", "Edwin “Buzz” Aldrin") == {"89"}
    agency = next(e for e in ext.entities.values() if e.kind == "organization")
    assert agency.label == "Roscosmos"
    assert "Russian space agency" in agency.alt_labels
