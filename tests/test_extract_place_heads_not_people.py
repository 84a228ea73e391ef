"""A place named with its kind ('northwest China's Qinling Province', 'Marlow County') is no person (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import facts, run


def test_a_province_after_a_countrys_possessive_is_no_person() -> None:
    ext = run(
        "Capsule lands safely\n\n"
        "The Shenzhou-40 capsule lifted off from a launch center in northwest China's Qinling Province and landed "
        "five days later in Marlow County, where crews met it.\n"
    )
    people = {label for _, label in facts(ext, "crew")} | {s for s, _ in facts(ext, "crew")}
    names = {e.label for e in ext.entities.values() if e.kind == "person"}
    assert not {"Qinling Province", "Marlow County"} & (names | people)
