"""Sections that other apps add to this app's pages, so pages never imports them.

A strategic priority lists its upcoming events, later its latest news; those live in apps above
pages. Each such app registers a function with the Wagtail hook `page_sections`:

    @hooks.register("page_sections")
    def upcoming_events(page, request):
        if isinstance(page, PriorityPage):
            return Section("programmes/sections/priority_events.html", {...}, order=10)

and the page's template includes each section's template with its context.
"""

from dataclasses import dataclass, field

from wagtail import hooks

HOOK_NAME = "page_sections"


@dataclass
class Section:
    template: str
    context: dict = field(default_factory=dict)
    order: int = 100


def page_sections(page, request):
    """The sections the installed apps add to `page`, in their order."""
    sections = [hook(page, request) for hook in hooks.get_hooks(HOOK_NAME)]
    return sorted((section for section in sections if section is not None), key=lambda section: section.order)
