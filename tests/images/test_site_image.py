"""The site's image model: a text alternative and a caption in every language, credit and licence kept."""

import pytest
from bs4 import BeautifulSoup

from django.conf import settings
from django.urls import reverse

from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from images.models import Licence, SiteImage, SiteRendition
from pages.blocks import BodyBlock
from tests.admin_forms import form_errors, initial_form_data


@pytest.fixture
def image(db):
    return SiteImage.objects.create(
        title="IMG_0042.jpg",
        file=get_test_image_file(),
        alt_text_en="Visitors at the entrance of the ASEAN Hall",
        alt_text_ko="아세안홀 입구의 관람객",
        caption_en="The hall on its opening day",
        credit="Photo: Example Studio",
        licence=Licence.PERMISSION,
    )


def public_path(page, language):
    return f"/{language}{page.url_path[len('/home') :]}"


def page_image_alt(client, page, language):
    response = client.get(public_path(page, language))
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").select_one(".event__image img, img.event__image")["alt"]


def test_wagtail_uses_the_site_image_model():
    assert settings.WAGTAILIMAGES_IMAGE_MODEL == "images.SiteImage"
    assert get_image_model() is SiteImage
    assert SiteImage.get_rendition_model() is SiteRendition


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "Visitors at the entrance of the ASEAN Hall"),
        ("ko", "아세안홀 입구의 관람객"),
        ("th", "Visitors at the entrance of the ASEAN Hall"),
    ],
)
def test_a_page_image_is_described_in_the_visitors_language_with_english_as_fallback(
    client, make_event, image, language, expected
):
    event = make_event(image=image)
    assert page_image_alt(client, event, language) == expected


def test_an_image_without_a_text_alternative_is_read_out_by_its_title(client, make_event, db):
    untitled = SiteImage.objects.create(title="Hall at night", file=get_test_image_file())
    event = make_event(image=untitled)
    assert page_image_alt(client, event, "ko") == "Hall at night"


def figure_html(image, caption="", credit=""):
    block = BodyBlock()
    raw = [
        {
            "type": "image",
            "value": {
                "image": {"image": image.pk, "alt_text": "An example", "decorative": False},
                "caption": caption,
                "credit": credit,
            },
        }
    ]
    return BeautifulSoup(block.render(block.to_python(raw)), "html.parser")


def test_a_figure_takes_the_caption_and_credit_of_the_image_when_it_has_none(image):
    figcaption = figure_html(image).figcaption
    assert "The hall on its opening day" in figcaption.get_text()
    assert figcaption.select_one(".figure__credit").get_text() == "Photo: Example Studio"


def test_a_figures_own_caption_and_credit_win(image):
    figcaption = figure_html(image, caption="Opening ceremony", credit="Photo: the Centre").figcaption
    assert figcaption.get_text(" ", strip=True) == "Opening ceremony Photo: the Centre"


def test_a_figure_without_any_caption_has_no_empty_figcaption(db):
    bare = SiteImage.objects.create(title="Pattern", file=get_test_image_file())
    assert figure_html(bare).figcaption is None


def test_the_admin_saves_the_text_alternative_and_caption_per_language(editor_client, image):
    url = reverse("wagtailimages:edit", args=[image.pk])
    data = initial_form_data(editor_client, url)
    data.update(alt_text_th="ผู้เข้าชมที่ทางเข้า", caption_ko="개관일의 아세안홀", licence=Licence.CC_BY)
    response = editor_client.post(url, data)
    assert response.status_code == 302, form_errors(response)
    image.refresh_from_db()
    assert (image.alt_text_th, image.caption_ko, image.licence) == ("ผู้เข้าชมที่ทางเข้า", "개관일의 아세안홀", "cc-by-4.0")
    assert image.alt_text_en == "Visitors at the entrance of the ASEAN Hall", "other languages untouched"


def test_a_bad_value_in_the_admin_keeps_what_the_editor_typed(editor_client, image):
    url = reverse("wagtailimages:edit", args=[image.pk])
    data = initial_form_data(editor_client, url)
    data.update(alt_text_vi="Khách tham quan", licence="all-rights-to-everyone", source_url="not an address")
    response = editor_client.post(url, data)
    assert response.status_code == 200
    assert form_errors(response)
    form = BeautifulSoup(response.content, "html.parser")
    assert form.select_one("[name=alt_text_vi]")["value"] == "Khách tham quan"
    assert form.select_one("[name=source_url]")["value"] == "not an address"
    image.refresh_from_db()
    assert not image.alt_text_vi and image.licence == Licence.PERMISSION
