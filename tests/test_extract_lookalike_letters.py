"""A spun copy writing English with look-alike letters of other scripts yields the facts of the clean text.

The rules read Cyrillic 'а', Greek 'ο', full-width letters and the like as the Latin letters they are
drawn like, while every evidence span still quotes the article's own letters.
"""

from __future__ import annotations

from kg.extract.lookalikes import readable_text
from kg.extract.model import Extraction, Value
from tests.test_extract_support import run

CLEAN = (
    "Commander Petra Lindqvist and flight engineer Oskar Maran lifted off aboard Soyuz MS-41 "
    "on March 3, 2031 from the Baikonur Cosmodrome. "
    "The pair spent 12 days at the International Space Station. "
    "Their capsule landed on March 15, 2031 in Kazakhstan."
)
# Cyrillic а, с, е, о, р, і; Greek ο; a full-width M and a non-breaking hyphen.
SPUN = (
    "Соmmаnder Petrа Lіndqvіst аnd flіght engіnееr Оskаr Mаrаn lіfted οff аbοаrd Sоyuz ＭS\u201141 "
    "оn Mаrсh 3, 2031 frоm the Bаіkоnur Соsmоdrоme. "
    "The раіr sрent 12 dаys аt the Internаtіоnаl Sрасе Stаtіоn. "
    "Theіr сарsule lаnded оn Mаrсh 15, 2031 іn Kаzаkhstаn."
)


def _statements(ext: Extraction) -> set[tuple[str, str, str, str | None]]:
    """Return every fact as (subject label, predicate, object text, role)."""
    labels = {key: entity.label for key, entity in ext.entities.items()}
    return {
        (
            labels[fact.subject],
            fact.predicate,
            fact.obj.lexical if isinstance(fact.obj, Value) else labels[fact.obj],
            fact.role,
        )
        for fact in ext.facts
    }


def test_the_spun_text_has_the_same_length_and_reads_as_the_clean_one() -> None:
    assert len(SPUN) == len(CLEAN)
    assert readable_text(SPUN) == CLEAN


def test_a_spun_copy_gives_the_facts_of_the_clean_text() -> None:
    clean, spun = run(CLEAN), run(SPUN)
    found = _statements(clean)
    assert ("Soyuz MS-41", "landing_date", "2031-03-15", None) in found
    assert any(s == ("Soyuz MS-41", "crew_member", "Petra Lindqvist", "commander") for s in found)
    assert _statements(spun) == found


def test_the_evidence_of_a_spun_copy_quotes_its_own_letters() -> None:
    spun = run(SPUN)
    text = spun.article.text
    assert SPUN in text
    quotes = [text[f.evidence.span.begin : f.evidence.span.end] for f in spun.facts]
    assert quotes
    assert all(quote and quote in SPUN for quote in quotes)
    assert any("Lіndqvіst" in quote for quote in quotes)


def test_names_written_wholly_in_another_script_keep_their_letters() -> None:
    assert readable_text("Юрий Гагарин and Сергей Королёв") == "Юрий Гагарин and Сергей Королёв"
    assert readable_text("km² and ½ and the ﬁrst") == "km² and ½ and the ﬁrst"
