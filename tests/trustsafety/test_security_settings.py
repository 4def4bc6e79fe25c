"""Production security settings come from the environment, with safe defaults when DEBUG is off.

Each test starts manage.py in a subprocess with only the environment it names, as a
deployment would: the settings are read once, at start-up.
"""

from __future__ import annotations

import json
import os

from tests.production import manage, production_environment

SHOW = (
    "import json; from django.conf import settings as s; print(json.dumps({n: getattr(s, n) for n in ("
    "'SECURE_SSL_REDIRECT', 'SECURE_HSTS_SECONDS', 'SECURE_HSTS_INCLUDE_SUBDOMAINS', 'SECURE_HSTS_PRELOAD', "
    "'SECURE_PROXY_SSL_HEADER', 'SESSION_COOKIE_SECURE', 'CSRF_COOKIE_SECURE')}))"
)


def settings_in(env: dict[str, str]) -> dict:
    done = manage("shell", "-c", SHOW, env=env)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_check_deploy_with_the_documented_production_environment_prints_no_warning():
    done = manage("check", "--deploy", "--fail-level", "WARNING", env=production_environment())

    assert done.returncode == 0, done.stdout + done.stderr
    assert "System check identified no issues (0 silenced)." in done.stdout
    assert "WARNING" not in done.stdout + done.stderr


def test_production_defaults_are_https_only_with_a_year_of_hsts_and_secure_cookies():
    assert settings_in(production_environment()) == {
        "SECURE_SSL_REDIRECT": True,
        "SECURE_HSTS_SECONDS": 31_536_000,
        "SECURE_HSTS_INCLUDE_SUBDOMAINS": True,
        "SECURE_HSTS_PRELOAD": True,
        "SECURE_PROXY_SSL_HEADER": None,  # opt-in: trusting it without a proxy lets clients claim HTTPS
        "SESSION_COOKIE_SECURE": True,
        "CSRF_COOKIE_SECURE": True,
    }


def test_each_security_setting_can_be_set_from_the_environment():
    env = production_environment(
        SECURE_SSL_REDIRECT="false",
        SECURE_HSTS_SECONDS="300",
        SECURE_HSTS_INCLUDE_SUBDOMAINS="no",
        SECURE_HSTS_PRELOAD="off",
        SECURE_PROXY_SSL_HEADER="HTTP_X_FORWARDED_PROTO,https",
        SESSION_COOKIE_SECURE="false",
        CSRF_COOKIE_SECURE="false",
    )

    assert settings_in(env) == {
        "SECURE_SSL_REDIRECT": False,
        "SECURE_HSTS_SECONDS": 300,
        "SECURE_HSTS_INCLUDE_SUBDOMAINS": False,
        "SECURE_HSTS_PRELOAD": False,
        "SECURE_PROXY_SSL_HEADER": ["HTTP_X_FORWARDED_PROTO", "https"],
        "SESSION_COOKIE_SECURE": False,
        "CSRF_COOKIE_SECURE": False,
    }


def test_a_malformed_proxy_header_stops_start_up_with_a_clear_error():
    done = manage("check", env=production_environment(SECURE_PROXY_SSL_HEADER="X-Forwarded-Proto"))

    assert done.returncode != 0
    assert "SECURE_PROXY_SSL_HEADER must be 'HTTP_<HEADER>,<value>'" in done.stderr


def test_development_keeps_plain_http():
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": os.environ.get("HOME", "/tmp")}
    shown = settings_in(env)
    assert (shown["SECURE_SSL_REDIRECT"], shown["SECURE_HSTS_SECONDS"], shown["SESSION_COOKIE_SECURE"]) == (
        False,
        0,
        False,
    )


def _refused(**extra: str) -> str:
    done = manage("check", env=production_environment(**extra))
    assert done.returncode != 0, "start-up should have been refused"
    return done.stderr


def test_a_short_secret_key_stops_start_up_with_debug_off():
    assert "SECRET_KEY is too weak" in _refused(SECRET_KEY="short")


def test_a_long_secret_key_of_few_distinct_characters_stops_start_up():
    assert "SECRET_KEY is too weak" in _refused(SECRET_KEY="abab" * 20)


def test_a_short_identity_hash_key_stops_start_up():
    assert "IDENTITY_HASH_KEY is too short" in _refused(IDENTITY_HASH_KEY="x")


def test_a_wildcard_allowed_host_stops_start_up():
    assert "ALLOWED_HOSTS must not contain '*'" in _refused(ALLOWED_HOSTS="portal.example.com,*")


def test_development_keeps_its_short_keys():
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": os.environ.get("HOME", "/tmp")}
    done = manage("check", env={**env, "SECRET_KEY": "short", "IDENTITY_HASH_KEY": "x", "ALLOWED_HOSTS": "*"})
    assert done.returncode == 0, done.stderr
