"""Self-hire: shared identity signals, weighted by strength and rarity, together
with contracts and feedback between the two accounts."""

from datetime import timedelta

from accounts.identity import mailbox
from detection.detectors import self_hire
from tests.detection.conftest import NOW


def test_a_client_sharing_a_card_and_device_with_the_freelancer_it_hires_is_flagged(market, detect):
    freelancer = market.account("Yasmin Young")
    client = market.account("Xavier Xu", kind="client")
    cards = market.identity("payment_instrument", "4111 1111 1111 1111", client, freelancer)
    market.identity("device", "laptop-1", client, freelancer)
    jobs = [market.job(client, freelancer, amount=a, days_ago=d) for a, d in (("40", 30), ("55", 20), ("70", 10))]

    [finding] = detect(self_hire)

    assert set(finding.accounts) == {client.pk, freelancer.pk}
    assert finding.score >= 0.9
    text = finding.explanation
    assert text.startswith("Accounts Yasmin Young (freelancer) and Xavier Xu (client) share a payment instrument")
    assert "a payment instrument used by no other account and a device used by no other account" in text
    assert "Xavier Xu hired Yasmin Young 3 times (contracts of $40–$70)" in text
    assert "Xavier Xu left three five-star ratings" in text and "Yasmin Young left three five-star ratings" in text
    assert "4111" not in text  # values are never shown (nor stored)
    refs = {(e["type"], e["id"]) for e in finding.evidence}
    assert {("identity", s.pk) for s in cards} <= refs
    assert {("contract", c.pk) for c in jobs} <= refs
    assert sum(1 for t, _ in refs if t == "feedback") == 6


def test_a_value_shared_by_many_accounts_counts_for_little(market, detect):
    """Fifty accounts behind one public IP; two of them work together honestly."""
    people = [market.account(f"Cafe Person {i}") for i in range(50)]
    market.identity("ip", "203.0.113.7", *people)
    market.job(people[0], people[1], amount="900", length=20)
    assert detect(self_hire) == []
    assert self_hire.rarity(50) == 0.2 and self_hire.rarity(2) == 1.0


def test_family_members_sharing_a_device_who_never_contract_stay_quiet(market, detect):
    a, b = market.account("Mum"), market.account("Son")
    market.identity("device", "family-laptop", a, b)
    market.identity("address", "1 Family Road", a, b)
    client = market.account("Real Client", kind="client")
    market.job(client, a)
    market.job(client, b)
    assert detect(self_hire) == []


def test_an_ip_the_two_accounts_were_seen_on_only_once_is_below_the_storage_floor(market, detect):
    client, freelancer = market.account("Client", kind="client"), market.account("Freelancer")
    market.identity("ip", "198.51.100.20", client, freelancer)
    market.job(client, freelancer)
    assert detect(self_hire) == []


def test_a_device_shared_by_a_third_account_weakens_the_link(market, detect):
    client, freelancer, other = market.account("C", kind="client"), market.account("F"), market.account("O")
    market.identity("device", "shared-pc", client, freelancer, other)
    market.job(client, freelancer)
    [finding] = detect(self_hire)
    assert "a device also used by one other account" in finding.explanation
    assert finding.score < 0.7  # kept on the accounts, no case on a device alone shared three ways


def test_incremental_scope_only_looks_at_the_given_accounts(market, detect):
    client, freelancer = market.account("C", kind="client"), market.account("F")
    market.identity("phone", "+44 7700 900123", client, freelancer)
    market.job(client, freelancer)
    bystander = market.account("B")
    assert detect(self_hire, scope=[bystander.pk]) == []
    assert len(detect(self_hire, scope=[freelancer.pk])) == 1


def test_one_person_running_two_client_accounts_and_a_freelancer_is_still_one_person(market, detect):
    """The device is shared three ways, but all three accounts deal with each other."""
    freelancer = market.account("Main")
    clients = [market.account(f"Puppet {i}", kind="client") for i in range(2)]
    market.identity("device", "one-laptop", freelancer, *clients)
    for c in clients:
        market.job(c, freelancer, days_ago=30)
        market.job(c, freelancer, days_ago=20)
    findings = detect(self_hire)
    assert len(findings) == 2
    assert all(f.score >= 0.7 for f in findings)
    assert "a device used by no account outside their dealings (also by one account they deal with)" in (
        findings[0].explanation
    )


def test_a_home_ip_only_the_client_and_freelancer_use_for_weeks_links_them(market, detect):
    client, freelancer = market.account("Homer Client", kind="client"), market.account("Homer Freelancer")
    home = market.identity("ip", "198.51.100.77", client, freelancer, seen_days=(90, 2))
    job = market.job(client, freelancer, amount="120", days_ago=30)

    [finding] = detect(self_hire)

    assert set(finding.accounts) == {client.pk, freelancer.pk}
    assert finding.score >= 0.7
    assert (
        "share a home IP address used by no other account, by each of them over at least 14 days; "
        "Homer Client hired Homer Freelancer once (contract of $120)" in finding.explanation
    )
    refs = {(e["type"], e["id"]) for e in finding.evidence}
    assert {("identity", s.pk) for s in home} | {("contract", job.pk)} <= refs
    assert finding.data["shared"] == [{"kind": "home_ip", "accounts": 2, "outsiders": 0}]


def test_a_family_sharing_a_home_ip_for_months_who_never_contract_stay_quiet(market, detect):
    mum, son = market.account("Mum"), market.account("Son")
    market.identity("ip", "198.51.100.78", mum, son, seen_days=(300, 1))
    client = market.account("Their Client", kind="client")
    market.job(client, mum)
    market.job(client, son)
    assert detect(self_hire) == []


def test_a_cafe_ip_used_for_weeks_by_many_stays_quiet_when_two_regulars_work_together(market, detect):
    regulars = [market.account(f"Regular {i}") for i in range(12)]
    market.identity("ip", "203.0.113.80", *regulars, seen_days=(120, 1))
    market.job(regulars[0], regulars[1], amount="300", days_ago=40)
    assert detect(self_hire) == []


def test_a_home_ip_without_feedback_between_them_is_not_upgraded(market, detect):
    client, freelancer = market.account("C", kind="client"), market.account("F")
    market.identity("ip", "198.51.100.79", client, freelancer, seen_days=(90, 2))
    market.job(client, freelancer, ratings=(None, None))
    assert detect(self_hire) == []


def test_a_client_and_freelancer_with_names_and_emails_one_letter_apart_are_flagged(market, detect):
    """The only link: a second account under the same name and address, one letter changed."""
    client = market.account("John Walsh", kind="client", email="john.walsh1204@mailbox.test")
    freelancer = market.account("John Wallsh", email="john.wallsh1204@mailbox.test")
    job = market.job(client, freelancer, amount="300", days_ago=30)

    [finding] = detect(self_hire)

    assert set(finding.accounts) == {client.pk, freelancer.pk}
    assert finding.score >= 0.8
    text = finding.explanation
    assert "have near-identical names and e-mail addresses" in text
    assert (
        '"John Walsh" <john.walsh1204@mailbox.test>' in text and '"John Wallsh" <john.wallsh1204@mailbox.test>' in text
    )
    assert "John Walsh hired John Wallsh once (contract of $300)" in text
    refs = {(e["type"], e["id"]) for e in finding.evidence}
    assert {("account", client.pk), ("account", freelancer.pk), ("contract", job.pk)} <= refs
    look = finding.data["lookalike"]
    assert (look["name_edits"], look["email_edits"], look["name_accounts"]) == (1, 1, 1)


def test_near_identical_names_add_to_a_weak_shared_value(market, detect):
    """An IP seen once on each is too weak alone; with names and e-mails one letter
    apart the pair is a case."""
    client = market.account("Lena Novak", kind="client", email="lena.novak77@postfach.test")
    freelancer = market.account("Lena Nowak", email="lena.nowak77@postfach.test")
    market.identity("ip", "198.51.100.30", client, freelancer)
    market.job(client, freelancer)
    [finding] = detect(self_hire)
    assert finding.score >= 0.85
    assert "share an IP address used by no other account and have near-identical names" in finding.explanation


def test_two_namesakes_with_their_own_addresses_who_hire_each_other_stay_quiet(market, detect):
    """Two different people called Maria Garcia: same name, the address differs by its number."""
    client = market.account("María García", kind="client", email="maria.garcia7@correo.test")
    freelancer = market.account("Maria Garcia", email="maria.garcia42@correo.test")
    market.job(client, freelancer)
    assert detect(self_hire) == []


def test_a_name_many_accounts_carry_counts_for_less(market, detect):
    """The same address at two providers under a name forty accounts share: kept on
    the accounts, no case."""
    for i in range(38):
        market.account("Maria Garcia", email=f"maria.garcia.{i}x@correo.test")
    client = market.account("Maria Garcia", kind="client", email="mariagarcia.art@correo.test")
    freelancer = market.account("Maria Garcia", email="maria.garcia.art@caixa.test")
    market.job(client, freelancer)
    [finding] = detect(self_hire)
    assert finding.score < 0.7
    assert "40 accounts carry that name, so it counts for less" in finding.explanation


def test_near_identity_normalises_and_bounds_the_edits():
    assert self_hire.normal_name("  José   García ") == "jose garcia"
    assert self_hire.normal_name("Cafe Person 3") == ""  # not a person's name
    assert self_hire.normal_local("Jo.Walsh12+promo@x.test") == ("jowalsh", "12")
    assert self_hire.edits_within("walsh", "wallsh", 2) == 1
    assert self_hire.edits_within("walsh", "carter", 2) is None
    # two letters of a four-letter first name make another person, not a typo
    assert self_hire.near_identity("Noah Reed", "noah.reed5@a.test", "Nora Reed", "nora.reed5@a.test") == (None, None)
    assert self_hire.near_identity("John Walsh", "jwalsh5@a.test", "John Wallsh", "jwallsh5@b.test") == (1, 1)
    assert self_hire.near_identity("John Walsh", "jwalsh5@a.test", "John Walsh", "jwalsh6@b.test") == (0, None)
    # an address made only of the name says nothing more than the name
    assert self_hire.mail_link("Ann Berg", "ann.berg@a.test", "Ann Berg", "annberg@b.test") == (None, 0.0)
    assert self_hire.mail_link("Ann Berg", "ann.berg@a.test", "Ann Berg", "ann.berg.jobs@b.test") == (4, 0.6)
    assert self_hire.mail_link("Ann Berg", "ann.berg9@a.test", "Ann Berg", "ann.berg9.jobs@b.test") == (4, 0.85)
    # an address that does not spell the name (another script) is compared whole
    assert self_hire.mail_link("Никита Новиков", "user497@a.test", "Никита Новиков", "user497.hires@b.test") == (
        5,
        0.85,
    )
    assert self_hire.mail_link("Никита Новиков", "user4@a.test", "Никита Новиков", "user4.hires@b.test") == (5, 0.85)
    assert self_hire.mail_link("Никита Новиков", "usr4@a.test", "Никита Новиков", "usr4.hires@b.test") == (None, 0.0)


def test_a_second_account_whose_address_adds_a_word_to_the_first_is_flagged(market, detect):
    """Same name, and the client's address is the freelancer's with ".hires" added."""
    freelancer = market.account("Rosa Lindqvist", email="rosa.lindqvist58@mailbox.test")
    client = market.account("Rosa Lindqvist", kind="client", email="rosa.lindqvist58.hires@post.test")
    market.job(client, freelancer, amount="120")
    [finding] = detect(self_hire)
    assert set(finding.accounts) == {client.pk, freelancer.pk}
    assert finding.score >= 0.8
    assert "near-identical names and e-mail addresses" in finding.explanation


def test_a_word_added_to_an_address_that_is_only_the_name_stays_below_a_case(market, detect):
    """rosa_lindqvist@ is what any Rosa Lindqvist would pick: only the added word links them."""
    freelancer = market.account("Rosa Lindqvist", email="rosa_lindqvist@mailbox.test")
    client = market.account("Rosa Lindqvist", kind="client", email="rosa_lindqvist.work@post.test")
    market.job(client, freelancer)
    [finding] = detect(self_hire)
    assert 0.4 <= finding.score < 0.7


def test_namesakes_whose_addresses_are_only_their_name_stay_quiet(market, detect):
    """Two Camille Laurents at two providers, and a brother and sister Hoffmann: the
    addresses repeat the names, so nothing links the accounts but a common name."""
    client = market.account("Camille Laurent", kind="client", email="camille_laurent@gmx.test")
    freelancer = market.account("Camille Laurent", email="camille_laurent@posteo.test")
    market.job(client, freelancer, amount="1500", length=20)
    brother = market.account("Leon Hoffmann", kind="client", email="leon_hoffmann@icloud.test")
    sister = market.account("Lea Hoffmann", email="lea_hoffmann@gmail.test")
    market.job(brother, sister, amount="150", ratings=(5, None))
    assert detect(self_hire) == []


def test_a_client_and_freelancer_linked_through_a_third_account_are_flagged(market, detect):
    """The client shares a device with a third account, which shares a phone with the
    freelancer: one person behind three accounts. Two links in a row are weaker than
    one: kept on the accounts below a case."""
    client, freelancer = market.account("Ola Client", kind="client"), market.account("Ola Worker")
    third = market.account("Ola Spare", kind="client")
    market.identity("device", "tablet-77", client, third)
    market.identity("phone", "+48 600 100 200", third, freelancer)
    job = market.job(client, freelancer, amount="60")
    [finding] = detect(self_hire)
    assert set(finding.accounts) == {client.pk, freelancer.pk, third.pk}
    assert 0.5 <= finding.score < 0.7
    assert (
        "Accounts Ola Client (client) and Ola Worker (freelancer) are linked through a third account, Ola Spare, "
        "which shares a device with Ola Client and a phone number with Ola Worker; Ola Client hired Ola Worker once"
    ) in finding.explanation
    refs = {(e["type"], e["id"]) for e in finding.evidence}
    assert ("account", third.pk) in refs and ("contract", job.pk) in refs
    # an incremental run from either party finds it too
    [from_client] = detect(self_hire, scope=[client.pk])
    assert from_client.score == finding.score
    assert len(detect(self_hire, scope=[freelancer.pk])) == 1


def test_a_card_and_a_phone_through_a_third_account_open_a_case(market, detect):
    client, freelancer = market.account("Ivo Client", kind="client"), market.account("Ivo Worker")
    third = market.account("Ivo Spare")
    market.identity("payment_instrument", "5500 0000 0000 0004", client, third)
    market.identity("phone", "+351 910 000 111", third, freelancer)
    market.job(client, freelancer)
    [finding] = detect(self_hire)
    assert finding.score >= 0.7


def test_a_relative_on_the_home_device_and_an_office_ip_link_nobody(market, detect):
    """The client shares the home laptop with a relative, who works in an office whose
    IP the freelancer also uses; a family device used by five links no one either."""
    client, freelancer = market.account("Home Client", kind="client"), market.account("Office Worker")
    relative = market.account("Home Relative")
    market.identity("device", "home-laptop", client, relative)
    colleagues = [market.account(f"Office Colleague {i}") for i in range(6)]
    market.identity("ip", "198.51.100.99", relative, freelancer, *colleagues, seen_days=(200, 1))
    kiosk = [market.account(f"Kiosk User {i}") for i in range(4)]
    market.identity("device", "library-kiosk", client, *kiosk)
    market.identity("phone", "+1 555 0100", kiosk[0], freelancer)
    market.job(client, freelancer, amount="300", length=10)
    assert detect(self_hire) == []


def own_career(market, account, prefix):
    for k in range(4):
        client = market.account(f"{prefix} client {k}", kind="client")
        market.job(client, account, amount="700", length=12, days_ago=300 - 20 * k)


def test_two_freelancers_with_careers_sharing_a_two_desk_office_ip_are_not_one_person(market, detect):
    """Only the two use the office IP, for months; one subcontracts the other once.
    Each was hired by four clients of its own and has its own device: two people."""
    ada, bo = market.account("Ada Desk"), market.account("Bo Desk")
    own_career(market, ada, "Ada")
    own_career(market, bo, "Bo")
    market.identity("ip", "198.51.100.90", ada, bo, seen_days=(200, 2))
    market.identity("device", "desk-laptop-ada", ada)
    market.identity("device", "desk-laptop-bo", bo)
    market.job(ada, bo, amount="600", length=10, days_ago=50)
    assert detect(self_hire) == []


def test_a_freelancer_with_a_career_and_a_client_account_of_their_own_at_home_is_flagged(market, detect):
    """The same home IP, but the client side has no clients of its own: the upgrade stays."""
    worker = market.account("Cleo Desk")
    own_career(market, worker, "Cleo")
    alt = market.account("C. Desk", kind="client")
    market.identity("ip", "198.51.100.93", worker, alt, seen_days=(200, 2))
    market.job(alt, worker, amount="120", days_ago=50)
    [finding] = detect(self_hire)
    assert set(finding.accounts) == {worker.pk, alt.pk}
    assert finding.score >= 0.7
    assert "share a home IP address used by no other account" in finding.explanation


def test_one_address_written_two_ways_links_the_pair(market, detect):
    """Round 7: "12 Mill Road, flat 3" and "Flat 3, 12 Mill Rd." are one home; the
    link is an address's (kept on the accounts, below a case)."""
    client, freelancer = market.account("Ruth Quill", kind="client"), market.account("Omar Quill")
    market.identity("address", "12 Mill Road, flat 3", freelancer)
    market.identity("address", "Flat 3, 12 Mill Rd.", client)
    market.job(client, freelancer, amount="45", ratings=(5, 5))
    [finding] = detect(self_hire)
    assert 0.4 <= finding.score < 0.7
    assert "share an address used by no other account" in finding.explanation


def test_neighbours_in_one_building_are_not_one_address(market, detect):
    client, freelancer = market.account("Ruth Quill", kind="client"), market.account("Omar Pike")
    market.identity("address", "12 Mill Road, flat 3", freelancer)
    market.identity("address", "Flat 4, 12 Mill Rd.", client)
    market.job(client, freelancer, amount="45", ratings=(5, 5))
    assert detect(self_hire) == []


def test_clients_paying_with_the_card_the_freelancer_is_paid_into_are_flagged(market, detect):
    """Round 7: three client accounts pay with one card that is the freelancer's payout
    account: one instrument, one owner, whichever kind each account filed it under."""
    freelancer = market.account("Ines Card")
    clients = [market.account(f"Buyer {i}", kind="client") for i in range(3)]
    market.identity("bank_account", "4000 1234 5678 9010", freelancer)
    market.identity("payment_instrument", "4000-1234-5678-9010", *clients)
    for client in clients:
        market.job(client, freelancer, amount="30", ratings=(5, 5))
    findings = detect(self_hire)
    assert {f.accounts for f in findings} == {tuple(sorted((c.pk, freelancer.pk))) for c in clients}
    assert all(f.score >= 0.7 for f in findings)
    assert "a payment instrument that one of them pays with and the other is paid out to" in findings[0].explanation


def test_a_personal_domain_under_one_name_and_an_ip_seen_once_are_flagged(market, detect):
    """Round 7: both e-mails on one private domain, the client named by initial, one IP
    seen once on each — the IP alone stays below the floor, the domain under one name
    lifts it."""
    client = market.account("J. Mercer", kind="client", email="projects@mercer-home.test")
    freelancer = market.account("Jonas Mercer", email="jonas@mercer-home.test")
    market.identity("ip", "203.0.113.9", client, freelancer)
    market.job(client, freelancer, amount="40", ratings=(5, 5))
    [finding] = detect(self_hire)
    assert finding.score >= 0.6
    assert "one private domain, mercer-home.test" in finding.explanation
    assert 'under one name ("J. Mercer" and "Jonas Mercer")' in finding.explanation


def test_two_colleagues_on_their_company_domain_are_not_one_person(market, detect):
    """Two people of a small studio: one domain, one office IP, one hires the other."""
    client = market.account("Ada Brook", kind="client", email="ada@brook-studio.test")
    freelancer = market.account("Ben Stone", email="ben@brook-studio.test")
    market.identity("ip", "203.0.113.10", client, freelancer)
    market.job(client, freelancer, amount="40", ratings=(5, 5))
    assert detect(self_hire) == []


def test_siblings_on_a_family_domain_are_not_one_person(market, detect):
    client = market.account("Jane Mercer", kind="client", email="jane@mercer-family.test")
    freelancer = market.account("Jonas Mercer", email="jonas@mercer-family.test")
    market.identity("ip", "203.0.113.11", client, freelancer)
    market.job(client, freelancer, amount="40", ratings=(5, 5))
    assert detect(self_hire) == []


def test_one_webmail_provider_is_no_private_domain():
    assert self_hire.private_domain("a@gmail.com", "b@gmail.com") == ""
    assert self_hire.private_domain("a@mercer.test", "b@other.test") == ""
    assert self_hire.private_domain("a@Mercer.test", "b@mercer.test") == "mercer.test"
    assert self_hire.same_person_name("J. Mercer", "Jonas Mercer")
    assert not self_hire.same_person_name("Jane Mercer", "Jonas Mercer")
    assert not self_hire.same_person_name("Ada Brook", "Ben Stone")


def test_one_phone_written_national_and_international_links_the_two_accounts(market, detect):
    """Round 8: "0612 345 678" on the freelancer, "+31 612 345 678" on the client."""
    freelancer = market.account("Sanne de Vries")
    client = market.account("Pieter Bakker", kind="client")
    market.identity("phone", "0612 345 678", freelancer)
    market.identity("phone", "+31 612 345 678", client)
    market.job(client, freelancer)
    [finding] = detect(self_hire)
    assert set(finding.accounts) == {client.pk, freelancer.pk}
    assert "a phone number used by no other account" in finding.explanation


def test_two_phones_one_digit_apart_in_national_and_international_form_stay_apart(market, detect):
    freelancer = market.account("Sanne de Vries")
    client = market.account("Pieter Bakker", kind="client")
    market.identity("phone", "0612 345 678", freelancer)
    market.identity("phone", "+31 612 345 679", client)
    market.job(client, freelancer)
    assert detect(self_hire) == []


def test_one_address_in_another_language_s_abbreviations_links_and_a_neighbour_does_not(market, detect):
    """Round 8's spellings: "ap." for the flat, "nr" before the number, capitals and
    accents; another flat in the building or another house number is someone else."""
    freelancer = market.account("Ana Popescu")
    client = market.account("Ion Ionescu", kind="client")
    neighbour = market.account("Elena Dumitru", kind="client")
    across = market.account("Mihai Stan", kind="client")
    market.identity("address", "Str. Mihai Eminescu 12, ap. 5", freelancer)
    market.identity("address", "STRADA MIHAI EMINESCU nr 12, ap 5", client)
    market.identity("address", "Strada Mihai Eminescu nr. 12, ap. 6", neighbour)
    market.identity("address", "Strada Mihai Eminescu 21, ap. 5", across)
    for hirer in (client, neighbour, across):
        market.job(hirer, freelancer)
    [finding] = detect(self_hire)
    assert set(finding.accounts) == {client.pk, freelancer.pk}
    assert "an address used by no other account" in finding.explanation


def test_a_flat_and_its_building_written_without_a_flat_link_the_pair(market, detect):
    """Round 8's `address_abbrev`: one account names the flat, the other writes the
    building alone. The building hash of the flat's address is the flat-less address's
    own hash: the pair links (a little below a full address: the flat-less address
    may be anyone's in the building), kept on the accounts."""
    freelancer, client = market.account("Ana Popescu"), market.account("Ion Ionescu", kind="client")
    market.identity("address", "Strada Mihai Eminescu 12, ap. 5", freelancer)
    market.identity("address", "STRADA MIHAI EMINESCU nr 12", client)
    market.job(client, freelancer, amount="45", ratings=(5, 5))
    [finding] = detect(self_hire)
    assert set(finding.accounts) == {client.pk, freelancer.pk}
    assert 0.4 <= finding.score < 0.5
    assert "an address that one of them writes with a flat number and the other without" in finding.explanation
    assert finding.data["shared"] == [{"kind": "building", "accounts": 2, "outsiders": 0}]
    assert detect(self_hire, scope={client.pk}) and detect(self_hire, scope={freelancer.pk})  # incremental too


def test_two_flats_of_a_building_stay_neighbours_even_beside_a_flat_less_address(market, detect):
    """Flats 5 and 6 share a building hash, but it is compared only with flat-less
    addresses: two neighbours who hire each other do not link, even when a third
    account wrote the building without a flat — and that third account, hiring
    nobody, links no one."""
    a, b = market.account("Flat Five"), market.account("Flat Six", kind="client")
    landlord = market.account("Building Owner", kind="client")
    market.identity("address", "Strada Mihai Eminescu 12, ap. 5", a)
    market.identity("address", "Strada Mihai Eminescu 12, ap. 6", b)
    market.identity("address", "Strada Mihai Eminescu 12", landlord)
    market.job(b, a, amount="45", ratings=(5, 5))
    assert detect(self_hire) == []


def test_a_building_shared_with_many_flats_counts_for_less(market, detect):
    """A flat-less address that many flats of the building also match (an office
    block, a large building) weighs by how many accounts hold it, as any value."""
    freelancer, client = market.account("Office Worker"), market.account("Office Client", kind="client")
    market.identity("address", "Kirchstrasse 4, Wohnung 2", freelancer)
    market.identity("address", "Kirchstr. 4", client)
    for n in range(3, 12):
        market.identity("address", f"Kirchstrasse 4, Whg. {n}", market.account(f"Tenant {n}"))
    market.job(client, freelancer, amount="45", ratings=(5, 5))
    assert detect(self_hire) == []  # 0.45 × rarity(11) × 1.0 is below the storage floor


def test_an_agency_account_with_the_client_s_phone_in_another_spelling_is_flagged(market, detect):
    """Round 9's agency front: the client writes "+45 123456789", the agency account
    "(+45) 123-456789". Same number; the agency is hired like any freelancer."""
    agency = market.account("Lund Studio ApS", kind="agency")
    client = market.account("Magnus Lund", kind="client")
    market.identity("phone", "(+45) 123-456789", agency)
    market.identity("phone", "+45 123456789", client)
    market.job(client, agency, amount="60", days_ago=30)
    market.job(client, agency, amount="45", days_ago=10)
    [finding] = detect(self_hire)
    assert set(finding.accounts) == {client.pk, agency.pk}
    assert finding.score >= 0.7
    assert "a phone number used by no other account" in finding.explanation


def test_a_neighbouring_phone_number_in_brackets_links_no_one(market, detect):
    agency = market.account("Lund Studio ApS", kind="agency")
    client = market.account("Freja Kjaer", kind="client")
    market.identity("phone", "(+45) 123-456789", agency)
    market.identity("phone", "+45 123456780", client)
    market.job(client, agency)
    assert detect(self_hire) == []


def test_a_vat_number_and_the_same_number_without_its_prefix_link_the_two_accounts(market, detect):
    """Round 9: "DK12345678" on the client, "12345678" on the freelancer: one
    business's tax number written as its VAT number on one account."""
    freelancer = market.account("Ida Nielsen")
    client = market.account("Rasmus Nielsen", kind="client")
    market.identity("tax_id", "DK12345678", client)
    market.identity("tax_id", "12345678", freelancer)
    market.job(client, freelancer, amount="80")
    [finding] = detect(self_hire)
    assert set(finding.accounts) == {client.pk, freelancer.pk}
    assert finding.score >= 0.7
    assert "a tax id used by no other account" in finding.explanation


def test_two_businesses_with_tax_numbers_one_digit_apart_stay_apart(market, detect):
    freelancer = market.account("Ida Nielsen")
    client = market.account("Rasmus Holm", kind="client")
    market.identity("tax_id", "DK12345678", client)
    market.identity("tax_id", "12345679", freelancer)
    market.job(client, freelancer, amount="80")
    assert detect(self_hire) == []


def test_two_addresses_that_reach_one_gmail_inbox_link_the_pair_whatever_the_names(market, detect):
    """Round 10: Gmail drops dots and "+tags", so <fosei31+work@gmail.com> and
    <f.osei31@gmail.com> are one inbox — one person, like one card — even under two
    names and with only an IPv6 address in the same /64 besides."""
    client = market.account("Freya Osei", kind="client", email="fosei31+work@gmail.com")
    freelancer = market.account("F. O. Design", email="f.osei31@gmail.com")
    market.identity("ip", "2a02:8109:1a2b:3c4d:1111:2222:3333:4444", client)
    market.identity("ip", "2a02:8109:1a2b:3c4d:9999:8888:7777:6666", freelancer)
    market.job(client, freelancer, amount="95")

    [finding] = detect(self_hire)

    assert set(finding.accounts) == {client.pk, freelancer.pk}
    assert finding.score >= 0.7
    assert (
        "share an IP address used by no other account and have e-mail addresses that reach one inbox "
        '(<fosei31+work@gmail.com> and <f.osei31@gmail.com>: what follows a "+" is a tag the mail server drops '
        "and the provider ignores dots in the part before the @)" in finding.explanation
    )
    assert finding.data["shared"] == [{"kind": "ip", "accounts": 2, "outsiders": 0}]  # the /64, one connection
    notes = {(e["type"], e["id"]): e.get("note") for e in finding.evidence}
    assert notes[("account", client.pk)] == "e-mail fosei31+work@gmail.com"


def test_addresses_one_dot_or_one_tag_apart_at_a_provider_that_keeps_dots_are_two_people(market, detect):
    """Dots are significant outside Gmail, and a different local part before the tag
    is another mailbox: nothing links these pairs."""
    for n, (email_c, email_f) in enumerate(
        [("anna.berg@outlook.com", "annaberg@outlook.com"), ("jo+a@firm.test", "jon+a@firm.test")]
    ):
        client = market.account(f"Client {n}", kind="client", email=email_c)
        freelancer = market.account(f"Freelancer {n}", email=email_f)
        market.job(client, freelancer)
    assert detect(self_hire) == []
    assert mailbox("Jo.Walsh42+work@GoogleMail.com") == "jowalsh42@gmail.com"
    assert mailbox("jo.walsh+x@firm.test") == "jo.walsh@firm.test"  # dots count outside Gmail and Proton
    assert mailbox("Jo_Walsh@pm.me") == mailbox("jo.walsh@protonmail.com") == "jowalsh@proton.me"


def test_two_accounts_opened_from_one_ip_minutes_apart_and_hiring_each_other_later_are_flagged(market, detect):
    """Round 10: a client account and a freelancer account opened 80 seconds apart from
    an IP no one else uses, jobs months later: one person signing up twice."""
    opened = NOW - timedelta(days=200)
    client = market.account("Lena Fischer", kind="client", date_joined=opened)
    freelancer = market.account("Lena Fischer", date_joined=opened + timedelta(seconds=80))
    rows = market.identity("ip", "198.51.100.31", client, seen_days=(200, 200))
    rows += market.identity("ip", "198.51.100.31", freelancer, seen_days=(200 - 80 / 86400, 200 - 80 / 86400))
    job = market.job(client, freelancer, amount="60", days_ago=40)

    [finding] = detect(self_hire)

    assert finding.score >= 0.7
    text = finding.explanation
    assert (
        "share an IP address used by no other account, from which both accounts were opened, 80 seconds apart" in text
    )
    assert "Lena Fischer hired Lena Fischer once (contract of $60)" in text
    assert finding.data["shared"] == [{"kind": "signup_ip", "accounts": 2, "outsiders": 0}]
    refs = {(e["type"], e["id"]) for e in finding.evidence}
    assert {("identity", r.pk) for r in rows} | {("contract", job.pk)} <= refs


def test_sign_ups_from_one_ip_that_others_use_or_hours_apart_are_no_sign_up_link(market, detect):
    """Two colleagues opening accounts on an office IP that a third uses as well, and
    two accounts opened from one IP six hours apart, stay at the plain IP weight (below
    the storage floor with one rating); so does an import without sign-up times (every
    account opened "now", after its contracts)."""
    opened = NOW - timedelta(days=200)
    a = market.account("Office One", kind="client", date_joined=opened)
    b = market.account("Office Two", date_joined=opened + timedelta(minutes=2))
    c = market.account("Office Three", date_joined=opened + timedelta(minutes=3))
    market.identity("ip", "198.51.100.40", a, b, c, seen_days=(200, 200))
    market.job(a, b, days_ago=40)
    d = market.account("Early Bird", kind="client", date_joined=opened)
    e = market.account("Late Owl", date_joined=opened + timedelta(hours=6))
    market.identity("ip", "198.51.100.41", d, seen_days=(200, 200))
    market.identity("ip", "198.51.100.41", e, seen_days=(200 - 0.25, 200 - 0.25))
    market.job(d, e, days_ago=40)
    f, g = market.account("Now One", kind="client"), market.account("Now Two")
    market.identity("ip", "198.51.100.42", f, g)
    market.job(f, g, days_ago=40)
    assert detect(self_hire) == []


def test_one_device_guid_written_with_braces_in_capitals_and_plain_links_the_pair(market, detect):
    """Round 10: "{8F2A…}" from one app and "8f2a…" from another are one device."""
    client = market.account("Marta Nowak", kind="client")
    freelancer = market.account("Marta Nowak")
    market.identity("device", "{8F2A61C0-3B1D-4E57-9A0C-5D7E21B4F9A3}", client)
    market.identity("device", "8f2a61c0-3b1d-4e57-9a0c-5d7e21b4f9a3", freelancer)
    market.job(client, freelancer, amount="45", days_ago=30)
    market.job(client, freelancer, amount="70", days_ago=10)

    [finding] = detect(self_hire)

    assert finding.score >= 0.7
    assert "share a device used by no other account and have near-identical names" in finding.explanation
