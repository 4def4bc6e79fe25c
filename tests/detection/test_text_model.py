"""The learned text model: threats and offers in other languages and wordings,
split over messages, explained by the phrases that weighed most."""

import gzip
import json

import pytest

from detection import textmodel, training
from detection.detectors import feedback_extortion, paid_feedback
from detection.detectors.messages import read_text


@pytest.mark.parametrize(
    "body",
    [
        "Si no cambias tu reseña a 5 estrellas, abro una disputa y te pongo una estrella.",
        "Se você não me der cinco estrelas, vou deixar uma avaliação péssima.",
        "Mettez-moi 5 étoiles sinon je vous signale au support.",
        "Wenn Sie mir nicht fünf Sterne geben, schreibe ich eine vernichtende Bewertung.",
        "Поставьте мне 5 звёзд, иначе я напишу ужасный отзыв о вас.",
        "gimme 5* or ill trash ur ratin 2 1 star",
    ],
)
def test_threats_in_other_languages_read_as_threats(body):
    f = read_text(body)
    assert f.threat_score >= 0.7, body
    assert f.offer_score < 0.5


@pytest.mark.parametrize(
    "body",
    [
        "Te devuelvo 20 € si me dejas una reseña de cinco estrellas.",
        "Faço o próximo trabalho de graça se você me avaliar com 5 estrelas.",
        "Je vous rembourse 30 euros si vous changez votre avis en 5 étoiles.",
        "Wenn Sie mich mit 5 Sternen bewerten, erstatte ich Ihnen 20 €.",
        "Если поставите мне пять звезд, я верну вам 500 руб.",
        "ill refnd u $15 if u leave 5 strs",
    ],
)
def test_offers_in_other_languages_read_as_offers(body):
    f = read_text(body)
    assert f.offer_score >= 0.7, body
    assert f.threat_score < 0.5


@pytest.mark.parametrize(
    "body",
    [
        "Gracias por las cinco estrellas, fue un placer.",
        "Te mandé un bono de 20 € por el finde. Cuando puedas, una reseña sería genial.",
        "Je suis déçu de la qualité, je laisserai un avis sincère.",
        "Ich kann die Zahlung erst freigeben, wenn die Fehler behoben sind.",
        "Если что-то не так, скажите до отзыва, и я исправлю.",
        "If you're happy with the work, an honest review would mean a lot. No pressure.",
    ],
)
def test_honest_look_alikes_stay_below_an_offer_or_a_threat(body):
    f = read_text(body)
    assert f.offer_score < 0.7 and f.threat_score < 0.7, body


def test_the_model_names_the_phrases_that_weighed_most():
    a = textmodel.assess("Si no cambias tu reseña a 5 estrellas, te denuncio al soporte.")
    assert a.threat >= 0.8
    assert a.threat_phrases and all(
        p in textmodel.prepare("Si no cambias tu reseña a 5 estrellas, te denuncio al soporte.")
        for p in a.threat_phrases
    )


def test_an_extortion_split_over_two_messages_is_read_together_and_explained(market, detect):
    client, freelancer = market.account("Rosa", kind="client"), market.account("Tomás")
    c = market.job(client, freelancer, ratings=(None, None))
    first = market.message(c, client, "Quiero cinco estrellas en mi perfil antes del viernes.", days_ago=3)
    second = market.message(c, client, "Si no, mi opinión sobre ti va a ser durísima.", days_ago=2.9)
    market.message(c, freelancer, "Hola, ¿cómo estás?", days_ago=2.8)

    [finding] = detect(feedback_extortion)

    assert finding.accounts == (client.pk,)
    assert finding.score >= 0.7
    assert "The text model read it as a threat (" in finding.explanation
    assert "it names a bad rating + an ultimatum" in finding.explanation
    assert {("message", first.pk), ("message", second.pk)} <= {(e["type"], e["id"]) for e in finding.evidence}


def test_an_offer_split_over_two_messages_is_read_together(market, detect):
    client, freelancer = market.account("Client", kind="client"), market.account("Fiona")
    c = market.job(client, freelancer, ratings=(None, None))
    market.message(c, freelancer, "I can send you $20 back", days_ago=5)
    market.message(c, freelancer, "if the review says 5 stars", days_ago=4.99)

    [finding] = detect(paid_feedback)

    assert finding.accounts == (freelancer.pk,)
    assert "“I can send you $20 back if the review says 5 stars”" in finding.explanation


def test_messages_far_apart_are_not_read_together(market, detect):
    client, freelancer = market.account("Client", kind="client"), market.account("Gus")
    c = market.job(client, freelancer, ratings=(None, None))
    market.message(c, freelancer, "I can send you $20 back", days_ago=30)
    market.message(c, freelancer, "Thanks! Please leave a review if you were happy.", days_ago=5)
    assert detect(paid_feedback) == []


def test_the_shipped_weights_are_what_training_writes(tmp_path):
    """Reproducible: training on the recorded settings writes the same weights."""
    with gzip.open(textmodel.WEIGHTS, "rt", encoding="utf-8") as fh:
        shipped = json.load(fh)
    assert shipped["models"].keys() == {"offer", "threat"}
    items = training.examples(seed=shipped["seed"], per_language=60)
    again = training.examples(seed=shipped["seed"], per_language=60)
    assert [(e.text, e.label) for e in items] == [(e.text, e.label) for e in again]
    assert training.train(items, epochs=2) == training.train(again, epochs=2)
    assert {e.language for e in items} == {"en", "chat", "es", "pt", "fr", "de", "ru", "it", "pl"}


def test_training_reads_no_round3_holdout_thread():
    """The model learns from rounds 1-2 and round 3's odd half only; the even half
    stays a hold-out (bench/redteam/halves.py). One text per sender per thread."""

    def texts(name, keep=lambda thread: True):
        lines = (training.REDTEAM / name / "threads.jsonl").read_text(encoding="utf-8").splitlines()
        return sum(len({m["sender_role"] for m in t["messages"]}) for t in map(json.loads, lines) if keep(t))

    odd = texts("round3", lambda t: int(t["id"].rsplit("-", 1)[1]) % 2 == 1)
    items = training.redteam_examples()
    assert len(items) == texts("round1") + texts("round2") + odd
    assert {e.label for e in items} == {"offer", "threat", "honest"}
    with gzip.open(textmodel.WEIGHTS, "rt", encoding="utf-8") as fh:
        sources = json.load(fh)["sources"]
    assert "bench/redteam/round3/threads.jsonl (odd ids)" in sources
