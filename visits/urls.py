app_name = "visits"

urlpatterns = []
