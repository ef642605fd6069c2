"""Pressing Ctrl-C in a real ytekb process, as a terminal does, for the interrupt tests."""
from __future__ import annotations

import re
import signal
import subprocess
import time
from pathlib import Path

from sites import cli_env


def ctrl_c(argv: list[str], cwd: Path, after: float = 0.0, ready: str = "",
           env: dict[str, str] | None = None) -> tuple[int, str]:
    """Run `argv`, press Ctrl-C (SIGINT) `after` seconds in, once a line of stderr matches
    the regex `ready`; (exit code, stderr). Python's `import time:` lines
    (PYTHONPROFILEIMPORTTIME) are not returned."""
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            cwd=cwd, env=cli_env() | {"COLUMNS": "80"} | (env or {}),
                            stdin=subprocess.DEVNULL,
                            # a shell's background job ignores SIGINT; a terminal's does not
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    said = ""
    if ready:
        while not re.search(ready, said, re.MULTILINE):
            line = proc.stderr.readline()
            assert line, said
            said += line
    time.sleep(after)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    return proc.returncode, "".join(line for line in (said + err).splitlines(keepends=True)
                                    if not line.startswith("import time:"))
