"""``make bench``, the editor's loop: a save in ``content/articles/`` until the page served by
``mkdocs serve`` shows it, and how many rebuilds the save caused.

The server runs on a free localhost port in a scratch project; each save appends a new sentence
to the first cleaned article, and the article's page is polled until the sentence is on it
(the live-reload server holds a request while it rebuilds, so the page it returns is the
finished one). The server's log then says how many rebuilds followed the save.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

from .errors import BuildError

__all__ = ["default_project", "serve_saves"]

MKDOCS = [sys.executable, "-m", "mkdocs"]
#: After the page shows a save: how long the log must stay quiet before counting its rebuilds
#: (MkDocs polls for changes every 0.5 s; a second rebuild would have started by then).
SETTLE_S = 2.0
TIMEOUT_S = float(os.environ.get("JIANFAN_BENCH_TIMEOUT", "900"))


def default_project(root: Path, base: Path) -> Path:
    """A scratch copy of the default content (``content/``, templates, mkdocs.yml)."""
    project = base / "default"
    if project.exists():
        shutil.rmtree(project)
    project.mkdir(parents=True)
    shutil.copytree(root / "content", project / "content")
    shutil.copytree(root / "templates", project / "templates")
    shutil.copy(root / "mkdocs.yml", project / "mkdocs.yml")
    (project / ".build" / "docs").mkdir(parents=True)
    return project


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=TIMEOUT_S) as response:
            return response.read().decode("utf-8")
    except (urllib.error.URLError, OSError):
        return ""


class _Server:
    """``mkdocs serve`` of one project, its log in a temporary file."""

    def __init__(self, project: Path, dirty: bool = False) -> None:
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}/"
        self._log = tempfile.NamedTemporaryFile(prefix="jianfan-serve-", suffix=".log", delete=False)
        env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
        self.proc = subprocess.Popen([*MKDOCS, "serve", "--dev-addr", f"127.0.0.1:{self.port}",
                                      *(["--dirty"] if dirty else [])],
                                     cwd=project, env=env, stdout=self._log,
                                     stderr=subprocess.STDOUT)

    def cpu_seconds(self) -> float:
        """CPU time the server has used so far (its own and its finished children's: the
        forked renderer), from /proc; 0 where there is none. Unlike wall time, it does not grow
        with the machine's load."""
        try:
            fields = Path(f"/proc/{self.proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return 0.0
        return sum(int(x) for x in fields[11:15]) / os.sysconf("SC_CLK_TCK")

    def log(self) -> str:
        return Path(self._log.name).read_text(encoding="utf-8", errors="replace")

    def wait(self, check, what: str) -> None:
        deadline = time.monotonic() + TIMEOUT_S
        while not check():
            if self.proc.poll() is not None:
                raise BuildError(f"mkdocs serve stopped while waiting for {what}:\n"
                                 f"{self.log()[-3000:]}")
            if time.monotonic() > deadline:
                raise BuildError(f"mkdocs serve: no {what} within {TIMEOUT_S:.0f} s")
            time.sleep(0.05)

    def settle(self) -> None:
        """Wait until the log has been quiet for ``SETTLE_S`` (no rebuild under way)."""
        last, quiet_since = None, time.monotonic()
        while time.monotonic() - quiet_since < SETTLE_S:
            now = self.log()
            if now != last:
                last, quiet_since = now, time.monotonic()
            time.sleep(0.1)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self._log.close()
        Path(self._log.name).unlink(missing_ok=True)


def serve_saves(project: Path, runs: int, dirty: bool = False) -> dict:
    """Serve ``project``, save ``runs`` edits one after the other; the seconds from each save to
    the served page showing it, and the rebuilds each save caused (medians and every run)."""
    server = _Server(project, dirty)
    try:
        server.wait(lambda: "Serving on" in server.log(), "first build")
        articles = sorted((project / "content" / "articles").glob("*.md"))
        if not articles:
            raise BuildError(f"{project}: no cleaned article to edit")
        article = articles[0]
        page = f"{server.url}articles/{article.stem}/"
        server.wait(lambda: bool(_get(page)), "article page")
        server.settle()
        seconds, rebuilds, cpu = [], [], []
        for k in range(runs):
            marker = f"编辑在预览里补充的第{k + 1}句话（{time.time_ns() % 100000}）。"
            before = len(server.log())
            text = article.read_text(encoding="utf-8")
            started, cpu_before = time.perf_counter(), server.cpu_seconds()
            article.write_text(text + f"\n{marker}\n", encoding="utf-8")
            server.wait(lambda: marker in _get(page), "edit on the page")
            seconds.append(time.perf_counter() - started)
            server.settle()
            cpu.append(server.cpu_seconds() - cpu_before)
            rebuilds.append(server.log()[before:].count("Building documentation"))
            reused = [line for line in server.log()[before:].splitlines() if "jianfan:" in line]
            print(f"bench:   save {k + 1}/{runs}: on the page after {seconds[-1]:.2f} s "
                  f"({cpu[-1]:.2f} s of CPU), {rebuilds[-1]} rebuild(s); {' | '.join(x.split('jianfan: ', 1)[1] for x in reused)}",
                  file=sys.stderr, flush=True)
    finally:
        server.stop()
    return {"save_to_page_s": statistics.median(seconds), "runs_s": seconds,
            "save_cpu_s": statistics.median(cpu), "runs_cpu_s": cpu,
            "rebuilds_per_save": rebuilds, "runs": runs}
