"""A minimal Django project that runs django-helpdesk 2.6.1 (installed by setup.sh
into a scratch virtualenv outside the repository) for bench/email/side_by_side.py."""
