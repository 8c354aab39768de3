"""Sections that other apps add to this app's pages, so pages never imports them.

A strategic priority lists its upcoming events, later its latest news; those live in apps above
pages. Each such app registers a function with the Wagtail hook `page_sections`:

    @hooks.register("page_sections")
    def upcoming_events(page, request):
        if isinstance(page, PriorityPage):
            return Section("programmes/sections/priority_events.html", {...}, order=10)

and the page's template includes each section's template with its context.

Notices above any page's content work the same way through the hook `page_notices` (the
translations app says when a translation awaits review); base.html shows them.
"""

from dataclasses import dataclass, field

from wagtail import hooks

HOOK_NAME = "page_sections"
NOTICES_HOOK_NAME = "page_notices"


@dataclass
class Section:
    template: str
    context: dict = field(default_factory=dict)
    order: int = 100


def _collect(hook_name, page, request):
    sections = [hook(page, request) for hook in hooks.get_hooks(hook_name)]
    return sorted((section for section in sections if section is not None), key=lambda section: section.order)


def page_sections(page, request):
    """The sections the installed apps add to `page`, in their order."""
    return _collect(HOOK_NAME, page, request)


def page_notices(page, request):
    """The notices the installed apps put above `page`'s content, in their order."""
    return _collect(NOTICES_HOOK_NAME, page, request)
