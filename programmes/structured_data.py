"""schema.org Event data for an event page (https://schema.org/Event)."""

from django.utils.translation import get_language

from programmes.choices import EventStatus

SCHEMA_STATUS = {
    EventStatus.SCHEDULED: "https://schema.org/EventScheduled",
    EventStatus.POSTPONED: "https://schema.org/EventPostponed",
    EventStatus.CANCELLED: "https://schema.org/EventCancelled",
}


def event_location(event, request):
    places = []
    if event.hall_id:
        places.append(
            {
                "@type": "Place",
                "name": event.hall.title,
                "address": event.hall.address.replace("\n", ", "),
                "url": request.build_absolute_uri(event.hall.get_url(request)),
            }
        )
    elif event.venue_name or event.venue_address or event.venue_city:
        place = {"@type": "Place", "name": event.venue_name or event.venue_city}
        address = {"@type": "PostalAddress"}
        if event.venue_address:
            address["streetAddress"] = event.venue_address
        if event.venue_city:
            address["addressLocality"] = event.venue_city
        place["address"] = address
        places.append(place)
    if event.is_online:
        places.append({"@type": "VirtualLocation", "url": event.online_url or event.full_url})
    return places


def event_data(event, request, organisation_name):
    if event.is_all_day:
        start, end = event.local_start.date().isoformat(), event.local_end.date().isoformat()
    else:
        start, end = event.local_start.isoformat(), event.local_end.isoformat()
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "description": event.introduction,
        "startDate": start,
        "endDate": end,
        "eventStatus": SCHEMA_STATUS[event.status],
        "url": request.build_absolute_uri(event.get_url(request)),
        "inLanguage": get_language(),
        "organizer": {"@type": "Organization", "name": event.organisers or organisation_name},
    }
    locations = event_location(event, request)
    if locations:
        data["location"] = locations[0] if len(locations) == 1 else locations
    has_place = bool(event.hall_id or event.venue_name or event.venue_address or event.venue_city)
    if event.is_online:
        data["eventAttendanceMode"] = (
            "https://schema.org/MixedEventAttendanceMode"
            if has_place
            else "https://schema.org/OnlineEventAttendanceMode"
        )
    else:
        data["eventAttendanceMode"] = "https://schema.org/OfflineEventAttendanceMode"
    if event.is_free:
        data["isAccessibleForFree"] = True
    return data
