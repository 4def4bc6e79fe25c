from __future__ import annotations

from django import template

from detection.selectors import signal_cards as _signal_cards

register = template.Library()


@register.simple_tag
def signal_cards(signals):
    """``{% signal_cards signals as cards %}``: signals with readable evidence."""
    return _signal_cards(signals or [])
