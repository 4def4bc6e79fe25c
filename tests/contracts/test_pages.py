"""The marketplace pages: parties only, forms that keep what was typed, services called."""

from decimal import Decimal

import pytest
from django.urls import reverse

from contracts.models import Contract, Job, Message, Payment, Proposal, WithdrawalRequest
from contracts.services import job_post, payment_create, proposal_submit
from tests.submissions import keyed


@pytest.mark.parametrize(
    "name",
    ["contracts:detail", "contracts:send_message", "contracts:release_payment", "contracts:end", "feedback:leave"],
)
def test_only_the_parties_see_a_contract(client, bystander, contract, name):
    client.force_login(bystander)
    url = reverse(name, args=[contract.pk])
    response = client.get(url) if name == "contracts:detail" else client.post(url, {"body": "x", "rating": "5"})
    assert response.status_code == 404


def test_contract_list_shows_only_my_contracts(client, subject, bystander, client_user, contract):
    from contracts.services import contract_create

    contract_create(client=client_user, freelancer=bystander, amount=Decimal("10"), title="Not yours")
    client.force_login(subject)
    html = client.get(reverse("contracts:list")).content.decode()
    assert "Logo design" in html and "Not yours" not in html


def test_send_message(client, subject, contract):
    client.force_login(subject)
    response = client.post(reverse("contracts:send_message", args=[contract.pk]), keyed({"body": "Draft attached"}))
    assert response.status_code == 302
    message = Message.objects.get()
    assert (message.sender, message.recipient_id, message.body) == (subject, contract.client_id, "Draft attached")


def test_an_empty_message_is_refused_with_a_clear_error(client, subject, contract):
    client.force_login(subject)
    response = client.post(reverse("contracts:send_message", args=[contract.pk]), {"body": ""})
    assert response.status_code == 400
    assert "Write a message before sending." in response.content.decode()


def test_release_payment_only_for_the_client_and_keeps_input_on_error(client, subject, client_user, contract):
    client.force_login(client_user)
    url = reverse("contracts:pay_bonus", args=[contract.pk])
    assert client.post(url, keyed({"amount": "25.00"})).status_code == 302
    payment = Payment.objects.get()
    assert (payment.payer, payment.payee, payment.kind, payment.amount) == (
        client_user,
        subject,
        "bonus",
        Decimal("25"),
    )

    response = client.post(url, keyed({"amount": "-3"}))
    assert response.status_code == 400
    html = response.content.decode()
    assert "Enter an amount greater than zero." in html and 'value="-3"' in html

    client.force_login(subject)
    response = client.post(url, keyed({"amount": "5"}), follow=True)
    assert "Only the client of this contract can release payments." in response.content.decode()
    assert Payment.objects.count() == 1


def test_freelancer_does_not_see_the_payment_form(client, subject, contract):
    client.force_login(subject)
    assert b'data-action="release_payment"' not in client.get(reverse("contracts:detail", args=[contract.pk])).content


def test_end_contract(client, subject, contract):
    client.force_login(subject)
    client.post(reverse("contracts:end", args=[contract.pk]))
    contract.refresh_from_db()
    assert contract.status == Contract.Status.ENDED
    response = client.post(reverse("contracts:end", args=[contract.pk]), follow=True)
    assert "already ended" in response.content.decode()


def test_post_a_job_keeps_what_was_typed_on_error(client, client_user):
    client.force_login(client_user)
    response = client.post(
        reverse("contracts:job_new"), {"title": "", "description": "Long brief text", "budget": "50"}
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "Give the job a title." in html and "Long brief text" in html
    response = client.post(reverse("contracts:job_new"), keyed({"title": "Logo", "description": "", "budget": "50"}))
    assert response.status_code == 302
    assert Job.objects.get().client == client_user


def test_submit_proposal_and_hire(client, subject, client_user):
    job = job_post(client=client_user, title="Logo", description="", budget=Decimal("100"))
    client.force_login(subject)
    assert b'data-action="submit_proposal"' in client.get(reverse("contracts:job", args=[job.pk])).content
    bad = client.post(reverse("contracts:submit_proposal", args=[job.pk]), {"cover_letter": "I can", "rate": ""})
    assert bad.status_code == 400 and "I can" in bad.content.decode()
    client.post(reverse("contracts:submit_proposal", args=[job.pk]), {"cover_letter": "I can", "rate": "90"})
    proposal = Proposal.objects.get()
    assert "You sent a proposal" in client.get(reverse("contracts:job", args=[job.pk])).content.decode()

    client.force_login(client_user)
    html = client.get(reverse("contracts:job", args=[job.pk])).content.decode()
    assert "I can" in html and 'data-action="hire"' in html
    response = client.post(reverse("contracts:hire", args=[proposal.pk]))
    contract = Contract.objects.get(job=job)
    assert response.status_code == 302 and response["Location"] == reverse("contracts:detail", args=[contract.pk])
    assert (contract.client, contract.freelancer, contract.amount) == (client_user, subject, Decimal("90"))


def test_only_the_jobs_client_can_hire(client, subject, client_user, bystander):
    job = job_post(client=client_user, title="Logo", description="", budget=Decimal("100"))
    proposal = proposal_submit(job=job, freelancer=subject, cover_letter="Me", rate=Decimal("90"))
    client.force_login(bystander)
    assert client.post(reverse("contracts:hire", args=[proposal.pk])).status_code == 404
    assert not Contract.objects.exists()


def test_withdrawal_is_limited_to_the_available_balance(client, subject, client_user, contract):
    payment_create(contract=contract, payer=client_user, kind="fixed", amount=Decimal("100"))
    client.force_login(subject)
    response = client.post(reverse("contracts:withdrawal_new"), keyed({"amount": "150"}))
    assert response.status_code == 400
    html = response.content.decode()
    assert "You can withdraw at most 100.00 USD" in html and 'value="150"' in html
    assert client.post(reverse("contracts:withdrawal_new"), keyed({"amount": "60"})).status_code == 302
    assert WithdrawalRequest.objects.get().amount == Decimal("60")
    html = client.get(reverse("contracts:dashboard")).content.decode()
    assert "40.00" in html  # left to withdraw


def test_dashboard_summarises_the_users_work(client, subject, contract):
    client.force_login(subject)
    html = client.get(reverse("contracts:dashboard")).content.decode()
    assert "Logo design" in html
    assert "My Requests" in html


def test_home_sends_a_signed_in_user_to_the_dashboard(client, subject):
    client.force_login(subject)
    assert client.get("/")["Location"] == reverse("contracts:dashboard")


def test_closed_jobs_are_private_to_the_client_and_applicants(client, subject, client_user, bystander):
    job = job_post(client=client_user, title="Closed one", description="", budget=Decimal("100"))
    proposal_submit(job=job, freelancer=subject, cover_letter="Me", rate=Decimal("90"))
    Job.objects.filter(pk=job.pk).update(status=Job.Status.CLOSED)
    for user, status in ((client_user, 200), (subject, 200), (bystander, 404)):
        client.force_login(user)
        assert client.get(reverse("contracts:job", args=[job.pk])).status_code == status


def test_dashboard_query_count(client, subject, contract, django_assert_num_queries):
    client.force_login(subject)
    client.get(reverse("contracts:dashboard"))
    # 1 session, 2 user, 3 recent contracts with parties, 4 active count, 5-7 balance (received, refunded,
    # withdrawn), 8 proposals with jobs, 9 open jobs with waiting counts, 10 requests (subject rows),
    # 11 unread notices outside a thread.
    with django_assert_num_queries(11):
        client.get(reverse("contracts:dashboard"))


def test_contract_list_query_count(client, subject, client_user, django_assert_num_queries):
    from contracts.services import contract_create

    for n in range(5):
        contract_create(client=client_user, freelancer=subject, amount=Decimal("10"), title=f"C{n}")
    client.force_login(subject)
    client.get(reverse("contracts:list"))  # the announcements every page shows are cached after the first
    # 1 session, 2 user, 3 contracts with both parties (whatever their number).
    with django_assert_num_queries(3):
        client.get(reverse("contracts:list"))


def test_contract_page_links_to_report_the_other_party(client, subject, client_user, contract):
    client.force_login(subject)
    html = client.get(reverse("contracts:detail", args=[contract.pk])).content.decode()
    assert f'href="/report/new/?user={client_user.pk}&amp;contract={contract.pk}"' in html
