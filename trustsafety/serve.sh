#!/usr/bin/env bash
# `make serve`: the production-like stack on this machine, until Ctrl-C.
#
#   DEBUG off, gunicorn with WEB_WORKERS processes (default 2) on HOST:PORT
#   (127.0.0.1:8000), TASK_WORKERS task workers (default 1), static files through
#   whitenoise after collectstatic, JSON logs on stderr. DATABASE_URL and REDIS_URL
#   are used when set (PostgreSQL; Redis as the shared cache). Every variable of
#   README's Configuration table can be set in the environment; what this script
#   sets is only a default, and exactly what docs/deploy.md ("make serve") lists.
#
# Why a script and not honcho: on Ctrl-C each process must be told to stop once, and
# be given time. gunicorn finishes its requests on SIGTERM (SIGINT drops them), and
# db_worker finishes its current task on the first signal but abandons it on a
# second. A terminal's Ctrl-C goes to the whole foreground process group, so with a
# plain `trap 'kill 0'` every process gets SIGINT and then SIGTERM: gunicorn drops
# requests and db_worker abandons its task. honcho sends one SIGTERM but SIGKILLs
# whatever is still running 5 seconds later (fixed), which cuts a long task. Here
# each process runs in its own session (setsid), so Ctrl-C reaches this script only;
# it sends one SIGTERM to each, waits up to STOP_TIMEOUT seconds (40), then SIGKILLs.
# A second Ctrl-C kills at once. When gunicorn exits by itself, the task workers are
# stopped the same way and the script exits with its status; a task worker that exits
# is started again (below). No dependency.
set -uo pipefail
cd "$(dirname "$0")/.."

VENV=${VENV:-.venv}
PY=$VENV/bin/python
WEB_WORKERS=${WEB_WORKERS:-2}
TASK_WORKERS=${TASK_WORKERS:-1}
STOP_TIMEOUT=${STOP_TIMEOUT:-40}
export HOST=${HOST:-127.0.0.1} PORT=${PORT:-8000} WEB_WORKERS

# Local secrets, made once and kept in var/secrets (never in the repository).
SECRETS=var/secrets
(umask 077 && mkdir -p "$SECRETS")
make_secret() {  # file, python expression
  [ -s "$SECRETS/$1" ] || (umask 077 && "$PY" -c "import secrets; print($2)" >"$SECRETS/$1")
}
make_secret secret_key "secrets.token_urlsafe(50)"
make_secret webhook_secret "'portal:' + secrets.token_urlsafe(24)"
make_secret mailgun_webhook_signing_key "secrets.token_hex(32)"

# Production settings, with what plain HTTP on 127.0.0.1 needs.
export DEBUG=false
export SECRET_KEY_FILE=${SECRET_KEY_FILE:-$SECRETS/secret_key}
export ALLOWED_HOSTS=${ALLOWED_HOSTS:-127.0.0.1,localhost}
export SITE_URL=${SITE_URL:-http://$HOST:$PORT}
export SECURE_SSL_REDIRECT=${SECURE_SSL_REDIRECT:-false}
export SESSION_COOKIE_SECURE=${SESSION_COOKIE_SECURE:-false}
export CSRF_COOKIE_SECURE=${CSRF_COOKIE_SECURE:-false}
export SECURE_HSTS_SECONDS=${SECURE_HSTS_SECONDS:-0}
# Mail: .eml files in var/mail, and Mailgun's webhooks mounted with the local secrets
# (sign test posts with them; ANYMAIL_ESP=none mounts none).
export MAILER_BACKEND=${MAILER_BACKEND:-notifications.mail_backends.EmlFileBackend}
export ANYMAIL_ESP=${ANYMAIL_ESP:-mailgun}
if [ -z "${ANYMAIL_WEBHOOK_SECRET:-}" ]; then
  export ANYMAIL_WEBHOOK_SECRET_FILE=${ANYMAIL_WEBHOOK_SECRET_FILE:-$SECRETS/webhook_secret}
fi
if [ -z "${MAILGUN_WEBHOOK_SIGNING_KEY:-}" ]; then
  export MAILGUN_WEBHOOK_SIGNING_KEY_FILE=${MAILGUN_WEBHOOK_SIGNING_KEY_FILE:-$SECRETS/mailgun_webhook_signing_key}
fi
export LOG_FORMAT=${LOG_FORMAT:-json}

# Release steps (in production they run once per deploy, before the processes start).
"$PY" manage.py migrate --noinput || exit
"$PY" manage.py collectstatic --noinput --verbosity 0 || exit

pids=()
start() {
  setsid "$@" &
  pids+=("$!")
}
start_task_worker() {
  start "$PY" manage.py db_worker --queue-name '*' --interval 1 --no-reload
}

stop() {
  trap 'echo "serve: killing" >&2; kill -KILL "${pids[@]}" 2>/dev/null' INT TERM
  kill -TERM "${pids[@]}" 2>/dev/null
  (sleep "$STOP_TIMEOUT" && echo "serve: still running after ${STOP_TIMEOUT}s, killing" >&2 &&
    kill -KILL "${pids[@]}" 2>/dev/null) &
  local timer=$! pid started=$SECONDS
  for pid in "${pids[@]}"; do
    # `wait` answers 127 for a pid that is no longer our child (reaped, and the number
    # taken by another process): stop waiting for it rather than spin on `kill -0`.
    while kill -0 "$pid" 2>/dev/null; do
      wait "$pid"
      [ $? -eq 127 ] && break
    done
  done
  kill "$timer" 2>/dev/null
  echo "serve: stopped in $((SECONDS - started))s" >&2
}

trap 'stop; exit 130' INT
trap 'stop; exit 143' TERM

echo "serve: http://$HOST:$PORT/ with $WEB_WORKERS web and $TASK_WORKERS task workers (Ctrl-C stops)" >&2
start "$VENV/bin/gunicorn" --config python:trustsafety.gunicorn_conf trustsafety.wsgi
web=${pids[0]}
for _ in $(seq "$TASK_WORKERS"); do start_task_worker; done

# gunicorn restarts its own workers; when gunicorn itself exits, everything stops. A
# task worker exits when the database goes away (db_worker does not retry): it is
# started again after RESTART_DELAY seconds, as systemd's Restart= would. (A poll
# each second rather than `wait -n`, which misses a process that ended before it
# was called.)
while true; do
  sleep 1 & wait $!
  for exited in "${pids[@]}"; do
    kill -0 "$exited" 2>/dev/null && continue
    wait "$exited"
    status=$?
    if [ "$exited" = "$web" ]; then
      echo "serve: gunicorn exited with status $status; stopping the task workers" >&2
      stop
      exit "$status"
    fi
    echo "serve: task worker $exited exited with status $status; starting another in ${RESTART_DELAY:-5}s" >&2
    for i in "${!pids[@]}"; do [ "${pids[$i]}" = "$exited" ] && unset 'pids[i]'; done
    pids=("${pids[@]}")
    sleep "${RESTART_DELAY:-5}" & wait $!
    start_task_worker
  done
done
