from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property

from .validators import NAME_MAX, safe_display, validate_display_name


class UserManager(BaseUserManager["User"]):
    use_in_migrations = True

    def _create_user(self, email: str, password: str | None, **extra):
        if not email:
            raise ValueError("An email address is required")
        email = self.normalize_email(email).lower()
        user = self.model(email=email, **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email: str, password: str | None = None, **extra):
        extra.setdefault("is_staff", False)
        extra.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra)

    def create_superuser(self, email: str, password: str | None = None, **extra):
        extra["is_staff"] = True
        extra["is_superuser"] = True
        return self._create_user(email, password, **extra)


class User(AbstractBaseUser, PermissionsMixin):
    """A marketplace account (client, freelancer, agency) or a staff member.

    Marketplace accounts imported from the source platform keep its identifier in
    ``external_id``; staff accounts have no kind.
    """

    class Kind(models.TextChoices):
        CLIENT = "client", "Client"
        FREELANCER = "freelancer", "Freelancer"
        AGENCY = "agency", "Agency"

    email = models.EmailField(unique=True)
    name = models.CharField(max_length=NAME_MAX, blank=True, validators=[validate_display_name])
    kind = models.CharField(max_length=16, choices=Kind.choices, blank=True, db_index=True)
    country = models.CharField(max_length=2, blank=True, help_text="ISO 3166 alpha-2")
    external_id = models.CharField(max_length=64, unique=True, null=True, blank=True)
    is_staff = models.BooleanField(default=False)
    is_active = models.BooleanField(default=True)
    date_joined = models.DateTimeField(default=timezone.now)
    # Denormalised rating summary over *visible* feedback; kept by
    # feedback.services.rating_summary_refresh so profile pages stay one query.
    rating_count = models.PositiveIntegerField(default=0)
    rating_average = models.DecimalField(max_digits=3, decimal_places=2, null=True, blank=True)

    # Denormalised from enforcement.Restriction (kept by its services) so the
    # middleware can tell an unrestricted request apart with no extra query:
    # the strongest active level and the latest end (null: until resolved).
    restriction_level = models.CharField(max_length=16, blank=True)
    restriction_ends_at = models.DateTimeField(null=True, blank=True)

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    class Meta:
        ordering = ["email"]

    def __str__(self) -> str:
        return safe_display(self.name) or self.email

    def clean(self) -> None:
        super().clean()
        self.name = self.name.strip()

    @property
    def display_name(self) -> str:
        """The name as everyone sees it: one clean line, even for a name stored
        before names were validated (accounts.validators)."""
        return safe_display(self.name) or self.email.split("@")[0]

    @cached_property
    def role_names(self) -> frozenset[str]:
        """Staff role (group) names, read once per user object (one query)."""
        if not self.is_staff:
            return frozenset()
        return frozenset(self.groups.values_list("name", flat=True))

    def has_role(self, role: str) -> bool:
        return self.is_superuser or role in self.role_names

    @property
    def is_reviewer(self) -> bool:
        return self.is_staff and (
            self.has_role(Role.REVIEWER) or self.has_role(Role.SENIOR_REVIEWER) or self.has_role(Role.ADMIN)
        )

    @property
    def is_senior_reviewer(self) -> bool:
        return self.is_staff and (self.has_role(Role.SENIOR_REVIEWER) or self.has_role(Role.ADMIN))


class Role:
    """Staff roles are auth groups, created by migration 0002."""

    REVIEWER = "reviewer"
    SENIOR_REVIEWER = "senior reviewer"
    ADMIN = "admin"
    ALL = (REVIEWER, SENIOR_REVIEWER, ADMIN)


class Organization(models.Model):
    external_id = models.CharField(max_length=64, unique=True, null=True, blank=True)
    name = models.CharField(max_length=200)
    created_at = models.DateTimeField(default=timezone.now)
    members = models.ManyToManyField(User, through="Membership", related_name="organizations")

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Membership(models.Model):
    class Role(models.TextChoices):
        OWNER = "owner", "Owner"
        ADMIN = "admin", "Admin"
        HIRING_MANAGER = "hiring_manager", "Hiring manager"
        MEMBER = "member", "Member"

    # Roles that can steer a company's hiring: a conflict of interest when they
    # also work the company's contracts as the freelancer.
    CONTROLLING_ROLES = (Role.OWNER, Role.ADMIN, Role.HIRING_MANAGER)

    # No index of its own: membership_unique_account_per_org (organization, account) leads with it.
    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="memberships", db_index=False)
    account = models.ForeignKey(User, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(max_length=16, choices=Role.choices)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["organization", "account"], name="membership_unique_account_per_org")
        ]

    def __str__(self) -> str:
        return f"{self.account} — {self.get_role_display()} of {self.organization}"


class IdentitySignal(models.Model):
    """Something that ties an account to a person or place: a device, a card…

    The raw value is never stored: ``value_hash`` is an HMAC of the normalised value
    (see accounts.identity), so two accounts sharing a value can be linked without
    the portal holding the value itself.
    """

    class Kind(models.TextChoices):
        DEVICE = "device", "Device"
        IP = "ip", "IP address"
        PAYMENT_INSTRUMENT = "payment_instrument", "Payment instrument"
        PHONE = "phone", "Phone"
        BANK_ACCOUNT = "bank_account", "Bank account"
        TAX_ID = "tax_id", "Tax ID"
        ADDRESS = "address", "Address"

    # No index of its own: identity_unique_per_account (account, kind, value_hash) leads with it.
    account = models.ForeignKey(User, on_delete=models.CASCADE, related_name="identity_signals", db_index=False)
    kind = models.CharField(max_length=24, choices=Kind.choices)
    value_hash = models.CharField(max_length=64)
    # An address naming a flat: the hash of its building (the address without the
    # flat), compared only with flat-less addresses' value_hash (accounts.identity).
    building_hash = models.CharField(max_length=64, blank=True, default="")
    first_seen = models.DateTimeField(default=timezone.now)
    last_seen = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["account", "kind", "value_hash"], name="identity_unique_per_account")
        ]
        indexes = [models.Index(fields=["kind", "value_hash"], name="identity_kind_hash_idx")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.value_hash[:10]}… on {self.account_id}"
