"""robots.txt, fetched once per site per run, as RFC 9309 asks.

A missing robots.txt (4xx) allows everything; an unreachable one (5xx, network
error) disallows the whole site for this run, because "could not ask" is not
"allowed". Crawl-delay raises the host's delay in the throttle.
"""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

if TYPE_CHECKING:
    from .fetcher import Fetcher

log = logging.getLogger("ytekb.robots")


class Robots:
    def __init__(self, fetcher: Fetcher, enabled: bool = True) -> None:
        self.fetcher = fetcher
        self.enabled = enabled
        self._rules: dict[str, RobotFileParser] = {}
        self.notes: list[str] = []  # human-readable events for the run report

    def allowed(self, url: str) -> bool:
        if not self.enabled:
            return True
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        rules = self._rules.get(origin)
        if rules is None:
            rules = self._rules[origin] = self._load(origin)
        return rules.can_fetch(self.fetcher.settings.ROBOTS_AGENT, url)

    def _load(self, origin: str) -> RobotFileParser:
        from .fetcher import FetchError

        rules = RobotFileParser(origin + "/robots.txt")
        try:
            resp = self.fetcher.get(origin + "/robots.txt", check_robots=False)
        except FetchError as err:
            if err.status is not None and 400 <= err.status < 500:
                rules.allow_all = True
            else:
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
