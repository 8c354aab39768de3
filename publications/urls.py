from django.urls import path

from publications.datasets import dataset_csv

urlpatterns = [path("<int:pk>.csv", dataset_csv, name="dataset_csv")]
