"""The browsable web UI: Datasette over a KB, with ytekb's own pages as a plugin.

`metadata.yaml` describes the tables and names the canned queries; each query's
SQL lives in `queries/NAME.sql` (readable, and runnable with sqlite3 as is).
Datasette files metadata under the database's name (the file stem), so
`metadata()` writes it for the file actually served. `plugin/` adds the front
door, document, entity, timeline, network and chart pages, links every fact row
to its sentence, and guards the server (Host header, read-only methods, value
sizes); `serve` registers it in this process, so plain `datasette` is unchanged.
"""
from __future__ import annotations

import copy
import importlib.util
import json
import logging
import socket
import sqlite3
import sys
import threading
import time
import webbrowser
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

PLACEHOLDER = "ytekb"
INSTALL_HINT = ("reinstall ytekb with its dependencies: `.venv/bin/pip install -e .` in the "
                "ytekb checkout (or `pip install datasette`)")
SQL_TIME_LIMIT_MS = 1000   # a query (canned or typed) is stopped after this


def datasette_available() -> bool:
    return importlib.util.find_spec("datasette") is not None


def query_sql(name: str) -> str:
    """The SQL of one canned query (queries/NAME.sql)."""
    return (resources.files(__name__) / "queries" / f"{name}.sql").read_text(encoding="utf-8")


@cache
def _template() -> dict[str, Any]:
    import yaml  # a Datasette dependency: present whenever `serve` can run

    text = (resources.files(__name__) / "metadata.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def database_name(db_path: Path) -> str:
    """The name Datasette gives a database file (its stem)."""
    return Path(db_path).stem


def metadata(db_path: Path, host: str = "127.0.0.1") -> dict[str, Any]:
    """Datasette metadata for this file: the template under the file's database name,
    with every canned query's SQL read from its file, and the plugin's settings."""
    meta = copy.deepcopy(_template())
    block = meta["databases"].pop(PLACEHOLDER)
    for query in block.get("queries", {}).values():
        if "sql_file" in query:
            query["sql"] = query_sql(Path(query.pop("sql_file")).stem)
    meta["databases"][database_name(db_path)] = block
    meta.setdefault("plugins", {})["ytekb"] = {"host": host}
    return meta


def prepare(db_path: Path) -> None:
    """Migrate (so the views exist) and fold the WAL into the main file: an
    immutable Datasette reads only the main file."""
    from pipeline.kb.store import open_kb
    from pipeline.query.schema import ensure_views

    db = open_kb(db_path)
    try:
        ensure_views(db.conn)
    finally:
        db.close()
    conn = sqlite3.connect(str(db_path))
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.OperationalError:
        pass  # busy or read-only: the data is still there for --live
    finally:
        conn.close()


def serve_args(db_path: Path, metadata_path: Path, host: str, port: int,
               live: bool = False) -> list[str]:
    """`datasette serve` arguments: immutable by default (read-only, counts cached);
    `live` opens it read-only but mutable, so a running ingest shows up. Queries stop
    after SQL_TIME_LIMIT_MS (memory is bounded by the plugin, pipeline.web.guard)."""
    args = ["serve", str(db_path)] if live else ["serve", "-i", str(db_path)]
    return args + [
        "--host", host, "--port", str(port), "--metadata", str(metadata_path),
        "--setting", "sql_time_limit_ms", str(SQL_TIME_LIMIT_MS),
        "--setting", "facet_time_limit_ms", "200",
        "--setting", "truncate_cells_html", "400",
        "--setting", "default_page_size", "50",
    ]


def register_plugin() -> None:
    """Add ytekb's pages and guards to Datasette, in this process only."""
    from datasette.plugins import pm

    from . import plugin

    if not pm.is_registered(plugin):
        pm.register(plugin, name="ytekb")


def _quiet_user_errors() -> None:
    """Datasette prints a full rich traceback to the console for every bad request
    (a non-SELECT in the SQL box, a typo in a URL), which reads like a crash; the
    browser still gets the error page and the access log keeps the status."""
    try:
        from datasette import handle_exception
    except ImportError:
        return
    if hasattr(handle_exception, "rich"):
        handle_exception.rich = None


def open_when_up(host: str, port: int, wait: float = 60.0) -> threading.Thread:
    """Open the home page in the user's browser once the server answers. Datasette's own
    `--open` said nothing when there was no browser to open (a server, ssh, no $DISPLAY);
    this says so in one line with the URL to open by hand."""
    url = f"http://{host}:{port}/"

    def run() -> None:
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            try:
                socket.create_connection((host, port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.2)
        else:
            return   # the server never came up: it says why itself
        try:
            opened = webbrowser.open(url)
        except webbrowser.Error:
            opened = False
        if not opened:
            print(f"ytekb serve: no web browser could be opened here; open {url} in one",
                  file=sys.stderr, flush=True)

    thread = threading.Thread(target=run, name="ytekb-open", daemon=True)
    thread.start()
    return thread


class BoundPort(logging.Filter):
    """The port uvicorn bound, read from its "Uvicorn running on %s://%s:%d" record: with
    `-p 0` the system chooses it (no other process can take it between a choice and the
    bind, as with a port picked beforehand), and only the server knows which."""

    def __init__(self) -> None:
        super().__init__()
        self.port = 0
        self.known = threading.Event()

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args if isinstance(record.args, tuple) else ()
        if str(record.msg).startswith("Uvicorn running on") and len(args) == 3:
            self.port = int(args[2])
            self.known.set()
        return True


def say_port_when_bound(host: str, open_browser: bool, wait: float = 60.0) -> BoundPort:
    """For `-p 0`: once uvicorn has bound, say the address in ytekb's words (the
    line tests and scripts read) and open it in the browser if asked."""
    bound = BoundPort()
    logging.getLogger("uvicorn.error").addFilter(bound)

    def run() -> None:
        if bound.known.wait(wait):
            print(f"ytekb serve: listening on http://{host}:{bound.port}/", file=sys.stderr,
                  flush=True)
            if open_browser:
                open_when_up(host, bound.port)

    threading.Thread(target=run, name="ytekb-port", daemon=True).start()
    return bound


def serve(db_path: Path, host: str = "127.0.0.1", port: int = 8001, live: bool = False,
          open_browser: bool = False) -> int:
    """Run Datasette in this process until interrupted; its exit code."""
    import tempfile

    from datasette.cli import cli

    _quiet_user_errors()
    register_plugin()
    prepare(db_path)
    with tempfile.TemporaryDirectory(prefix="ytekb-web-") as tmp:
        meta_path = Path(tmp) / "metadata.json"
        meta_path.write_text(json.dumps(metadata(db_path, host), ensure_ascii=False, indent=2),
                             encoding="utf-8")
        if port == 0:
            say_port_when_bound(host, open_browser)
        elif open_browser:
            open_when_up(host, port)
        try:
            cli.main(args=serve_args(db_path, meta_path, host, port, live),
                     prog_name="ytekb serve", standalone_mode=False)
        except SystemExit as stop:
            return int(stop.code or 0)
        except KeyboardInterrupt:
            return 0
    return 0


__all__ = ["INSTALL_HINT", "SQL_TIME_LIMIT_MS", "BoundPort", "datasette_available", "metadata",
           "prepare", "open_when_up", "say_port_when_bound", "query_sql", "register_plugin", "serve", "serve_args"]
