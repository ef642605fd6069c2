"""The knowledge base (SQLite): `store` writes it, `schema` migrates it."""
from pathlib import Path

# (here, not in `store`: the command line's options name it without importing the store)
DEFAULT_DB = Path("outputs") / "ytekb.sqlite"
