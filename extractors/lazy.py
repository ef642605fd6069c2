"""Module-level patterns compiled on first use, not at import.

Compiling the extractors' large patterns was most of `ytekb extract`'s start-up, and a
short document needs few of them (a text with no cooperation cue never runs the
cooperation patterns). `lazy_compile(source, flags)` stands for
`re.compile(source, flags)`: the first call of a pattern method compiles it, and from
then on its methods are the compiled pattern's own (bound in the instance, so a call
costs what it costs on the pattern). `.pattern` is the source, without compiling.

A batch on several workers calls `compile_all()` before forking, so the workers share
the compiled patterns instead of each compiling them again.
"""
from __future__ import annotations

import re
from typing import Any

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split",
            "scanner")
_pending: list[LazyPattern] = []   # not compiled yet


class LazyPattern:
    """`re.compile(pattern, flags)`, compiled when first used (see the module)."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags
        _pending.append(self)

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now if it was not)."""
        got = self.__dict__.get("_compiled")
        if got is None:
            got = re.compile(self.pattern, self._flags)
            self.__dict__.update({name: getattr(got, name) for name in _METHODS},
                                 _compiled=got)
        return got

    def __getattr__(self, name: str) -> Any:   # flags, groups, groupindex
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r}, {self._flags})"


def _first_call(name: str) -> Any:
    """The method `name` for a pattern's first call: compiling binds the pattern's own
    method in the instance, over this one, for the calls after it."""
    def method(self: LazyPattern, *args: Any, **kwargs: Any) -> Any:
        return getattr(self.compiled(), name)(*args, **kwargs)

    method.__name__ = method.__qualname__ = name
    return method


for _name in _METHODS:
    setattr(LazyPattern, _name, _first_call(_name))


def lazy_compile(pattern: str, flags: int = 0) -> LazyPattern:
    """`re.compile(pattern, flags)`, compiled on first use."""
    return LazyPattern(pattern, flags)


def compile_all() -> int:
    """Compile every lazy pattern not compiled yet (before forking workers that share
    them); returns how many."""
    n = 0
    while _pending:
        pattern = _pending.pop()
        if "_compiled" not in pattern.__dict__:
            pattern.compiled()
            n += 1
    return n
