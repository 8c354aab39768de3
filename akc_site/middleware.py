"""The site's own middleware: the health checks (answered before anything checks the Host header),
Content-Security-Policy (strict for the public site, looser only where Wagtail's admin needs it) and
a limit on the Cookie header."""

from csp.middleware import CSPMiddleware

from django.conf import settings
from django.http import HttpResponse
from django.utils.translation import gettext as _

from akc_site import views

HEALTH_CHECKS = {"/healthz": views.healthz, "/readyz": views.readyz}


class HealthCheckMiddleware:
    """/healthz and /readyz for a load balancer, from any Host and over plain HTTP.

    A load balancer probes each app server at its own address (an IP, not an allowed host name) and
    often without TLS. These two paths are answered here, ahead of CommonMiddleware and everything
    else that validates the Host header; their answers depend on no header of the request. The SSL
    redirect skips them through SECURE_REDIRECT_EXEMPT. Every other path keeps both checks.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        check = HEALTH_CHECKS.get(request.path_info)
        return check(request) if check else self.get_response(request)


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
