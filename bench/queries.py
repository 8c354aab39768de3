"""Each page's database queries and response size, with Django's test client on the bench database.

Run in a process with the server's settings and the page cache off. The first request of each
page warms the caches every page shares (menu, organisation, restricted paths) and creates the
image renditions it shows, as the benchmark's warm-up does for the server; the second is counted.
"""

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext


def measure_page(path, host):
    client = Client(HTTP_HOST=host)  # anonymous and cookie-less, like the load generator
    with CaptureQueriesContext(connection) as first:
        client.get(path)
    with CaptureQueriesContext(connection) as counted:
        response = client.get(path)
    return {
        "status": response.status_code,
        "queries": len(counted.captured_queries),
        "first_queries": len(first.captured_queries),
        "bytes": len(response.content),
        "content_type": response.get("Content-Type", ""),
    }


def measure_pages(paths, host="127.0.0.1"):
    return {path: measure_page(path, host) for path in paths}
