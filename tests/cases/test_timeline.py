"""The timeline is append-only: the model refuses, and so does the database."""

import pytest
from django.db import DatabaseError, connection, transaction

from cases.models import CaseError, CaseEvent


def test_saving_an_existing_event_is_refused(case):
    event = case.events.first()
    event.body = "rewritten history"
    with pytest.raises(CaseError, match="cannot be changed"):
        event.save()


def test_deleting_an_event_is_refused(case):
    with pytest.raises(CaseError, match="cannot be deleted"):
        case.events.first().delete()


def test_queryset_update_is_refused_by_the_database(case):
    with pytest.raises(DatabaseError), transaction.atomic():
        CaseEvent.objects.filter(case=case).update(body="rewritten")
    assert case.events.first().body == "Shared card and device"


@pytest.mark.skipif(connection.vendor != "postgresql", reason="SQLite refuses deletes in the model and FK only")
def test_raw_sql_delete_is_refused_by_the_database(case):
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("DELETE FROM cases_caseevent WHERE case_id = %s", [case.pk])
    assert case.events.count() == 1
