"""The domain's rules, as a user of the services would meet them."""

from decimal import Decimal

import pytest
from django.db import IntegrityError, transaction

from accounts.identity import building_hash, hash_value, normalise
from accounts.models import IdentitySignal
from accounts.services import identity_record
from contracts.models import Contract
from contracts.services import contract_create
from core.errors import DomainError
from feedback.models import Feedback
from feedback.services import feedback_hide, feedback_leave, feedback_restore


def test_a_client_cannot_hire_their_own_account(client_user):
    with pytest.raises(DomainError, match="cannot hire their own account"):
        contract_create(client=client_user, freelancer=client_user, amount=Decimal("10"))
    assert not Contract.objects.exists()


def test_the_database_refuses_a_self_contract_too(client_user):
    with pytest.raises(IntegrityError), transaction.atomic():
        Contract.objects.create(client=client_user, freelancer=client_user, amount=Decimal("10"))


def test_feedback_goes_from_one_party_to_the_other(contract, client_user, subject):
    feedback = feedback_leave(contract=contract, author=client_user, rating=5, comment="Great")
    assert feedback.recipient == subject


def test_someone_outside_the_contract_cannot_leave_feedback(contract, bystander):
    with pytest.raises(DomainError, match="one party of the contract about the other"):
        feedback_leave(contract=contract, author=bystander, rating=1)


def test_one_feedback_per_author_per_contract(contract, client_user):
    feedback_leave(contract=contract, author=client_user, rating=5)
    with pytest.raises(DomainError, match="already left feedback"):
        feedback_leave(contract=contract, author=client_user, rating=1)
    assert Feedback.objects.count() == 1


@pytest.mark.parametrize("rating", [0, 6, "five", None])
def test_ratings_are_one_to_five_stars(contract, client_user, rating):
    with pytest.raises(DomainError, match="1 to 5"):
        feedback_leave(contract=contract, author=client_user, rating=rating)


def test_rating_summary_counts_only_visible_feedback(contract, client_user, subject, bystander):
    other = contract_create(client=client_user, freelancer=subject, amount=Decimal("40"))
    f1 = feedback_leave(contract=contract, author=client_user, rating=5)
    feedback_leave(contract=other, author=client_user, rating=2)
    subject.refresh_from_db()
    assert subject.rating_count == 2 and subject.rating_average == Decimal("3.50")
    feedback_hide(feedback=f1, reason="Exchanged, not earned")
    subject.refresh_from_db()
    assert subject.rating_count == 1 and subject.rating_average == Decimal("2.00")
    feedback_restore(feedback=f1)
    subject.refresh_from_db()
    assert subject.rating_count == 2


def test_identity_values_are_stored_only_as_a_keyed_hash(subject):
    signal = identity_record(account=subject, kind="payment_instrument", value="4242 4242 4242 4242")
    stored = IdentitySignal.objects.values_list("value_hash", flat=True).get(pk=signal.pk)
    assert "4242" not in stored and len(stored) == 64
    assert stored == hash_value("payment_instrument", "4242-4242-4242-4242")
    assert stored != hash_value("payment_instrument", "4242-4242-4242-4242", key="another-key")


def test_equal_values_written_differently_link_two_accounts(subject, client_user):
    a = identity_record(account=subject, kind="phone", value="+44 7700 900-123")
    b = identity_record(account=client_user, kind="phone", value="0044 7700900123")
    assert a.value_hash == b.value_hash
    assert normalise("ip", "2001:0db8:0000:0000:0000:0000:0000:0001") == "2001:db8::/64"


def test_one_address_written_two_ways_and_a_card_that_is_a_payout_account_hash_alike():
    """Round 7: street abbreviations, punctuation and where the flat number is written
    do not make two addresses; another flat of the building does. A card a client pays
    with and the same number as a freelancer's payout account are one instrument."""
    assert hash_value("address", "12 Mill Road, flat 3") == hash_value("address", "Flat 3, 12 Mill Rd.")
    assert hash_value("address", "Apt. 3, 12 mill rd") == hash_value("address", "12 Mill Road #3")
    assert hash_value("address", "12 Mill Road, flat 3") != hash_value("address", "12 Mill Road, flat 4")
    assert hash_value("address", "12 Mill Road, flat 3") != hash_value("address", "3 Mill Road, flat 12")
    assert hash_value("bank_account", "4000 1234 5678 9010") == hash_value("payment_instrument", "4000-1234-5678-9010")
    assert hash_value("tax_id", "4000123456789010") != hash_value("payment_instrument", "4000123456789010")


def test_a_phone_in_national_and_international_form_is_one_value():
    """Round 8: the country code of an international number and the trunk zero of a
    national one are taken off; another number stays another value."""
    assert hash_value("phone", "0612 345 678") == hash_value("phone", "+31 612 345 678")
    assert hash_value("phone", "0612345678") == hash_value("phone", "0031 6 1234 5678")
    assert hash_value("phone", "06 1234 5678") == hash_value("phone", "+39 06 1234 5678")  # Italy keeps its 0
    assert hash_value("phone", "07700 900123") == hash_value("phone", "+44 7700 900-123")
    assert hash_value("phone", "+351 912 345 678") == hash_value("phone", "912 345 678")  # three-digit code
    assert hash_value("phone", "tel:+44-7700-900123") == hash_value("phone", "07700 900123")  # a tel: link
    assert hash_value("phone", "0612 345 678") != hash_value("phone", "+31 612 345 679")
    assert hash_value("phone", "+44 7700 900123") != hash_value("phone", "+44 7700 900132")


def test_an_address_naming_a_flat_carries_its_building_s_hash():
    """The building hash of "…12, ap. 5" is the hash of the building written without a
    flat, in any spelling; two flats share it; a flat-less address and other kinds
    have none."""
    flat5, flat6 = "Strada Mihai Eminescu 12, ap. 5", "STR. MIHAI EMINESCU NR 12 AP 6"
    assert building_hash("address", flat5) == hash_value("address", "STRADA MIHAI EMINESCU nr 12")
    assert building_hash("address", flat5) == building_hash("address", flat6) != hash_value("address", flat5)
    assert building_hash("address", "Strada Mihai Eminescu 12") == ""
    assert building_hash("address", "Flat 3") == ""  # no building left once the flat is out
    assert building_hash("phone", "+31 612 345 678") == ""


def test_the_identity_service_stores_the_building_hash(subject):
    signal = identity_record(account=subject, kind="address", value="Kirchstr. 4, Whg. 2")
    assert signal.building_hash == hash_value("address", "Kirchstrasse 4")


def test_addresses_folded_in_the_portal_s_languages_and_neighbours_kept_apart():
    """Round 8: other languages' street and flat words, "nr"/"nº" before the house
    number, capitals and accents. Another flat or another house number stays apart,
    as do two street types ("Mill Road", "Mill Street")."""
    same = [
        ("Strada Mihai Eminescu 12, ap. 5", "STR. MIHAI EMINESCU NR 12 AP 5"),
        ("Calle de Alcalá 7, apto. 3", "C/ de Alcala nº 7, ap. 3"),
        ("Avenida da Liberdade 5", "Av. da Liberdade, n.º 5"),
        ("Kirchstraße 4, Wohnung 2", "Kirchstr. 4, Whg. 2"),
        ("ul. Długa 3 lok. 7", "Ulica Dluga 3, lok 7"),
        ("ул. Ленина, д. 5, кв. 12", "улица Ленина 5, квартира 12"),
        ("Atatürk Cad. No: 9 Daire 4", "ATATURK CADDESI NO 9 DAIRE 4"),
        ("Jl. Merdeka 17", "Jalan Merdeka No. 17"),
        ("Via Roma 3 int. 4", "via roma 3, interno 4"),
    ]
    for a, b in same:
        assert hash_value("address", a) == hash_value("address", b), (a, b)
    apart = [
        ("Strada Mihai Eminescu 12, ap. 5", "Strada Mihai Eminescu 12, ap. 6"),
        ("Strada Mihai Eminescu 12, ap. 5", "Strada Mihai Eminescu 5, ap. 12"),
        ("Calle de Alcalá 7", "Calle de Alcalá 17"),
        ("ул. Ленина, д. 5, кв. 12", "ул. Ленина, д. 5, кв. 21"),
        ("12 Mill Road", "12 Mill Street"),
        ("5 N Main St", "5 S Main St"),
    ]
    for a, b in apart:
        assert hash_value("address", a) != hash_value("address", b), (a, b)


def test_recording_a_value_again_widens_first_and_last_seen(subject):
    from datetime import timedelta

    from django.utils import timezone

    now = timezone.now()
    identity_record(account=subject, kind="device", value="Pixel-7 abc", seen_at=now)
    identity_record(account=subject, kind="device", value="pixel-7 ABC", seen_at=now - timedelta(days=3))
    identity_record(account=subject, kind="device", value="PIXEL-7 abc", seen_at=now + timedelta(days=1))
    signal = IdentitySignal.objects.get(account=subject)
    assert signal.first_seen == now - timedelta(days=3) and signal.last_seen == now + timedelta(days=1)


def test_a_new_identity_value_queues_incremental_detection(subject, django_capture_on_commit_callbacks):
    from django_tasks_db.models import DBTaskResult

    with django_capture_on_commit_callbacks(execute=True):
        signal = identity_record(account=subject, kind="device", value="shared-laptop")
    queued = DBTaskResult.objects.get()
    assert queued.task_path.endswith("detect_incremental") and queued.args_kwargs["args"] == ["identity", signal.pk]
    with django_capture_on_commit_callbacks(execute=True):
        identity_record(account=subject, kind="device", value="shared-laptop")
    assert DBTaskResult.objects.count() == 1  # seen again: nothing new to detect


def test_a_phone_with_its_country_code_in_brackets_is_the_same_phone():
    """Round 9: "(+45) 123-456789" is the number "+45 123456789" is; another number is not."""
    assert hash_value("phone", "(+45) 123-456789") == hash_value("phone", "+45 123456789")
    assert hash_value("phone", "(0045) 12 34 56 78") == hash_value("phone", "+45 12345678")
    assert hash_value("phone", "(+45) 123-456789") != hash_value("phone", "+45 123456780")


def test_a_vat_number_and_the_tax_number_without_its_country_prefix_are_one_value():
    """Round 9: "DK12345678" on one account, "12345678" on the other. The prefix goes
    only before a digit, and another number stays another value."""
    assert hash_value("tax_id", "DK12345678") == hash_value("tax_id", "12345678")
    assert hash_value("tax_id", "dk 1234 5678") == hash_value("tax_id", "12345678")
    assert hash_value("tax_id", "EL 094014201") == hash_value("tax_id", "094014201")  # Greece writes EL
    assert hash_value("tax_id", "DK12345678") != hash_value("tax_id", "DK12345679")
    assert hash_value("tax_id", "ATU12345678") != hash_value("tax_id", "12345678")  # U is part of the number
    assert hash_value("tax_id", "B12345678") != hash_value("tax_id", "12345678")  # a Spanish CIF's letter stays


def test_one_device_id_and_one_connection_written_as_systems_print_them_are_one_value():
    """Round 10: a device id is its letters and digits — a GUID with braces and upper
    case, without hyphens or as a URN is one device, a MAC address with colons, hyphens
    or dots one device, an IMEI with or without its check digit one phone; two IPv6
    addresses in one /64 (one household's network, the last 64 bits rotate) are one
    connection, an IPv4 address written as IPv6 or with a port is that IPv4 address.
    Other ids and addresses stay apart."""
    guid = "8f2a1b2c-1234-abcd-9876-0123456789ab"
    for written in ("{8F2A1B2C-1234-ABCD-9876-0123456789AB}", "8F2A1B2C1234ABCD98760123456789AB", f"urn:uuid:{guid}"):
        assert hash_value("device", written) == hash_value("device", guid)
    assert hash_value("device", "{8F2A1B2C-1234-ABCD-9876-0123456789AC}") != hash_value("device", guid)
    assert hash_value("device", "AA:BB:CC:DD:EE:0F") == hash_value("device", "aa-bb-cc-dd-ee-0f")
    assert hash_value("device", "aabb.ccdd.ee0f") == hash_value("device", "AA:BB:CC:DD:EE:0F")
    assert hash_value("device", "35-209900-176148-1") == hash_value("device", "35209900176148")
    assert hash_value("device", "laptop-1") != hash_value("device", "laptop-2")
    assert hash_value("ip", "2a02:1f:2e:3d:a1:b2:c3:d4") == hash_value("ip", "2a02:1f:2e:3d:9:8:7:6")
    assert hash_value("ip", "2a02:1f:2e:3e:a1:b2:c3:d4") != hash_value("ip", "2a02:1f:2e:3d:a1:b2:c3:d4")
    assert hash_value("ip", "::ffff:192.0.2.7") == hash_value("ip", "192.0.2.7") == hash_value("ip", "192.0.2.7:51234")
    assert hash_value("ip", "192.0.2.7") != hash_value("ip", "192.0.2.8")


def test_an_iban_and_the_national_account_number_and_a_wallet_under_one_inbox_are_one_value():
    """An IBAN with valid check digits is its national account number (what people
    write at home: a UK sort code and account, a German BLZ and Konto run together);
    a wallet named by an e-mail address keeps the inbox the address reaches. An IBAN
    one digit off, and another wallet address, stay apart."""
    assert hash_value("bank_account", "GB29 NWBK 6016 1331 9268 19") == hash_value("bank_account", "60-16-13 31926819")
    assert hash_value("bank_account", "DE89 3704 0044 0532 0130 00") == hash_value("bank_account", "370400440532013000")
    assert hash_value("bank_account", "GB29 NWBK 6016 1331 9268 18") != hash_value("bank_account", "601613 31926819")
    assert hash_value("payment_instrument", "PayPal: J.Smith@Gmail.Com") == hash_value(
        "payment_instrument", "paypal:jsmith+shop@googlemail.com"
    )
    assert hash_value("payment_instrument", "paypal:jsmith@gmail.com") != hash_value(
        "payment_instrument", "paypal:jsmith2@gmail.com"
    )
