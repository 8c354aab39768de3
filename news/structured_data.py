"""schema.org NewsArticle data for a news item (https://schema.org/NewsArticle)."""

from django.templatetags.static import static
from django.utils.translation import get_language


def news_article_data(item, request, organisation_name, image_url=None):
    url = request.build_absolute_uri(item.get_url(request))
    publisher = {
        "@type": "Organization",
        "name": organisation_name,
        "logo": {"@type": "ImageObject", "url": request.build_absolute_uri(static("img/logo.svg"))},
    }
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": item.title[:110],
        "description": item.introduction,
        "datePublished": item.local_published_at.isoformat(),
        "dateModified": (item.last_published_at or item.published_at).isoformat(),
        "url": url,
        "mainEntityOfPage": url,
        "inLanguage": get_language(),
        "articleSection": str(item.get_kind_display()),
        "author": publisher,
        "publisher": publisher,
    }
    if item.reference_number:
        data["identifier"] = item.reference_number
    if image_url:
        data["image"] = [image_url]
    return data
