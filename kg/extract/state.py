"""What the rules learn about one entity while an article is read, beyond its label and mentions.

Each field is written by one family of rules and read by another (a flight's launch wording, told by
the event rules, is read by the status rules); none of it reaches the output directly.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from kg.extract.model import Span

# The fields a gazetteer entry or a name pattern may give an entity (see kg/extract/data/*.json "attrs").
_FROM_DATA = ("family", "part_of", "destination", "type", "tz", "country")


@dataclass
class EntityState:
    """The working facts about one entity of a Document (every field optional)."""

    # From the data files, through the mentions that name the entity.
    family: str | None = None
    part_of: str | None = None
    destination: bool | None = None
    type: str | None = None
    tz: str | None = None
    country: str | None = None
    # Flights.
    unnamed: bool = False
    own_spacecraft: str | None = None
    owner: str | None = None
    launched_wording: tuple[int, str] | None = None
    historic_launch: str | None = None
    postponed: tuple[int, str] | None = None
    status_wording: str = ""
    status_sentence: int | None = None
    # Spacecraft.
    same_as_mission: str | None = None
    # People.
    surname: str = ""
    given: str = ""
    alt_surnames: set[str] = field(default_factory=set)
    crew_sentences: set[int] = field(default_factory=set)
    former: set[str] = field(default_factory=set)
    plural_occupation: tuple[int, str, bool] | None = None

    def is_destination(self, default: bool) -> bool:
        """Tell whether flights go to this place, as the data says, or else as `default` says."""
        return default if self.destination is None else self.destination

    def absorb(self, attrs: Mapping[str, object]) -> None:
        """Take what a mention's data says of its entity (a later mention's value wins, as the data is read)."""
        for name in _FROM_DATA:
            if name in attrs:
                value = attrs[name]
                setattr(self, name, None if value is None else bool(value) if name == "destination" else str(value))


@dataclass
class FilmSlot:
    """A film as it is being learnt about: title (once known) and pending facts."""

    mission: str | None
    title: str | None = None
    title_span: tuple[Span, Span] | None = None
    facts: list[tuple[str, str, int, int, int, str]] = field(default_factory=list)
    first_sentence: int = 0
