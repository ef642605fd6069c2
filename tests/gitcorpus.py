"""Throw-away corpus git repositories for the corpus-reader tests (a tests-local module)."""
from __future__ import annotations

import subprocess
from pathlib import Path


def git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True,
                          check=True).stdout.strip()


def corpus_repo(repo: Path, files: dict[str, str], drop: str) -> str:
    """Commit `files` into a new repository at `repo`, then delete the blob of `drop`
    from the object store, so that reading it would show as a missing object.
    Returns the commit."""
    for path, text in files.items():
        (repo / path).parent.mkdir(parents=True, exist_ok=True)
        (repo / path).write_text(text, encoding="utf-8")
    git(repo.parent, "init", "-q", str(repo))
    git(repo, "add", "-A")
    git(repo, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "corpus")
    blob = git(repo, "rev-parse", f"HEAD:{drop}")
    (repo / ".git" / "objects" / blob[:2] / blob[2:]).unlink()
    return git(repo, "rev-parse", "HEAD")
