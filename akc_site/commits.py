"""Work that must wait until the current transaction commits (at once outside one).

What other processes can see (the shared cache's content version, a CDN) must not hear of a change
before it is in the database: a request in between would cache the old content again as new.
`robust`: a failing callback (the cache down) is logged and does not fail the editor's request,
which has committed already.

The test suite runs each test inside a transaction that never commits, so tests/conftest.py makes
these callbacks run at once there, except in tests marked `commits`, which check the waiting.
"""

from django.db.transaction import on_commit


def after_commit(function):
    on_commit(function, robust=True)
