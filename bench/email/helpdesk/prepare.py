"""Configure helpdesk to import a local mail directory: the site's domain (used in
the links of the emails it sends) and one queue whose mailbox is ``--inbox``,
checked at every ``get_email`` run. Runs in the helpdesk virtualenv:

    HELPDESK_VENV/bin/python -m bench.email.helpdesk.prepare --inbox DIR --address trust@example.com
"""

import argparse
import os


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--inbox", required=True, help="The directory helpdesk reads (one message per file)")
    parser.add_argument("--address", required=True, help="The queue's email address (where questions are sent)")
    parser.add_argument("--title", default="Trust & Safety")
    parser.add_argument("--slug", default="support", help="Subject tags read [SLUG-<ticket id>]")
    args = parser.parse_args()

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.email.helpdesk.settings")
    import django

    django.setup()
    from django.contrib.sites.models import Site

    from helpdesk.models import Queue

    Site.objects.update_or_create(pk=1, defaults={"domain": "helpdesk.example", "name": "Helpdesk"})
    Queue.objects.update_or_create(
        slug=args.slug,
        defaults={
            "title": args.title,
            "email_address": args.address,
            "allow_email_submission": True,
            "email_box_type": "local",  # 2.6.1's reader for a directory of message files
            "email_box_local_dir": args.inbox,
            "email_box_interval": 0,  # every run reads the directory (the default waits 5 minutes)
            "logging_type": "none",
        },
    )


if __name__ == "__main__":
    main()
