"""Interrupting a long `kg build --append` never corrupts the graph that was already built."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import EXAMPLES

KG = [sys.executable, "-m", "kg.cli"]


def _corpus(tmp_path: Path, n: int) -> Path:
    """Many distinct articles (the examples with a numbered line), so a build takes a while."""
    d = tmp_path / "many"
    d.mkdir()
    texts = [p.read_text() for p in sorted(EXAMPLES.glob("*.txt"))]
    for i in range(n):
        (d / f"a{i:04d}.txt").write_text(texts[i % len(texts)] + f"\n\nDispatch number {i}.\n")
    return d


def _wait_started(proc: subprocess.Popen, seconds: float) -> None:
    deadline = time.time() + seconds
    while time.time() < deadline and proc.poll() is None:
        time.sleep(0.1)


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM, signal.SIGKILL])
def test_interrupted_append_leaves_graph_intact_and_rerun_completes(tmp_path, sig):
    graph = tmp_path / "g.ttl"
    first = subprocess.run(KG + ["build", str(EXAMPLES), "-o", str(graph), "-q"], capture_output=True, text=True)
    assert first.returncode == 0, first.stderr
    before = graph.read_bytes()
    many = _corpus(tmp_path, 1500)  # ~20 s of work: far more than the 6 s before the signal
    # as from a terminal: a test run started in the background of a shell without job control inherits
    # an ignored SIGINT, and Python then never raises KeyboardInterrupt
    proc = subprocess.Popen(KG + ["build", str(many), "-o", str(graph), "--append", "-q"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    _wait_started(proc, 6.0)  # model loaded, parsing under way
    assert proc.poll() is None, "the build finished before it could be interrupted; make the corpus larger"
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode != 0
    assert "Traceback" not in err
    assert graph.read_bytes() == before  # the old graph, untouched
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".g.ttl")]  # no temp file left behind
    # re-running completes the job, without duplicates: same as building everything at once
    shutil.rmtree(many)
    many = _corpus(tmp_path, 12)
    again = subprocess.run(KG + ["build", str(many), "-o", str(graph), "--append", "-q"], capture_output=True, text=True)
    assert again.returncode == 0, again.stderr
    whole = tmp_path / "whole.ttl"
    subprocess.run(KG + ["build", str(EXAMPLES), str(many), "-o", str(whole), "-q"], check=True, capture_output=True)
    assert graph.read_bytes() == whole.read_bytes()
