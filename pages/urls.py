"""What search engines read outside the language prefixes: /sitemap.xml and /robots.txt."""

from django.urls import path

from pages.sitemap import robots_txt, sitemap_xml

urlpatterns = [
    path("sitemap.xml", sitemap_xml, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
]
