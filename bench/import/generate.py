"""Write a realistic marketplace history as JSON Lines, for benchmarking import_marketplace.

    python bench/import/generate.py -n 1000000 -o bench/out/import-1000000.jsonl

Deterministic for a given seed. Every type of the format appears in roughly the
proportions of a real marketplace: most lines are messages, then feedback, payments
and contracts; accounts bring identities (devices, IPs, phones, cards), some shared
between accounts as a self-hire ring would; a few clients have organisations.
Some lines refer forward: within a contract's own lines (feedback before the
contract) and across thousands of lines (a contract, or an account, written well
after the records that refer to it), so the importer's later passes are exercised.
Exactly N lines are written; the file ends in .gz to be compressed.
"""

from __future__ import annotations

import argparse
import gzip
import heapq
import json
import math
import random
import sys
from collections import deque
from datetime import UTC, datetime, timedelta
from pathlib import Path

START = datetime(2019, 1, 1, tzinfo=UTC)
SPAN = timedelta(days=6 * 365)
PHRASES = (
    "Thanks for the brief, I will start today.",
    "Could you share the brand guidelines?",
    "Here is the first draft, let me know what you think.",
    "Please make the logo a bit larger.",
    "Milestone delivered, please review.",
    "Great work, approving now.",
    "Can we move the call to tomorrow?",
    "I have pushed the fixes to the repository.",
    "Invoice attached for this week.",
    "Would you leave feedback when you have a moment?",
)
TITLES = ("Logo design", "Landing page", "Data cleanup", "Mobile app fixes", "Translation EN>DE", "SEO audit")
COUNTRIES = ("US", "GB", "DE", "IN", "PK", "UA", "PH", "BR", "FR", "NG", "CA", "ES")
IDENTITY_KINDS = (("device", 50), ("ip", 30), ("phone", 10), ("payment_instrument", 10))
PAYMENT_KINDS = (("fixed", 45), ("hourly", 25), ("milestone", 20), ("bonus", 7), ("refund", 3))
RATINGS = ((5, 65), (4, 22), (3, 8), (2, 3), (1, 2))


def weighted(rng: random.Random, table: tuple) -> object:
    return rng.choices([v for v, _ in table], weights=[w for _, w in table])[0]


class Generator:
    def __init__(self, n: int, *, seed: int, forward_rate: float) -> None:
        self.n = n
        self.rng = random.Random(seed)
        self.forward_rate = forward_rate
        self.clients: list[int] = []
        self.freelancers: list[int] = []
        self.next_id = {"a": 0, "o": 0, "c": 0, "f": 0, "m": 0, "p": 0}
        self.recent_values: deque[tuple[str, str]] = deque(maxlen=2000)  # shared identities
        self.step = SPAN / max(n / 5, 1)
        self.now = START
        self.tick = 0
        self.written = 0
        self.held: list[tuple[int, int, str]] = []  # (release tick, order, line): forward references

    def new_id(self, prefix: str) -> int:
        self.next_id[prefix] += 1
        return self.next_id[prefix]

    def ts(self, after: timedelta = timedelta()) -> str:
        return (self.now + after).isoformat(timespec="seconds")

    def pick(self, pool: list[int]) -> int:
        # Older accounts have had more time to work: a mild skew towards them.
        return pool[int(len(pool) * self.rng.random() ** 1.3)]

    # Each returns the lines of one event, in the order a source system would log them.

    def account(self) -> list[dict]:
        rng = self.rng
        number = self.new_id("a")
        kind = rng.choices(("client", "freelancer", "agency"), weights=(40, 55, 5))[0]
        lines = [
            {
                "type": "account",
                "id": f"a{number}",
                "email": f"user{number}@example.test",
                "kind": kind,
                "name": f"User {number}",
                "country": rng.choice(COUNTRIES),
                "created_at": self.ts(),
            }
        ]
        for _ in range(rng.choice((1, 1, 2, 2, 3))):
            if self.recent_values and rng.random() < 0.03:
                identity_kind, value = rng.choice(self.recent_values)  # the same person, another account
            else:
                identity_kind = weighted(rng, IDENTITY_KINDS)
                value = self.identity_value(identity_kind)
                self.recent_values.append((identity_kind, value))
            seen = timedelta(days=rng.randint(0, 400))
            lines.append(
                {
                    "type": "identity",
                    "account": f"a{number}",
                    "kind": identity_kind,
                    "value": value,
                    "seen_at": self.ts(seen),
                }
            )
        if kind in ("client", "agency"):
            self.clients.append(number)
        if kind in ("freelancer", "agency"):
            self.freelancers.append(number)
        if kind == "client" and rng.random() < 0.2:
            org = self.new_id("o")
            lines.append({"type": "organization", "id": f"o{org}", "name": f"Company {org}", "created_at": self.ts()})
            lines.append({"type": "membership", "org": f"o{org}", "account": f"a{number}", "role": "owner"})
            if len(self.clients) > 10:
                colleague = self.pick(self.clients)
                if colleague != number:
                    role = rng.choice(("admin", "hiring_manager", "member"))
                    lines.append({"type": "membership", "org": f"o{org}", "account": f"a{colleague}", "role": role})
        return lines

    def identity_value(self, kind: str) -> str:
        rng = self.rng
        if kind == "ip":
            return ".".join(str(rng.randint(1, 254)) for _ in range(4))
        if kind == "phone":
            return f"+44 7700 {rng.randint(0, 999_999):06d}"
        if kind == "payment_instrument":
            return f"4111 {rng.randint(0, 9999):04d} {rng.randint(0, 9999):04d} {rng.randint(0, 9999):04d}"
        return f"{rng.getrandbits(64):016x}"

    def contract(self) -> list[dict]:
        rng = self.rng
        client, freelancer = self.pick(self.clients), self.pick(self.freelancers)
        if client == freelancer:
            return []
        number = self.new_id("c")
        cid, a_client, a_free = f"c{number}", f"a{client}", f"a{freelancer}"
        amount = max(5.0, round(math.exp(rng.gauss(5.0, 1.2)), 2))
        status = rng.choices(("ended", "active", "cancelled"), weights=(70, 25, 5))[0]
        days = rng.randint(1, 90)
        contract = {
            "type": "contract",
            "id": cid,
            "client": a_client,
            "freelancer": a_free,
            "title": rng.choice(TITLES),
            "amount": f"{amount:.2f}",
            "currency": "USD",
            "started_at": self.ts(),
            "status": status,
        }
        if status != "active":
            contract["ended_at"] = self.ts(timedelta(days=days))
        lines = [contract]
        for i in range(rng.choice((1, 2, 2, 3, 3, 4, 5))):
            sender, recipient = (a_client, a_free) if i % 2 == 0 else (a_free, a_client)
            lines.append(
                {
                    "type": "message",
                    "id": f"m{self.new_id('m')}",
                    "sender": sender,
                    "recipient": recipient,
                    "contract": cid if rng.random() > 0.1 else None,
                    "body": rng.choice(PHRASES),
                    "sent_at": self.ts(timedelta(hours=i * 7 + 1)),
                }
            )
        for i in range(rng.choice((1, 1, 1, 1, 1, 2, 2))):
            kind = weighted(rng, PAYMENT_KINDS)
            payer, payee = (a_free, a_client) if kind == "refund" else (a_client, a_free)
            lines.append(
                {
                    "type": "payment",
                    "id": f"p{self.new_id('p')}",
                    "contract": cid,
                    "payer": payer,
                    "payee": payee,
                    "kind": kind,
                    "amount": f"{max(1.0, amount / (i + 1)):.2f}",
                    "created_at": self.ts(timedelta(days=days, hours=i)),
                }
            )
        if status == "ended":
            pairs = [(a_client, a_free), (a_free, a_client)][: rng.choice((1, 2, 2))]
            for author, recipient in pairs:
                lines.append(
                    {
                        "type": "feedback",
                        "id": f"f{self.new_id('f')}",
                        "contract": cid,
                        "author": author,
                        "recipient": recipient,
                        "rating": weighted(rng, RATINGS),
                        "comment": "Smooth collaboration." if rng.random() < 0.6 else "",
                        "created_at": self.ts(timedelta(days=days + 1)),
                    }
                )
        if len(lines) > 1 and rng.random() < self.forward_rate:
            lines.append(lines.pop(0))  # the contract after its own messages and feedback
        return lines

    def lines(self):
        rng = self.rng
        budget = self.n - 40  # room to finish with plain account lines and reach n exactly
        while self.written + len(self.held) < budget:
            self.tick += 1
            self.now += self.step * rng.random() * 2
            if len(self.clients) < 5 or len(self.freelancers) < 5 or rng.random() < 0.35:
                event = self.account()
            else:
                event = self.contract()
            event = event[: budget - self.written - len(self.held)]
            for record in event:
                text = json.dumps({k: v for k, v in record.items() if v is not None}, separators=(",", ":"))
                if record["type"] in ("contract", "account") and rng.random() < self.forward_rate:
                    # Written much later: everything referring to it in between is a forward reference.
                    release = self.tick + rng.randint(200, 3000)
                    heapq.heappush(self.held, (release, self.written + len(self.held), text))
                    continue
                self.written += 1
                yield text
            while self.held and self.held[0][0] <= self.tick:
                self.written += 1
                yield heapq.heappop(self.held)[2]
        while self.held:
            self.written += 1
            yield heapq.heappop(self.held)[2]
        while self.written < self.n:
            self.written += 1
            number = self.new_id("a")
            kind = rng.choice(("client", "freelancer"))
            record = {"type": "account", "id": f"a{number}", "email": f"user{number}@example.test", "kind": kind}
            yield json.dumps(record, separators=(",", ":"))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", "--records", type=int, default=1_000_000, help="lines to write (default 1,000,000)")
    parser.add_argument("--seed", type=int, default=20240501)
    parser.add_argument("--forward-rate", type=float, default=0.01, help="share of lines written out of order")
    parser.add_argument("-o", "--output", default="-", help="file to write ('-': stdout; .gz: compressed)")
    args = parser.parse_args(argv)
    if args.records < 100:
        parser.error("write at least 100 records")
    generator = Generator(args.records, seed=args.seed, forward_rate=args.forward_rate)
    if args.output == "-":
        out = sys.stdout
    else:
        Path(args.output).parent.mkdir(parents=True, exist_ok=True)
        opener = gzip.open if args.output.endswith(".gz") else open
        out = opener(args.output, "wt", encoding="utf-8")
    counts: dict[str, int] = {}
    with out:
        for text in generator.lines():
            out.write(text)
            out.write("\n")
            kind = text[9 : text.index('"', 9)]
            counts[kind] = counts.get(kind, 0) + 1
    total = sum(counts.values())
    mix = ", ".join(f"{k} {v / total:.1%}" for k, v in sorted(counts.items(), key=lambda kv: -kv[1]))
    print(f"wrote {total:,} lines to {args.output}: {mix}", file=sys.stderr)


if __name__ == "__main__":
    main()
