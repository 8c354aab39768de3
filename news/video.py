"""Videos on YouTube and Vimeo, embedded only when the visitor asks (news/blocks.py VideoBlock).

An address is read into its provider and video id here, so the page holds no third-party address
but the player's, which a click loads (static/js/video-facade.js) from the privacy-enhanced hosts
that the Content-Security-Policy allows as frames (CONTENT_SECURITY_POLICY frame-src).
"""

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

YOUTUBE_HOSTS = {"youtube.com", "www.youtube.com", "m.youtube.com", "youtu.be", "www.youtube-nocookie.com"}
VIMEO_HOSTS = {"vimeo.com", "www.vimeo.com", "player.vimeo.com"}
YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")
VIMEO_ID = re.compile(r"^[0-9]{1,12}$")


@dataclass(frozen=True)
class Video:
    provider: str  # "YouTube" or "Vimeo", shown to visitors
    video_id: str

    @property
    def embed_url(self):
        if self.provider == "YouTube":
            return f"https://www.youtube-nocookie.com/embed/{self.video_id}?autoplay=1"
        return f"https://player.vimeo.com/video/{self.video_id}?autoplay=1&dnt=1"

    @property
    def watch_url(self):
        if self.provider == "YouTube":
            return f"https://www.youtube.com/watch?v={self.video_id}"
        return f"https://vimeo.com/{self.video_id}"


def youtube_id(parts):
    if parts.hostname == "youtu.be":
        return parts.path.strip("/")
    if parts.path == "/watch":
        return parse_qs(parts.query).get("v", [""])[0]
    segments = parts.path.strip("/").split("/")
    if len(segments) == 2 and segments[0] in ("embed", "shorts", "live"):
        return segments[1]
    return ""


def parse_video_url(url):
    """The Video an address of YouTube or Vimeo shows, or None."""
    try:
        parts = urlsplit(str(url or "").strip())
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    if parts.hostname in YOUTUBE_HOSTS:
        video_id = youtube_id(parts)
        return Video("YouTube", video_id) if YOUTUBE_ID.match(video_id) else None
    if parts.hostname in VIMEO_HOSTS:
        video_id = parts.path.strip("/").split("/")[-1]
        return Video("Vimeo", video_id) if VIMEO_ID.match(video_id) else None
    return None
