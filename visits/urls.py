from django.urls import path

from visits import views

app_name = "visits"

urlpatterns = [
    path("<int:hall_id>/", views.request_visit, name="request"),
    path("<int:hall_id>/thanks/", views.thanks, name="thanks"),
]
