"""Content-Security-Policy: strict for the public site, looser only where Wagtail's admin needs it.

And the health checks, answered before anything checks the Host header.
"""

from csp.middleware import CSPMiddleware

from django.conf import settings

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
        if parts.config is None and request.path_info.startswith(settings.ADMIN_URL_PREFIXES):
            parts.config = settings.ADMIN_CONTENT_SECURITY_POLICY
        return parts
