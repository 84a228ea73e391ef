"""The project's own scorer: extract keyed articles, ask the competency queries, compare with the keys.

It mirrors the F1 logic of the shared scorer (`../shared/extraction/score.py`) but runs in-process
(no `kg` subprocess per article) so that the test suite needs nothing outside the checkout. Run it
by hand to print the figures of a folder:

    .venv/bin/python -m tests.competency_scorer tests/data/heldout12 [-v]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.extract.article import read_article
from kg.extract.pipeline import extract
from kg.rdf.build import build_graph
from kg.rdf.convert import graph_to_quads
from kg.settings import Settings

PROJECT_DIR = Path(__file__).resolve().parent.parent

# Each question is scored on these column sets: every distinct combination of them in an answer is one prediction.
COLSETS: dict[str, list[tuple[str, ...]]] = {
    "cq01": [("missionLabel",)],
    "cq02": [("missionLabel", "launchDate"), ("missionLabel", "siteLabel")],
    "cq03": [("missionLabel", "personName"), ("personName", "roleLabel")],
    "cq04": [("missionLabel", "spacecraftLabel"), ("missionLabel", "rocketLabel")],
    "cq05": [("missionLabel", "destinationLabel")],
    "cq06": [("missionLabel", "landingDate"), ("missionLabel", "landingSiteLabel")],
    "cq07": [("missionLabel", "duration"), ("missionLabel", "altitudeKm")],
    "cq08": [("filmTitle",), ("filmTitle", "directorName"), ("filmTitle", "castName")],
    "cq09": [("personName",), ("personName", "age"), ("personName", "occupationLabel")],
    "cq10": [("orgName",), ("orgName", "missionLabel")],
    "cq11": [("date",)],
}

DURATION = re.compile(
    r"^(-)?P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?"
    r"(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$"
)

Row = dict[str, str]
Canon = Any  # a label string, a date string, a number or a (months, seconds) duration


@dataclass
class Tally:
    """Counts behind precision and recall: required facts, those found, predictions, those right."""

    required: int = 0
    found: int = 0
    predicted: int = 0
    correct: int = 0

    def add(self, other: Tally) -> None:
        """Add another tally's counts to this one."""
        self.required += other.required
        self.found += other.found
        self.predicted += other.predicted
        self.correct += other.correct

    def prf(self) -> tuple[float, float, float]:
        """Return precision, recall and F1 as the shared scorer computes them."""
        p = self.correct / self.predicted if self.predicted else float(not self.required)
        r = self.found / self.required if self.required else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


@dataclass
class ArticleScore:
    """One article's tally and the misses and false hits behind it."""

    name: str
    tally: Tally
    misses: list[str] = field(default_factory=list)


def column_kind(column: str) -> str:
    """Return how a column's values are compared: label, date, number or duration."""
    if column == "date" or column.endswith("Date"):
        return "date"
    if column in ("age", "altitudeKm"):
        return "number"
    if column == "duration":
        return "duration"
    return "label"


def normalise_label(text: str) -> str:
    """Fold a label to lower-case ASCII words without accents, punctuation or a leading 'the'."""
    text = unicodedata.normalize("NFKD", str(text))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"[^0-9a-z]+", " ", text).strip()
    return re.sub(r"^the ", "", text)


def parse_duration(text: str) -> tuple[float, float] | None:
    """Return an ISO 8601 duration as (months, seconds), or None when it is not one."""
    stripped = str(text).strip()
    m = DURATION.match(stripped)
    if not m or stripped in ("P", "PT"):
        return None
    sign, *parts = m.groups()
    y, mo, w, d, h, mi, s = (float(x) if x else 0.0 for x in parts)
    months = y * 12 + mo
    seconds = ((w * 7 + d) * 24 + h) * 3600 + mi * 60 + s
    return (-months, -seconds) if sign else (months, seconds)


def canonical(column: str, value: str) -> Canon:
    """Return the form in which a predicted value is compared and de-duplicated."""
    kind = column_kind(column)
    if kind == "label":
        return normalise_label(value)
    if kind == "date":
        return str(value).strip()[:10]
    if kind == "number":
        try:
            return round(float(value), 3)
        except ValueError:
            return None
    return parse_duration(value)


def value_matches(column: str, predicted: Canon, gold: Any) -> bool:
    """Tell whether a predicted value meets a key's value (a list of spellings, a date prefix, '*', ...)."""
    if predicted is None:
        return False
    if gold == "*":
        return True
    kind = column_kind(column)
    if kind == "label":
        aliases = gold if isinstance(gold, list) else [gold]
        return bool(predicted in {normalise_label(a) for a in aliases})
    if kind == "date":
        return bool(predicted[: len(gold)] == gold)
    if kind == "number":
        return bool(abs(predicted - float(gold)) <= max(0.005 * abs(float(gold)), 0.01))
    return bool(predicted == parse_duration(gold))


def fact_matches(fact: dict[str, Any], columns: tuple[str, ...], values: tuple[Canon, ...]) -> bool:
    """Tell whether a predicted tuple meets one key fact on every column."""
    return all(value_matches(c, v, fact[c]) for c, v in zip(columns, values, strict=True))


def load_ontology(settings: Settings) -> list[ox.Quad]:
    """Parse the ontology's Turtle files once, as quads of the default graph."""
    quads: list[ox.Quad] = []
    for ttl in sorted(settings.ontology_dir.glob("*.ttl")):
        quads.extend(ox.parse(path=str(ttl), format=ox.RdfFormat.TURTLE))
    return quads


def answer_questions(article: Path, settings: Settings, ontology: Iterable[ox.Quad]) -> dict[str, list[Row]]:
    """Extract one article as `kg extract` does and return each competency query's rows."""
    graph = build_graph(extract(read_article(article)), settings.base_iri)
    store = ox.Store()
    store.extend(graph_to_quads(graph))
    store.extend(ontology)
    answers: dict[str, list[Row]] = {}
    for cq in COLSETS:
        files = sorted(settings.queries_dir.glob(f"{cq}-*.rq"))
        solutions = store.query(files[0].read_text(encoding="utf-8"), use_default_graph_as_union=True)
        assert isinstance(solutions, ox.QuerySolutions)
        names = [v.value for v in solutions.variables]
        answers[cq] = [{n: s[n].value for n in names if s[n] is not None} for s in solutions]
    return answers


def score_answers(name: str, answers: dict[str, list[Row]], key: dict[str, Any]) -> ArticleScore:
    """Compare one article's answers with its key, column set by column set."""
    result = ArticleScore(name, Tally())
    for cq, colsets in COLSETS.items():
        for columns in colsets:
            wanted = tuple(sorted(columns))
            required = [f for q, f in key["required"] if q == cq and tuple(sorted(f)) == wanted]
            allowed = [f for q, f in key["allowed"] if q == cq and tuple(sorted(f)) == wanted]
            predicted = set()
            for row in answers.get(cq, []):
                if all(c in row for c in columns):
                    values = tuple(canonical(c, row[c]) for c in columns)
                    if None not in values:
                        predicted.add(values)
            found = [f for f in required if any(fact_matches(f, columns, p) for p in predicted)]
            correct = [p for p in predicted if any(fact_matches(f, columns, p) for f in required + allowed)]
            result.tally.add(Tally(len(required), len(found), len(predicted), len(correct)))
            result.misses += [f"missed {cq} {json.dumps(f, ensure_ascii=False)}" for f in required if f not in found]
            result.misses += [
                f"wrong  {cq} {dict(zip(columns, p, strict=True))}" for p in predicted if p not in correct
            ]
    return result


def keyed_articles(folder: Path) -> list[Path]:
    """Return the articles of a folder that have an answer key beside them."""
    return sorted(p for p in folder.glob("*.txt") if p.with_suffix(".gold.json").exists())


def score_folder(folder: Path, settings: Settings | None = None) -> tuple[Tally, list[ArticleScore]]:
    """Score every keyed article of a folder; return the folder's total and each article's score."""
    settings = settings or Settings(store_dir=None, project_dir=PROJECT_DIR)
    ontology = load_ontology(settings)
    total = Tally()
    scores = []
    for article in keyed_articles(folder):
        key = json.loads(article.with_suffix(".gold.json").read_text(encoding="utf-8"))
        score = score_answers(article.name, answer_questions(article, settings, ontology), key)
        total.add(score.tally)
        scores.append(score)
    return total, scores


def main(argv: list[str] | None = None) -> int:
    """Print each article's and each folder's precision, recall and F1."""
    parser = argparse.ArgumentParser(description="Score keyed articles through the competency queries.")
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    for folder in args.folders:
        total, scores = score_folder(folder)
        for s in scores:
            p, r, f = s.tally.prf()
            print(f"  {s.name}: P={p:.2f} R={r:.2f} F1={f:.2f}")
            if args.verbose:
                print("\n".join(f"    {m}" for m in s.misses))
        p, r, f = total.prf()
        print(f"{folder}: F1={f:.3f} P={p:.3f} R={r:.3f} articles={len(scores)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
