"""Companies named by how the text speaks of them, not by a list: 'the NPO Orbita company, which built the station',
'the Lisbon-based StarCorp', 'Orbisoft co-founder Dana Ruiz'. A company whose name holds a rocket's name is a body,
never a rocket, and makes no flight of its own (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import missions, run


def _orgs(body: str) -> set[str]:
    """Return the labels of the organisations found in an article made of `body`."""
    ext = run(body)
    return {e.label for e in ext.entities.values() if e.kind == "organization"}


def test_an_acronym_and_name_before_company_is_a_company_and_no_rocket() -> None:
    body = (
        "The Soyuz TM-41 capsule landed in Kazakhstan on Friday.\n\n"
        "NPO Energia company, which built the station, owns most of the venture.\n"
    )
    ext = run(body)
    assert "NPO Energia" in {e.label for e in ext.entities.values() if e.kind == "organization"}
    assert not {e.label for e in ext.entities.values() if e.kind == "launch_vehicle"}
    assert not any("Energia" in m for m in missions(ext))


def test_a_body_placed_by_a_based_cue_is_a_company() -> None:
    body = (
        "The Soyuz TM-41 capsule landed in Kazakhstan on Friday.\n\n"
        "The Lisbon-based Orbivest signed a lease on the station last year.\n"
    )
    assert "Orbivest" in _orgs(body)


def test_a_founder_title_names_the_company_before_it() -> None:
    body = (
        "The Soyuz TM-41 capsule launched from Baikonur on Friday.\n\n"
        "His friends, including Orbisoft co-founder Dana Ruiz, cheered the launch.\n"
    )
    assert "Orbisoft" in _orgs(body)


def test_a_founder_title_takes_the_whole_name_of_the_company() -> None:
    body = (
        "The New Shepard NS-40 flight carried six people on Tuesday.\n\n"
        "Customers include investor Evan Marsh, Ruiz Ventures founder Dana Ruiz, and Omar Haddad.\n"
    )
    found = _orgs(body)
    assert "Ruiz Ventures" in found
    assert "Ventures" not in found
