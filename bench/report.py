"""The benchmark's results: the targets checked, a table for the terminal, JSON and an SVG chart.

Everything here works on the plain dict a run produces (see runner.py), so it can be tested
with made-up measurements.
"""

import json
import math
from html import escape
from pathlib import Path

from bench import publish_load
from bench.lighthouse import CATEGORIES as LIGHTHOUSE_CATEGORIES

MAX_QUERIES = 12
MAX_LATENCY_GROWTH = 1.5
MIN_CACHED_SHARE = 0.5
# Issue 19: CPU per uncached request, in milliseconds (the workers' CPU time over a wrk run divided by
# the requests it completed); search may take more, it ranks matches.
MAX_CPU_MS = 12.0
MAX_CPU_MS_BY_PAGE = {"search": 20.0}
COLOURS = ["#1f4e79", "#c0392b", "#27ae60", "#f39c12", "#8e44ad", "#00bcd4", "#7f8c8d", "#d35400"]


def measured(page):
    return page.get("status") == 200 and "uncached" in page


def pages_by_key(size):
    return {(page["name"], page["lang"]): page for page in size["pages"]}


def ratio(numerator, denominator):
    return round(numerator / denominator, 2) if denominator else None


def page_ratios(page, ceiling):
    ceiling_rps = (ceiling or {}).get("rps", 0)
    return {mode: ratio(page[mode]["rps"], ceiling_rps) if mode in page else None for mode in ("uncached", "cached")}


def cpu_budget(page):
    return MAX_CPU_MS_BY_PAGE.get(page["name"], MAX_CPU_MS)


def cpu_misses(sizes):
    """Each uncached page whose CPU per request is over its budget, at any size."""
    misses = []
    for size in sizes:
        for page in size["pages"]:
            cpu = page.get("uncached", {}).get("cpu_ms") if measured(page) else None
            if cpu is not None and cpu > cpu_budget(page):
                misses.append(f"{page['path']} at {size['events']}: {cpu:.1f} ms of CPU (≤ {cpu_budget(page):g})")
    return misses


def check_targets(results):
    """Each of issue 8's and issue 19's targets with whether it is met and the pages that miss it."""
    sizes = sorted(results["sizes"], key=lambda size: size["events"])
    smallest, largest = sizes[0], sizes[-1]
    small_pages, large_pages = pages_by_key(smallest), pages_by_key(largest)
    query_misses, latency_misses, cache_misses, not_cached, missing = [], [], [], [], []
    for size in sizes:
        for page in size["pages"]:
            label = f"{page['path']} at {size['events']}"
            if not measured(page):
                missing.append(f"{page['path']} ({page.get('status')})")
            elif page["queries"] > MAX_QUERIES:
                query_misses.append(f"{label}: {page['queries']} queries")
            if measured(page) and "cached" in page:
                if page["cached"].get("page_cache") != "hit":
                    not_cached.append(page["path"])
                else:
                    share = page_ratios(page, size.get("ceiling"))["cached"]
                    if share is None or share < MIN_CACHED_SHARE:
                        cache_misses.append(f"{label}: {share or 0:.0%} of the ceiling")
    for key, small in small_pages.items():
        large = large_pages.get(key)
        if not (large and measured(small) and measured(large)):
            continue
        if large["queries"] != small["queries"]:
            query_misses.append(
                f"{small['path']}: {small['queries']} queries at {smallest['events']}, "
                f"{large['queries']} at {largest['events']}"
            )
        growth = ratio(large["uncached"]["p50_ms"], small["uncached"]["p50_ms"])
        if growth is not None and growth > MAX_LATENCY_GROWTH:
            latency_misses.append(
                f"{small['path']}: p50 {small['uncached']['p50_ms']:.1f} ms at {smallest['events']}, "
                f"{large['uncached']['p50_ms']:.1f} ms at {largest['events']} (x{growth})"
            )
    return [
        target(
            f"queries per uncached page ≤ {MAX_QUERIES} and the same at {smallest['events']} and "
            f"{largest['events']} events",
            query_misses,
        ),
        target(
            f"uncached p50 at {largest['events']} events within {MAX_LATENCY_GROWTH}x of {smallest['events']}",
            latency_misses,
        ),
        target(
            f"uncached CPU per request ≤ {MAX_CPU_MS:g} ms (search ≤ {MAX_CPU_MS_BY_PAGE['search']:g} ms) "
            "at every size",
            cpu_misses(sizes),
        ),
        target(
            f"cached requests/s ≥ {MIN_CACHED_SHARE:.0%} of the static ceiling",
            cache_misses,
            excluded=sorted(set(not_cached)),
        ),
        {"target": "pages that answered 200 (others are not measured)", "met": not missing, "misses": missing},
        *lighthouse_target(results.get("lighthouse")),
        *publish_load.check_target(results.get("publish_during_load")),
    ]


def lighthouse_target(lighthouse):
    """The Lighthouse target, when the run audited pages: every category's median score 100."""
    if not lighthouse:
        return []
    misses = []
    for page in lighthouse["pages"]:
        below = {name: score for name, score in page.get("median", {}).items() if score < 100}
        if page.get("error"):
            misses.append(f"{page['path']}: not audited ({page['error']})")
        elif below:
            scores = ", ".join(f"{name} {score:g}" for name, score in below.items())
            misses.append(f"{page['path']}: {scores}; lost on: {'; '.join(page['lost'])}")
    return [target("Lighthouse: performance, accessibility, best practices and SEO all 100", misses)]


def target(text, misses, excluded=()):
    result = {"target": text, "met": not misses, "misses": misses}
    if excluded:
        result["not_page_cached"] = list(excluded)
    return result


# The table ----------------------------------------------------------------------------------------

COLUMNS = [
    ("page", 16, "<"),
    ("lang", 4, "<"),
    ("status", 6, ">"),
    ("queries", 7, ">"),
    ("kB", 6, ">"),
    ("unc rps", 8, ">"),
    ("unc p50", 8, ">"),
    ("unc p99", 8, ">"),
    ("unc cpu", 7, ">"),
    ("cch rps", 8, ">"),
    ("cch p50", 8, ">"),
    ("cch p99", 8, ">"),
    ("cch cpu", 7, ">"),
    ("cache", 5, "<"),
    ("unc/ceil", 8, ">"),
    ("cch/ceil", 8, ">"),
]


def cells(page, ceiling):
    def timing(mode, key, digits):
        value = page[mode].get(key) if mode in page else None
        return f"{value:.{digits}f}" if value is not None else "-"

    ratios = page_ratios(page, ceiling)
    return [
        page["name"],
        page["lang"],
        str(page.get("status", "-")),
        str(page["queries"]) if page.get("status") == 200 else "-",
        f"{page['bytes'] / 1000:.1f}",
        timing("uncached", "rps", 0),
        timing("uncached", "p50_ms", 1),
        timing("uncached", "p99_ms", 1),
        timing("uncached", "cpu_ms", 1),
        timing("cached", "rps", 0),
        timing("cached", "p50_ms", 1),
        timing("cached", "p99_ms", 1),
        timing("cached", "cpu_ms", 2),
        page["cached"]["page_cache"] if "cached" in page else "-",
        f"{ratios['uncached']:.0%}" if ratios["uncached"] is not None else "-",
        f"{ratios['cached']:.0%}" if ratios["cached"] is not None else "-",
    ]


def row(values):
    return "  ".join(f"{value:{align}{width}}" for value, (_name, width, align) in zip(values, COLUMNS, strict=True))


def format_table(results):
    method = results.get("method", {})
    lines = [
        f"Benchmark: {method.get('database', '?')} database, {method.get('cache', '?')} cache; "
        f"{method.get('load', '')}; load average before the run {results.get('machine', {}).get('load_at_start', '?')}",
        "Latency in milliseconds; unc = page cache off, cch = on; cpu = the workers' CPU ms per request; "
        "ceiling = a static file as large as the home page through the same server.",
    ]
    for size in results["sizes"]:
        counts = size.get("counts", {})
        ceiling = size.get("ceiling") or {}
        lines += [
            "",
            f"{size['events']} events ({counts.get('halls', '?')} halls, {counts.get('exhibitions', '?')} "
            f"exhibitions, {counts.get('images', '?')} images, {counts.get('pages', '?')} pages; "
            f"seeded in {size.get('seed_seconds', '?')} s; load {size.get('load_average', '?')} with the benchmark). "
            f"Ceiling: {ceiling.get('rps', 0):.0f} rps, "
            f"p50 {ceiling.get('p50_ms', 0):.1f} ms, p99 {ceiling.get('p99_ms', 0):.1f} ms",
            row([name for name, _width, _align in COLUMNS]),
            row(["-" * width for _name, width, _align in COLUMNS]),
        ]
        lines += [row(cells(page, ceiling)) for page in size["pages"]]
    lines += lighthouse_table(results.get("lighthouse"))
    lines += publish_load.format_lines(results.get("publish_during_load"))
    lines += ["", "Targets:"]
    for result in results.get("targets", []):
        lines.append(f"  [{'met' if result['met'] else 'MISSED'}] {result['target']}")
        lines += [f"      {miss}" for miss in result["misses"]]
        if result.get("not_page_cached"):
            lines.append(f"      not page-cached by design, left out: {', '.join(result['not_page_cached'])}")
    return "\n".join(lines)


def lighthouse_table(lighthouse):
    if not lighthouse:
        return []
    lines = [
        "",
        f"Lighthouse {lighthouse['version']} at {lighthouse['events']} events, page cache on, "
        f"median of {lighthouse['runs']} runs (mobile, simulated throttling):",
        f"{'page':<16}  {'lang':<4}  {'perf':>4}  {'a11y':>4}  {'best':>4}  {'seo':>4}",
    ]
    for page in lighthouse["pages"]:
        median = page.get("median") or {}
        scores = [f"{median[name]:>4g}" if name in median else "   -" for name in LIGHTHOUSE_CATEGORIES]
        lines.append(f"{page['name']:<16}  {page['lang']:<4}  " + "  ".join(scores))
    return lines


# The chart ----------------------------------------------------------------------------------------

WIDTH, HEIGHT = 1120, 440
PANEL_WIDTH, PANEL_HEIGHT = 360, 300
LEFT, TOP = 70, 60


def latency_svg(results, language="en"):
    """p50 latency against the number of events, one line per page, page cache off and on."""
    sizes = sorted(results["sizes"], key=lambda size: size["events"])
    names = list(dict.fromkeys(page["name"] for size in sizes for page in size["pages"] if page["lang"] == language))
    series = {mode: {name: [] for name in names} for mode in ("uncached", "cached")}
    for size in sizes:
        for (name, lang), page in pages_by_key(size).items():
            if lang != language or not measured(page):
                continue
            for mode in series:
                # Pages never page-cached (search) would only repeat their uncached line on the right.
                if mode in page and (mode == "uncached" or page[mode].get("page_cache") == "hit"):
                    series[mode][name].append((size["events"], page[mode]["p50_ms"]))
    ceiling = [(size["events"], size["ceiling"]["p50_ms"]) for size in sizes if size.get("ceiling")]
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
        f'viewBox="0 0 {WIDTH} {HEIGHT}" font-family="sans-serif" font-size="12">',
        f'<rect width="{WIDTH}" height="{HEIGHT}" fill="#ffffff"/>',
        f'<text x="{LEFT}" y="28" font-size="16" font-weight="bold">p50 latency against content size '
        f"({escape(language)} pages)</text>",
    ]
    for index, (mode, title) in enumerate((("uncached", "page cache off"), ("cached", "page cache on"))):
        left = LEFT + index * (PANEL_WIDTH + 90)
        # Each panel has its own scale: cached pages take milliseconds, uncached ones a hundred times more.
        values = [value for points in series[mode].values() for _x, value in points] + [y for _x, y in ceiling]
        parts += panel(left, title, sizes, series[mode], ceiling, nice_ceiling(max([*values, 1.0])), names)
    legend_left = LEFT + 2 * (PANEL_WIDTH + 90) - 40
    for index, name in enumerate([*names, "static ceiling"]):
        y = TOP + 14 + index * 20
        colour = COLOURS[index % len(COLOURS)] if name != "static ceiling" else "#999999"
        dash = ' stroke-dasharray="4 3"' if name == "static ceiling" else ""
        parts.append(
            f'<line x1="{legend_left}" y1="{y - 4}" x2="{legend_left + 22}" y2="{y - 4}" stroke="{colour}" '
            f'stroke-width="2"{dash}/><text x="{legend_left + 28}" y="{y}">{escape(name)}</text>'
        )
    parts.append("</svg>")
    return "\n".join(parts)


def panel(left, title, sizes, lines, ceiling, top, names):
    events = [size["events"] for size in sizes]
    low, high = math.log10(min(events)), math.log10(max(events))

    def x(count):
        return left + (PANEL_WIDTH * (math.log10(count) - low) / (high - low) if high > low else PANEL_WIDTH / 2)

    def y(value):
        return TOP + PANEL_HEIGHT - PANEL_HEIGHT * value / top

    bottom = TOP + PANEL_HEIGHT
    parts = [
        f'<text x="{left}" y="{TOP - 10}" font-weight="bold">{escape(title)}</text>',
        f'<line x1="{left}" y1="{bottom}" x2="{left + PANEL_WIDTH}" y2="{bottom}" stroke="#333"/>',
        f'<line x1="{left}" y1="{TOP}" x2="{left}" y2="{bottom}" stroke="#333"/>',
        f'<text x="{left + PANEL_WIDTH / 2}" y="{bottom + 36}" text-anchor="middle">events (log scale)</text>',
        f'<text x="{left - 48}" y="{TOP + PANEL_HEIGHT / 2}" transform="rotate(-90 {left - 48} '
        f'{TOP + PANEL_HEIGHT / 2})" text-anchor="middle">p50 latency (ms)</text>',
    ]
    for step in range(5):
        value = top * step / 4
        parts.append(
            f'<line x1="{left}" y1="{y(value):.1f}" x2="{left + PANEL_WIDTH}" y2="{y(value):.1f}" stroke="#eee"/>'
            f'<text x="{left - 6}" y="{y(value) + 4:.1f}" text-anchor="end">{value:g}</text>'
        )
    for count in events:
        parts.append(f'<text x="{x(count):.1f}" y="{bottom + 18}" text-anchor="middle">{count:,}</text>')
    if ceiling:
        points = " ".join(f"{x(count):.1f},{y(value):.1f}" for count, value in ceiling)
        parts.append(f'<polyline points="{points}" fill="none" stroke="#999" stroke-width="2" stroke-dasharray="4 3"/>')
    for index, name in enumerate(names):
        colour = COLOURS[index % len(COLOURS)]
        points = lines.get(name, [])
        if not points:
            continue
        path = " ".join(f"{x(count):.1f},{y(value):.1f}" for count, value in points)
        parts.append(f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="2"/>')
        for count, value in points:
            parts.append(
                f'<circle cx="{x(count):.1f}" cy="{y(value):.1f}" r="3" fill="{colour}">'
                f"<title>{escape(name)}: {value:.2f} ms at {count:,} events</title></circle>"
            )
    return parts


def nice_ceiling(value):
    """The smallest 1, 2 or 5 times a power of ten at or above `value`, for the axis."""
    magnitude = 10 ** math.floor(math.log10(value))
    return next(step * magnitude for step in (1, 2, 5, 10) if step * magnitude >= value)


# Files ----------------------------------------------------------------------------------------------


def write_all(results, folder):
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    files = {
        "results.json": json.dumps(results, indent=2, ensure_ascii=False) + "\n",
        "report.txt": format_table(results) + "\n",
        "latency.svg": latency_svg(results) + "\n",
    }
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return [folder / name for name in files]
