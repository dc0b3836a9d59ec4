"""Shared fixtures: the real spaCy pipeline (loaded once) and the team's shared data beside the repo."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples" / "articles"


@pytest.fixture(scope="session")
def nlp():
    from kg.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "seeds").is_dir():
        pytest.skip(f"../shared not found at {SHARED}: the seed and evaluation data live beside the repo (CI has it)")
    return SHARED


@pytest.fixture(scope="session")
def seed_graph(shared_dir, nlp):
    from kg.pipeline import build

    return build([shared_dir / "seeds"], nlp=nlp).graph


@pytest.fixture(scope="session")
def example_graph(nlp):
    from kg.pipeline import build

    return build([EXAMPLES], nlp=nlp).graph
