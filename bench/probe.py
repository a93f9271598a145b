"""What the server under test does, seen from inside its process (the bench's probe).

- A sampling profiler over *all* threads (cProfile and pyinstrument see only the thread that
  started them; waitress, Bolt's listeners and the dispatcher each run in threads of their own):
  every few milliseconds the stack of each busy thread is taken, and each function on it counts
  once. Threads waiting (select, a lock, a queue) are idle and not counted.
- SQL statements sent, by counting SQLAlchemy's `before_cursor_execute`.

`SIGUSR1` writes the counts so far to a JSON file and starts counting afresh, so the bench can
ask for one phase (e.g. 40 votes) at a time.
"""

from __future__ import annotations

import json
import signal
import sys
import threading
import time
from collections import Counter
from pathlib import Path
from types import FrameType
from typing import Any

INTERVAL_SECONDS = 0.002
IDLE = (
    ("threading.py", "wait"),
    ("selectors.py", "select"),
    ("socket.py", "accept"),
    ("queue.py", "get"),
    ("socketserver.py", "serve_forever"),
    ("wasyncore.py", "poll"),
    ("thread.py", "_worker"),
    ("base.py", "_main_loop"),
    ("thread_runner.py", "run"),  # Bolt's request thread polling for its listener's ack
)


class Probe:
    def __init__(self, out: Path) -> None:
        self._out = out
        self._lock = threading.Lock()
        self._samples = 0
        self._busy = 0
        self._functions: Counter[str] = Counter()
        self._statements = 0
        self._started = time.monotonic()

    def start(self) -> None:
        from sqlalchemy import event
        from sqlalchemy.engine import Engine

        event.listen(Engine, "before_cursor_execute", self._statement)
        threading.Thread(target=self._sample_forever, name="probe", daemon=True).start()
        signal.signal(signal.SIGUSR1, lambda *_: self.dump())

    def _statement(self, *_args: Any) -> None:
        with self._lock:
            self._statements += 1

    def _sample_forever(self) -> None:
        me = threading.get_ident()
        while True:
            time.sleep(INTERVAL_SECONDS)
            frames = sys._current_frames()
            with self._lock:
                self._samples += 1
                for ident, frame in frames.items():
                    if ident != me and not _idle(frame):
                        self._busy += 1
                        self._functions.update(_stack(frame))

    def dump(self) -> None:
        with self._lock:
            report = {
                "seconds": time.monotonic() - self._started,
                "samples": self._samples,
                "busy": self._busy,
                "statements": self._statements,
                "functions": self._functions.most_common(400),
            }
            self._samples = self._busy = self._statements = 0
            self._functions = Counter()
            self._started = time.monotonic()
        self._out.write_text(json.dumps(report))


def _idle(frame: FrameType) -> bool:
    code = frame.f_code
    return any(code.co_filename.endswith(f) and code.co_name == n for f, n in IDLE)


def _stack(frame: FrameType | None) -> set[str]:
    seen: set[str] = set()
    while frame is not None:
        code = frame.f_code
        seen.add(f"{_short(code.co_filename)}:{code.co_name}")
        frame = frame.f_back
    return seen


ROOT = str(Path(__file__).resolve().parents[1]) + "/"


def _short(path: str) -> str:
    if path.startswith(ROOT):
        return path[len(ROOT) :]
    for marker in ("site-packages/", "/lib/python3.11/", "/lib/python3.12/"):
        if marker in path:
            return path.split(marker, 1)[1]
    return path


def read(path: Path, pid: int, timeout: float = 10.0) -> dict[str, Any]:
    """Ask the server `pid` for its counts since the last ask, and read them."""
    import os

    path.unlink(missing_ok=True)
    os.kill(pid, signal.SIGUSR1)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if path.exists():
            try:
                return dict(json.loads(path.read_text()))
            except ValueError:
                pass  # still being written
        time.sleep(0.05)
    raise RuntimeError("the server's probe did not answer")


def hot_functions(report: dict[str, Any], top: int = 25, own: bool = False) -> list[list[str]]:
    """Functions by share of busy samples they were on the stack of (inclusive time)."""
    busy = report["busy"] or 1
    rows = []
    for name, count in report["functions"]:
        if own and not name.startswith(("bot/", "handlers/", "storage/")):
            continue
        rows.append([name[-70:], f"{count / busy:.0%}"])
        if len(rows) == top:
            break
    return rows
