"""schema.org Book or Report data for a publication page (https://schema.org/Book, /Report)."""

from django.utils.translation import get_language


def publication_data(publication, files, request, organisation_name):
    data = {
        "@context": "https://schema.org",
        "@type": publication.schema_type,
        "name": publication.title,
        "description": publication.summary,
        "datePublished": str(publication.year),
        "url": request.build_absolute_uri(publication.get_url(request)),
        "inLanguage": sorted({row.language for row in files}) or get_language(),
        "publisher": {"@type": "Organization", "name": organisation_name},
    }
    if publication.authors:
        data["author"] = {"@type": "Organization", "name": publication.authors}
    if publication.isbn:
        data["isbn"] = publication.isbn
    if files:
        data["encoding"] = [
            {
                "@type": "MediaObject",
                "contentUrl": request.build_absolute_uri(row.document.url),
                "encodingFormat": row.document.content_type,
                "inLanguage": row.language,
                "contentSize": str(row.document.get_file_size() or ""),
            }
            for row in files
        ]
    return data
