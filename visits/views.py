"""The group visit request form of a hall, at an address of its own, never cached (it holds a CSRF token)."""

from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.views.decorators.cache import never_cache

from pages.site_tree import public_pages
from programmes.models import HallPage
from visits.emails import send_request_emails
from visits.forms import VisitRequestForm

# Page ids are 32-bit integers; a larger number in the address would overflow the database driver.
MAX_PAGE_ID = 2**31 - 1


def public_hall(hall_id):
    if hall_id > MAX_PAGE_ID:
        raise Http404("No such hall")
    hall = public_pages(HallPage.objects.filter(pk=hall_id)).first()
    if hall is None:
        raise Http404("No such hall")
    return hall


@never_cache
def request_visit(request, hall_id):
    hall = public_hall(hall_id)
    form = VisitRequestForm(request.POST if request.method == "POST" else None, request=request, hall=hall)
    if form.is_valid():
        visit = form.save()
        form.count_send()
        send_request_emails(visit, form.organisation)
        return redirect("visits:thanks", hall_id=hall.pk)
    return TemplateResponse(request, "visits/request_form.html", {"form": form, "hall": hall})


@never_cache
def thanks(request, hall_id):
    return TemplateResponse(request, "visits/thanks.html", {"hall": public_hall(hall_id)})
