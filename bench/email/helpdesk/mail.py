"""The mail backend for the helpdesk side: helpdesk sends its acknowledgements
synchronously while importing mail, so each message is rendered to bytes (the
work an SMTP backend does before it talks to a server) and then dropped, or
written to ``capture_dir`` as an .eml file when one is given (seeding reads those
to learn the subject and Message-ID a user replies to)."""

from pathlib import Path

from django.core.mail.backends.base import BaseEmailBackend


class RenderOnlyBackend(BaseEmailBackend):
    def __init__(self, *args, capture_dir: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self.capture_dir = Path(capture_dir) if capture_dir else None

    def send_messages(self, email_messages):
        sent = 0
        for message in email_messages:
            raw = message.message().as_bytes()
            if self.capture_dir is not None:
                self.capture_dir.mkdir(parents=True, exist_ok=True)
                count = sum(1 for _ in self.capture_dir.iterdir())
                (self.capture_dir / f"{count:06d}.eml").write_bytes(raw)
            sent += 1
        return sent
