"""A request id on every log line of a request, and on its response.

The load balancer's `X-Request-ID` is kept when it looks like one (letters, digits, `-`, `_`, `.`,
at most 64 characters), so one id follows a request through every hop; otherwise a new one is made.
The id is set for the whole request (a context variable, so threads and async code keep theirs apart)
and returned in the response's `X-Request-ID`. Lines logged outside a request carry `-`.
"""

import contextvars
import logging
import re
import time
import uuid

from pythonjsonlogger.json import JsonFormatter

from django.core.signals import request_finished
from django.dispatch import receiver

HEADER = "X-Request-ID"
VALID_ID = re.compile(r"[A-Za-z0-9._-]{1,64}")

request_id = contextvars.ContextVar("request_id", default="-")


def incoming_or_new(value):
    return value if value and VALID_ID.fullmatch(value) else uuid.uuid4().hex


class RequestIdMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.id = incoming_or_new(request.META.get("HTTP_X_REQUEST_ID", ""))
        # Kept until the request is finished: Django logs an error response (django.request) only
        # after the middleware has returned it.
        request_id.set(request.id)
        response = self.get_response(request)
        response[HEADER] = request.id
        return response


@receiver(request_finished)
def forget_request_id(sender, **kwargs):
    request_id.set("-")


class RequestIdFilter(logging.Filter):
    def filter(self, record):
        if not hasattr(record, "request_id"):
            record.request_id = request_id.get()
        return True


class UTCFormatter(logging.Formatter):
    """ISO 8601 times in UTC with milliseconds: 2026-12-02T17:45:03.120Z."""

    converter = time.gmtime

    def formatTime(self, record, datefmt=None):
        return time.strftime("%Y-%m-%dT%H:%M:%S", self.converter(record.created)) + f".{int(record.msecs):03d}Z"

    def format(self, record):
        # A traceback stays on its event's line (newlines written as \n), so one line is one event.
        return super().format(record).replace("\n", "\\n")


class JSONFormatter(JsonFormatter):
    """One JSON object a line: time, level, logger, request_id, message (and exc_info when there is one)."""

    formatTime = UTCFormatter.formatTime
    converter = time.gmtime
