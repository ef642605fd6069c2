"""robots.txt, fetched once per site per run, as RFC 9309 asks.

A missing robots.txt (4xx) allows everything; an unreachable one (5xx, network
error) disallows the whole site for this run, because "could not ask" is not
"allowed", and the reason (a DNS failure, a refused connection) is kept so
the run report names the real cause. Crawl-delay raises the host's delay in
the throttle, up to `MAX_CRAWL_DELAY` (a site asking for 86400 s would
otherwise stall a run for a day).
"""
from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

if TYPE_CHECKING:
    from .fetcher import Fetcher

log = logging.getLogger("ytekb.robots")


class RobotsCache:
    """Rules per origin for one run, shared by the fetchers of parallel crawl threads."""

    def __init__(self) -> None:
        self.rules: dict[str, RobotFileParser] = {}
        self.failures: dict[str, str] = {}  # origin -> why its robots.txt could not be read
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()

    def lock(self, origin: str) -> threading.Lock:
        with self._guard:
            return self._locks.setdefault(origin, threading.Lock())


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


class Robots:
    def __init__(self, fetcher: Fetcher, enabled: bool = True,
                 cache: RobotsCache | None = None) -> None:
        self.fetcher = fetcher
        self.enabled = enabled
        self.cache = cache or RobotsCache()
        self.notes: list[str] = []  # human-readable events for the run report

    def allowed(self, url: str) -> bool:
        if not self.enabled:
            return True
        origin = _origin(url)
        rules = self.cache.rules.get(origin)
        if rules is None:
            with self.cache.lock(origin):  # one thread loads; the others wait for its rules
                rules = self.cache.rules.get(origin)
                if rules is None:
                    rules = self.cache.rules[origin] = self._load(origin)
        return rules.can_fetch(self.fetcher.settings.ROBOTS_AGENT, url)

    def failure(self, url: str) -> str | None:
        """Why the site of `url` is skipped this run, when its robots.txt was unreadable."""
        return self.cache.failures.get(_origin(url))

    def _load(self, origin: str) -> RobotFileParser:
        from .fetcher import FetchError

        rules = RobotFileParser(origin + "/robots.txt")
        try:
            resp = self.fetcher.get(origin + "/robots.txt", check_robots=False)
        except FetchError as err:
            if err.status is not None and 400 <= err.status < 500:
                rules.allow_all = True
            else:
                self.cache.failures[origin] = f"{origin}/robots.txt unreachable ({err.reason})"
                self.notes.append(f"{origin}/robots.txt unreachable ({err.reason}); "
                                  "site skipped this run")
                rules.disallow_all = True
            return rules
        try:
            text = resp.text
        except ValueError:
            text = ""
        rules.parse(text.splitlines())
        delay = crawl_delay(text, self.fetcher.settings.ROBOTS_AGENT)
        if delay:
            cap = float(self.fetcher.settings.MAX_CRAWL_DELAY)
            if delay > cap:
                note = (f"{origin}/robots.txt asks Crawl-delay {delay:g} s; capped at {cap:g} s "
                        "(MAX_CRAWL_DELAY)")
                self.notes.append(note)
                delay = cap
            self.fetcher.throttle.set_delay(urlsplit(origin).hostname or "", float(delay))
        return rules


def crawl_delay(text: str, agent: str) -> float | None:
    """Crawl-delay for our agent's group, else for `*` (decimals allowed, unlike urllib's)."""
    delays: dict[str, float] = {}
    group: list[str] = []
    in_rules = False
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if ":" not in line:
            continue
        key, value = (p.strip() for p in line.split(":", 1))
        key = key.lower()
        if key == "user-agent":
            if in_rules:
                group, in_rules = [], False
            group.append(value.lower())
        else:
            in_rules = True
            if key == "crawl-delay":
                try:
                    for name in group:
                        delays[name] = float(value)
                except ValueError:
                    pass
    agent = agent.lower()
    for name, value in delays.items():
        if name != "*" and name in agent:
            return value
    return delays.get("*")
