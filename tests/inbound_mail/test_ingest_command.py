"""`manage.py ingest_email`: one message on stdin (an MTA pipe) or a maildir."""

import io
import json
import mailbox
import sys

import pytest
from django.core.management import call_command

from cases.models import CaseEvent
from demo.mail_samples import gmail_reply, out_of_office, outlook_reply
from inbound_mail.models import InboundEmail


class _Stdin:
    def __init__(self, data: bytes):
        self.buffer = io.BytesIO(data)

    def close(self) -> None:  # multiprocessing closes stdin in forked workers
        self.buffer.close()


def _run(*args, stdin: bytes = b"") -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    original = sys.stdin
    sys.stdin = _Stdin(stdin)
    try:
        call_command("ingest_email", *args, stdout=out, stderr=err)
    finally:
        sys.stdin = original
    return out.getvalue(), err.getvalue()


def test_one_message_on_stdin_threads_into_the_case(sent_email, case):
    raw = outlook_reply(new_text="Please find the invoices.", to=sent_email.reply_to, in_reply_to=sent_email.message_id)
    out, _ = _run(stdin=raw)
    assert out.strip() == "threaded"
    event = CaseEvent.objects.get(case=case, type=CaseEvent.Type.MESSAGE_FROM_USER)
    assert event.body == "Please find the invoices."
    assert InboundEmail.objects.get().source == InboundEmail.Source.MTA


def test_the_envelope_recipient_from_the_mta_is_used_to_thread(sent_email, case):
    address = sent_email.reply_to.split("<")[-1].rstrip(">")
    raw = gmail_reply(new_text="Bcc'd you.", to="someone@else.example", in_reply_to=None)
    out, _ = _run("--recipient", address, stdin=raw)
    assert out.strip() == "threaded"


def test_dry_run_prints_what_it_would_do_and_stores_nothing(sent_email, case):
    raw = gmail_reply(new_text="My answer.", to=sent_email.reply_to, in_reply_to=sent_email.message_id)
    out, _ = _run("--dry-run", stdin=raw)
    plan = json.loads(out)
    assert plan["case"] == case.pk
    assert plan["sender"] == "subject"
    assert plan["reply_text"] == "My answer."
    assert plan["message_id"].startswith("<") and plan["action"] == "threaded"
    assert InboundEmail.objects.count() == 0
    assert not CaseEvent.objects.filter(type=CaseEvent.Type.MESSAGE_FROM_USER).exists()


def test_empty_stdin_is_a_data_error():
    with pytest.raises(SystemExit) as exit_info:
        _run(stdin=b"")
    assert exit_info.value.code == 65


def test_a_maildir_is_ingested_with_a_summary_when_piped(sent_email, case, tmp_path):
    box = mailbox.Maildir(tmp_path / "Maildir", create=True)
    box.add(gmail_reply(new_text="One.", to=sent_email.reply_to, in_reply_to=sent_email.message_id))
    box.add(out_of_office(to=sent_email.reply_to, in_reply_to=sent_email.message_id))
    box.add(gmail_reply(new_text="Lost?", to="trust@example.com", in_reply_to=None))
    out, _ = _run("--maildir", str(tmp_path / "Maildir"))
    assert "3 messages" in out and "threaded 1" in out and "quarantined 1" in out and "auto_reply 1" in out
    again, _ = _run("--maildir", str(tmp_path / "Maildir"))
    assert "duplicate 3" in again
    assert InboundEmail.objects.count() == 3


def test_maildir_dry_run_prints_one_json_object_per_message(sent_email, tmp_path):
    box = mailbox.Maildir(tmp_path / "md", create=True)
    for text in ("First.", "Second."):
        box.add(gmail_reply(new_text=text, to=sent_email.reply_to, in_reply_to=sent_email.message_id))
    out, err = _run("--maildir", str(tmp_path / "md"), "--dry-run")
    lines = [json.loads(line) for line in out.splitlines()]
    assert sorted(line["reply_text"] for line in lines) == ["First.", "Second."]
    assert "2 messages" in err
    assert InboundEmail.objects.count() == 0


def test_not_a_maildir_is_an_error(tmp_path, db):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        _run("--maildir", str(tmp_path))


@pytest.mark.django_db(transaction=True)
def test_a_maildir_can_be_ingested_by_several_processes_on_postgresql(case, reviewer, subject, tmp_path):
    from django.db import connection

    from cases.services import case_request_info
    from notifications.models import OutboundEmail

    if connection.vendor != "postgresql":
        (tmp_path / "cur").mkdir()
        with pytest.raises(Exception, match="needs PostgreSQL"):
            _run("--maildir", str(tmp_path), "--jobs", "2")
        return
    case_request_info(case=case, actor=reviewer, account=subject, body="Who else worked on these jobs?")
    sent = OutboundEmail.objects.get(case=case)
    box = mailbox.Maildir(tmp_path / "md", create=True)
    for n in range(12):
        box.add(gmail_reply(new_text=f"Answer {n}.", to=sent.reply_to, in_reply_to=sent.message_id))
    out, _ = _run("--maildir", str(tmp_path / "md"), "--jobs", "3")
    assert "12 messages" in out and "threaded 12" in out
    assert CaseEvent.objects.filter(case=case, type=CaseEvent.Type.MESSAGE_FROM_USER).count() == 12


def test_dry_run_reports_an_unreadable_message_and_every_file_after_it(sent_email, case, tmp_path):
    from demo.mail_samples import deeply_nested

    box = mailbox.Maildir(tmp_path / "md", create=True)
    box.add(deeply_nested(depth=5000, to=sent_email.reply_to, message_id="<deep@client.example>"))
    box.add(gmail_reply(new_text="Still here.", to=sent_email.reply_to, in_reply_to=sent_email.message_id))
    out, err = _run("--maildir", str(tmp_path / "md"), "--dry-run")
    lines = {line["message_id"]: line for line in map(json.loads, out.splitlines())}
    assert len(lines) == 2 and "2 messages" in err
    deep = lines["<deep@client.example>"]
    assert (deep["action"], deep["reason"]) == ("quarantined", "unreadable") and "nested" in deep["detail"]
    assert any(line["reply_text"] == "Still here." for line in lines.values())
    assert InboundEmail.objects.count() == 0


def test_an_unreadable_message_on_stdin_is_stored_and_held(sent_email, case):
    from demo.mail_samples import deeply_nested

    raw = deeply_nested(depth=5000, to=sent_email.reply_to, in_reply_to=sent_email.message_id)
    out, _ = _run("--dry-run", stdin=raw)
    assert json.loads(out)["reason"] == "unreadable"
    out, _ = _run(stdin=raw)
    assert out.strip() == "quarantined"
    inbound = InboundEmail.objects.get()
    assert bytes(inbound.raw) == raw and inbound.reason == InboundEmail.Reason.UNREADABLE


def test_a_message_over_the_size_limit_on_stdin_is_refused_with_the_reason(settings, sent_email):
    settings.INBOUND_MESSAGE_MAX_BYTES = 2000
    raw = gmail_reply(new_text="x" * 3000, to=sent_email.reply_to, in_reply_to=sent_email.message_id)
    with pytest.raises(SystemExit) as exit_info:
        _run(stdin=raw)
    assert exit_info.value.code == 65  # the MTA returns it to the sender, with our reason
    assert InboundEmail.objects.count() == 0


def test_a_maildir_run_leaves_oversize_messages_in_place_and_goes_on(settings, sent_email, case, tmp_path):
    settings.INBOUND_MESSAGE_MAX_BYTES = 4000
    box = mailbox.Maildir(tmp_path / "md", create=True)
    box.add(gmail_reply(new_text="x" * 5000, to=sent_email.reply_to, in_reply_to=sent_email.message_id))
    box.add(gmail_reply(new_text="Short.", to=sent_email.reply_to, in_reply_to=sent_email.message_id))
    out, err = _run("--maildir", str(tmp_path / "md"))
    assert "too large 1" in out and "threaded 1" in out
    assert "INBOUND_MESSAGE_MAX_BYTES" in err and "left in the maildir" in err
    assert InboundEmail.objects.get().reply_text == "Short."
    assert len(box) == 2


def test_a_maildir_batch_stores_every_message_around_one_that_fails(sent_email, case, tmp_path, monkeypatch):
    """Messages go in batches (one transaction each); when one message breaks the
    batch, the batch is redone one by one: the bad one is stored and held as a
    processing error, every other one is stored and threaded as usual."""
    import inbound_mail.services as inbound_module

    box = mailbox.Maildir(tmp_path / "Maildir", create=True)
    texts = [f"Answer number {n}." for n in range(7)]
    for n, text in enumerate(texts):
        box.add(gmail_reply(new_text=text, to=sent_email.reply_to, in_reply_to=sent_email.message_id,
                            message_id=f"<batch-{n}@client.example>"))  # fmt: skip
    real_reply_data = inbound_module._reply_data

    def poisoned(inbound, parsed, reply, **extra):
        if inbound.message_id == "<batch-3@client.example>":
            raise RuntimeError("poison")
        return real_reply_data(inbound, parsed, reply, **extra)

    monkeypatch.setattr(inbound_module, "_reply_data", poisoned)
    out, _ = _run("--maildir", str(tmp_path / "Maildir"), "--batch", "100")

    assert "7 messages" in out and "threaded 6" in out and "error 1" in out
    assert InboundEmail.objects.count() == 7
    bad = InboundEmail.objects.get(message_id="<batch-3@client.example>")
    assert bad.status == InboundEmail.Status.ERROR and bytes(bad.raw)
    bodies = set(
        CaseEvent.objects.filter(case=case, type=CaseEvent.Type.MESSAGE_FROM_USER).values_list("body", flat=True)
    )
    assert bodies == set(texts) - {"Answer number 3."}


def test_a_maildir_in_batches_does_what_one_message_at_a_time_does(sent_email, case, tmp_path):
    from cases.models import Case

    box = mailbox.Maildir(tmp_path / "Maildir", create=True)
    first = gmail_reply(new_text="First.", to=sent_email.reply_to, in_reply_to=sent_email.message_id)
    box.add(first)
    box.add(first)  # the same message twice in one batch
    box.add(outlook_reply(new_text="Second.", to=sent_email.reply_to, in_reply_to=sent_email.message_id))
    box.add(gmail_reply(new_text="Who are you?", to="trust@example.com", in_reply_to=None))
    box.add(gmail_reply(new_text="Not me.", to=sent_email.reply_to, in_reply_to=sent_email.message_id,
                        from_="Someone Else <other@elsewhere.example>"))  # fmt: skip
    assert Case.objects.get(pk=case.pk).status == Case.Status.AWAITING_USER

    out, _ = _run("--maildir", str(tmp_path / "Maildir"), "--batch", "3")

    assert "5 messages" in out and "threaded 2" in out and "quarantined 2" in out and "duplicate 1" in out
    refreshed = Case.objects.get(pk=case.pk)
    assert refreshed.status != Case.Status.AWAITING_USER and refreshed.has_new_user_reply
    timeline = list(CaseEvent.objects.filter(case=case).order_by("pk").values_list("type", "body"))
    replies = [body for kind, body in timeline if kind == CaseEvent.Type.MESSAGE_FROM_USER]
    assert sorted(replies) == ["First.", "Second."]
    assert [kind for kind, _ in timeline].count(CaseEvent.Type.STATUS_CHANGED) >= 1
    reasons = dict(InboundEmail.objects.values_list("reason", "status").exclude(reason=""))
    assert reasons == {"no_thread": "quarantined", "sender_mismatch": "quarantined"}
    for inbound in InboundEmail.objects.filter(status=InboundEmail.Status.THREADED):
        assert inbound.event.body == inbound.reply_text and inbound.event.data["inbound_email"] == inbound.pk
