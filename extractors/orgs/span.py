"""The span an organisation matcher returns."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class OrgSpan:
    start: int
    end: int
    name: str
    type: str
    province: str | None
    canonical: str | None = None
