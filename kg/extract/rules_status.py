"""Status rules: once every sentence is read, each flight is flown, underway, planned or postponed, and why."""

from __future__ import annotations

from kg.extract.document import Document
from kg.extract.model import Value


def settle_statuses(doc: Document) -> None:
    """Give each flight its status (flown, underway, planned, postponed) and the wording it came from."""
    published = doc.article.published.isoformat()
    for key, entity in doc.entities.items():
        if entity.kind != "mission":
            continue
        state = doc.state[key]
        landings = [f for f in doc.facts_of(key, "landing_date") if isinstance(f.obj, Value)]
        launched = state.launched_wording
        index: int | None
        if state.postponed:
            status, (index, wording) = "postponed", state.postponed
        elif launched and any(str(f.obj.lexical)[:10] <= published for f in landings if isinstance(f.obj, Value)):
            status, (index, wording) = "flown", launched
        elif launched:
            status, (index, wording) = "underway", launched
        elif any(str(f.obj.lexical)[:10] <= published for f in landings if isinstance(f.obj, Value)):
            # Back on Earth by the day of telling, however the launch was told: 'have splashed down'.
            status, index, wording = "flown", doc.sentence_at(landings[0].evidence.sentence).index, ""
        elif any(v.lexical[:7] < published[:7] for v in _values(doc, key, "launch_date")):
            status, index, wording = "flown", None, ""
        else:
            status = "planned"
            index = state.status_sentence
            wording = state.status_wording
        sentence = doc.sentences[int(index)] if isinstance(index, int) else None
        if sentence is None:
            mentions = entity.mentions
            sentence = next((s for s in doc.sentences if mentions and s.span == mentions[0].sentence), None)
        if sentence is None:
            continue
        doc.add_fact(
            subject=key,
            predicate="status",
            obj=Value(status),
            evidence=doc.evidence(sentence, sentence.span.begin, sentence.span.end, "status.from_tense", 0.7),
        )
        if wording:
            where = sentence.text.find(wording)
            begin = sentence.span.begin + max(where, 0)
            doc.add_fact(
                subject=key,
                predicate="status_wording",
                obj=Value(wording),
                evidence=doc.evidence(
                    sentence, begin, begin + len(wording) if where >= 0 else sentence.span.end, "status.wording", 0.7
                ),
            )


def _values(doc: Document, subject: str, predicate: str) -> list[Value]:
    """Return the literal values of a subject's facts with this predicate."""
    return [f.obj for f in doc.facts_of(subject, predicate) if isinstance(f.obj, Value)]
