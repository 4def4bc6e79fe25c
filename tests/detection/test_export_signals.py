"""``manage.py export_signals`` writes the spec's JSON Lines: external ids of
accounts and evidence, the case number, the score and the explanation."""

import io
import json
from datetime import timedelta

from django.core.management import call_command
from django.utils import timezone

from detection import services
from detection.models import Signal


def export(*args) -> list[dict]:
    out = io.StringIO()
    call_command("export_signals", *args, stdout=out)
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_each_signal_is_one_line_named_by_external_ids(market):
    client = market.account("Puppet", kind="client", external_id="a12")
    freelancer = market.account("Owner", external_id="a40")
    market.identity("device", "shared-laptop", client, freelancer)
    market.identity("phone", "+1 555 0100", client, freelancer)
    contract = market.contract(client, freelancer)
    feedback = market.feedback(contract, client, 5)
    services.scan_full()
    signal = Signal.objects.get()

    [row] = export()

    assert set(row) == {"kind", "detector", "accounts", "score", "case", "evidence", "explanation", "review"}
    assert row["kind"] == "self_hire"
    assert row["accounts"] == ["a12", "a40"]
    assert row["score"] == round(signal.score, 3)
    assert row["case"] == signal.case_id is not None
    assert {"type": "contract", "id": contract.external_id} in row["evidence"]
    assert {"type": "feedback", "id": feedback.external_id} in row["evidence"]
    assert {"type": "identity", "id": None, "kind": "device", "account": "a40"} in row["evidence"]
    assert row["explanation"] == signal.explanation


def test_since_output_file_and_retired_signals(market, tmp_path):
    client, freelancer = market.account("C", kind="client"), market.account("F", external_id=None)
    contract = market.contract(client, freelancer)
    message = market.message(contract, freelancer, "If you give me 5 stars I will refund $20 right away")
    services.scan_full()
    path = tmp_path / "signals.jsonl"
    call_command("export_signals", "--output", str(path), stderr=io.StringIO())
    [row] = [json.loads(line) for line in path.read_text().splitlines()]
    assert row["accounts"] == [f"portal:{freelancer.pk}"]  # no external id: the portal's own
    assert row["evidence"] == [{"type": "message", "id": message.external_id}]

    later = (timezone.now() + timedelta(minutes=5)).isoformat()
    assert export("--since", later) == []
    assert len(export("--since", "2000-01-01")) == 1

    message.delete()
    services.scan_full()
    assert export() == []
    assert len(export("--include-retired")) == 1
