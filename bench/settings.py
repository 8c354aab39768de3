"""Production settings plus the benchmark app, for the benchmark's own steps only.

The runner runs `manage.py bench_seed` and `manage.py bench_queries` with these: the commands
belong to the `bench` app, which production never installs, and the queries they count must be
production's. gunicorn serves the benchmark's site with akc_site.settings.production itself,
since that is what is measured. The app adds no models, templates, static files or middleware.
"""

from akc_site.settings.production import *  # noqa: F403

INSTALLED_APPS = [*INSTALLED_APPS, "bench"]  # noqa: F405
