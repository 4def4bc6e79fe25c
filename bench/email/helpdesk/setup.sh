#!/usr/bin/env bash
# (Re)creates the scratch virtualenv that runs django-helpdesk 2.6.1 for
# bench/email/side_by_side.py. It lives outside the repository: nothing of
# helpdesk's code is committed. Django and psycopg are pinned to the versions in
# requirements.txt, so both sides of the benchmark run the same framework and driver.
#
#   bash bench/email/helpdesk/setup.sh [VENV_DIR]     (default /work/scratch/helpdesk-venv)
set -euo pipefail

venv="${1:-${HELPDESK_VENV:-/work/scratch/helpdesk-venv}}"
root="$(cd "$(dirname "$0")/../../.." && pwd)"
django="$(grep -i '^Django==' "$root/requirements.txt")"
psycopg="$(grep -i '^psycopg\[binary\]==' "$root/requirements.txt")"

# python3 may resolve to an older interpreter outside the repository (pyenv's
# global version); take the first one that is 3.13 or newer.
python=""
for candidate in "${PYTHON:-}" python3.13 python3; do
  [ -n "$candidate" ] || continue
  if command -v "$candidate" >/dev/null \
    && "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 13))' 2>/dev/null; then
    python="$candidate"
    break
  fi
done
[ -n "$python" ] || { echo "setup.sh: no Python 3.13+ found (set PYTHON=…)" >&2; exit 1; }

rm -rf "$venv"
mkdir -p "$(dirname "$venv")"
"$python" -m venv "$venv"
"$venv/bin/pip" install --quiet --upgrade pip
"$venv/bin/pip" install --quiet "django-helpdesk==2.6.1" "$django" "$psycopg"
"$venv/bin/python" -c 'import django, helpdesk, sys; print("helpdesk venv:", sys.version.split()[0], "Django", django.get_version())'
"$venv/bin/pip" freeze > "$venv/freeze.txt"
echo "setup.sh: $venv ready (pip freeze in $venv/freeze.txt)"
