"""The visitor's address for django-axes' lock-out, behind a configured number of trusted proxies.

Each proxy in front of the site (load balancer, CDN) appends the address it received the request
from to X-Forwarded-For, so with N trusted proxies the client is the N-th address from the right;
anything further left was written by the client and can be forged. With no trusted proxy (the
default) X-Forwarded-For is ignored and REMOTE_ADDR is the client. django-ipware parses and
validates the addresses; its `proxy_count` counts the proxies listed *in* the header, the last of
which is the one at REMOTE_ADDR, hence N - 1.
"""

from ipware.ip import get_client_ip

from django.conf import settings


def client_ip(request):
    remote_addr = request.META.get("REMOTE_ADDR")
    proxies = settings.AKC_TRUSTED_PROXY_COUNT
    if proxies <= 0:
        return remote_addr
    address, _routable = get_client_ip(
        request,
        proxy_order="left-most",
        proxy_count=proxies - 1,
        request_header_order=["HTTP_X_FORWARDED_FOR"],
        strict=False,
    )
    # No usable X-Forwarded-For (missing, malformed, fewer addresses than proxies): the request did
    # not come through every proxy, so the nearest peer is all we know.
    return address or remote_addr
