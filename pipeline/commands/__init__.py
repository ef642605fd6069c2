"""CLI command modules. Each module here may define `COMMANDS: list[click.Command]`;
`pipeline.cli` adds them all, so a feature adds its commands without editing cli.py."""
from __future__ import annotations

import importlib
import pkgutil

import click


def register_all(group: click.Group) -> None:
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        for command in getattr(module, "COMMANDS", []):
            group.add_command(command)
