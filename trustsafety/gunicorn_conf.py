"""gunicorn's settings for the portal: ``gunicorn -c python:trustsafety.gunicorn_conf
trustsafety.wsgi``. Read from the environment like settings.py (docs/deploy.md).

- ``HOST``/``PORT`` (127.0.0.1:8000): where to listen. Behind a proxy on another
  machine listen on its private address; never expose gunicorn to the internet
  without a buffering proxy in front (sync workers are held by slow clients).
- ``WEB_WORKERS`` (2): processes; each handles one request at a time and keeps one
  database connection. ``WEB_THREADS`` (1) above 1 gives each process that many
  threads (gthread), and as many database connections.
- ``WEB_TIMEOUT`` (30 s): a worker silent that long is killed and replaced.
- ``WEB_MAX_REQUESTS`` (1000, with 10 % jitter): a worker is replaced after that many
  requests, giving back memory a large inbound message took (docs/email.md, Size).
- Logs: gunicorn's own lines go through the portal's formatter (``LOG_FORMAT``); the
  access log is off, ``portal.request`` writes one line per request instead.
"""

import os


def _int(name: str, default: int) -> int:
    raw = os.environ.get(name, "")
    return int(raw) if raw.strip() else default


bind = f"{os.environ.get('HOST', '127.0.0.1')}:{_int('PORT', 8000)}"
workers = _int("WEB_WORKERS", 2)
threads = _int("WEB_THREADS", 1)
worker_class = "gthread" if threads > 1 else "sync"
timeout = _int("WEB_TIMEOUT", 30)
graceful_timeout = 30
keepalive = 5
max_requests = _int("WEB_MAX_REQUESTS", 1000)
max_requests_jitter = max_requests // 10
# Load the application once in the master, then fork: a broken start-up fails at once,
# and the workers share the loaded code's memory.
preload_app = True
# No control socket: several stacks (tests, benchmarks) may run side by side.
control_socket_disable = True
accesslog = None
errorlog = "-"
_debug = os.environ.get("DEBUG", "true").strip().lower() not in ("0", "false", "no", "off")
_format = (os.environ.get("LOG_FORMAT") or ("text" if _debug else "json")).strip().lower()
logconfig_dict = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"portal": {"()": f"core.logs.{'Json' if _format == 'json' else 'Text'}Formatter"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "portal"}},
    "loggers": {
        "gunicorn.error": {"handlers": ["console"], "level": "INFO", "propagate": False},
        "gunicorn.access": {"handlers": [], "propagate": False},
    },
}
