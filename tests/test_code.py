"""Guards on the code itself: a module-level name bound twice silently replaces the first binding
(REASON_PREPS once stood for two different word lists in kg/relations.py and changed extraction)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "kg"


def _top_level_names(tree: ast.Module) -> list[str]:
    names = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
        elif isinstance(node, ast.Assign):
            names += [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names.append(node.target.id)
    return names


@pytest.mark.parametrize("path", sorted(PACKAGE.glob("*.py")), ids=lambda p: p.name)
def test_code_no_module_name_is_bound_twice(path):
    names = Counter(_top_level_names(ast.parse(path.read_text(encoding="utf-8"))))
    twice = sorted(n for n, c in names.items() if c > 1 and n != "__all__")
    assert not twice, f"{path.name} binds {twice} more than once at module level"


def test_code_guard_sees_a_name_bound_twice():
    tree = ast.parse("A = 1\ndef f(): pass\nA = frozenset()\n")
    assert Counter(_top_level_names(tree))["A"] == 2
