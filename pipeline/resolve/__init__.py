"""Entity resolution: map extracted names to stable entity ids in the KB.

`Resolver` is the interface the store calls inside each document's
transaction. Ids are derived from (family, canonical key of the canonical
form), so they are stable across reruns, re-extractions and even rebuilt
knowledge bases. `find_entities` is the lookup for what a user types.
"""
from __future__ import annotations

from .keys import canonical_key, entity_id, person_key
from .overrides import set_path as set_overrides
from .resolver import Resolver

__all__ = ["Resolver", "entity_id", "canonical_key", "person_key", "set_overrides"]
