"""Someone told beside a later flight who 'flew up with the team' flew on the article's flight (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import crew, run


def test_a_person_who_flew_up_with_the_crew_and_stays_is_crew_of_the_article_flight() -> None:
    ext = run(
        "The shuttle Atlantis landed on Sunday, ending mission STS-140 with commander Laura Finch and pilot Omar "
        "Haddad. Flight engineer Dana Ruiz, who flew up with the crew to the station on May 3, stayed there and "
        "will return with the next mission, STS-141, planned for August.\n"
    )
    assert "Dana Ruiz" in crew(ext, "STS-140")
