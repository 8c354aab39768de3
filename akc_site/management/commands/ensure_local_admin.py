import os
import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

USERNAME = "admin"


class Command(BaseCommand):
    help = (
        "Create the local superuser 'admin' once. The password comes from AKC_ADMIN_PASSWORD, or is "
        "generated and printed this one time. An existing account is never changed."
    )

    def handle(self, *args, **options):
        User = get_user_model()
        if User.objects.filter(username=USERNAME).exists():
            self.stdout.write(f"The local admin account '{USERNAME}' already exists; left unchanged.")
            return
        password = os.environ.get("AKC_ADMIN_PASSWORD") or secrets.token_urlsafe(16)
        try:  # the validators of AUTH_PASSWORD_VALIDATORS, as for a password set in the admin
            validate_password(password, User(username=USERNAME))
        except ValidationError as error:
            raise CommandError(
                _("AKC_ADMIN_PASSWORD is refused, no account was created: %(problems)s")
                % {"problems": " ".join(error.messages)}
            ) from None
        User.objects.create_superuser(username=USERNAME, email="", password=password)
        if os.environ.get("AKC_ADMIN_PASSWORD"):
            self.stdout.write(self.style.SUCCESS(f"Created '{USERNAME}' with the password from AKC_ADMIN_PASSWORD."))
        else:
            self.stdout.write(
                self.style.WARNING(
                    f"Created '{USERNAME}' with the password: {password}\n"
                    "It is shown only now; keep it, or set AKC_ADMIN_PASSWORD before the first `make run`."
                )
            )
