from tests.mail import case, email_settings, mailgun, notice_email, sent_email, worker  # noqa: F401  (fixtures)
