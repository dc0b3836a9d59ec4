"""Shared fixtures: the real spaCy pipeline (loaded once) and the team's shared data beside the repo."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
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


def _oxigraph_binary() -> str | None:
    here = Path(sys.executable).parent / "oxigraph"
    return str(here) if here.exists() else shutil.which("oxigraph")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory):
    """A real Oxigraph SPARQL server on a free loopback port, started and stopped by the tests."""
    binary = _oxigraph_binary()
    if binary is None:
        pytest.skip("oxigraph server binary not found: `pip install oxigraph` (the test extra has it)")
    port = free_port()
    location = tmp_path_factory.mktemp("oxigraph")
    proc = subprocess.Popen([binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + 20
    while True:
        try:
            urllib.request.urlopen(f"{base}/query?query=ASK%7B%7D", timeout=1).read()
            break
        except OSError:
            if proc.poll() is not None or time.time() > deadline:
                proc.kill()
                pytest.fail(f"oxigraph serve did not start: {proc.stderr.read().decode()[:500]}")
            time.sleep(0.1)
    yield base
    proc.terminate()
    proc.wait(timeout=10)
