"""The neighbourhood of some accounts drawn server-side as SVG.

Nodes are accounts (labelled with their name, or the local part of their email),
the subjects in the middle. Solid lines are work: contracts (an arrow points at
the freelancer) labelled with their count and the ratings exchanged; dashed red
lines are shared identity signals labelled with their *kind* (device, payment
instrument…) — never the value, which the portal does not hold anyway. Every piece
of text is escaped; the result is safe to insert with ``|safe``.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from itertools import batched

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Count, Q
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from accounts.models import IdentitySignal
from contracts.models import Contract
from feedback.models import Feedback

WIDTH, HEIGHT = 760, 560
CENTER = (WIDTH / 2, 262)
KIND_LABELS = {
    "payment_instrument": "card",
    "bank_account": "bank account",
    "tax_id": "tax id",
    "phone": "phone",
    "device": "device",
    "address": "address",
    "ip": "IP",
}


def _short(text: str, limit: int = 18) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _contract_neighbours(frontier: set[int]) -> Counter:
    found: Counter = Counter()
    frontier_list = sorted(frontier)
    for batch in batched(frontier_list, 500, strict=False):
        for client, freelancer in Contract.objects.filter(
            Q(client_id__in=batch) | Q(freelancer_id__in=batch)
        ).values_list("client_id", "freelancer_id"):
            if client in frontier:
                found[freelancer] += 1
            if freelancer in frontier:
                found[client] += 1
    return found


def _identity_neighbours(subjects: set[int]) -> Counter:
    cap = settings.DETECTION_IDENTITY_MAX_SHARE
    hashes = IdentitySignal.objects.filter(account_id__in=subjects).values("value_hash")
    shared = (
        IdentitySignal.objects.filter(value_hash__in=hashes)
        .values("value_hash")
        .annotate(n=Count("id"))
        .filter(n__gte=2, n__lte=cap)
        .values("value_hash")
    )
    found: Counter = Counter()
    for account in IdentitySignal.objects.filter(value_hash__in=shared).values_list("account_id", flat=True):
        if account not in subjects:
            found[account] += 1
    return found


def _pick_nodes(subjects: list[int], depth: int, max_nodes: int) -> list[int]:
    chosen = list(dict.fromkeys(subjects))
    seen = set(chosen)
    for account, _ in _identity_neighbours(seen).most_common(max(4, max_nodes // 3)):
        if len(chosen) >= max_nodes:
            break
        chosen.append(account)
        seen.add(account)
    frontier = set(subjects)
    for _ in range(max(1, depth)):
        ranked = _contract_neighbours(frontier)
        frontier = set()
        for account, _ in ranked.most_common():
            if len(chosen) >= max_nodes:
                break
            if account not in seen:
                chosen.append(account)
                seen.add(account)
                frontier.add(account)
        if not frontier:
            break
    return chosen


def _edges(nodes: list[int]):
    contracts: Counter = Counter()
    for client, freelancer in Contract.objects.filter(client_id__in=nodes, freelancer_id__in=nodes).values_list(
        "client_id", "freelancer_id"
    ):
        contracts[(client, freelancer)] += 1
    ratings: dict[tuple[int, int], list[int]] = defaultdict(list)
    for author, recipient, rating in Feedback.objects.filter(author_id__in=nodes, recipient_id__in=nodes).values_list(
        "author_id", "recipient_id", "rating"
    ):
        ratings[(author, recipient)].append(rating)
    by_value: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for account, kind, value_hash in IdentitySignal.objects.filter(account_id__in=nodes).values_list(
        "account_id", "kind", "value_hash"
    ):
        by_value[value_hash].append((account, kind))
    shared: dict[tuple[int, int], set[str]] = defaultdict(set)
    for users in by_value.values():
        accounts = sorted({a for a, _ in users})
        if len(accounts) < 2:
            continue
        for i, a in enumerate(accounts):
            for b in accounts[i + 1 :]:
                shared[(a, b)].add(users[0][1])
    return contracts, ratings, shared


def _layout(nodes: list[int], subjects: set[int], links: dict[int, set[int]]) -> dict[int, tuple[float, float]]:
    cx, cy = CENTER
    inner = [n for n in nodes if n in subjects]
    outer = [n for n in nodes if n not in subjects]
    pos: dict[int, tuple[float, float]] = {}
    if len(inner) == 1:
        pos[inner[0]] = (cx, cy)
    else:
        r = min(165, 70 + 22 * len(inner))
        for i, n in enumerate(inner):
            a = 2 * math.pi * i / len(inner) - math.pi / 2
            pos[n] = (cx + r * math.cos(a), cy + r * 0.72 * math.sin(a))

    def anchor_angle(n: int) -> float:
        linked = [s for s in links.get(n, ()) if s in pos]
        if not linked:
            return math.pi * 2
        x = sum(pos[s][0] for s in linked) / len(linked) - cx
        y = sum(pos[s][1] for s in linked) / len(linked) - cy
        return math.atan2(y, x) % (2 * math.pi) if (x or y) else 0.0

    outer.sort(key=lambda n: (anchor_angle(n), n))
    rx, ry = WIDTH / 2 - 70, 215
    for i, n in enumerate(outer):
        a = 2 * math.pi * i / max(1, len(outer)) - math.pi / 2 + (math.pi / max(1, len(outer)) if len(outer) > 1 else 0)
        pos[n] = (cx + rx * math.cos(a), cy + ry * math.sin(a))
    return pos


def _radius(n: int, subjects: set[int]) -> float:
    return 22 if n in subjects else 17


def _path(p1, p2, bend: float, *, trim_a: float, trim_b: float) -> tuple[str, tuple[float, float]]:
    """A straight or bent (quadratic) path from p1 to p2, shortened by the node radii
    so arrows stop at the circle; and the point where its label goes."""
    (x1, y1), (x2, y2) = p1, p2
    dx, dy = x2 - x1, y2 - y1
    dist = math.hypot(dx, dy) or 1.0
    mx, my = (x1 + x2) / 2, (y1 + y2) / 2
    if bend:
        # control point off the midpoint, on the side away from the picture's centre
        nx, ny = -dy / dist, dx / dist
        cx, cy = CENTER
        if (mx - cx) * nx + (my - cy) * ny < 0:
            nx, ny = -nx, -ny
        qx, qy = mx + nx * dist * bend, my + ny * dist * bend
    else:
        qx, qy = mx, my
    # trim along the tangent at each end
    ax, ay = qx - x1, qy - y1
    la = math.hypot(ax, ay) or 1.0
    bx, by = qx - x2, qy - y2
    lb = math.hypot(bx, by) or 1.0
    sx, sy = x1 + ax / la * trim_a, y1 + ay / la * trim_a
    ex, ey = x2 + bx / lb * trim_b, y2 + by / lb * trim_b
    label = (0.25 * x1 + 0.5 * qx + 0.25 * x2, 0.25 * y1 + 0.5 * qy + 0.25 * y2)
    return f"M{sx:.1f},{sy:.1f} Q{qx:.1f},{qy:.1f} {ex:.1f},{ey:.1f}", label


def _ratings_label(values: list[int]) -> str:
    counts = Counter(values)
    return " ".join(f"{r}★×{n}" if n > 1 else f"{r}★" for r, n in sorted(counts.items(), reverse=True))


def neighbourhood_svg(account_ids: Iterable[int], *, depth: int = 1, max_nodes: int = 30) -> SafeString:
    """SVG markup of the accounts, their contract partners (``depth`` hops) and the
    accounts they share identity values with; edges for contracts, feedback (with
    ratings) and shared identity signals (by kind)."""
    subjects = [int(a) for a in account_ids]
    if not subjects:
        return mark_safe("")
    nodes = _pick_nodes(subjects, depth, max_nodes)
    User = get_user_model()
    people = {
        pk: (name, email, kind)
        for pk, name, email, kind in User.objects.filter(pk__in=nodes).values_list("pk", "name", "email", "kind")
    }
    nodes = [n for n in nodes if n in people]
    subject_set = set(subjects) & set(nodes)
    contracts, ratings, shared = _edges(nodes)

    pairs: set[tuple[int, int]] = set()
    for a, b in list(contracts) + list(ratings):
        pairs.add((min(a, b), max(a, b)))
    links: dict[int, set[int]] = defaultdict(set)
    for a, b in pairs | set(shared):
        links[a].add(b)
        links[b].add(a)
    pos = _layout(nodes, subject_set, links)

    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="neighbourhood" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'width="{WIDTH}" height="{HEIGHT}" role="img" aria-label="Neighbourhood of the case subjects" '
        'font-family="system-ui, sans-serif" font-size="11">',
        "<defs>"
        '<marker id="nb-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" '
        'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#555"/></marker>'
        "</defs>",
        '<g class="edges">',
    ]
    label_style = 'paint-order="stroke" stroke="#fff" stroke-width="3" text-anchor="middle"'
    compact = len(pairs) > 14  # a crowded graph: short labels, subjects' edges only
    for a, b in sorted(pairs):
        ab, ba = contracts.get((a, b), 0), contracts.get((b, a), 0)
        n_contracts = ab + ba
        given = ratings.get((a, b), []) + ratings.get((b, a), [])
        parts = []
        if n_contracts:
            parts.append(f"{n_contracts} contract" + ("s" if n_contracts != 1 else ""))
        if given:
            parts.append(_ratings_label(given))
        label = " · ".join(parts)
        bend = 0.0 if (a in subject_set or b in subject_set) else 0.25  # outer pairs curve away from the centre
        d, (lx, ly) = _path(pos[a], pos[b], bend, trim_a=_radius(a, subject_set), trim_b=_radius(b, subject_set))
        markers = (' marker-end="url(#nb-arrow)"' if ab else "") + (' marker-start="url(#nb-arrow)"' if ba else "")
        shown = label
        if compact:
            shown = (f"{n_contracts} · " if n_contracts else "") + (_ratings_label(given) if given else "")
            if not (a in subject_set and b in subject_set):
                shown = ""
        title = f"{_name(people, a)} ↔ {_name(people, b)}: {label}"
        out.append(
            f'<g class="edge edge-work" data-a="{a}" data-b="{b}"><title>{escape(title)}</title>'
            f'<path d="{d}" fill="none" stroke="#555" stroke-width="{min(4.0, 1 + 0.5 * n_contracts):.1f}"{markers}/>'
            + (f'<text x="{lx:.1f}" y="{ly - 4:.1f}" {label_style} fill="#333">{escape(shown)}</text>' if shown else "")
            + "</g>"
        )
    for (a, b), kinds in sorted(shared.items()):
        label = ", ".join(sorted(KIND_LABELS.get(k, k) for k in kinds))
        # identity links curve to one side so they never hide a contract line
        d, (lx, ly) = _path(pos[a], pos[b], 0.3, trim_a=0, trim_b=0)
        out.append(
            f'<g class="edge edge-identity" data-a="{a}" data-b="{b}"><title>{escape(_name(people, a))} and '
            f"{escape(_name(people, b))} share: {escape(label)}</title>"
            f'<path d="{d}" fill="none" stroke="#c0392b" stroke-width="1.6" stroke-dasharray="5 4"/>'
            f'<text x="{lx:.1f}" y="{ly + 12:.1f}" {label_style} fill="#c0392b">{escape(label)}</text></g>'
        )
    out.append("</g>")
    out.append('<g class="nodes">')
    for n in nodes:
        x, y = pos[n]
        name, email, kind = people[n]
        is_subject = n in subject_set
        r = 20 if is_subject else 15
        fill = "#f5b041" if is_subject else {"client": "#85c1e9", "agency": "#bb8fce"}.get(kind, "#a9dfbf")
        label = _short(_name(people, n))
        tip = f"{_name(people, n)} ({kind or 'staff'}){' — subject' if is_subject else ''}"
        out.append(
            f'<g class="node{" node-subject" if is_subject else ""}" data-account="{n}"><title>{escape(tip)}</title>'
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r}" fill="{fill}" stroke="#333" stroke-width="'
            f'{2 if is_subject else 1}"/>'
            f'<text x="{x:.1f}" y="{y + r + 13:.1f}" {label_style} font-weight="{600 if is_subject else 400}">'
            f"{escape(label)}</text></g>"
        )
    out.append("</g>")
    legend_y = HEIGHT - 22
    out.append(
        f'<g class="legend" font-size="11"><circle cx="20" cy="{legend_y}" r="7" fill="#f5b041" stroke="#333"/>'
        f'<text x="32" y="{legend_y + 4}">subject</text>'
        f'<circle cx="100" cy="{legend_y}" r="7" fill="#85c1e9" stroke="#333"/>'
        f'<text x="112" y="{legend_y + 4}">client</text>'
        f'<circle cx="165" cy="{legend_y}" r="7" fill="#a9dfbf" stroke="#333"/>'
        f'<text x="177" y="{legend_y + 4}">freelancer</text>'
        f'<circle cx="250" cy="{legend_y}" r="7" fill="#bb8fce" stroke="#333"/>'
        f'<text x="262" y="{legend_y + 4}">agency</text>'
        f'<line x1="320" y1="{legend_y}" x2="350" y2="{legend_y}" stroke="#555" marker-end="url(#nb-arrow)"/>'
        f'<text x="356" y="{legend_y + 4}">hired (contracts, ratings)</text>'
        f'<line x1="520" y1="{legend_y}" x2="550" y2="{legend_y}" stroke="#c0392b" stroke-dasharray="5 4"/>'
        f'<text x="556" y="{legend_y + 4}">shared identity signal</text></g>'
    )
    out.append("</svg>")
    return mark_safe("".join(out))


def _name(people: dict, pk: int) -> str:
    name, email, _ = people[pk]
    return name or email.split("@")[0]
