"""Editors see Wagtail's accessibility checker configured for WCAG 2.2 AA."""

import json
import re

from akc_site.wagtail_hooks import WCAG_22_AA_TAGS

# The userbar sits inside a <template>, so read its configuration from the markup directly.
CONFIGURATION = re.compile(r'<script id="checker-axe-configuration" type="application/json">(.*?)</script>', re.S)


def test_userbar_checker_runs_the_wcag_22_aa_rules(editor_client):
    match = CONFIGURATION.search(editor_client.get("/en/about/").content.decode())
    assert match, "the checker is in the userbar"
    assert json.loads(match.group(1))["options"]["runOnly"] == WCAG_22_AA_TAGS


def test_anonymous_visitors_get_no_userbar(client, db):
    assert b"wagtail-userbar" not in client.get("/en/about/").content
