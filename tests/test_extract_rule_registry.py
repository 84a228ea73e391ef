"""The rule registry: one place lists every rule once, and every pattern file it names is data that loads."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from fnmatch import fnmatchcase
from importlib import resources
from pathlib import Path

import kg.extract
from kg.extract.article import read_article
from kg.extract.document import Document
from kg.extract.model import Article
from kg.extract.registry import ArticleRule, FlightRule, Phase, Rule, run_rules
from kg.extract.resources import load_pattern_entries, load_patterns
from kg.extract.rules import RULES
from tests.conftest import PROJECT_DIR

DATA = resources.files("kg.extract").joinpath("data")


def jsonl_files() -> list[str]:
    """Return the names of the JSON Lines pattern files beside the gazetteers."""
    return sorted(p.name for p in DATA.iterdir() if p.name.endswith(".jsonl"))


def test_every_registered_rule_id_is_unique_and_dotted() -> None:
    counts = Counter(rule.id for rule in RULES)
    assert [rule_id for rule_id, n in counts.items() if n > 1] == []
    assert all(re.fullmatch(r"[a-z_]+\.[a-z_]+", rule.id) for rule in RULES)


def test_rules_are_listed_in_the_order_of_their_phases() -> None:
    phases = [rule.phase.value for rule in RULES]
    assert phases == sorted(phases)
    assert {Phase.MENTIONS, Phase.ENTITIES, Phase.FACTS, Phase.LINKS} <= {rule.phase for rule in RULES}
    assert not any(isinstance(rule, ArticleRule) and rule.phase is Phase.FACTS for rule in RULES)


def test_every_jsonl_pattern_file_loads_and_every_line_names_a_rule_that_reads_the_file() -> None:
    assert jsonl_files(), "no pattern files found"
    files_of = {rule.id: set(rule.patterns) for rule in RULES}
    for name in jsonl_files():
        patterns = load_patterns(name)
        lines = [json.loads(line) for line in DATA.joinpath(name).read_text(encoding="utf-8").splitlines() if line]
        assert len(patterns) == len(lines) == len(load_pattern_entries(name)) > 0, name
        for line in lines:
            assert set(line) <= {"id", "rule", "regex", "flags", "note", "group", "predicate", "evidence"}, line["id"]
            # A line of a table says what a match states: the predicate and the evidence's rule id.
            assert ("group" in line) == ("predicate" in line) == ("evidence" in line), (name, line["id"])
            assert isinstance(patterns[line["id"]], re.Pattern)
            assert name in files_of.get(line["rule"], set()), (name, line["id"], line["rule"])


def test_every_pattern_file_a_rule_names_exists() -> None:
    named = {name for rule in RULES for name in rule.patterns}
    assert named <= set(jsonl_files())


def run_with_probes(text: str) -> list[tuple[str, int, str | None]]:
    """Run the registered rules plus two probes on `text`; return what the probes saw, in order."""
    seen: list[tuple[str, int, str | None]] = []
    probe_flight = FlightRule(
        "probe.flight", lambda doc, sentence, mission: seen.append(("flight", sentence.index, mission))
    )
    probe_links = ArticleRule("probe.links", Phase.LINKS, lambda doc: seen.append(("links", len(doc.facts), doc.main)))
    rules = (*RULES, probe_links)
    first_facts_rule = next(i for i, rule in enumerate(rules) if rule.phase is Phase.FACTS)
    rules = (*rules[: first_facts_rule + 1], probe_flight, *rules[first_facts_rule + 1 :])
    run_rules(Document(Article("probe", text, date(2021, 10, 6))), rules)
    return seen


def test_a_flight_rule_runs_on_each_sentence_with_its_flight_and_a_links_rule_after_all_sentences() -> None:
    seen = run_with_probes(
        "Soyuz MS-19 launched on October 5, 2021 from the Baikonur Cosmodrome. "
        "Its crew were commander Anton Shkaplerov, actress Julia Peresild and director Klim Shipenko."
    )
    assert seen[:2] == [("flight", 0, "mission-soyuz-ms-19"), ("flight", 1, "mission-soyuz-ms-19")]
    assert seen[2][0] == "links" and seen[2][1] > 0 and seen[2][2] == "mission-soyuz-ms-19"


def test_a_flight_rule_does_not_run_on_an_article_that_tells_of_no_flight() -> None:
    assert run_with_probes("The council met on Tuesday. It approved the budget for the new library.") == [
        ("links", 0, None)
    ]


def declared_by(rule_id: str) -> tuple[str, ...]:
    """Return the evidence ids (or 'family.*' patterns) the registered rule `rule_id` declares."""
    return next(rule.emits for rule in RULES if rule.id == rule_id)


def written_during(rule: Rule, seen: dict[str, set[str]]) -> Rule:
    """Return `rule` wrapped so that the evidence ids of the facts and mentions it adds land in seen[rule.id]."""

    def record(doc: Document, run: Callable[[], None]) -> None:
        facts = {id(fact) for fact in doc.facts}
        mentions = {key: len(entity.mentions) for key, entity in doc.entities.items()}
        run()
        seen[rule.id] |= {fact.evidence.rule for fact in doc.facts if id(fact) not in facts}
        for key, entity in doc.entities.items():
            seen[rule.id] |= {mention.rule for mention in entity.mentions[mentions.get(key, 0) :]}

    if isinstance(rule, ArticleRule):
        article_rule = rule
        return replace(article_rule, run=lambda doc: record(doc, lambda: article_rule.run(doc)))
    if isinstance(rule, FlightRule):
        flight_rule = rule
        return replace(flight_rule, run=lambda d, s, m: record(d, lambda: flight_rule.run(d, s, m)))
    sentence_rule = rule
    return replace(sentence_rule, run=lambda d, s, m: record(d, lambda: sentence_rule.run(d, s, m)))


def test_every_evidence_id_the_project_articles_get_is_declared_by_the_rule_that_wrote_it() -> None:
    seen: dict[str, set[str]] = {rule.id: set() for rule in RULES}
    rules = tuple(written_during(rule, seen) for rule in RULES)
    paths = sorted((PROJECT_DIR / "tests" / "data").rglob("*.txt")) + sorted((PROJECT_DIR / "seeds").glob("*.txt"))
    for path in paths:
        run_rules(Document(read_article(path)), rules)
    assert sum(len(ids) for ids in seen.values()) > 100
    undeclared = {
        (rule_id, evidence_id)
        for rule_id, ids in seen.items()
        for evidence_id in ids
        if not any(fnmatchcase(evidence_id, declared) for declared in declared_by(rule_id))
    }
    assert undeclared == set()


def test_every_evidence_id_written_in_the_rule_code_is_declared_by_exactly_one_rule() -> None:
    declared = [(rule.id, pattern) for rule in RULES for pattern in rule.emits]
    files = [*Path(kg.extract.__file__).parent.glob("*.py"), *Path(kg.extract.__file__).parent.glob("data/*.jsonl")]
    written = {
        literal
        for path in files
        for literal in re.findall(r'"([a-z_]{2,}\.[a-z_]{2,}(?:\.[a-z_]{2,})?)"', path.read_text(encoding="utf-8"))
        if not literal.startswith("kg.") and not literal.endswith((".json", ".jsonl"))
    }
    registered = {rule.id for rule in RULES}
    owners = {literal: {r for r, pattern in declared if fnmatchcase(literal, pattern)} for literal in written}
    assert {literal for literal, rules in owners.items() if len(rules) != 1 and literal not in registered} == set()
    assert len(written) > 100
