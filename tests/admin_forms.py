"""Fill and post Wagtail admin forms as an editor's browser would."""

from bs4 import BeautifulSoup


def initial_form_data(client, url, selector="form[method=post]"):
    """The data a browser would post from the admin form at `url` if nothing were changed."""
    form = BeautifulSoup(client.get(url).content, "html.parser").select_one(selector)
    data = {}
    for field in form.select("input[name]"):
        if field.get("type") in ("checkbox", "radio"):
            if field.has_attr("checked"):
                data[field["name"]] = field.get("value", "on")
        elif field.get("type") != "file":
            data[field["name"]] = field.get("value", "")
    for select in form.select("select[name]"):
        selected = select.select_one("option[selected]")
        data[select["name"]] = selected["value"] if selected else ""
    for textarea in form.select("textarea[name]"):
        data[textarea["name"]] = textarea.get_text()
    return data


def form_errors(response):
    document = BeautifulSoup(response.content, "html.parser")
    return [error.get_text(" ", strip=True) for error in document.select(".error-message, .help-critical")]


def empty_stream_fields(model, *field_names):
    """Form data for translated StreamFields left empty in every language (their JS would post it)."""
    from modeltranslation.utils import build_localized_fieldname

    from akc_site.languages import LANGUAGE_CODES

    return {
        f"{build_localized_fieldname(name, language)}-count": "0" for name in field_names for language in LANGUAGE_CODES
    }
