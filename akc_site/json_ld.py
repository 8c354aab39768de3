"""schema.org data as a JSON-LD `<script>` element: a data block, which the strict CSP allows."""

import json

from django.utils.html import format_html
from django.utils.safestring import mark_safe

# The characters that could end a <script> element or start a comment inside it.
JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def json_ld_script(data):
    payload = json.dumps(data, ensure_ascii=False).translate(JSON_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))  # noqa: S308 -- escaped above
