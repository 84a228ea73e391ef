"""An honorific before a surname alone ('Miss Orlova', 'Mr. Okafor') stands for the person named in full before,
and an apposition giving her trade ('a tomboyish air force junior lieutenant') is that person's (issue 11)."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import objects, run


def test_a_surname_after_miss_is_the_person_named_before_with_her_trade() -> None:
    ext = run(
        "MOSCOW — The Soviet Union launched Vostok 9 today with Irina Petrovna Orlova aboard.\n\n"
        "Miss Orlova, a tomboyish air force junior lieutenant, spun into space after a week of rumor.\n",
        published=date(1965, 6, 16),
    )
    people = {e.label for e in ext.entities.values() if e.kind == "person"}
    assert people == {"Irina Petrovna Orlova"}
    assert "junior lieutenant" in objects(ext, "occupation", "Irina Petrovna Orlova")
