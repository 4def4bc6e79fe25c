"""A statement of reasons in the DSA Transparency Database's API format (the v2
schema, docs/statements.md has the mapping table and what was checked), and its
validation against ``schema/statement.schema.json``.

No personal data leaves (Article 24(5)): the payload carries our statement's
``puid`` (a random UUID, never the user's email, name or id), the restriction
types and dates, the policy article, and facts written from the evidence counts
and the behaviour — not the reviewer's free-text reason, which may name people.
"""

from __future__ import annotations

import json
from datetime import datetime
from functools import cache
from pathlib import Path

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

from accounts.models import User

from .models import Statement

SCHEMA_PATH = Path(__file__).parent / "schema" / "statement.schema.json"

# The EU member states and the EEA countries: our restrictions apply on the whole site.
EEA = [
    "AT",
    "BE",
    "BG",
    "CY",
    "CZ",
    "DE",
    "DK",
    "EE",
    "ES",
    "FI",
    "FR",
    "GR",
    "HR",
    "HU",
    "IE",
    "IT",
    "LT",
    "LU",
    "LV",
    "MT",
    "NL",
    "PL",
    "PT",
    "RO",
    "SE",
    "SI",
    "SK",
    "IS",
    "LI",
    "NO",
]

CATEGORY = "STATEMENT_CATEGORY_SCAMS_AND_FRAUD"
KEYWORD = "KEYWORD_INAUTHENTIC_USER_REVIEWS"
ACCOUNT_CONTENT = "Marketplace account: profile, job posts, proposals, contracts and feedback"

# Restriction type → the TDB decision fields it sets (and the end-date field each uses).
DECISIONS = {
    Statement.Restriction.VISIBILITY: {
        "decision_visibility": (["DECISION_VISIBILITY_CONTENT_DISABLED"], "end_date_visibility_restriction"),
    },
    Statement.Restriction.SUSPENSION: {
        "decision_account": ("DECISION_ACCOUNT_SUSPENDED", "end_date_account_restriction"),
        "decision_monetary": ("DECISION_MONETARY_SUSPENSION", "end_date_monetary_restriction"),
        "decision_provision": ("DECISION_PROVISION_PARTIAL_SUSPENSION", "end_date_service_restriction"),
    },
    Statement.Restriction.TERMINATION: {
        "decision_account": ("DECISION_ACCOUNT_TERMINATED", "end_date_account_restriction"),
        "decision_monetary": ("DECISION_MONETARY_TERMINATION", "end_date_monetary_restriction"),
        "decision_provision": ("DECISION_PROVISION_PARTIAL_TERMINATION", "end_date_service_restriction"),
    },
}
SOURCE_TYPE = {"report": "SOURCE_ARTICLE_16", "detection": "SOURCE_VOLUNTARY", "manual": "SOURCE_VOLUNTARY"}
BEHAVIOUR = {
    "self_hire": "the account hired itself, through a second account it controls, to collect feedback",
    "feedback_ring": "accounts exchanged jobs that were not real work in order to leave each other feedback",
    "conflict_of_interest": "feedback was given within a company the account controls",
    "paid_feedback": "feedback was paid for rather than earned through work",
    "feedback_extortion": "feedback was used as a threat to obtain money or favours",
    "user_report": "another user reported feedback that was not earned through real work",
}


def _day(iso: str | None) -> str | None:
    return datetime.fromisoformat(iso).date().isoformat() if iso else None


def account_type(account: User) -> str:
    """Freelancers and agencies sell services on the marketplace, as does anyone
    acting for a company: business users (Regulation 2019/1150). Clients hiring
    for themselves are private."""
    if account.kind in (User.Kind.FREELANCER, User.Kind.AGENCY) or account.memberships.exists():
        return "ACCOUNT_TYPE_BUSINESS"
    return "ACCOUNT_TYPE_PRIVATE"


def decision_facts(statement: Statement) -> str:
    content = statement.content
    behaviour = BEHAVIOUR.get(content["facts"].get("kind", ""), "feedback was not earned through real work")
    parts = [
        f"On a freelance marketplace, our review found that {behaviour}, against our feedback policy.",
        *content["facts"].get("evidence", []),
        {
            "visibility": "The feedback concerned was hidden from profiles and ratings.",
            "suspension": "The account was suspended and its withdrawals held for the suspension.",
            "termination": "The account was permanently blocked.",
        }[statement.restriction],
        *(
            ["The feedback concerned was also hidden from profiles and ratings."]
            if statement.content["restriction"].get("feedback_hidden")
            else []
        ),
    ]
    if content.get("replaces"):
        parts.append("This decision replaces an earlier one after the user's appeal.")
    return " ".join(parts)[:5000]


def tdb_payload(statement: Statement) -> dict:
    """One statement as the TDB's create-statement body."""
    content = statement.content
    ends = _day(content["restriction"].get("ends_at"))
    payload: dict = {}
    for field, (value, end_field) in DECISIONS[statement.restriction].items():
        payload[field] = value
        payload[end_field] = ends
    if content["restriction"].get("feedback_hidden"):
        # A suspension or block that also hid the feedback: a visibility restriction too, with no end.
        ((value, end_field),) = DECISIONS[Statement.Restriction.VISIBILITY].values()
        payload["decision_visibility"] = value
        payload[end_field] = None
    facts = decision_facts(statement)
    ground = content["ground"]
    legal = ground.get("legal_ground", "")
    payload |= {
        "account_type": account_type(statement.account),
        "decision_ground": "DECISION_GROUND_INCOMPATIBLE_CONTENT",
        "decision_ground_reference_url": ground["url"],
        "incompatible_content_ground": f"Terms of service, policy article “{ground['title']}”"[:500],
        "incompatible_content_explanation": facts[:2000],
        "incompatible_content_illegal": "Yes" if legal else "No",
        "category": CATEGORY,
        "category_specification": [KEYWORD],
        "content_type": (
            ["CONTENT_TYPE_TEXT"]
            if statement.restriction == Statement.Restriction.VISIBILITY
            else ["CONTENT_TYPE_OTHER"]
        ),
        "territorial_scope": list(EEA),
        "content_language": "EN",
        "content_date": _day(content["dates"]["content"]),
        "application_date": _day(content["dates"]["applied"]),
        "decision_facts": facts,
        "source_type": SOURCE_TYPE[content["detection"]["source"]],
        "automated_detection": "Yes" if content["detection"]["automated_detection"] else "No",
        "automated_decision": "AUTOMATED_DECISION_NOT_AUTOMATED",
        "puid": str(statement.puid),
    }
    if statement.restriction != Statement.Restriction.VISIBILITY:
        payload["content_type_other"] = ACCOUNT_CONTENT
    return payload


@cache
def schema() -> dict:
    return json.loads(SCHEMA_PATH.read_text())


def payload_errors(payload: dict) -> list[str]:
    """Every way ``payload`` breaks the schema, one readable line each (empty: valid)."""
    validator = Draft202012Validator(schema())
    return [
        f"{'/'.join(str(p) for p in error.absolute_path) or '(payload)'}: {error.message}"
        for error in sorted(validator.iter_errors(payload), key=lambda e: list(e.absolute_path))
    ]


def validated_payload(statement: Statement) -> dict:
    """The payload, or ValidationError naming the statement and every problem."""
    payload = tdb_payload(statement)
    if errors := payload_errors(payload):
        raise ValidationError(f"Statement {statement.puid} does not fit the TDB schema: " + "; ".join(errors))
    return payload
