"""A real `ytekb` process whose batch stops mid-way until the test lets it go.

Tests that act while a batch runs (Ctrl-C, SIGTERM, kill -9, a second writer waiting
for the lock) used to poll the KB and act "soon enough": on a loaded CI machine the
poller was starved while the batch went on, and a batch that finished first failed
the test. Here extracting a document whose text holds `HOLD` waits (in whichever
process extracts it, parent or forked worker) until the `release` file exists, or for
ever when there is none, so the batch is still running whenever the test acts.
"""
from __future__ import annotations

import sys
from pathlib import Path

HOLD = "[held by the test]"

_CLI = f"""
import os, sys, time
import pipeline.extract as ex
release, real = sys.argv.pop(1), ex.extract
def extract(article):
    while {HOLD!r} in article.text and not (release and os.path.exists(release)):
        time.sleep(0.05)
    return real(article)
ex.extract = extract
from pipeline.cli import main
sys.argv[0] = "ytekb"
main()
"""


def held_cli(release: Path | None = None) -> list[str]:
    """argv prefix running the CLI (`pipeline.cli.main`, the console script's entry) with
    held extraction; documents without `HOLD` are extracted as usual. Sleeping costs no
    CPU, so a held document never trips the per-document CPU budget."""
    return [sys.executable, "-c", _CLI, str(release or "")]
