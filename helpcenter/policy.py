# ruff: noqa: E501 - article prose: one paragraph per line reads better than wrapped strings
"""The policy articles that notices and error pages link to, by slug.

A data migration creates them so they exist on every installation, and the demo
seed calls the same function. Existing articles are never overwritten: once an
article is in the database, the help-centre editors own its wording.
"""

from __future__ import annotations

FEEDBACK_BUILDING = "feedback-building"
AFTER_A_SUSPENSION = "after-a-suspension"
HOW_TO_APPEAL = "how-to-appeal"
REPORT_ABUSE = "report-abuse"
HONEST_FEEDBACK = "honest-feedback"
PERMANENT_BLOCKS = "permanent-blocks"

POLICY_SLUGS = (FEEDBACK_BUILDING, AFTER_A_SUSPENSION, HOW_TO_APPEAL, REPORT_ABUSE, HONEST_FEEDBACK, PERMANENT_BLOCKS)

# In creation order (new ones last, so existing installations keep their ids); the
# help centre lists them by category and position.
POLICY_ARTICLES: list[dict] = [
    {
        "slug": FEEDBACK_BUILDING,
        "title": "Feedback building: what it is and why we act on it",
        "category": "feedback",
        "position": 10,
        "summary": "Feedback has to come from real work. Here is what counts as manipulating it, with examples.",
        "body": """\
Clients choose freelancers, and freelancers choose clients, by reading the feedback other people left. That only works if every rating describes a real piece of work, paid for at a real price, by someone who had no reason to say anything but the truth.

**Feedback building** is any attempt to collect ratings that were not earned that way. It makes an account look more experienced or more trusted than it is, and it pushes honest members down the search results. We treat it as a serious breach of the terms of service, whoever started it.

## The forms it takes

### Hiring yourself
One person runs both sides of a contract: a client account and a freelancer account that they control. They pay themselves, then praise themselves. Signs we look at include the same device, card, bank account, phone number or address on both accounts.

*Example:* a freelancer opens a second, client account with a relative's email, posts a small job, hires their own freelancer account and leaves a five-star review.

### Fake jobs and feedback rings
Friends, colleagues or a group of strangers agree to run jobs that involve no real work, only so that each side can rate the other. The contracts tend to be small, short and repeated, and the same accounts keep rating one another.

*Example:* four freelancers take turns hiring each other for a ten-dollar "logo check" every week, and every contract ends with a perfect score in both directions.

### Conflicts of interest
Someone who runs or hires for a client company (an owner, an admin, a hiring manager) also works that company's contracts as the freelancer, and the two sides rate each other.

*Example:* a company's hiring manager hires their own freelancer profile through the company account and the company leaves it glowing feedback.

### Paying for feedback
Money, a refund, a bonus, a discount or extra free work is offered or given in exchange for a good rating, or for changing or removing a bad one.

*Examples:* "I'll refund half the price if you give me five stars." "Leave a great review and I'll add two more pages for free."

### Threatening negative feedback
One side threatens a bad rating, or threatens to stop sending work, unless the other side promises a good one or gives something extra.

*Example:* "Give me five stars first, or I'll leave you one star and tell other clients to avoid you."

## What we do when we find it

We look at the accounts, the contracts, the payments and the messages involved, and a person on our review team decides. Depending on what happened and on the account's history, the outcome can be:

- no violation, and nothing changes;
- a warning with an explanation, usually for a first, minor case;
- a request for more information before we decide;
- removal of the feedback that was not earned (the rating no longer counts towards the profile);
- a suspension, either until a date or until the review is finished (a suspension of more than a month needs a senior reviewer's approval, and none lasts more than a year);
- a [permanent block](/help/articles/permanent-blocks/), for serious or repeated cases, always confirmed by a senior reviewer.

We tell you what we decided and why in [My Requests](/help/requests/) and by email. If you disagree, you can [appeal](/help/articles/how-to-appeal/).

## How to stay clear of it

- Only rate contracts you actually worked on, for what actually happened.
- Never offer or accept anything in return for a rating.
- If someone asks you to, say no and [report it](/help/articles/report-abuse/). Being asked is not a violation; agreeing is.
- Read [how to ask for feedback the right way](/help/articles/honest-feedback/).
""",
    },
    {
        "slug": AFTER_A_SUSPENSION,
        "title": "What happens after a suspension",
        "category": "account",
        "position": 10,
        "summary": "What is paused, what keeps working, how long it lasts and how it ends.",
        "body": """\
A suspension pauses some of what your account can do while a decision about feedback building applies to it. It does not close your account, and it does not erase your history.

## What is paused

The notice we sent you, and the banner at the top of every page while you are signed in, say exactly which actions are paused for your account. Depending on how serious the case is, they can include:

- leaving feedback and sending proposals (paused at every level of restriction);
- sending messages, hiring, posting jobs, paying bonuses, editing your profile and requesting a withdrawal (paused from a suspension upwards);
- ending contracts (paused only for a permanently blocked account).

Paying for work already done on your existing contracts (fixed-price, hourly and milestone payments) is never paused: the person on the other side did nothing wrong and is paid for their work. New contracts and new bonuses are what a restriction stops.

Buttons for paused actions are greyed out, hidden, or lead to a page that explains why. If you try one anyway, we refuse it and tell you the reason.

## What keeps working

- You can sign in and read everything: your contracts, your messages, your feedback and your profile.
- **My Requests** (Help › My Requests) stays open. You can read every notice about your account there and reply to the review team.
- You can [appeal the decision](/help/articles/how-to-appeal/).
- You can still [report abuse](/help/articles/report-abuse/) aimed at you.

## How long it lasts

There are two kinds of suspension, and your notice says which one applies:

- **Until a date.** The suspension ends on its own at the date and time shown. You don't need to do anything: the banner disappears and the paused actions come back.
- **Until resolved.** The suspension lasts while the review team looks at your case, and ends when the review is closed. It has a latest end date too, shown on your notice and on the banner: if the review takes longer, the suspension ends then anyway. Answering our questions in My Requests quickly is the best way to shorten it.

A **permanent block** is different: it is used for serious or repeated cases, it has no end date, and a senior reviewer has to confirm it before it applies. It can still be appealed. Read [what a permanent block means](/help/articles/permanent-blocks/).

## If it ends early

If an appeal is upheld in your favour, or a reviewer lifts the restriction, everything paused comes back straight away and we send you a notice. If feedback was removed and the decision is overturned, that feedback is restored to your profile.

## Afterwards

A decision leaves a record on the account for a while. If feedback building happens again, the next decision is likely to be stricter. Read [what counts as feedback building](/help/articles/feedback-building/) so that it doesn't.
""",
    },
    {
        "slug": HOW_TO_APPEAL,
        "title": "How to appeal a decision",
        "category": "account",
        "position": 20,
        "summary": "You have 30 days and one appeal per decision. Send it from My Requests.",
        "body": """\
If you think we got a decision about your account wrong, you can ask us to look at it again. An appeal is read by our review team together with everything we already have on the case.

## Who can appeal, and when

- You can appeal any decision that found a violation: a warning, removed feedback, a suspension or a permanent block.
- You have **30 days** from the date of the decision. After that, the appeal option closes.
- You can appeal **once** per decision, so put everything you want us to consider into that one appeal.

## How to send it

Go to Help › [My Requests](/help/requests/), open the request about the decision and choose *Appeal this decision*. Write your statement and send it. The decision email links straight to that page.

If you reply to the decision email instead, your reply reaches the review team as a message on your case, not as an appeal. A reviewer who reads it as an appeal can open it as one for you, with your words as the statement, as long as you wrote within the 30 days; but the sure way is the *Appeal this decision* button in My Requests.

## What to write

Tell us, in your own words, why the decision is wrong. The most useful appeals:

- explain what the work was and who it was for;
- point to anything we may have missed, such as the real files delivered or how you came to share a device or a card with another account;
- stay with the facts of this case.

You don't need a lawyer or a template. Please don't send passwords or full card numbers.

## What happens next

We confirm that we received your appeal in My Requests. A reviewer then looks at the decision again and either:

- **upholds** it: the decision stays as it is;
- **modifies** it: for example, a shorter suspension or a warning instead;
- **overturns** it: the restriction is lifted and any feedback we removed is put back.

While the appeal is open, the original decision keeps applying. We tell you the result, with our reasons, in My Requests and by email. The answer to an appeal is final.
""",
    },
    {
        "slug": REPORT_ABUSE,
        "title": "How to report feedback abuse",
        "category": "safety",
        "position": 10,
        "summary": "If someone offers you something for a rating, threatens you with one or asks for a fake job, tell us.",
        "body": """\
You can report another member when they try to manipulate feedback with you. Reports are one of the most useful ways we find feedback building, and being the person who was asked never counts against you.

## What to report

- **An offer for feedback:** payment, a refund, a bonus or free work in exchange for a good rating, or for changing a bad one.
- **A threat:** a bad rating, or no more work, unless you promise a good rating or give something extra.
- **A fake job or self-hire:** a request to run a job with no real work, to swap ratings, or to hire an account that belongs to the same person.
- **Something else** about feedback that doesn't look right to you.

## How to report

1. Open the contract, the message or the profile of the person concerned.
2. Choose **Report**.
3. Pick the reason that fits best and describe what happened in your own words: what was said or offered, and when.
4. Send the report.

When you report from a contract or a message, the report points us to it, so you don't have to copy anything. Please don't reply to threats in kind: leave the rating you would have left anyway, or none.

## What happens next

- We confirm the report straight away, and it appears in Help › [My Requests](/help/requests/) with its status: **received**, **under review** or **reviewed**.
- A member of our review team looks at it together with anything else we know about the account.
- We never show your report or your name to the person you reported.
- When the review is finished we tell you whether we took action or found no violation. For privacy reasons we never say what we decided about another member's account.
- A reviewer may write to you with a question about your report; you read it in the report's thread in My Requests and by email.

## Limits

To keep reporting useful for everyone, you can't report the same person for the same reason again while your first report is still open, and there is a daily limit on the number of reports one account can send. Reporting someone only to hurt their standing is itself a breach of the terms of service.

If you are ever in danger, contact your local emergency services first.
""",
    },
    {
        "slug": HONEST_FEEDBACK,
        "title": "Asking for feedback the right way",
        "category": "feedback",
        "position": 20,
        "summary": "It is fine to ask for a review. It is not fine to ask for a particular score or to offer anything for one.",
        "body": """\
Good feedback helps you win the next contract, so it is natural to want it. Asking for it is allowed; trying to control what it says is not.

## Fine

- Reminding the other side, once the work is done, that they can leave feedback.
- Asking them to mention something specific they valued, if they want to.
- Answering a critical review politely in your public reply.
- Doing more good work: it is the only way to earn better ratings.

## Not fine

- Asking for a specific score ("please make it five stars").
- Offering a refund, a discount, a bonus or extra work in return for a rating, or for changing one.
- Making a rating a condition of delivering the work, paying, or hiring again.
- Holding back your own rating to pressure the other side.
- Rating a contract where no real work happened.

If the other side does any of these, you can [report it](/help/articles/report-abuse/). You can read more about [what we treat as feedback building](/help/articles/feedback-building/).
""",
    },
    {
        "slug": PERMANENT_BLOCKS,
        "title": "What a permanent block means",
        "category": "account",
        "position": 15,
        "summary": "A permanent block ends your use of the marketplace. What still works, how to appeal, and why we use it.",
        "body": """\
A permanent block is the strongest decision we take about feedback building. We use it for serious schemes (for example running both sides of contracts, or organising a ring of fake jobs) and for accounts that carry on after earlier decisions. Before a block applies, a second, senior reviewer checks the decision: one person alone can never block an account.

## What stops

From the moment the block applies, and with no end date:

- you can't offer work, send proposals, hire, post jobs, pay bonuses, send messages, edit your profile or leave feedback;
- you can't end contracts or request a withdrawal;

## What keeps working

- You can still sign in and read your contracts, messages, payments and feedback.
- **Paying for work already done keeps working.** If you are the client on an existing contract, you can still release fixed-price, hourly and milestone payments for that work: the freelancer on the other side did nothing wrong. New contracts and bonuses stay blocked.
- Help › [My Requests](/help/requests/) stays open: you can read the decision and our reasons, and reply to the review team.

## Appealing

You can appeal a permanent block once, within 30 days of the decision, from My Requests (a reply to our email reaches us as a message, not as an appeal). A reviewer who took no part in the decision reads your appeal, and a senior reviewer confirms any change. Tell us what we may have missed: the real work behind the contracts, or why two accounts share a device or a card. Read [how to appeal](/help/articles/how-to-appeal/).

If the appeal succeeds, the block is lifted at once, any feedback we hid is restored, and the decision no longer counts against the account.

## Money you earned

A block does not take away money you earned for work you delivered. Write to us in My Requests about anything still in your balance, and we will tell you what happens to it.

## Why there is no end date

A suspension pauses an account while a problem is put right. A block is for cases where we no longer trust the account with other members' money and reputation. If you open a new account to get around a block, that account is blocked too.
""",
    },
]


def policy_articles_ensure(article_model) -> int:
    """Create any missing policy article; return how many were created.

    Takes the model class so a data migration can pass its historical model.
    """
    created = 0
    for data in POLICY_ARTICLES:
        _, was_created = article_model.objects.get_or_create(
            slug=data["slug"],
            defaults={key: value for key, value in data.items() if key != "slug"} | {"is_published": True},
        )
        created += int(was_created)
    return created
