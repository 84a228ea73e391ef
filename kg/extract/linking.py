"""Linking mentions to entities: one entity per thing, short and variant mentions of people resolved
to the full name (surname, alias table, fuzzy spelling, social-media handle)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from kg.extract.craft_names import settle_craft_named_flights
from kg.extract.document import Document, Mention, Sentence
from kg.extract.resources import fold, pattern_reader

_pattern = pattern_reader("linking.jsonl")


# A variant spelling is looked for among the first people an article names only: a news story names a
# few dozen, and comparing each name with thousands of others would take time growing as the square of
# the text. Exact spellings are found among all of them.
MAX_FUZZY_PEOPLE = 200


def link_names(doc: Document) -> None:
    """Give every name mention an entity key, creating entities as they are first met."""
    settle_craft_named_flights(doc)
    _add_speaker_names(doc)
    people = _People()
    for key, entity in doc.entities.items():
        if entity.kind == "person":
            people.add(key, entity.label, entity.alt_labels)
    for sentence in doc.sentences:
        previous = None
        for mention in sentence.mentions:
            if mention.kind == "person":
                mention.key = _link_person(doc, sentence, mention, people)
            else:
                mention.key = _link_thing(doc, sentence, mention, previous)
            previous = mention
    for sentence in doc.sentences:
        _add_kin_mentions(doc, sentence)
    # Neither loop below adds people or names, so the tables of short names are built once.
    surnames, handles = _short_names(doc)
    for sentence in doc.sentences:
        _add_short_person_mentions(doc, sentence, surnames, handles)
        _add_generic_org_mentions(doc, sentence)


@dataclass
class _People:
    """The people met so far, in the order they were met, with their folded names for matching."""

    keys: list[str] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    first_named: dict[str, int] = field(default_factory=dict)
    names: list[set[str]] = field(default_factory=list)
    positions: dict[str, int] = field(default_factory=dict)

    def add(self, key: str, label: str, alt_labels: set[str]) -> None:
        """Enter a person with its label and alternative labels (a known one gets the names it lacked)."""
        if key not in self.positions:
            self.positions[key] = len(self.keys)
            self.keys.append(key)
            self.labels.append(fold(label))
            self.names.append(set())
        self.add_names(self.positions[key], {label, *alt_labels})

    def add_names(self, position: int, names: set[str]) -> None:
        """Enter more names of the person at `position` (those already entered are skipped)."""
        for name in names - self.names[position]:
            self.names[position].add(name)
            folded = fold(name)
            self.first_named[folded] = min(self.first_named.get(folded, position), position)

    def match(self, target: str) -> int | None:
        """Return the position of the first person named `target`, or spelled like it, if any."""
        exact = self.first_named.get(target, len(self.keys))
        # The first person that matches wins, so a variant spelling counts only before the exact one.
        candidates = self.labels[: min(exact, MAX_FUZZY_PEOPLE)]
        for _, score, position in sorted(
            process.extract(target, candidates, scorer=fuzz.ratio, score_cutoff=85, limit=None),
            key=lambda found: found[2],
        ):
            if score >= 92 or _surname(target, False) == _surname(candidates[position], False):
                return position
        return exact if exact < len(self.keys) else None


def _add_speaker_names(doc: Document) -> None:
    """Add a person for an unknown two-word name whose surname alone speaks elsewhere ('Salim said')."""
    text = doc.article.text
    # The surname stands alone: no capitalised word before it ('Mission Control said' is no person).
    speakers = {
        m.group(1)
        for m in _pattern("speaker").finditer(text)
        if not re.search(r"[A-Z][\w'’-]*\s+$", text[max(0, m.start() - 30) : m.start()])
    }
    if not speakers:
        return
    for sentence in doc.sentences:
        added: list[Mention] = []
        for match in _pattern("pair").finditer(sentence.text):
            if match.group(2) not in speakers or match.group(1) in speakers:
                continue
            begin, end = sentence.span.begin + match.start(), sentence.span.begin + match.end()
            if any(not (end <= m.begin or begin >= m.end) for m in sentence.mentions + added):
                continue
            added.append(Mention(begin, end, "person", match.group(0), match.group(0), "person", "person_name.speaker"))
        if added:
            sentence.mentions = sorted(sentence.mentions + added, key=lambda m: m.begin)


def _label_of(mention: Mention) -> str:
    """Return the article's spelling of a name, without a trailing generic noun such as 'rocket'."""
    label = " ".join(_pattern("generic_tail").sub("", mention.text).split())
    # 'International Space Station (ISS)': the acronym in brackets is another name, not part of this one.
    label = _pattern("acronym_tail").sub("", label) or label
    descriptive = any(word.islower() for word in label.split()) and fold(label) != fold(mention.canonical)
    # Places keep the wording the article uses ("coast of Florida"), as readers would write them.
    return mention.canonical if descriptive and mention.source == "gazetteer" and mention.kind != "place" else label


def _link_thing(doc: Document, sentence: Sentence, mention: Mention, previous: Mention | None) -> str:
    """Return the key of the (non-person) entity a mention names ('Axiom Mission 1 (Ax-1)' names one)."""
    same = _parenthesised_after(sentence, mention, previous)
    if same is not None and same.key:
        evidence = doc.evidence(sentence, mention.begin, mention.end, mention.rule)
        doc.add_entity(mention.kind, mention.canonical, _label_of(mention), {mention.text}, evidence, key=same.key)  # type: ignore[arg-type]
        return same.key
    evidence = doc.evidence(sentence, mention.begin, mention.end, mention.rule)
    label = _label_of(mention)
    alts = set(mention.alt_labels) | ({mention.canonical} if mention.canonical != label else set())
    alts |= {" ".join(_pattern("generic_tail").sub("", mention.text).split())} - {label}
    key = doc.add_entity(mention.kind, mention.canonical, label, alts, evidence)  # type: ignore[arg-type]
    doc.state[key].absorb(mention.attrs)
    if mention.kind == "mission" and mention.attrs.get("spacecraft"):
        craft = doc.add_entity("spacecraft", mention.canonical, label, alts, evidence)
        doc.state[craft].same_as_mission = key
        doc.state[key].own_spacecraft = craft
    return key


def _parenthesised_after(sentence: Sentence, mention: Mention, previous: Mention | None) -> Mention | None:
    """Return the mention before this one if this one, of the same kind, stands in brackets right after it.

    Mentions do not overlap, so any earlier one has the previous mention's name between it and this one.
    """
    if previous is None or previous.kind != mention.kind or previous.end > mention.begin:
        return None
    gap = sentence.text[sentence.rel(previous.end) : sentence.rel(mention.begin)]
    return previous if re.fullmatch(r"\s*\(\s*", gap) else None


def _surname(name: str, family_first: bool) -> str:
    """Return the family name of a full name (first word for names written family-first)."""
    words = name.split()
    return words[0] if family_first else words[-1]


def _link_person(doc: Document, sentence: Sentence, mention: Mention, people: _People) -> str:
    """Return the key of the person a full-name mention names, merging spelling variants."""
    written = doc.article.text[mention.begin : mention.end]
    if mention.rule == "person_name.variant" and " " not in written:
        # 'Glenn and Pedro Duque' after 'John Glenn': the first word is the surname met before, not a given name.
        known = next((key for key in people.keys if doc.state[key].surname == written), None)
        if known is not None:
            return known
    evidence = doc.evidence(sentence, mention.begin, mention.end, mention.rule)
    target = fold(mention.canonical)
    position = people.match(target)
    if position is None and " " not in mention.text:
        # A surname alone after a rank or role ('Cmdr Kalinov') names the person met with that surname.
        position = next((i for i, key in enumerate(people.keys) if doc.state[key].surname == mention.text), None)
    if position is not None:
        key = people.keys[position]
        entity = doc.entities[key]
        names = set(mention.alt_labels) | {mention.text}
        doc.add_entity("person", mention.canonical, entity.label, names, evidence, key=key)
        # Only the names this mention brought, so that a person named in many spellings costs no more each time.
        people.add_names(position, {n for n in names | {mention.canonical} if n and n != entity.label})
        if key != f"person-{target.replace(' ', '-')}":
            entity.merged_from.add(mention.text)
        return key
    key = doc.add_entity("person", mention.canonical, mention.text, set(mention.alt_labels), evidence)
    people.add(key, doc.entities[key].label, doc.entities[key].alt_labels)
    doc.state[key].surname = _surname(mention.text, bool(mention.attrs.get("family_first")))
    doc.state[key].given = mention.text.split()[-1 if mention.attrs.get("family_first") else 0]
    for alt in mention.alt_labels:
        doc.state[key].alt_surnames.add(alt.split()[-1])
    return key


def _short_names(doc: Document) -> tuple[dict[str, str], dict[str, str]]:
    """Return the people's surnames and social-media handles, each with the key of its person."""
    surnames: dict[str, str] = {}
    handles: dict[str, str] = {}
    for key, entity in doc.entities.items():
        if entity.kind != "person":
            continue
        surname = str(doc.state[key].surname)
        alt_surnames = doc.state[key].alt_surnames
        for name in {surname, *alt_surnames}:
            if name:
                surnames.setdefault(str(name), key)
        for name in {entity.label, *entity.alt_labels}:
            handles[re.sub(r"[^a-z0-9]", "", fold(name))] = key
    return surnames, handles


def _add_short_person_mentions(
    doc: Document, sentence: Sentence, surnames: dict[str, str], handles: dict[str, str]
) -> None:
    """Add mentions for surnames ("Peresild", "Wang") and handles ("@TomCruise") of known people."""
    added: list[Mention] = []
    text = sentence.text
    for match in re.finditer(r"@(\w+)|(?<![\w@-])([A-Z][\w’'-]+?)(?:['’]s)?(?![\w-])", text):
        begin, end = sentence.span.begin + match.start(), sentence.span.begin + match.end()
        if any(not (end <= m.begin or begin >= m.end) for m in sentence.mentions):
            continue
        found = handles.get(match.group(1).lower()) if match.group(1) else surnames.get(match.group(2))
        if found is None or (match.group(2) and _pattern("name_runs_on").match(text, match.end())):
            continue
        key = found
        if key is None:
            continue
        word_end = begin + len(match.group(0).removesuffix("'s").removesuffix("’s"))
        mention = Mention(
            begin,
            word_end,
            "person",
            text[match.start() : match.start() + word_end - begin],
            doc.entities[key].label,
            "coref",
            "coref.handle" if match.group(1) else "coref.surname",
        )
        mention.key = key
        mention.possessive = word_end < end
        doc.add_mention(key, doc.evidence(sentence, begin, word_end, mention.rule, 0.8))
        added.append(mention)
    if added:
        sentence.mentions = sorted(sentence.mentions + added, key=lambda m: m.begin)


def _add_kin_mentions(doc: Document, sentence: Sentence) -> None:
    """Add people named by a given name after a kinship noun ('his son Cameron'), with the family's surname."""
    for match in _pattern("kin").finditer(sentence.text):
        begin, end = sentence.span.begin + match.start(2), sentence.span.begin + match.end(2)
        if any(not (end <= m.begin or begin >= m.end) for m in sentence.mentions):
            continue
        relatives = [m for m in sentence.mentions if m.kind == "person" and m.key and m.end <= begin]
        alts = set()
        if relatives and match.group(1) in ("son", "daughter", "brother", "sister", "grandson", "granddaughter"):
            surname = doc.state[str(relatives[-1].key)].surname
            if surname:
                alts.add(f"{match.group(2)} {surname}")
        mention = Mention(begin, end, "person", match.group(2), match.group(2), "person", "person_name.kinship")
        key = doc.add_entity(
            "person",
            next(iter(alts), match.group(2)),
            match.group(2),
            alts,
            doc.evidence(sentence, begin, end, "person_name.kinship", 0.7),
        )
        doc.state[key].given = match.group(2)
        mention.key = key
        sentence.mentions = sorted([*sentence.mentions, mention], key=lambda m: m.begin)


def _add_generic_org_mentions(doc: Document, sentence: Sentence) -> None:
    """Resolve 'the company' or 'the agency' to the organisation of that type named most recently."""
    wanted = {
        "company": "company",
        "firm": "company",
        "agency": "agency",
        "space agency": "agency",
        "broadcaster": "broadcaster",
        "network": "broadcaster",
    }
    for match in _pattern("generic_org").finditer(sentence.text):
        begin, end = sentence.span.begin + match.start(), sentence.span.begin + match.end()
        if any(not (end <= m.begin or begin >= m.end) for m in sentence.mentions):
            continue
        org_type = wanted[match.group(1).lower()]
        key = None
        for earlier in doc.sentences[max(0, sentence.index - 4) : sentence.index + 1]:
            for mention in earlier.mentions:
                if (
                    mention.kind == "organization"
                    and mention.key
                    and mention.begin < begin
                    and (doc.state[mention.key].type == org_type)
                ):
                    key = mention.key
        if key is None:
            continue
        mention = Mention(
            begin, end, "organization", match.group(0), doc.entities[key].label, "coref", "coref.org_noun"
        )
        mention.key = key
        mention.possessive = doc.article.text.startswith(("'s", "’s"), end)
        sentence.mentions = sorted([*sentence.mentions, mention], key=lambda m: m.begin)
