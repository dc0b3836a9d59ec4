"""SHACL validation of a kg graph against ``ontology/shapes.ttl`` (pySHACL), reported readably."""

from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import Graph
from rdflib.namespace import SH

from . import resources


@dataclass(frozen=True)
class Violation:
    focus: str
    path: str
    message: str
    shape: str


@dataclass
class ValidationReport:
    conforms: bool
    checked: int
    violations: list[Violation] = field(default_factory=list)

    def lines(self) -> list[str]:
        return [f"{v.focus}: {v.path + ': ' if v.path else ''}{v.message}" for v in self.violations]


def _short(term) -> str:
    s = str(term)
    for cut in ("#", "/"):
        if cut in s:
            return s.rsplit(cut, 1)[-1] if cut == "#" else s.split("https://w3id.org/kg/", 1)[-1]
    return s


def validate_graph(g: Graph) -> ValidationReport:
    import pyshacl

    conforms, report, _ = pyshacl.validate(g, shacl_graph=resources.shapes_graph(), inference="none",
                                           abort_on_first=False, allow_warnings=True, advanced=True)
    violations = []
    for r in report.subjects(SH.resultSeverity, SH.Violation):
        violations.append(Violation(
            focus=_short(report.value(r, SH.focusNode)),
            path=_short(report.value(r, SH.resultPath)) if report.value(r, SH.resultPath) else "",
            message=str(report.value(r, SH.resultMessage) or "violates a shape"),
            shape=_short(report.value(r, SH.sourceShape)),
        ))
    violations.sort(key=lambda v: (v.focus, v.path, v.message))
    return ValidationReport(conforms=bool(conforms), checked=len(set(g.subjects())), violations=violations)
