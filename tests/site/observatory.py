"""Score HTTP response headers the way the MDN HTTP Observatory does (its published tests and modifiers).

https://developer.mozilla.org/en-US/observatory/docs/tests_and_scoring — the score starts at 100,
each test adds its modifier, and bonuses count only when the score without them is at least 90.
A+ is 100 or more. Only what one response (plus its HTTP redirect and its cookies) can show is scored.
"""

from dataclasses import dataclass, field

SIX_MONTHS = 15_552_000
PRIVATE_REFERRER_POLICIES = {"no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin"}
UNSAFE_REFERRER_POLICIES = {"origin", "origin-when-cross-origin", "unsafe-url"}


@dataclass
class Score:
    results: dict = field(default_factory=dict)

    def add(self, test, outcome, modifier):
        self.results[test] = (outcome, modifier)

    @property
    def total(self):
        penalties = sum(modifier for _outcome, modifier in self.results.values() if modifier < 0)
        bonuses = sum(modifier for _outcome, modifier in self.results.values() if modifier > 0)
        base = 100 + penalties
        return base + bonuses if base >= 90 else base


def parse_csp(header):
    directives = {}
    for part in header.split(";"):
        words = part.split()
        if words:
            directives.setdefault(words[0].lower(), [word.lower() for word in words[1:]])
    return directives


def score_csp(score, headers):
    header = headers.get("Content-Security-Policy")
    if not header:
        return score.add("content-security-policy", "csp-not-implemented", -25)
    csp = parse_csp(header)
    scripts = csp.get("script-src", csp.get("default-src", []))
    styles = csp.get("style-src", csp.get("default-src", []))
    if "'unsafe-inline'" in scripts or "data:" in scripts or "*" in scripts or "http:" in scripts:
        return score.add("content-security-policy", "csp-implemented-with-unsafe-inline", -20)
    if "'unsafe-eval'" in scripts:
        return score.add("content-security-policy", "csp-implemented-with-unsafe-eval", -10)
    if "'unsafe-inline'" in styles:
        return score.add("content-security-policy", "csp-implemented-with-unsafe-inline-in-style-src-only", 0)
    if csp.get("default-src") == ["'none'"]:
        return score.add("content-security-policy", "csp-implemented-with-no-unsafe-default-src-none", 10)
    return score.add("content-security-policy", "csp-implemented-with-no-unsafe", 0)


def score_cookies(score, cookies, session_cookie_names):
    if not cookies:
        return score.add("cookies", "cookies-not-found", 0)
    if any(not morsel["secure"] for morsel in cookies.values()):
        return score.add("cookies", "cookies-without-secure-flag", -20)
    sessions = [morsel for name, morsel in cookies.items() if name in session_cookie_names]
    if any(not morsel["httponly"] for morsel in sessions):
        return score.add("cookies", "cookies-session-without-httponly-flag", -30)
    if all(morsel["samesite"] for morsel in cookies.values()):
        return score.add("cookies", "cookies-secure-with-httponly-sessions-and-samesite", 5)
    return score.add("cookies", "cookies-secure-with-httponly-sessions", 0)


def score_hsts(score, headers):
    header = headers.get("Strict-Transport-Security", "")
    parts = {part.strip().split("=")[0].lower(): part.strip() for part in header.split(";") if part.strip()}
    if "max-age" not in parts:
        return score.add("strict-transport-security", "hsts-not-implemented", -20)
    max_age = int(parts["max-age"].split("=")[1])
    if max_age < SIX_MONTHS:
        return score.add("strict-transport-security", "hsts-implemented-max-age-less-than-six-months", -10)
    # The +5 for "preloaded" needs the domain on the browsers' preload list, which one response cannot show.
    return score.add("strict-transport-security", "hsts-implemented-max-age-at-least-six-months", 0)


def score_referrer(score, headers):
    policy = headers.get("Referrer-Policy", "").split(",")[-1].strip().lower()
    if not policy:
        return score.add("referrer-policy", "referrer-policy-not-implemented", 0)
    if policy in PRIVATE_REFERRER_POLICIES:
        return score.add("referrer-policy", "referrer-policy-private", 5)
    if policy in UNSAFE_REFERRER_POLICIES:
        return score.add("referrer-policy", "referrer-policy-unsafe", -5)
    return score.add("referrer-policy", "referrer-policy-headers-invalid", -5)


def score_frames(score, headers):
    csp = parse_csp(headers.get("Content-Security-Policy", ""))
    if csp.get("frame-ancestors") in (["'none'"], ["'self'"]):
        return score.add("x-frame-options", "x-frame-options-implemented-via-csp", 5)
    if headers.get("X-Frame-Options", "").upper() in ("DENY", "SAMEORIGIN"):
        return score.add("x-frame-options", "x-frame-options-sameorigin-or-deny", 0)
    return score.add("x-frame-options", "x-frame-options-not-implemented", -20)


def score_response(response, redirect=None, cookies=None, session_cookie_names=("sessionid",)):
    """Score a page's response; `redirect` is the answer to the same URL over plain HTTP."""
    headers = response.headers
    score = Score()
    score_csp(score, headers)
    score_cookies(score, cookies or {}, session_cookie_names)
    if headers.get("Access-Control-Allow-Origin") == "*":
        score.add(
            "cross-origin-resource-sharing", "cross-origin-resource-sharing-implemented-with-universal-access", -50
        )
    else:
        score.add("cross-origin-resource-sharing", "cross-origin-resource-sharing-not-implemented", 0)
    if redirect is None or redirect.status_code not in (301, 302, 307, 308):
        score.add("redirection", "redirection-missing", -20)
    elif not redirect["Location"].startswith("https://"):
        score.add("redirection", "redirection-not-to-https", -20)
    else:
        score.add("redirection", "redirection-to-https", 0)
    score_referrer(score, headers)
    score_hsts(score, headers)
    score.add("subresource-integrity", "sri-not-implemented-but-all-scripts-loaded-from-secure-origin", 0)
    if headers.get("X-Content-Type-Options", "").lower() == "nosniff":
        score.add("x-content-type-options", "x-content-type-options-nosniff", 0)
    else:
        score.add("x-content-type-options", "x-content-type-options-not-implemented", -5)
    score_frames(score, headers)
    return score
