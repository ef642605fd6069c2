"""`ytekb upgrade`: bring a KB made by an older ytekb up to date, as a writer.

Query commands do this themselves when they can take the KB's lock within a few
seconds; while a long run (nightly, ingest) holds it they stop with exit code 4
and name this command, which waits for the lock (`--wait`) and then migrates the
schema and recreates the query views, in `BEGIN IMMEDIATE` transactions.
"""
from __future__ import annotations

from pathlib import Path

import click

from pipeline.options import DB_OPTION, said, write_options


@click.command("upgrade")
@DB_OPTION
@write_options
def upgrade_cmd(db_path: Path, wait: float) -> None:
    """Migrate the KB and refresh its query views (waits for the KB's lock)."""
    from pipeline.query.schema import upgrade

    if not db_path.exists():
        raise click.UsageError(f"no knowledge base at {db_path} (pass --db)")
    changed = upgrade(db_path, wait=wait, on_wait=said("upgrade"))  # Locked: exit 4
    click.echo(f"{db_path}: " + (f"upgraded ({', '.join(changed)})" if changed
                                 else "already up to date"))


COMMANDS = [upgrade_cmd]
