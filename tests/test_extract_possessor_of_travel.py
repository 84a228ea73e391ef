"""'He made 17 orbits, more than A's one orbit on X': the traveller of X is A, whose orbit it was, not the
person 'he' stands for (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import crew, run


def test_the_possessor_of_an_orbit_on_another_flight_flew_it() -> None:
    ext = run(
        "Soyuz 41 landed safely on Monday with Pavel Demin aboard. He made 17 orbits, which surpassed "
        "Oleg Kirsanov's one orbit on Soyuz 40, just a few months earlier.\n",
    )
    assert set(crew(ext, "Soyuz 40")) == {"Oleg Kirsanov"}
