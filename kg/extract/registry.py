"""What a rule is, and the phases the pipeline runs rules in (the rules themselves are listed in rules.py)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from kg.extract.document import Document, Sentence


class Phase(Enum):
    """The phases of an extraction, run in this order."""

    # The article cut into sentences, each with the names, dates, quantities and marks the matchers find.
    MENTIONS = 1
    # Names linked to entities, people's traits, and the flight the article is about.
    ENTITIES = 2
    # Sentence by sentence: the flight it speaks of, then the facts it states.
    FACTS = 3
    # Across the article: facts joined, completed, settled or dropped.
    LINKS = 4


@dataclass(frozen=True)
class ArticleRule:
    """A rule run once over the whole article in its phase."""

    id: str
    phase: Phase
    run: Callable[[Document], None]
    # The JSON Lines files of its patterns in kg/extract/data/ (each line names the rule that reads it).
    patterns: tuple[str, ...] = ()
    # The rule ids its evidence carries ('crew.joined_by'); 'event.*' stands for every id of a family.
    emits: tuple[str, ...] = ()


@dataclass(frozen=True)
class SentenceRule:
    """A rule of the facts phase, run on each sentence with the flight it speaks of (None: no flight)."""

    id: str
    run: Callable[[Document, Sentence, str | None], None]
    patterns: tuple[str, ...] = ()
    emits: tuple[str, ...] = ()
    phase: Phase = Phase.FACTS


@dataclass(frozen=True)
class FlightRule:
    """A rule of the facts phase, run only on the sentences that speak of a flight, with that flight."""

    id: str
    run: Callable[[Document, Sentence, str], None]
    patterns: tuple[str, ...] = ()
    emits: tuple[str, ...] = ()
    phase: Phase = Phase.FACTS


Rule = ArticleRule | SentenceRule | FlightRule


def run_rules(doc: Document, rules: tuple[Rule, ...]) -> None:
    """Run the rules on a document phase by phase, each phase's rules in their listed order."""
    for phase in Phase:
        for rule in rules:
            if isinstance(rule, ArticleRule) and rule.phase is phase:
                rule.run(doc)
        if phase is Phase.FACTS:
            _run_sentence_rules(doc, tuple(r for r in rules if not isinstance(r, ArticleRule)))


def _run_sentence_rules(doc: Document, rules: tuple[SentenceRule | FlightRule, ...]) -> None:
    """Run every sentence rule on each sentence in turn (all of one sentence's rules before the next sentence)."""
    for sentence in doc.sentences:
        for rule in rules:
            # Read afresh: the first rule of a sentence decides which flight it speaks of.
            mission = doc.context.get(sentence.index)
            if isinstance(rule, SentenceRule):
                rule.run(doc, sentence, mission)
                continue
            if mission:
                rule.run(doc, sentence, mission)
