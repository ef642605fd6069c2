"""`ytekb docbin`: the KB's annotations as a spaCy corpus."""
from __future__ import annotations

from pathlib import Path

import click

from pipeline.atomic import atomic_path
from pipeline.kb import store
from pipeline.options import progress


@click.command()
@click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path),
              default=store.DEFAULT_DB, show_default=True, help="SQLite knowledge base file.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path),
              default=Path("outputs") / "ytekb.spacy", show_default=True,
              help="Where to write the spaCy DocBin (replaced whole, never half-written).")
def docbin(db_path: Path, out: Path) -> None:
    """Export documents and entity spans as a spaCy DocBin (silver training data)."""
    from pipeline.spacy_export import export_docbin

    if not db_path.exists():
        raise click.UsageError(f"no knowledge base at {db_path} (run `ytekb run` first)")
    db = store.open_kb(db_path)
    try:
        total = db.execute("SELECT count(*) FROM documents").fetchone()[0]
        with atomic_path(out) as tmp, progress("ytekb docbin")(total) as bar:
            docs, spans = export_docbin(db, tmp, tick=lambda: bar.update(1))
    finally:
        db.close()
    click.echo(f"wrote {out}: {docs} documents, {spans} spans")


COMMANDS = [docbin]
