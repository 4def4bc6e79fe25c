"""``<id:pk>``: the URL converter for every database id in every URLconf.

Django's ``<int:…>`` takes any number of digits; an id beyond what the database's
integer columns hold then reaches the ORM and, depending on the query, answers a 500
("Python int too large to convert to SQLite INTEGER"). An id out of that range
cannot name a row, so it simply does not match: a 404 like any missing object.
Registered as ``id`` in ``CoreConfig.ready``.
"""

from __future__ import annotations

# The largest value a BigAutoField (every id here) holds, on every database we run on.
MAX_ID = 2**63 - 1


def id_in_range(value: int) -> bool:
    return 1 <= value <= MAX_ID


class IdConverter:
    regex = "[0-9]{1,19}"

    def to_python(self, value: str) -> int:
        number = int(value)
        if not id_in_range(number):
            raise ValueError(f"{value} is not a database id")  # no match: 404
        return number

    def to_url(self, value) -> str:
        return str(int(value))
