"""`make serve` runs the production-like stack for real: gunicorn workers and a task
worker with DEBUG off, static files from whitenoise's compressed manifest, JSON logs,
/healthz; PostgreSQL when the suite runs on it, Redis as the shared cache when it is
there; and Ctrl-C stops every process it started."""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection

from tests.production import Stack, alive, children_of, free_port, http_get, manage, test_database_url

REDIS_DB = 5  # this suite's Redis databases are 5–9


def redis_up() -> bool:
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=1):
            return True
    except OSError:
        return False


def stack_environment(tmp_path, **extra) -> dict[str, str]:
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.environ.get("HOME", "/tmp"),
        "PORT": str(free_port()),
        "EMAIL_FILE_PATH": str(tmp_path / "mail"),
        **extra,
    }
    if connection.vendor == "postgresql":
        env["DATABASE_URL"] = test_database_url()
    else:
        env["SQLITE_PATH"] = str(tmp_path / "serve.sqlite3")
    return env


@pytest.fixture
def stack_env(transactional_db, tmp_path):
    return stack_environment(tmp_path)


def test_make_serve_runs_the_production_stack_and_ctrl_c_stops_every_process(stack_env, tmp_path):
    stack = Stack({**stack_env, "WEB_WORKERS": "2", "TASK_WORKERS": "1"}, tmp_path / "serve.log")
    try:
        health = stack.wait_healthy()
        started = stack.processes()
        processes = started["web"] + started["tasks"]
        web_workers = children_of(started["web"][0])

        login_status, _, login = http_get(stack.url + "/login/")
        missing_status, _, missing = http_get(stack.url + "/no-such-page/")
        (stylesheet,) = re.findall(rb'href="(/static/css/site\.[0-9a-f]{12}\.css)"', login)
        css_status, css_headers, _ = http_get(stack.url + stylesheet.decode(), headers={"Accept-Encoding": "gzip"})
    finally:
        exit_status = stack.stop()

    assert health["status"] == "ok" and set(health["checks"]) == {"database", "migrations", "tasks", "outbox"}
    # Production mode: no debug pages; hashed, compressed, long-cached static files.
    assert login_status == 200
    assert missing_status == 404 and b"URLconf" not in missing and b"DEBUG = True" not in missing
    assert css_status == 200 and css_headers["Content-Encoding"] == "gzip"
    assert "immutable" in css_headers["Cache-Control"]
    # Processes: gunicorn's master with two workers, one task worker.
    assert len(started["web"]) == 1 and len(started["tasks"]) == 1 and len(web_workers) == 2
    # Ctrl-C: the script stops them all and exits like an interrupted command.
    # (On a failure, the script's own lines say which stop step hung: the test kills it
    # after 60 s, its own timer after STOP_TIMEOUT.)
    assert exit_status == 130, [line for line in stack.output().splitlines() if not line.startswith("{")]
    assert not [pid for pid in [*processes, *web_workers] if alive(pid)]
    # Logs: one JSON object a line (the script's own few lines aside), a line per request.
    output = stack.output().splitlines()
    started = next(i for i, line in enumerate(output) if line.startswith("serve: http://"))
    records = [json.loads(line) for line in output[started + 1 :] if not line.startswith("serve:")]
    requests = [r for r in records if r["logger"] == "portal.request"]
    assert {(r["path"], r["status"]) for r in requests} >= {("/login/", 200), ("/no-such-page/", 404)}
    assert all({"method", "duration_ms", "user_id", "request_id"} <= set(r) for r in requests)
    assert any(r["message"].startswith("Booting worker") for r in records)  # gunicorn's lines too


def test_a_task_worker_that_dies_is_replaced_and_gunicorn_exiting_stops_the_stack(stack_env, tmp_path):
    stack = Stack({**stack_env, "WEB_WORKERS": "1", "TASK_WORKERS": "1", "RESTART_DELAY": "1"}, tmp_path / "serve.log")
    try:
        stack.wait_healthy()
        ((gunicorn,), (worker,)) = stack.processes().values()
        os.kill(worker, signal.SIGKILL)  # as when the database goes away under it
        deadline = time.monotonic() + 30
        while not (replacement := set(stack.processes()["tasks"]) - {worker}):
            assert time.monotonic() < deadline, stack.output()
            time.sleep(0.2)
        (replacement,) = replacement
        os.kill(gunicorn, signal.SIGKILL)
        stack.process.wait(60)
    finally:
        stack.stop()

    assert f"task worker {worker} exited with status 137; starting another in 1s" in stack.output()
    assert "gunicorn exited with status 137; stopping the task workers" in stack.output()
    assert stack.process.returncode == 137
    assert not alive(replacement)


@pytest.mark.skipif(not redis_up(), reason="needs Redis on 127.0.0.1:6379")
def test_with_redis_every_web_worker_shows_an_announcement_saved_elsewhere_at_once(transactional_db, tmp_path):
    import redis

    store = redis.Redis(db=REDIS_DB)
    for key in store.scan_iter("*announcements*"):
        store.delete(key)
    env = stack_environment(tmp_path, REDIS_URL=f"redis://127.0.0.1:6379/{REDIS_DB}", WEB_WORKERS="2")
    stack = Stack({**env, "TASK_WORKERS": "1"}, tmp_path / "serve.log")

    def titles() -> list[set[str]]:
        with ThreadPoolExecutor(8) as pool:
            answers = pool.map(lambda _: http_get(stack.url + "/api/v1/announcements/active"), range(16))
        return [{item["message"] for item in json.loads(body)["responsive"]} for _, _, body in answers]

    try:
        stack.wait_healthy()
        before = titles()
        cached = [key.decode() for key in store.scan_iter("*announcements*")]
        # Saved by another process (as the admin on another worker, or a task would).
        saved = manage(
            "shell",
            "-c",
            "from announcements.models import Announcement; "
            "Announcement.objects.create(title='t', message='Maintenance tonight at 22:00')",
            env=env,
        )
        assert saved.returncode == 0, saved.stderr
        after = titles()
    finally:
        stack.stop()

    assert all(shown == set() for shown in before)
    assert cached == [":1:announcements:live:v1"]  # the set is cached in Redis, shared by every process
    assert all(any("Maintenance tonight at 22:00" in html for html in shown) for shown in after)
