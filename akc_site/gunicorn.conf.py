"""gunicorn settings for production: `gunicorn -c akc_site/gunicorn.conf.py akc_site.wsgi`.

Every value can be overridden from the environment, so the same file serves a small VM and a
large container host.
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "0.0.0.0:8000")
# The usual rule of thumb for synchronous workers: two per core, plus one.
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 30
keepalive = 5
# Recycle workers now and then so a slow leak can never take a server down, but rarely: a new
# worker costs about a second of CPU (imports, first renders), and at 2,000 requests a worker
# serving cached pages was replaced every few seconds and lost half its throughput (make bench).
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "50000"))
max_requests_jitter = max_requests // 10
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-")
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
# Trust X-Forwarded-* only from the load balancer's addresses.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
# Refuse hostile requests before Django sees them: at most 50 header fields of 8 kB each, and a
# request line of 4 kB (gunicorn answers 400). The Cookie header has its own, smaller limit in
# akc_site/middleware.py, since repeated Cookie headers are joined into one value.
limit_request_fields = 50
limit_request_field_size = 8190
limit_request_line = 4094
