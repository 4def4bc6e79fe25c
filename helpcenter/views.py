from __future__ import annotations

import re
import secrets
from itertools import groupby

from django.contrib import messages
from django.http import HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_POST

from core.network import client_ip

from .models import Article
from .selectors import article_helpful_counts, article_vote_for, articles_search, articles_visible
from .services import VoteError, article_vote

VISITOR_COOKIE = "hc_visitor"
VISITOR_COOKIE_AGE = 60 * 60 * 24 * 365 * 2
_VISITOR_ID = re.compile(r"^[0-9a-f]{32}$")


def _visitor_id(request) -> str:
    value = request.COOKIES.get(VISITOR_COOKIE, "")
    return value if _VISITOR_ID.match(value) else ""


@require_GET
def index(request):
    query = request.GET.get("q", "").strip()[:200]
    if query:
        results = list(articles_search(query, user=request.user))
        return render(request, "helpcenter/index.html", {"query": query, "results": results})
    # Categories in the order they are declared (the policy first), articles by position.
    order = {key: index for index, key in enumerate(Article.Category.values)}
    articles = sorted(articles_visible(request.user), key=lambda a: (order.get(a.category, 99), a.position, a.title))
    labels = dict(Article.Category.choices)
    categories = [
        {"key": key, "label": labels.get(key, key), "articles": list(items)}
        for key, items in groupby(articles, key=lambda a: a.category)
    ]
    return render(request, "helpcenter/index.html", {"query": "", "categories": categories})


@require_GET
def article_detail(request, slug: str):
    article = get_object_or_404(articles_visible(request.user), slug=slug)
    return render(
        request,
        "helpcenter/article.html",
        {
            "article": article,
            "counts": article_helpful_counts(article),
            "my_vote": article_vote_for(article, user=request.user, visitor_id=_visitor_id(request)),
        },
    )


@require_POST
def article_vote_view(request, slug: str):
    article = get_object_or_404(articles_visible(request.user), slug=slug)
    answer = request.POST.get("helpful")
    if answer not in ("yes", "no"):
        return HttpResponseBadRequest("Answer yes or no.")
    visitor_id = "" if request.user.is_authenticated else _visitor_id(request)
    new_visitor = not request.user.is_authenticated and not visitor_id
    if new_visitor:
        visitor_id = secrets.token_hex(16)
    try:
        article_vote(
            article=article,
            helpful=answer == "yes",
            user=request.user,
            visitor_id=visitor_id,
            address=client_ip(request),
        )
    except VoteError as exc:
        messages.warning(request, exc.message)
    else:
        messages.success(request, "Thanks — your answer helps us improve this article.")
    response = redirect(f"{article.get_absolute_url()}#helpful")
    if new_visitor:
        response.set_cookie(
            VISITOR_COOKIE,
            visitor_id,
            max_age=VISITOR_COOKIE_AGE,
            httponly=True,
            samesite="Lax",
            secure=request.is_secure(),
        )
    return response
