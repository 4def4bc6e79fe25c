"""Helpers for the tests that start real processes the way a deployment does:
manage.py with only the environment it names, the `make serve` stack, a free port,
the test database's URL for another process, and a process's memory."""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.db import connection

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable


def production_environment(**extra: str) -> dict[str, str]:
    """The documented production environment (README), and nothing inherited."""
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.environ.get("HOME", "/tmp"),
        "DEBUG": "false",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "portal.example.com",
        "MAILER_BACKEND": "anymail.backends.mailgun.EmailBackend",
        "MAILGUN_API_KEY": "x",
        "MAILGUN_SENDER_DOMAIN": "mg.example.com",
        "MAILGUN_WEBHOOK_SIGNING_KEY": secrets.token_hex(32),
        "ANYMAIL_WEBHOOK_SECRET": f"ops:{secrets.token_urlsafe(24)}",
        **extra,
    }


def manage(*args: str, env: dict[str, str], timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run(
        [PYTHON, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout
    )


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_database_url() -> str:
    """A DATABASE_URL naming the database this test runs on (PostgreSQL), so that
    another process sees what the test committed."""
    if connection.vendor != "postgresql":
        pytest.skip("another process can share the test database on PostgreSQL only")
    params = connection.settings_dict
    auth = params["USER"] + (f":{params['PASSWORD']}" if params["PASSWORD"] else "")
    return f"postgres://{auth}@{params['HOST'] or '127.0.0.1'}:{params['PORT'] or 5432}/{params['NAME']}"


test_database_url.__test__ = False  # a helper, not a test


def rss_kib(pid: int) -> int:
    """Resident memory of a process, from /proc."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError(f"no VmRSS for {pid}")


def children_of(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def command_line(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def http_get(url: str, *, headers: dict | None = None, timeout: float = 10) -> tuple[int, dict, bytes]:
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def http_post(url: str, body: bytes, *, headers: dict, timeout: float = 30) -> int:
    request = urllib.request.Request(url, data=body, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


class Stack:
    """`trustsafety/serve.sh` (what `make serve` runs) in its own session, like a
    terminal's foreground job; ``stop()`` is the Ctrl-C."""

    def __init__(self, env: dict[str, str], log_path: Path):
        self.port = int(env["PORT"])
        self.log_path = log_path
        self._log = log_path.open("wb")
        self.process = subprocess.Popen(
            ["bash", "trustsafety/serve.sh"],
            cwd=ROOT,
            env=env,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def wait_healthy(self, timeout: float = 180) -> dict:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"make serve exited ({self.process.returncode}):\n{self.output()}")
            try:
                status, _, body = http_get(self.url + "/healthz", timeout=5)
            except OSError:
                time.sleep(0.5)
                continue
            if status == 200:
                return json.loads(body)
            time.sleep(0.5)
        raise AssertionError(f"/healthz never answered 200:\n{self.output()}")

    def processes(self) -> dict[str, list[int]]:
        """The processes the script started: {"web": [gunicorn's master], "tasks": [db_worker…]}."""
        found: dict[str, list[int]] = {"web": [], "tasks": []}
        for pid in children_of(self.process.pid):
            command = command_line(pid)
            if "gunicorn" in command:
                found["web"].append(pid)
            elif "db_worker" in command:
                found["tasks"].append(pid)
        return found

    def output(self) -> str:
        return self.log_path.read_text(errors="replace")

    def stop(self, timeout: float = 60) -> int:
        if self.process.poll() is None:
            children = children_of(self.process.pid)
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                for pid in [self.process.pid, *children]:
                    with contextlib.suppress(ProcessLookupError):
                        os.kill(pid, signal.SIGKILL)
                self.process.wait(10)
        self._log.close()
        return self.process.returncode
