"""The neighbourhood graph drawn server-side: accounts as nodes, edges for
contracts, feedback (with ratings) and shared identity signals (by kind, never
the value), every name escaped."""

import re
import xml.dom.minidom

from django.template.loader import render_to_string

from detection import services
from detection.models import Signal
from detection.selectors import neighbourhood_svg


def test_the_graph_shows_accounts_contracts_ratings_and_shared_identity(market):
    sid = market.account("Sid Suspended")
    puppet = market.account("Sam Dias", kind="client")
    honest = market.account("Hana Honest", kind="client")
    market.identity("payment_instrument", "4000 0566 5566 5556", sid, puppet)
    market.job(puppet, sid, ratings=(5, 5))
    market.job(puppet, sid, ratings=(5, 4))
    market.job(honest, sid, ratings=(3, None))

    svg = neighbourhood_svg([sid.pk])

    xml.dom.minidom.parseString(svg)  # well-formed
    assert svg.startswith("<svg") and svg.endswith("</svg>")
    for name in ("Sid Suspended", "Sam Dias", "Hana Honest"):
        assert f">{name}</text>" in svg
    assert f'class="node node-subject" data-account="{sid.pk}"' in svg
    assert "2 contracts · 5★×3 4★" in svg
    assert "1 contract · 3★" in svg
    assert 'class="edge edge-identity"' in svg and ">card</text>" in svg
    assert "4000" not in svg


def test_names_are_escaped_and_email_local_parts_stand_in_for_missing_names(market):
    evil = market.account('<script>alert("x")</script>')
    nameless = market.account("", email="no.name@example.com")
    market.job(nameless, evil)
    svg = neighbourhood_svg([evil.pk])
    assert "<script>" not in svg
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/scr" in svg
    assert ">no.name</text>" in svg
    xml.dom.minidom.parseString(svg)


def test_depth_two_reaches_partners_of_partners(market):
    a, b, c = market.account("A"), market.account("B", kind="client"), market.account("C")
    market.job(b, a)
    market.job(b, c)
    assert ">C</text>" not in neighbourhood_svg([a.pk])
    assert ">C</text>" in neighbourhood_svg([a.pk], depth=2)


def test_the_signals_fragment_renders_explanation_score_and_readable_evidence(market):
    client, freelancer = market.account("Cleo", kind="client"), market.account("Finn <b>")
    contract = market.job(client, freelancer, ratings=(None, None))
    market.message(contract, client, "I'll send you a $50 bonus if you leave me a 5 star review")
    services.scan_full(route=False)
    html = render_to_string("detection/signals.html", {"signals": Signal.objects.all()})
    assert "<strong>Paid feedback</strong> · score 0.90" in html
    assert "Cleo offered Finn &lt;b&gt; a bonus ($50) in exchange for feedback" in html
    assert "Message from Cleo to Finn &lt;b&gt;" in html
    assert "I&#x27;ll send you a $50 bonus" in html
    assert re.search(r"Evidence \(1\)", html)
