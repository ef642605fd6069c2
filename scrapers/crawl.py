"""The crawl loop for one source: discover -> fetch -> parse -> dedup -> store.

Incremental by design: a URL already stored is skipped without a request when
its feed/sitemap date has not moved, and otherwise asked for with a conditional
GET. A feed, sitemap or listing's own validators are recorded only after every
entry in it was handled, so a run killed midway (or cut by --max-pages) re-reads
it next time and resumes where it stopped; stored articles then cost nothing.
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from types import ModuleType
from typing import Any
from zoneinfo import ZoneInfo

import sqlite_utils

from pipeline import jobs
from pipeline.parallel import OverBudget
from pipeline.query.formats import plural
from pipeline.readers import clean_text
from pipeline.records import Article, content_hash

from . import adapters, discovery, published as pub, storage
from .budget import PageBudget
from .discovery import Entry
from .encoding import DecodeError
from .fetcher import Blocked, FetchError, Fetcher, HostSkipped, Response, Unreachable
from .sources import Listing, Source
from .urls import host_of, netloc, normalize

log = logging.getLogger("ytekb.crawl")
SEEN_KINDS = ("article", "duplicate", "gone", "page")
OVER = object()  # a listing page whose parsing went over DOC_TIMEOUT
COUNTERS = ("discovered", "skipped_seen", "skipped_old", "skipped_offsite", "not_article",
            "blocked",
            "fetched", "not_modified", "new", "updated", "unchanged", "duplicates",
            "syndicated", "gone", "failed", "fallbacks", "skipped_no_text", "requests",
            "retries", "skipped_host")


@dataclass
class SourceResult:
    """Per-source counts and problems, for the run report and the runs table."""

    name: str
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(COUNTERS, 0))
    errors: list[dict[str, str]] = field(default_factory=list)
    warnings: list[dict[str, str]] = field(default_factory=list)
    containers_ok: int = 0
    containers_failed: int = 0
    budget_hit: bool = False
    _skips: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict, repr=False)

    @property
    def status(self) -> str:
        if self.containers_failed and not self.containers_ok:
            return "failed"
        return "partial" if self.errors else "ok"

    def error(self, item: str, message: str) -> None:
        # live with -v; the run's end prints each error once as an `error:` line (a WARNING
        # here too said every failure twice: 53 stderr lines for 11 unreachable sources)
        log.info("%s: %s", self.name, message)
        self.errors.append({"source": self.name, "item": item, "error": message})

    def skipped(self, url: str, message: str, host: str, why: str) -> None:
        """A URL not tried because its host is given up this run (robots.txt unreadable,
        timeout budget spent). The first is its own error (`message`); from the second on
        that error becomes the host's one line with their count (was one error line per
        URL: 200 lines in a cron log for a feed of 200 articles)."""
        self.counts["skipped_host"] += 1
        entry = self._skips.get((host, why))
        if entry is None:
            log.info("%s: %s", self.name, message)
            self._skips[host, why] = entry = {"source": self.name, "item": url,
                                              "error": message, "skipped": 1}
            self.errors.append(entry)
            return
        entry["skipped"] += 1
        entry["item"], entry["error"] = host, f"{why}; {plural(entry['skipped'], 'URL')} skipped"

    def warn(self, item: str, message: str) -> None:
        self.warnings.append({"source": self.name, "item": item, "warning": message})

    def as_dict(self) -> dict[str, Any]:
        return {"status": self.status, **self.counts, "budget_exhausted": self.budget_hit,
                "errors": self.errors, "warnings": self.warnings}


@dataclass
class _State:
    source: Source
    result: SourceResult
    module: ModuleType | None
    tz: ZoneInfo
    sites: set[str]
    budget: int
    seen: set[str] = field(default_factory=set)
    listings: set[str] = field(default_factory=set)
    published: dict[str, str | None] = field(default_factory=dict)
    warned: set[str] = field(default_factory=set)  # adapter warnings already reported


class Stopped(Exception):
    """The run was interrupted; a crawl thread unwinds at its next article."""


class Crawler:
    """Crawls sources into one KB through one Fetcher (and so one politeness state).

    Parallel crawl threads each have a Crawler with their own connection and
    Fetcher; they share `writer`, a lock held for every write to the KB, so
    storing stays one writer at a time, and `stop`, set when the run is
    interrupted.
    """

    def __init__(self, db: sqlite_utils.Database, fetcher: Fetcher, report: jobs.Report,
                 since: date | None = None, max_pages: int | None = None,
                 writer: threading.RLock | None = None,
                 stop: threading.Event | None = None) -> None:
        self.db, self.fetcher, self.report = db, fetcher, report
        self.settings = fetcher.settings
        self.since = since
        self.max_pages = max_pages
        self.writer = writer or threading.RLock()
        self.stop = stop or threading.Event()

    def _put(self, url: str, **fields: Any) -> None:
        with self.writer:
            storage.cache_put(self.db, url, **fields)

    def _stored(self, st: _State, entry: Entry, resp: Response, lastmod: str | None
                ) -> tuple[bool, str | None]:
        """Parse and store one page as the only writer; report decoding warnings.
        Parsing and extraction share one CPU budget (DOC_TIMEOUT); storing is outside it."""
        budget = PageBudget(self.settings.DOC_TIMEOUT)
        try:
            with self.writer:
                outcome = self._store(st, entry, resp, lastmod, budget)
        except OverBudget:
            outcome = self._over_budget(st, entry.url, resp, lastmod)
        self._decoding_warnings(st, entry.url, resp)
        return outcome

    def _over_budget(self, st: _State, url: str, resp: Response, lastmod: str | None
                     ) -> tuple[bool, str | None]:
        """One error line; the page is remembered (not fetched again until it changes)."""
        message = (f"over the {self.settings.DOC_TIMEOUT:g} s CPU budget per page "
                   "(DOC_TIMEOUT: parsing and extraction); skipped")
        st.result.counts["failed"] += 1
        st.result.error(url, message)
        self._put(url, **storage.validators(resp), status=resp.status,
                  fetched_at=resp.fetched_at, kind="page", source=st.source.name,
                  final_url=resp.final_url, lastmod=lastmod, error=message)
        return True, None

    def _decoding_warnings(self, st: _State, url: str, resp: Response) -> None:
        while resp.warnings:  # e.g. "3 invalid UTF-8 byte sequences replaced"
            st.result.warn(url, resp.warnings.pop(0))

    # ---- sources -------------------------------------------------------------------------

    def crawl(self, source: Source) -> SourceResult:
        tz = ZoneInfo(source.timezone)
        module = adapters.ADAPTERS.get(source.adapter) if source.adapter != "generic" else None
        budget = self.max_pages if self.max_pages is not None else (
            source.max_pages if source.max_pages is not None else self.settings.MAX_PAGES)
        st = _State(source, SourceResult(source.name), module, tz, source.netlocs(), budget)
        st.listings = {normalize(l.url) for l in source.listings}
        for host in source.hosts():
            self.fetcher.throttle.set_delay(host, source.delay if source.delay is not None
                                            else self.settings.DOWNLOAD_DELAY)
        self.fetcher.policy.allow(*source.hosts())
        if source.tls_seclevel is not None:
            self.fetcher.set_tls_seclevel(source.hosts(), source.tls_seclevel)
        with self.writer:
            storage.store.source_id(self.db, source.name, source.adapter,
                                    source.base_urls[0] if source.base_urls else None)
        before, notes = self.fetcher.requests, len(self.fetcher.robots.notes)
        retries = self.fetcher.retries
        for url in source.feeds:
            self._container(st, url, "feed", self._feed)
        for url in source.sitemaps:
            self._container(st, url, "sitemap", self._sitemap)
        for listing in source.listings:
            self._listing(st, listing)
        st.result.counts["requests"] = self.fetcher.requests - before
        st.result.counts["retries"] = self.fetcher.retries - retries
        for note in self.fetcher.robots.notes[notes:]:
            # a skipped site's `error:` line already says why (was: said again as a warning)
            cause = note.split("; site skipped this run")[0]
            if not any(cause in e["error"] for e in st.result.errors):
                st.result.warn("robots.txt", note)
        return st.result

    def _container(self, st: _State, url: str, kind: str, handle) -> bool:
        """Fetch a feed/sitemap conditionally, handle its entries, then record validators."""
        url = normalize(url)
        cache = storage.cache_get(self.db, url)
        resp, _ = self._get(st, url, cache, kind)
        if resp is None:
            st.result.containers_failed += 1
            return False
        st.result.containers_ok += 1
        if resp.not_modified:
            self._put(url, fetched_at=resp.fetched_at, status=304)
            return True
        try:
            complete = handle(st, resp)
        except (ValueError, DecodeError) as err:
            st.result.error(url, f"unreadable {kind}: {err}")
            return False
        if complete:
            self._put(url, **storage.validators(resp), status=resp.status,
                      content_hash=content_hash(resp.content.decode("latin-1")),
                      fetched_at=resp.fetched_at, kind=kind, source=st.source.name,
                      final_url=resp.final_url, error=None)
        return complete

    def _feed(self, st: _State, resp: Response) -> bool:
        entries = discovery.parse_feed(resp.content, resp.final_url, self.settings.MAX_PAGE_BYTES)
        return self._entries(st, entries)

    def _sitemap(self, st: _State, resp: Response, depth: int = 0) -> bool:
        pages, children = discovery.parse_sitemap(resp.content, resp.final_url,
                                                  self.settings.MAX_PAGE_BYTES)
        complete = self._entries(st, sorted(pages, key=_newest_first))
        for child in sorted(children, key=_newest_first)[:self.settings.MAX_SITEMAPS]:
            if st.result.budget_hit:
                return False
            if self._too_old(child.lastmod):
                st.result.counts["skipped_old"] += 1
                continue
            cached = storage.cache_get(self.db, child.url)
            if cached and child.lastmod and cached.get("lastmod") and \
                    _utc(child.lastmod) <= cached["lastmod"] and cached.get("status") in (200, 304):
                continue  # fully handled before and unchanged since
            if depth >= 2:
                continue
            ok = self._container(st, child.url, "sitemap",
                                 lambda s, r: self._sitemap(s, r, depth + 1))
            if ok and child.lastmod:
                self._put(child.url, lastmod=_utc(child.lastmod))
            complete = complete and ok
        return complete

    def _entries(self, st: _State, entries: list[Entry]) -> bool:
        complete = True
        for entry in entries:
            if st.result.budget_hit:
                return False
            ok, _ = self._article(st, entry)
            complete = complete and ok
        return complete

    def _listing(self, st: _State, listing: Listing) -> None:
        """Page 1 conditionally, then pages 2+ (GET, or the adapter's POST) while they
        list something new. Only page 1's validators are kept: later pages (a POST
        above all) are never asked conditionally nor cached under their URL."""
        first = normalize(listing.url)
        request: discovery.PageRequest | None = discovery.PageRequest(first)
        limit = listing.max_pages or self.settings.MAX_LISTING_PAGES
        number, complete = 1, True
        first_resp: Response | None = None
        first_page: tuple[str, str] | None = None  # (url, html): a POST is built from it
        while request and number <= limit and not st.result.budget_hit:
            url = request.url
            # page 1 is asked conditionally (304: nothing new), except in a --since backfill
            cache = storage.cache_get(self.db, url) if number == 1 and self.since is None \
                else None
            resp, outcome = self._get(st, url, cache, "listing" if number == 1 else "listing-page",
                                      form=request.form)
            if resp is None:
                complete = complete and outcome == "gone"
                if number == 1:
                    st.result.containers_failed += 1
                break
            if number == 1:
                st.result.containers_ok += 1
                first_resp = resp
                if resp.not_modified:
                    return
            elif not resp.content.strip():
                break  # an empty answer: past the last page (the VNPT POST says so)
            try:
                html = resp.text
            except DecodeError as err:
                st.result.error(url, f"unreadable listing: {err}")
                complete = False
                break
            self._decoding_warnings(st, url, resp)
            if number == 1:
                first_page = (resp.final_url, html)
            module = st.module or adapters.for_url(resp.final_url) or adapters._sniff(html)
            read = self._bounded(st, url, self._read_listing, st, resp, html, module, number)
            if read is OVER:
                complete = False
                break
            links, itself = read
            if itself:  # a generic start URL that is an article itself
                ok, _ = self._stored(st, Entry(url), resp, None)
                complete = complete and ok
            fresh = [l for l in links if not self._known(l)]
            dates: list[str] = []
            for link in links:
                ok, when = self._article(st, Entry(link))
                complete = complete and ok
                if when:
                    dates.append(when)
            if self.since is None and not fresh:
                break  # nothing new on this page: older pages hold nothing new either
            if self.since is not None and dates and min(dates)[:10] < self.since.isoformat():
                break
            number += 1
            request = self._bounded(st, url, discovery.listing_request, html, resp.final_url,
                                    number, module, listing.pages, first_page)
            if request is OVER:
                complete, request = False, None
        if complete and first_resp is not None and first and not first_resp.not_modified:
            self._put(first, **storage.validators(first_resp),
                      status=first_resp.status, fetched_at=first_resp.fetched_at,
                      kind="listing", source=st.source.name)

    def _read_listing(self, st: _State, resp: Response, html: str, module: Any,
                      number: int) -> tuple[list[str], bool]:
        """(article links, is page 1 itself an article to store?)."""
        links = discovery.listing_links(html, resp.final_url, module,
                                        st.sites | {netloc(resp.final_url)})
        itself = number == 1 and not st.source.feeds and not st.source.sitemaps and \
            st.source.adapter == "generic" and \
            (not links or self._is_article(st, normalize(resp.final_url), html))
        return links, itself

    def _bounded(self, st: _State, url: str, parse: Callable[..., Any], *args: Any) -> Any:
        """`parse(*args)` (a listing page's parsing) under its own CPU budget; OVER and one
        error line when it goes over."""
        try:
            with PageBudget(self.settings.DOC_TIMEOUT):
                return parse(*args)
        except OverBudget:
            st.result.error(url, f"unreadable listing: over the {self.settings.DOC_TIMEOUT:g} "
                                 "s CPU budget per page (DOC_TIMEOUT)")
            return OVER

    # ---- articles ------------------------------------------------------------------------

    def _known(self, url: str) -> bool:
        c = storage.cache_get(self.db, url)
        return bool(c and c.get("kind") in SEEN_KINDS)

    def _is_article(self, st: _State, url: str, html: str) -> bool:
        """Sitemaps and start URLs also list category pages; keep those out of the KB.

        A site adapter (configured, by host, or recognised by markup) knows its
        article URL pattern; a page off the pattern still counts when the
        adapter's body selectors find an article in it (the site changed its URLs).
        Unknown sites: the generic URL and markup guess.
        """
        module = st.module or adapters.for_url(url) or adapters._sniff(html)
        rule = getattr(module, "is_article_url", None)
        if rule is not None:
            return rule(url) or module.parse(html, url) is not None
        return discovery.looks_like_article(url) or discovery.is_article_page(html)

    def _too_old(self, when: datetime | None) -> bool:
        return bool(self.since and when and when.date() < self.since)

    def _article(self, st: _State, entry: Entry) -> tuple[bool, str | None]:
        """Handle one discovered URL; (handled?, published). False = retry next run."""
        url = entry.url
        if self.stop.is_set():
            raise Stopped(url)
        if url in st.seen:
            return True, st.published.get(url)
        st.seen.add(url)
        st.result.counts["discovered"] += 1
        if st.sites and netloc(url) not in st.sites:
            st.result.counts["skipped_offsite"] += 1
            return True, None
        if url in st.listings:  # sitemaps list category pages too; they are read as listings
            st.result.counts["not_article"] += 1
            return True, None
        if self._too_old(entry.published or entry.lastmod):
            st.result.counts["skipped_old"] += 1
            return True, None
        cache = storage.cache_get(self.db, url)
        lastmod = _utc(entry.lastmod)
        if cache and cache.get("kind") in SEEN_KINDS:
            if self._unchanged(cache, lastmod):
                st.result.counts["skipped_seen"] += 1
                return True, self._published_of(cache)
        if st.result.counts["fetched"] >= st.budget:  # 304s are cheap: only bodies count
            st.result.budget_hit = True
            return False, None
        conditional = cache if cache and cache.get("kind") in ("article", "duplicate", "page") \
            else None
        resp, outcome = self._get(st, url, conditional, "article", lastmod=lastmod)
        if resp is None:
            return outcome in ("blocked", "gone"), None
        if resp.not_modified:
            st.result.counts["not_modified"] += 1
            self._put(url, status=304, fetched_at=resp.fetched_at,
                      lastmod=lastmod or (cache or {}).get("lastmod"))
            return True, self._published_of(cache)
        st.result.counts["fetched"] += 1
        return self._stored(st, entry, resp, lastmod)

    @staticmethod
    def _host_skipped(st: _State, url: str, kind: str, err: FetchError, host: str,
                      why: str) -> tuple[None, str]:
        """A URL of a host given up this run: counted on its host's one error line."""
        if kind == "article":
            st.result.counts["failed"] += 1
        st.result.skipped(url, f"{kind} not fetched: {err.reason}", host, why)
        return None, "failed"

    def _unchanged(self, cache: dict, lastmod: str | None) -> bool:
        """Seen before and nothing says it changed: no request at all."""
        if lastmod:  # the feed/sitemap dates this entry: trust it
            seen = cache.get("lastmod") or cache.get("fetched_at") or ""
            return seen >= lastmod
        if cache.get("kind") == "gone":
            return True
        if cache.get("etag") or cache.get("last_modified"):
            return False  # cheap to ask: a conditional GET answers 304 if unchanged
        return not self.settings.REVISIT_WITHOUT_VALIDATORS

    def _published_of(self, cache: dict | None) -> str | None:
        if not cache or not cache.get("document_id"):
            return None
        row = self.db.execute("SELECT published FROM documents WHERE id = ?",
                              [cache["document_id"]]).fetchone()
        return row[0] if row else None

    def _get(self, st: _State, url: str, cache: dict | None, kind: str,
             lastmod: str | None = None, form: dict[str, str] | None = None
             ) -> tuple[Response | None, str]:
        """Fetch (GET, or POST `form`), turning failures into report entries:
        (response, 'ok'|'blocked'|'gone'|'failed')."""
        try:
            if form is not None:
                return self.fetcher.post(url, form), "ok"
            return self.fetcher.get(url, etag=(cache or {}).get("etag"),
                                    last_modified=(cache or {}).get("last_modified")), "ok"
        except Unreachable as err:  # the site's robots.txt could not be read: a failure
            return self._host_skipped(st, url, kind, err, host_of(url), err.reason)
        except HostSkipped as err:
            return self._host_skipped(st, url, kind, err, err.host, err.why)
        except Blocked as err:
            st.result.counts["blocked"] += 1
            st.result.warn(url, f"not fetched: {err.reason}")
            return None, "blocked"
        except FetchError as err:
            if kind == "listing-page" and err.status in (404, 410):
                return None, "gone"  # past the last listing page
            if kind == "article" and err.status in (404, 410):
                st.result.counts["gone"] += 1
                st.result.warn(url, f"HTTP {err.status}: article gone")
                self._put(url, status=err.status, kind="gone",
                          source=st.source.name, lastmod=lastmod, error=err.reason)
                return None, "gone"
            if kind == "article":
                st.result.counts["failed"] += 1
            st.result.error(url, f"{kind} fetch failed: {err.reason}")
            return None, "failed"

    def _store(self, st: _State, entry: Entry, resp: Response,
               lastmod: str | None, budget: PageBudget) -> tuple[bool, str | None]:
        url = entry.url
        try:
            with budget:  # pure computation only: nothing is written while it is armed
                html, codec = resp.decoded()
                is_article = self._is_article(st, normalize(resp.final_url), html)
                page = adapters.parse_page(
                    html, resp.final_url,
                    adapter=st.source.adapter if st.source.adapter != "generic" else None) \
                    if is_article else None
        except DecodeError as err:
            st.result.counts["failed"] += 1
            st.result.error(url, f"undecodable page: {err}")
            return False, None
        if not is_article:
            st.result.counts["not_article"] += 1
            storage.cache_put(self.db, url, **storage.validators(resp), status=resp.status,
                              fetched_at=resp.fetched_at, kind="page", source=st.source.name,
                              final_url=resp.final_url, lastmod=lastmod, error=None)
            return True, None
        if page is not None and page.skip:  # a video page, or only footer/navigation
            st.result.counts["skipped_no_text"] += 1
            st.result.warn(url, f"skipped: {page.skip}")
            log.info("%s: skipped %s: %s", st.source.name, url, page.skip)
            storage.cache_put(self.db, url, **storage.validators(resp), status=resp.status,
                              fetched_at=resp.fetched_at, kind="page", source=st.source.name,
                              final_url=resp.final_url, lastmod=lastmod, error=None)
            return True, None
        if page is None or not page.text.strip():
            st.result.counts["failed"] += 1
            st.result.error(url, "no article text found (adapter and generic both failed)")
            return False, None
        if page.warnings:
            st.result.counts["fallbacks"] += 1
            for w in page.warnings:  # reported the first time; counted every time
                if w not in st.warned:
                    st.warned.add(w)
                    st.result.warn(url, w)
        final = normalize(resp.final_url)
        canonical, hint = self._canonical(st, page.canonical_url, final)
        published = self._published(page.published, html, final, st.tz)
        st.published[url] = published
        if self._too_old_iso(published):
            st.result.counts["skipped_old"] += 1
            return True, published
        article = Article(source=st.source.name, title=page.title, text=clean_text(page.text),
                          url=final, canonical_url=canonical, published=published,
                          fetched_at=resp.fetched_at, raw=html,
                          meta={"adapter": page.adapter, "warnings": []})
        row = storage.page_row(resp, codec, page.adapter)
        doc_id, status = self._save(st, article, row, hint, budget)
        if doc_id is None:
            return False, published
        st.result.counts[status] += 1
        storage.cache_put(self.db, url, **storage.validators(resp), status=resp.status,
                          content_hash=article.content_hash, fetched_at=resp.fetched_at,
                          document_id=doc_id, kind="duplicate" if status == "duplicates"
                          else "article", source=st.source.name, final_url=final,
                          lastmod=lastmod, error=None)
        return True, published

    def _save(self, st: _State, article: Article, row: dict, hint: str | None,
              budget: PageBudget | None = None) -> tuple[int | None, str]:
        state = storage.store.document_state(self.db, article.key)
        src_id = storage.source_id_of(self.db, st.source.name)
        existing_copy = state and self.db.execute(
            "SELECT duplicate_of FROM documents WHERE id = ?", [state[0]]).fetchone()[0]
        if state is None or existing_copy:
            found = storage.find_original(self.db, article, src_id,
                                          self.settings.SYNDICATION_SIMILARITY, hint)
            if found:
                original, relation = found
                if relation == "duplicate":
                    return original, "duplicates"
                doc_id, status = storage.save_copy(self.db, article, original, row)
                return doc_id, ("syndicated" if status == "new" else status)
            # no longer a copy of anything: store.save_extraction releases it (release_copy) in the
            # transaction that stores its facts
        status = jobs.save_article(self.db, article, self.report, article.url or "", page=row,
                                   guard=budget)
        if status is None:
            st.result.counts["failed"] += 1
            st.result.errors.append({"source": st.source.name, "item": article.url or "",
                                     "error": self.report.errors[-1]["error"]})
            return None, "failed"
        doc_id = storage.store.document_state(self.db, article.key)[0]
        if status == "unchanged":
            storage.ensure_page(self.db, doc_id, row)
        return doc_id, status

    def _canonical(self, st: _State, canonical: str | None, final: str
                   ) -> tuple[str, str | None]:
        """Trust rel=canonical only within the same site; elsewhere it hints syndication."""
        if not canonical:
            return final, None
        canon = normalize(canonical, final)
        if netloc(canon) == netloc(final) or netloc(canon) in st.sites:
            return canon, None
        return final, canon

    def _published(self, found: str | None, html: str, url: str, tz: ZoneInfo) -> str | None:
        value = found or pub.from_url(url, tz)
        if value and "T" in value:
            return pub.to_site_time(value, tz) or value
        return value

    def _too_old_iso(self, published: str | None) -> bool:
        return bool(self.since and published and published[:10] < self.since.isoformat())


def _newest_first(entry: Entry) -> tuple[int, float]:
    if entry.lastmod is None:
        return (1, 0.0)
    return (0, -entry.lastmod.timestamp())


def _utc(when: datetime | None) -> str | None:
    """Comparable ISO string (UTC) for feed dates, fetch times and cache rows."""
    return when.astimezone(timezone.utc).replace(microsecond=0).isoformat() if when else None
