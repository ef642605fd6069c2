#!/usr/bin/env python3
"""CPU to crawl one hostile 8 MB page: this tree (DOC_TIMEOUT) against the baseline.

    python scripts/bench_parse.py                        # DOC_TIMEOUT=5, baseline 8475c27
    python scripts/bench_parse.py --budget 2 --baseline 8475c27 --cap 900

Each page is served on 127.0.0.1 with a one-item feed; `ytekb crawl` runs in a fresh
process for this tree and for `git archive BASELINE` (same interpreter, one after
the other), and its CPU (user + system, from wait4) and wall time are reported with
its exit code and first error line. The pages are built to be slow to read, within
the download cap and the tag cap (scrapers/htmlsafe.py):
  date-spans  30,000 `span.date` bylines full of date-like text (date lookups,
              soupsieve, trafilatura), 8 MB
  text-blocks 30,000 divs of plain text (soup, chrome stripping, trafilatura), 8 MB
The in-process parse CPU of each page (`adapters.parse_page`, no budget) is shown too.
A baseline run over `--cap` seconds of wall is killed and shown as such.
"""
from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
from bench_ingest import checkout, cli  # noqa: E402

SIZE = 8 * 2**20 - 4096
HEAD = ("<html><head><meta charset='utf-8'><title>Trang chậm</title>"
        "<meta property='og:type' content='article'></head><body><article>")


def hostile_pages() -> dict[str, str]:
    byline = '<span class="date">12/03/2024 12/03/2024 12 / 03 / 2024 99/99/9999</span>'
    block = "<div>" + "Bệnh viện khám " * 20 + "</div>"
    return {"date-spans": HEAD + byline * (SIZE // len(byline)) + "</article></body></html>",
            "text-blocks": HEAD + block * (SIZE // len(block.encode())) + "</article></body></html>"}


def serve(pages: dict[str, str]) -> tuple[ThreadingHTTPServer, str]:
    routes = {f"/bai-{name}-12345.html": body.encode() for name, body in pages.items()}

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args) -> None:
            pass

        def do_GET(self) -> None:
            base = f"http://127.0.0.1:{self.server.server_address[1]}"
            if self.path.startswith("/feed-"):
                item = f"/bai-{self.path[6:].removesuffix('.xml')}-12345.html"
                body = (f'<rss version="2.0"><channel><item><title>t</title><link>{base}{item}'
                        f"</link></item></channel></rss>").encode()
                kind = "application/rss+xml"
            elif self.path in routes:
                body, kind = routes[self.path], "text/html; charset=utf-8"
            else:
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def crawl(code: Path, feed: str, work: Path, budget: float | None, cap: float) -> dict:
    db = work / f"kb-{time.monotonic_ns()}.sqlite"
    args = ["crawl", "--db", str(db), "--feed", feed, "--allow-host", "127.0.0.1",
            "--delay", "0", "-s", "RETRY_TOTAL=0"]
    if budget is not None:
        args += ["-s", f"DOC_TIMEOUT={budget:g}"]
    start = time.monotonic()
    proc = subprocess.Popen(cli(code, *args), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            cwd=work, start_new_session=True)
    killed = threading.Timer(cap, lambda: os.killpg(proc.pid, signal.SIGKILL))
    killed.start()
    _, status, usage = os.wait4(proc.pid, 0)
    killed.cancel()
    err = proc.stderr.read().decode("utf-8", "replace")
    errors = [line for line in err.splitlines() if line.startswith("error:")]
    return {"cpu": usage.ru_utime + usage.ru_stime, "wall": time.monotonic() - start,
            "code": os.waitstatus_to_exitcode(status), "rss": usage.ru_maxrss / 1024,
            "error": errors[0][:110] if errors else ""}


def parse_cpu(html: str) -> float:
    from scrapers import adapters

    start = time.process_time()
    adapters.parse_page(html, "https://bench.vn/bai-12345.html")
    return time.process_time() - start


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--budget", type=float, default=5.0, help="DOC_TIMEOUT for this tree")
    ap.add_argument("--baseline", default="8475c27")
    ap.add_argument("--skip-baseline", action="store_true")
    ap.add_argument("--cap", type=float, default=900.0, help="wall seconds per baseline run")
    args = ap.parse_args(argv)
    pages = hostile_pages()
    server, base = serve(pages)
    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        base_code = None if args.skip_baseline else checkout(args.baseline, work / "baseline")
        print(f"hostile pages, one per crawl; 2 CPUs shared, load average {load:.1f}")
        for name, html in pages.items():
            print(f"{name}: {len(html.encode()) / 2**20:.1f} MB, parse_page alone "
                  f"{parse_cpu(html):.1f} CPU s (this process, no budget)")
            feed = f"{base}/feed-{name}.xml"
            runs = {f"this, DOC_TIMEOUT={args.budget:g}": crawl(ROOT, feed, work, args.budget,
                                                              args.cap)}
            if base_code is not None:
                runs[f"baseline {args.baseline}"] = crawl(base_code, feed, work, None, args.cap)
            for label, r in runs.items():
                over = " (killed at the cap)" if r["code"] == -signal.SIGKILL else ""
                print(f"  {label:24} {r['cpu']:7.1f} CPU s {r['wall']:7.1f} s wall  "
                      f"exit {r['code']}{over}  peak RSS {r['rss']:.0f} MB  {r['error']}")
            if len(runs) == 2:
                this, before = runs.values()
                print(f"  CPU this / baseline: {this['cpu'] / before['cpu']:.3f}")
    server.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
