from django.apps import AppConfig


class BenchConfig(AppConfig):
    """The benchmark's commands (`manage.py bench`, `bench_seed`, `bench_queries`): a development tool.

    Installed by the dev and test settings and by bench/settings.py, never by base or production.
    It has no models, templates or static files, so installing it changes nothing that is measured.
    """

    name = "bench"
