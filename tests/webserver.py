"""Test helpers for the web UI: a real `ytekb serve` on a free loopback port, HTTP
requests to it, headless Chromium (DOM dumps and screenshots) and a small PNG
reader to check what a screenshot shows."""
from __future__ import annotations

import contextlib
import os
import re
import shutil
import socket
import struct
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import zlib
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if os.path.exists("/usr/bin/chromium")
                                        else None)
_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
          "--disable-background-networking", "--disable-component-update", "--disable-sync",
          "--hide-scrollbars", "--disable-features=Translate"]


_BOUND = re.compile(rb"ytekb serve: listening on http://[^\s:]+:(\d+)/")


def bound_port(log: Path) -> int | None:
    """The port a server started with `-p 0` bound, as it says (None: not yet)."""
    found = _BOUND.search(log.read_bytes()) if log.exists() else None
    return int(found.group(1)) if found else None


def get(url: str, timeout: float = 15, method: str = "GET", data: bytes | None = None,
        headers: dict[str, str] | None = None) -> tuple[int, str, dict[str, str]]:
    """(status, body, headers) of one request; never raises on an HTTP error status."""
    req = urllib.request.Request(url, data=data, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return resp.status, resp.read().decode("utf-8"), dict(resp.headers)
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8", "replace"), dict(err.headers)


def raw_get(port: int, path: str, host: str, timeout: float = 10) -> int:
    """The status of a GET sent with exactly this Host header (urllib would fix it)."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
        s.sendall(f"GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n".encode())
        head = s.recv(64).decode("latin-1")
    return int(head.split()[1])


@contextlib.contextmanager
def serving(db: Path, log_dir: Path, *extra: str, env: dict[str, str] | None = None,
            wait: float = 90) -> Iterator[str]:
    """`ytekb serve --db DB` in a real subprocess until the block ends; its base URL. The
    server binds port 0 and its log says which port it got: no other process can take
    the port between a choice and the bind."""
    log = Path(tempfile.mkstemp(prefix="serve-", suffix=".log", dir=log_dir)[1])
    full_env = dict(os.environ, **(env or {}))
    with open(log, "wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "pipeline.cli", "serve", "--db", str(db),
                                 "-p", "0", *extra], stdout=out, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL, env=full_env,
                                cwd=Path(__file__).resolve().parents[1])   # `-m`: this tree
    base = ""
    try:
        deadline = time.monotonic() + wait
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"ytekb serve exited {proc.returncode}:\n{log.read_text()}")
            port = bound_port(log)
            base = f"http://127.0.0.1:{port}" if port else ""
            try:
                if base and get(base + "/-/versions.json", timeout=2)[0] == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"ytekb serve did not answer in {wait} s:\n{log.read_text()}")
            time.sleep(0.3)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def chromium(url: str, profile: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([CHROMIUM, *_FLAGS, f"--user-data-dir={profile}", *args, url],
                          capture_output=True, timeout=timeout)


def dump_dom(url: str, profile: Path) -> str:
    proc = chromium(url, profile, "--dump-dom")
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")[-2000:]
    return proc.stdout.decode("utf-8", "replace")


def screenshot(url: str, path: Path, profile: Path, width: int = 1400, height: int = 1800) -> Path:
    """A PNG of the page as headless Chromium renders it; also copied to $YTEKB_SCREENSHOTS."""
    path.parent.mkdir(parents=True, exist_ok=True)
    proc = chromium(url, profile, f"--window-size={width},{height}", f"--screenshot={path}")
    assert path.exists() and path.stat().st_size > 10_000, \
        proc.stderr.decode("utf-8", "replace")[-2000:]
    keep = os.environ.get("YTEKB_SCREENSHOTS")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, Path(keep) / path.name)
    return path


def _unfilter(kind: int, line: bytes, prev: "np.ndarray", channels: int) -> "np.ndarray":
    """One PNG scanline decoded (filters None, Sub, Up, Average, Paeth)."""
    import numpy as np

    cur = np.frombuffer(line, dtype=np.uint8).copy()
    if kind == 0:
        return cur
    if kind == 2:
        return cur + prev
    if kind == 1:
        return np.cumsum(cur.reshape(-1, channels), axis=0, dtype=np.uint8).reshape(-1)
    out, up = cur.tolist(), prev.tolist()
    for i in range(len(out)):
        a = out[i - channels] if i >= channels else 0
        b = up[i]
        if kind == 3:
            out[i] = (out[i] + (a + b) // 2) & 255
            continue
        c = up[i - channels] if i >= channels else 0
        p = a + b - c
        pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
        out[i] = (out[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    return np.array(out, dtype=np.uint8)


def png_colours(path: Path) -> Counter[tuple[int, int, int]]:
    """How many pixels of each RGB colour an 8-bit RGB or RGBA PNG has."""
    import numpy as np

    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat = 8, b""
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and colour in (2, 6), (depth, colour)
            channels = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * channels
    prev = np.zeros(stride, dtype=np.uint8)
    rows = []
    for y in range(height):
        line = raw[y * (stride + 1):(y + 1) * (stride + 1)]
        prev = _unfilter(line[0], line[1:], prev, channels)
        rows.append(prev)
    pixels = np.stack(rows).reshape(-1, channels)[:, :3].astype(np.uint32)
    keys, counts = np.unique((pixels[:, 0] << 16) | (pixels[:, 1] << 8) | pixels[:, 2],
                             return_counts=True)
    return Counter({(int(k) >> 16, (int(k) >> 8) & 255, int(k) & 255): int(n)
                    for k, n in zip(keys, counts)})


def hex_rgb(colour: str) -> tuple[int, int, int]:
    return tuple(int(colour[i:i + 2], 16) for i in (1, 3, 5))  # type: ignore[return-value]
