"""One reading of a thread for the text tests: what a reviewer would see flagged."""

from detection.detectors.feedback_extortion import THREAT_MIN
from detection.detectors.messages import read_thread
from detection.detectors.paid_feedback import OFFER_MIN


def reading(thread: list[str]) -> str:
    """ "offer", "threat", "both" or "quiet" for one sender's consecutive messages,
    read as the scan reads them."""
    f = read_thread(thread)
    offer, threat = f.offer_score >= OFFER_MIN, f.threat_score >= THREAT_MIN
    return "both" if offer and threat else "offer" if offer else "threat" if threat else "quiet"
