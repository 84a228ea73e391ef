"""SHACL validation of a data graph against the project's shapes and ontology, with readable violations."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pyshacl import validate
from rdflib import Graph, Namespace
from rdflib.term import Node

from kg.errors import BadInputError, NotFoundError

SH = Namespace("http://www.w3.org/ns/shacl#")


@dataclass(frozen=True)
class Violation:
    """One SHACL result: which node, which property path, what is wrong, and the offending value."""

    severity: str
    focus: str
    path: str
    message: str
    value: str

    def describe(self) -> str:
        """One readable line for a person."""
        where = f" {self.path}" if self.path else ""
        value = f" (value: {self.value})" if self.value else ""
        return f"{self.severity}: {self.focus}{where}: {self.message}{value}"


def read_shapes(ontology_dir: Path) -> tuple[Graph, Graph]:
    """Parse ontology/shapes.ttl and the ontology itself (the other *.ttl files)."""
    shapes_path = ontology_dir / "shapes.ttl"
    if not shapes_path.is_file():
        raise NotFoundError(f"no SHACL shapes at {shapes_path}")
    shapes = _parse(shapes_path)
    ontology = Graph()
    for path in sorted(ontology_dir.glob("*.ttl")):
        if path != shapes_path:
            ontology += _parse(path)
    return shapes, ontology


def validate_graph(data: Graph, ontology_dir: Path) -> list[Violation]:
    """Validate `data` against the shapes (with the ontology's class hierarchy); return the violations."""
    shapes, ontology = read_shapes(ontology_dir)
    _conforms, report, _text = validate(
        data, shacl_graph=shapes, ont_graph=ontology, inference="none", allow_warnings=True
    )
    assert isinstance(report, Graph)
    violations = [_describe_result(report, result) for result in report.subjects(SH.resultSeverity, None)]
    return sorted(violations, key=lambda v: (v.severity != "Violation", v.focus, v.path))


def _describe_result(report: Graph, result: Node) -> Violation:
    def text(predicate: Node) -> str:
        value = report.value(result, predicate)
        return "" if value is None else value.n3(report.namespace_manager)

    severity = str(report.value(result, SH.resultSeverity) or "").rsplit("#", 1)[-1]
    return Violation(
        severity=severity,
        focus=text(SH.focusNode),
        path=text(SH.resultPath),
        message=str(report.value(result, SH.resultMessage) or text(SH.sourceConstraintComponent)),
        value=text(SH.value),
    )


def _parse(path: Path) -> Graph:
    try:
        return Graph().parse(path, format="turtle")
    except Exception as exc:  # rdflib raises many unrelated types for bad Turtle
        raise BadInputError(f"cannot parse {path}: {exc}") from exc
