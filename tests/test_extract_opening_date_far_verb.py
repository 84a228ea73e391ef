"""A date opening its sentence in commas ('Then on Thursday, with the capsule in a lower orbit, A swung open the
hatch') dates the sentence's main verb, however long the aside between them."""

from __future__ import annotations

from datetime import date

from kg.extract.model import Value
from tests.test_extract_support import run


def test_a_date_opening_the_sentence_dates_a_far_main_verb() -> None:
    ext = run(
        "The crew launched Tuesday from the Kennedy Space Center. Then on Thursday, with their capsule brought down "
        "to a lower orbit, Mark Olsen swung open the hatch and climbed out into the void.",
        date(2024, 9, 15),
    )
    dates = {f.obj.lexical for f in ext.facts if f.predicate == "date" and isinstance(f.obj, Value)}
    assert "2024-09-12" in dates
