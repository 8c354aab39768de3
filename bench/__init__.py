"""`make bench`: how fast the site is as its content grows, measured rather than guessed.

seed.py fills a database of its own with programmes at a given size; servers.py starts the
throwaway PostgreSQL, Redis and gunicorn it runs against; load.py drives them with wrk;
queries.py counts each page's database queries; report.py writes the table, JSON and chart;
runner.py ties them together for `manage.py bench`. See docs/performance.md.
"""
