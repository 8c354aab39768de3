from django.urls import path

from registrations import views

app_name = "registrations"

urlpatterns = [
    path("<int:event_id>/", views.register, name="register"),
    path("thanks/<str:token>/", views.thanks, name="thanks"),
    path("cancel/<str:token>/", views.cancel, name="cancel"),
]
