"""Entity resolution: map extracted names to stable entity ids in the KB.

`Resolver` is the interface the store calls inside each document's
transaction. Ids are derived from (type, canonical key), so they are stable
across reruns, re-extractions and even rebuilt knowledge bases.
"""
from __future__ import annotations

from .resolver import Resolver, entity_id

__all__ = ["Resolver", "entity_id"]
