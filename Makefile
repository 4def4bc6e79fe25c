# Two commands for a newcomer: `make run` and `make test`. See README.md.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
# Links in emails point where `make run` serves the portal: the port you chose,
# unless SITE_URL is set (in the environment or on the command line).
SITE_URL ?= http://127.0.0.1:$(PORT)
PYTHON ?= python3

.PHONY: run serve test venv deps dev-deps browser a11y-deps migrate demo lint format worker

$(VENV)/bin/python:
	$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 13), f"Python 3.13+ needed, found {sys.version}"'
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip

$(VENV)/.deps: requirements.txt | $(VENV)/bin/python
	$(VENV)/bin/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.dev-deps: requirements.txt requirements-dev.txt $(VENV)/.deps
	$(VENV)/bin/pip install --quiet -r requirements-dev.txt
	touch $@

deps: $(VENV)/.deps
dev-deps: $(VENV)/.dev-deps

# Debian's Chromium for the browser tests (never a downloaded browser).
browser:
	@test -x /usr/bin/chromium || { echo "Installing Debian's chromium for the browser tests"; \
	  (apt-get update -qq && apt-get install -y -qq chromium) >/dev/null || \
	  { echo "Could not install chromium: run 'apt-get install chromium' as root"; exit 1; }; }

# axe-core for the accessibility tests, from the npm registry, exactly as locked.
A11Y := tests/a11y
$(A11Y)/node_modules/.installed: $(A11Y)/package.json $(A11Y)/package-lock.json
	@command -v npm >/dev/null || { echo "npm is needed for the accessibility tests: apt-get install npm"; exit 1; }
	npm ci --prefix $(A11Y) --no-audit --no-fund --loglevel=error
	touch $@

a11y-deps: $(A11Y)/node_modules/.installed

migrate: deps
	$(PY) manage.py migrate --noinput
	$(PY) manage.py collectstatic --noinput --verbosity 0

demo: migrate
	SITE_URL='$(SITE_URL)' $(PY) manage.py seed_demo

# Serve the portal with demo data and a task worker beside the web server.
run: demo
	@echo "Portal: http://127.0.0.1:$(PORT)/  (demo logins in README.md; links in emails: $(SITE_URL))"
	@trap 'kill 0' EXIT INT TERM; \
	  SITE_URL='$(SITE_URL)' $(PY) manage.py db_worker --queue-name '*' --interval 1 --no-reload & \
	  SITE_URL='$(SITE_URL)' $(PY) manage.py runserver 127.0.0.1:$(PORT) --noreload

# The production-like stack: DEBUG off, gunicorn (WEB_WORKERS, default 2), the task
# worker(s) (TASK_WORKERS, default 1), whitenoise, JSON logs; PostgreSQL and Redis when
# DATABASE_URL and REDIS_URL are set. Ctrl-C stops everything. See docs/deploy.md.
serve: deps
	@PORT=$(PORT) trustsafety/serve.sh

worker: deps
	$(PY) manage.py db_worker

test: dev-deps browser a11y-deps
	$(VENV)/bin/pytest -q -n 2 --dist loadfile

lint: dev-deps
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports
	$(VENV)/bin/deptry .

format: dev-deps
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .
