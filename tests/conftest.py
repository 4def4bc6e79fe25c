"""Shared test base: named people and a real headless Chromium.

People (healthchecks-style): ``reviewer``, ``senior`` (senior reviewer),
``admin_user``, ``subject`` (a freelancer under review), ``client_user`` (a client)
and ``bystander`` (an unrelated freelancer). Browser tests use Debian's Chromium
through Playwright; never a downloaded browser.
"""

from __future__ import annotations

import os
from decimal import Decimal

import pytest
from django.contrib.auth.models import Group

from accounts.models import Role, User

# Playwright's sync API runs an event loop in the test thread; Django's ORM
# refuses to run inside one unless told it is safe (it is: one thread).
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

PASSWORD = "correct-horse-test"
CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(autouse=True)
def _cache_per_test(settings):
    """Each test starts with an empty cache (a rolled-back test must not leave its
    announcements or lockouts cached for the next), and what is cached for a
    minute stays cached for the test: on a loaded machine a minute can end between
    two requests a query-count test compares."""
    from django.core.cache import cache

    settings.ANNOUNCEMENTS_CACHE_SECONDS = 3600
    cache.clear()


def make_user(email: str, *, kind: str = "freelancer", staff_role: str | None = None, **extra) -> User:
    user = User.objects.create_user(
        email=email,
        password=PASSWORD,
        name=extra.pop("name", email.split("@")[0].title()),
        kind="" if staff_role else kind,
        is_staff=bool(staff_role),
        **extra,
    )
    if staff_role:
        # get_or_create: transactional tests flush the groups the migration made.
        user.groups.add(Group.objects.get_or_create(name=staff_role)[0])
    return user


@pytest.fixture
def reviewer(db) -> User:
    return make_user("reviewer@test.example", staff_role=Role.REVIEWER, name="Rita Reviewer")


@pytest.fixture
def reviewer2(db) -> User:
    return make_user("reviewer2@test.example", staff_role=Role.REVIEWER, name="Rob Reviewer")


@pytest.fixture
def senior(db) -> User:
    return make_user("senior@test.example", staff_role=Role.SENIOR_REVIEWER, name="Sam Senior")


@pytest.fixture
def admin_user(db) -> User:
    user = make_user("admin@test.example", staff_role=Role.ADMIN, name="Ada Admin")
    user.is_superuser = True
    user.save(update_fields=["is_superuser"])
    return user


@pytest.fixture
def subject(db) -> User:
    return make_user("subject@test.example", kind="freelancer", name="Fred Freelancer", country="GB")


@pytest.fixture
def client_user(db) -> User:
    return make_user("client@test.example", kind="client", name="Cleo Client", country="US")


@pytest.fixture
def bystander(db) -> User:
    return make_user("bystander@test.example", kind="freelancer", name="Bea Bystander", country="DE")


@pytest.fixture
def contract(db, client_user, subject):
    from contracts.services import contract_create

    return contract_create(client=client_user, freelancer=subject, amount=Decimal("250.00"), title="Logo design")


# --- Browser ------------------------------------------------------------------------


@pytest.fixture(scope="session")
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium package (make browser)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(base_url=live_server.url, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


def login(page, email: str, password: str = PASSWORD) -> None:
    page.goto("/login/")
    page.fill("#id_username", email)
    page.fill("#id_password", password)
    page.click("button[type=submit]")
    page.wait_for_load_state("domcontentloaded")


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    # Test users need no slow key stretching; the real hasher is Django's default.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _roomy_rate_limits(settings):
    # Rate-limit counters live in the cache, which tests share (and ids repeat across
    # tests): out of the way unless a test sets its own (tests/contracts/test_rate_limits.py).
    settings.RATE_LIMITS = {action: (10_000, window) for action, (_count, window) in settings.RATE_LIMITS.items()}
