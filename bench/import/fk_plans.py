"""The plans of the queries that filter or join on the seven foreign keys whose column
leads a composite index of the same table (five of them had their own index dropped;
contract client_id and freelancer_id kept theirs because of what this showed).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/NAME .venv/bin/python bench/import/fk_plans.py

Run it on an imported database (``bench/import/speed.py`` leaves one behind) of the code
before and after the change; it prints, per query, the scan nodes of PostgreSQL's plan
and the index each uses. Read-only. The queries are the shapes the code paths use:
profile and contract pages, case pages and the cases' decisions, detection's scoped
queries and the SVG graph, the importer's identity lookup, and the lookups PostgreSQL's
foreign-key triggers and Django's delete collector make when an account, organisation or
contract is deleted.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "trustsafety.settings")
os.environ.setdefault("SECRET_KEY", "bench-fk-plans-not-a-secret-0123456789abcdefghijklmnop")
os.environ.setdefault("DEBUG", "false")
os.environ.setdefault("MAILER_BACKEND", "django.core.mail.backends.locmem.EmailBackend")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.db.models import Count, Q  # noqa: E402

from accounts.models import IdentitySignal, Membership, Organization  # noqa: E402
from contracts.models import Contract, Message  # noqa: E402
from feedback.models import Feedback  # noqa: E402

NODE = re.compile(r"((?:Parallel )?(?:Seq Scan|Index Only Scan|Index Scan|Bitmap Index Scan)(?: using \w+)? on \w+)")


def nodes(plan: str) -> str:
    return "; ".join(dict.fromkeys(NODE.findall(plan))) or plan.splitlines()[0]


def main() -> None:
    busy = Feedback.objects.values("recipient_id").annotate(n=Count("*")).order_by("-n")[0]["recipient_id"]
    accounts = list(Feedback.objects.order_by().values_list("recipient_id", flat=True).distinct()[:500])
    contracts = list(Contract.objects.order_by("pk").values_list("pk", flat=True)[1000:1500])
    org = Membership.objects.values("organization_id").annotate(n=Count("*")).order_by("-n")[0]["organization_id"]
    visible = Feedback.Visibility.VISIBLE
    queries = {
        "profile: a recipient's visible feedback": Feedback.objects.filter(recipient=busy, visibility=visible),
        "feedback left or received by an account": Feedback.objects.filter(Q(author=busy) | Q(recipient=busy)),
        "feedback received by 500 accounts": Feedback.objects.filter(recipient_id__in=accounts),
        "feedback between 500 accounts": Feedback.objects.filter(author_id__in=accounts, recipient_id__in=accounts),
        "feedback given or received, 500": Feedback.objects.filter(
            Q(author_id__in=accounts) | Q(recipient_id__in=accounts), rating__gte=4
        ),
        "feedback on 500 contracts": Feedback.objects.filter(contract_id__in=contracts),
        "feedback between subjects via contract": Feedback.objects.filter(
            contract__client_id__in=accounts[:20], contract__freelancer_id__in=accounts[:20]
        ),
        "an account's contracts (either side)": Contract.objects.filter(Q(client=busy) | Q(freelancer=busy)),
        "contracts of 500 accounts (either side)": Contract.objects.filter(
            Q(client_id__in=accounts) | Q(freelancer_id__in=accounts)
        ),
        "contracts by client, 500": Contract.objects.filter(client_id__in=accounts).values_list(
            "client_id", "freelancer_id"
        ),
        "contracts by freelancer, 500": Contract.objects.filter(freelancer_id__in=accounts).values_list(
            "freelancer_id", "client_id"
        ),
        "contracts among 500": Contract.objects.filter(client_id__in=accounts, freelancer_id__in=accounts),
        "messages of an account (either side)": Message.objects.filter(Q(sender=busy) | Q(recipient=busy)),
        "messages of 500 accounts (either side)": Message.objects.filter(
            Q(sender_id__in=accounts) | Q(recipient_id__in=accounts)
        ),
        "identity signals of an account": IdentitySignal.objects.filter(account=busy),
        "identity signals of 500 accounts": IdentitySignal.objects.filter(account_id__in=accounts),
        "members of an organisation": Membership.objects.filter(organization=org),
        "memberships by organisations and accounts": Membership.objects.filter(
            organization_id__in=[org], account_id__in=accounts
        ),
        "organisations with a member (join)": Organization.objects.filter(memberships__account=busy),
    }
    for label, queryset in queries.items():
        print(f"{label:45} {nodes(queryset.explain())}")
    # What the foreign-key triggers ask when a referenced row is deleted (RI_FKey_noaction_del)
    # and Django's collector for the CASCADE and PROTECT relations.
    with connection.cursor() as cursor:
        for table, column, value in (
            ("contracts_contract", "client_id", busy),
            ("contracts_contract", "freelancer_id", busy),
            ("contracts_message", "sender_id", busy),
            ("feedback_feedback", "recipient_id", busy),
            ("feedback_feedback", "contract_id", contracts[0]),
            ("accounts_identitysignal", "account_id", busy),
            ("accounts_membership", "organization_id", org),
        ):
            cursor.execute(f'EXPLAIN SELECT 1 FROM ONLY "{table}" x WHERE "{column}" = %s FOR KEY SHARE OF x', [value])
            plan = "\n".join(row[0] for row in cursor.fetchall())
            print(f"{'delete check ' + table + '.' + column:45} {nodes(plan)}")


if __name__ == "__main__":
    main()
