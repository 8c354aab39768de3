"""The site's own middleware: Content-Security-Policy (strict for the public site, looser only where
Wagtail's admin needs it) and a limit on the Cookie header."""

from csp.middleware import CSPMiddleware

from django.conf import settings
from django.http import HttpResponse
from django.utils.translation import gettext as _


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        # Only the enforced policy: a report-only copy of it (with nowhere to report) told nobody anything.
        if not report_only and parts.config is None and request.path_info.startswith(settings.ADMIN_URL_PREFIXES):
            parts.config = settings.ADMIN_CONTENT_SECURITY_POLICY
        return parts


class RequestHeaderLimitMiddleware:
    """Refuse a request whose Cookie header is too large, before anything parses it.

    Python 3.11's cookie parser takes quadratic time on some values (CVE-2024-7592): a Cookie header
    of about 100 kB of quoted backslashes held a worker for 30 seconds, and the page cache reads
    cookies on every GET. This middleware comes first in MIDDLEWARE, so nothing has read
    `request.COOKIES` yet. Servers merge repeated Cookie headers into one value (gunicorn joins them
    with commas), so the limit applies to all of them together; gunicorn.conf.py caps the number and
    size of header fields before Django sees them.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if len(request.META.get("HTTP_COOKIE", "")) > settings.MAX_COOKIE_HEADER_BYTES:
            return HttpResponse(
                _("The request's cookies are too large. Clear this site's cookies and try again."),
                status=431,
                content_type="text/plain; charset=utf-8",
            )
        return self.get_response(request)
