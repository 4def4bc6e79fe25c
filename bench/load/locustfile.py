"""The portal under a realistic mix of traffic, for locust (run by bench/load/run.py).

Who comes (weights are shares of the users locust starts):

- marketplace users (9 in 10 of them unrestricted): the dashboard, their contracts,
  one contract's page, profiles, the job list; now and then they send a message on
  one of their contracts (a real form post: CSRF token, submission key, redirect);
- restricted marketplace users (1 in 10): they read the same pages, and when they
  try to send a message they must get the refusal page (403 with the "restricted"
  explanation). That 403 is what the scenario expects, so it counts as a success;
  anything else they get there (a 5xx, a 200, a CSRF 403) is an error;
- reviewers: the queue (plain, filtered, page 2), a case's page, the dashboard;
- anonymous visitors asking the announcements API what to show;
- the ESP: signed Mailgun inbound webhooks at a steady rate (``WEBHOOKS_PER_SECOND``
  in total, default 2), mail nobody threads to a case, which goes to the quarantine.

Every user logs in with a session made by bench/load/build.py (bench/out/load-users.json),
so the test measures the portal, not password hashing. A 4xx the scenario does not
expect and every 5xx are failures in locust's statistics.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import itertools
import json
import os
import random
import re
import secrets
import time
from pathlib import Path

from locust import HttpUser, between, constant_throughput, task

ROOT = Path(__file__).resolve().parents[2]
LISTING = json.loads((ROOT / "bench" / "out" / "load-users.json").read_text())
SECRETS = ROOT / "var" / "secrets"
WEBHOOKS_PER_SECOND = float(os.environ.get("WEBHOOKS_PER_SECOND", "2"))
WEBHOOK_USERS = 2
_CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')

_free = itertools.cycle([u for u in LISTING["users"] if not u["restricted"]])
_restricted = itertools.cycle([u for u in LISTING["users"] if u["restricted"]])
_reviewers = itertools.cycle(LISTING["reviewers"])
_cases = LISTING["cases"]


def page(client, url: str, name: str) -> str:
    """GET a page that must answer 200 itself: a redirect (to the log-in page, when a
    session is not accepted) is a failure, not a page."""
    with client.get(url, name=name, allow_redirects=False, catch_response=True) as response:
        if response.status_code != 200:
            response.failure(f"{response.status_code}, not the page")
        return response.text


class _LoggedIn(HttpUser):
    abstract = True
    wait_time = between(1, 4)
    person: dict
    random: random.Random

    def log_in(self, person: dict) -> None:
        self.person = person
        self.client.cookies.set("sessionid", person["session"])

    def csrf(self, page_text: str) -> str:
        match = _CSRF.search(page_text)
        return match.group(1) if match else ""

    def contract(self) -> int:
        return self.random.choice(self.person["contracts"])

    def browse(self) -> None:
        choice = self.random.random()
        if choice < 0.3:
            page(self.client, "/dashboard/", "/dashboard/")
        elif choice < 0.55:
            page(self.client, "/contracts/", "/contracts/")
        elif choice < 0.85:
            page(self.client, f"/contracts/{self.contract()}/", "/contracts/[id]/")
        elif choice < 0.95:
            page(self.client, f"/profile/{self.person['id']}/", "/profile/[id]/")
        else:
            page(self.client, "/jobs/", "/jobs/")

    def post_message(self) -> tuple[dict, int, dict]:
        pk = self.contract()
        text = page(self.client, f"/contracts/{pk}/", "/contracts/[id]/")
        data = {
            "csrfmiddlewaretoken": self.csrf(text),
            "submission_key": secrets.token_urlsafe(16),
            "body": "Checking in on the milestone: is the draft ready for review?",
        }
        headers = {"Referer": f"{self.host}/contracts/{pk}/"}
        return data, pk, headers


class MarketplaceUser(_LoggedIn):
    weight = 9

    def on_start(self) -> None:
        self.log_in(next(_free))
        self.random = random.Random()

    @task(8)
    def browse_pages(self) -> None:
        self.browse()

    @task(1)
    def send_message(self) -> None:
        data, pk, headers = self.post_message()
        with self.client.post(
            f"/contracts/{pk}/messages/",
            data=data,
            headers=headers,
            name="/contracts/[id]/messages/ (send)",
            allow_redirects=False,
            catch_response=True,
        ) as response:
            if response.status_code == 302 and response.headers.get("Location", "").startswith(f"/contracts/{pk}/"):
                response.success()  # sent: back to the contract's messages (not to the log-in page)
            else:
                response.failure(f"sending a message answered {response.status_code}")


class RestrictedUser(_LoggedIn):
    weight = 1

    def on_start(self) -> None:
        self.log_in(next(_restricted))
        self.random = random.Random()

    @task(8)
    def browse_pages(self) -> None:
        self.browse()  # reading is never restricted

    @task(1)
    def try_to_send_message(self) -> None:
        data, pk, headers = self.post_message()
        with self.client.post(
            f"/contracts/{pk}/messages/",
            data=data,
            headers=headers,
            name="/contracts/[id]/messages/ (refused)",
            allow_redirects=False,
            catch_response=True,
        ) as response:
            if response.status_code == 403 and 'data-testid="restricted-error"' in response.text:
                response.success()  # the refusal the scenario expects
            else:
                response.failure(f"a restricted user's message answered {response.status_code}, not the refusal")


class Reviewer(HttpUser):
    weight = 3
    wait_time = between(2, 6)

    def on_start(self) -> None:
        self.client.cookies.set("sessionid", next(_reviewers)["session"])
        self.random = random.Random()

    @task(4)
    def queue(self) -> None:
        page(self.client, "/portal/", "/portal/ (queue)")

    @task(2)
    def queue_filtered(self) -> None:
        kind = self.random.choice(["self_hire", "feedback_ring", "paid_feedback"])
        page(self.client, f"/portal/?kind={kind}&page=2", "/portal/?kind=…&page=2")

    @task(5)
    def case(self) -> None:
        page(self.client, f"/portal/cases/{self.random.choice(_cases)}/", "/portal/cases/[id]/")

    @task(1)
    def dashboard(self) -> None:
        page(self.client, "/portal/dashboard/", "/portal/dashboard/")


class AnnouncementsClient(HttpUser):
    weight = 3
    wait_time = between(1, 3)

    @task
    def active(self) -> None:
        page(self.client, "/api/v1/announcements/active", "/api/v1/announcements/active")


class MailgunWebhook(HttpUser):
    """The ESP posting inbound mail: a fixed number of users, each at a fixed rate."""

    fixed_count = WEBHOOK_USERS
    wait_time = constant_throughput(WEBHOOKS_PER_SECOND / WEBHOOK_USERS)

    def on_start(self) -> None:
        secret = (SECRETS / "webhook_secret").read_text().strip()
        self.auth = "Basic " + base64.b64encode(secret.encode()).decode()
        self.key = (SECRETS / "mailgun_webhook_signing_key").read_text().strip()

    @task
    def inbound(self) -> None:
        n = secrets.token_hex(8)
        raw = (
            f"From: Pat Example <pat-{n}@example.net>\r\nTo: support@reply.example.com\r\n"
            f"Subject: Question about my payout {n}\r\nMessage-ID: <load-{n}@example.net>\r\n"
            "Date: Mon, 02 Mar 2026 09:00:00 +0000\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
            "Hello, my payout did not arrive this week. Could you look into it?\r\n"
        ).encode()
        timestamp = str(int(time.time()))
        token = secrets.token_hex(25)
        signature = hmac.new(self.key.encode(), f"{timestamp}{token}".encode(), hashlib.sha256).hexdigest()
        fields = {
            "recipient": "support@reply.example.com",
            "sender": f"pat-{n}@example.net",
            "body-mime": raw,
            "timestamp": timestamp,
            "token": token,
            "signature": signature,
        }
        boundary = "----load" + secrets.token_hex(12)
        body = b""
        for name, value in fields.items():
            data = value if isinstance(value, bytes) else value.encode()
            body += f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'.encode() + data + b"\r\n"
        body += f"--{boundary}--\r\n".encode()
        self.client.post(
            "/anymail/mailgun/inbound_mime/",
            data=body,
            headers={"Content-Type": f"multipart/form-data; boundary={boundary}", "Authorization": self.auth},
            name="/anymail/mailgun/inbound_mime/",
        )
