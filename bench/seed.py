"""Fills the benchmark's database with programmes at a given size: events, halls, exhibitions, images.

It starts from the real initial content (`load_initial_content`) and adds to it until the site
holds the requested number of events, with halls, exhibitions and images in proportion, in
English and Korean for most pages and Thai for some (the rest fall back to English). Events and
exhibitions follow at a steady pace, so a larger size is a longer history (see DAYS_BETWEEN_EVENTS).

Adding 10,000 pages through treebeard's `add_child` costs a tree lock and several queries per
page. Here each parent's new children are inserted in bulk instead: their materialised paths are
computed from the parent's last child, both tables of the page type are filled with multi-row
inserts, and the parent's `numchild` is set afterwards. `check_tree` then asks treebeard whether
the tree has any problem `Page.fix_tree()` would repair. Content is deterministic: the same size
gives the same pages (dates are relative to the day it runs, as in the initial content).
"""

import copy
import datetime
import hashlib
import io
import math
import multiprocessing
import os
import uuid
from collections import Counter
from dataclasses import dataclass

from PIL import Image as PillowImage
from PIL import ImageDraw

from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connection, connections, transaction
from django.utils import timezone, translation

from modeltranslation.translator import translator
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from akc_site.languages import SOURCE_LANGUAGE
from bench.progress import ProgressBar
from home.models import HomePage
from pages.models import PriorityPage
from programmes.models import EventIndexPage, EventPage, ExhibitionPage, HallIndexPage, HallPage, OpeningException
from programmes.opening_hours import CENTRE_TIME_ZONE

BATCH = 500
IMAGE_SIZE = (1280, 720)
# The event every size has, measured as "an event page": upcoming, in a hall, with an image.
SHOWCASE_EVENT = 25
# The Centre's pace, whatever the size: 10,000 events are a long archive, not ten times as many
# events next month, so pages about the present (home, halls, upcoming events) show as much at
# every size while the database behind them grows.
DAYS_BETWEEN_EVENTS = 2
UPCOMING_EVENTS = 60
DAYS_BETWEEN_EXHIBITIONS = 40

# (English, Korean, Thai), category, priority slug
THEMES = [
    (("ASEAN-Korea Trade Forum", "한-아세안 무역 포럼", "ฟอรัมการค้าอาเซียน-เกาหลี"), "forum", "economy"),
    (("Investment Matching Day", "투자 매칭 데이", "วันจับคู่การลงทุน"), "business", "economy"),
    (("Green Mobility Seminar", "그린 모빌리티 세미나", "สัมมนาการเดินทางสีเขียว"), "forum", "economy"),
    (("ASEAN Film Night", "아세안 영화의 밤", "คืนภาพยนตร์อาเซียน"), "film", "culture-and-tourism"),
    (("Traditional Dance Performance", "전통 무용 공연", "การแสดงนาฏศิลป์พื้นเมือง"), "performance", "culture-and-tourism"),
    (("Tourism Roadshow", "관광 로드쇼", "โรดโชว์การท่องเที่ยว"), "business", "culture-and-tourism"),
    (("Craft Workshop", "공예 워크숍", "เวิร์กช็อปงานหัตถกรรม"), "education", "culture-and-tourism"),
    (("Youth Leaders Camp", "청년 리더 캠프", "ค่ายผู้นำเยาวชน"), "youth", "youth-and-future-generations"),
    (("Career Talk for Students", "학생 커리어 토크", "เสวนาอาชีพสำหรับนักศึกษา"), "youth", "youth-and-future-generations"),
    (("Picture Book Morning", "그림책 읽기 아침", "เช้านิทานภาพ"), "education", "youth-and-future-generations"),
    (("Partners' Dialogue", "파트너 대화", "การหารือกับพันธมิตร"), "forum", "partnerships"),
    (("Media Exchange Programme", "미디어 교류 프로그램", "โครงการแลกเปลี่ยนสื่อมวลชน"), "other", "partnerships"),
]
CITIES = [
    ("Seoul", "서울", "โซล"),
    ("Busan", "부산", "ปูซาน"),
    ("Jeju", "제주", "เชจู"),
    ("Jakarta", "자카르타", "จาการ์ตา"),
    ("Bangkok", "방콕", "กรุงเทพฯ"),
    ("Ha Noi", "하노이", "ฮานอย"),
    ("Manila", "마닐라", "มะนิลา"),
    ("Kuala Lumpur", "쿠알라룸푸르", "กัวลาลัมเปอร์"),
    ("Phnom Penh", "프놈펜", "พนมเปญ"),
    ("Vientiane", "비엔티안", "เวียงจันทน์"),
    ("Yangon", "양곤", "ย่างกุ้ง"),
    ("Singapore", "싱가포르", "สิงคโปร์"),
    ("Bandar Seri Begawan", "반다르스리브가완", "บันดาร์เสรีเบกาวัน"),
]
COLOURS = [(0x1F, 0x4E, 0x79), (0xC0, 0x39, 0x2B), (0x27, 0xAE, 0x60), (0xF3, 0x9C, 0x12), (0x8E, 0x44, 0xAD)]


@dataclass(frozen=True)
class Volume:
    """How much content a site of a given size holds, initial content included."""

    events: int
    halls: int
    exhibitions: int
    images: int

    @classmethod
    def for_events(cls, events):
        # Halls are buildings: one more for each tenfold growth from 50 events, not one per hundred events.
        halls = 2 + max(0, int(math.log10(events / 50)))
        return cls(events=events, halls=halls, exhibitions=max(6, events // 20), images=max(10, events // 10))


def is_bench_database(settings_dict):
    """Only a database of the benchmark's own may be seeded: a file under var/bench/ or a bench_* database."""
    name = str(settings_dict.get("NAME", ""))
    if settings_dict["ENGINE"].endswith("sqlite3"):
        return "/var/bench/" in name.replace("\\", "/")
    return name.startswith("bench_")


def languages_for(number):
    """English always, Korean for four pages in five, Thai for one in three; the rest fall back to English."""
    return ("en",) + (("ko",) if number % 5 != 4 else ()) + (("th",) if number % 3 == 0 else ())


def translations(texts, number):
    """{language: text} of the (English, Korean, Thai) texts in the page's languages."""
    by_language = dict(zip(("en", "ko", "th"), texts, strict=True))
    return {language: by_language[language] for language in languages_for(number)}


def localised(field, values):
    return {f"{field}_{language}": value for language, value in values.items()}


def paragraph(text):
    return {"type": "paragraph", "value": f"<p>{text}</p>"}


def heading(text):
    return {"type": "heading", "value": {"text": text, "level": "h2"}}


class Seeder:
    def __init__(self, volume):
        self.volume = volume
        self.now = timezone.now()
        self.today = timezone.localdate(self.now, CENTRE_TIME_ZONE)
        self.counts = {}

    def seed(self):
        with translation.override(SOURCE_LANGUAGE), transaction.atomic():
            images = self.images(self.volume.images - get_image_model().objects.count())
            self.illustrate_initial_content(images)
            hall_index = HallIndexPage.objects.get()
            new_halls = self.add_pages(hall_index, [self.hall(n, images) for n in range(self.new_count(HallPage))])
            self.opening_exceptions(new_halls)
            halls = list(HallPage.objects.order_by("path"))
            self.exhibitions(halls, images)
            self.events(EventIndexPage.objects.get(), halls, images)
        self.index_new_pages()
        self.counts = {
            "events": EventPage.objects.count(),
            "halls": HallPage.objects.count(),
            "exhibitions": ExhibitionPage.objects.count(),
            "images": get_image_model().objects.count(),
            "pages": Page.objects.count(),
        }
        return self.counts

    def new_count(self, model):
        target = {EventPage: self.volume.events, HallPage: self.volume.halls, ExhibitionPage: self.volume.exhibitions}
        return max(0, target[model] - model.objects.count())

    # Images -------------------------------------------------------------------------------------

    def images(self, count):
        image_model = get_image_model()
        progress = ProgressBar("images", count)
        created = []
        for number in range(count):
            content = picture_bytes(number)
            name = default_storage.save(f"original_images/bench-{number:05d}.jpg", ContentFile(content))
            created.append(
                image_model(
                    title=f"{CITIES[number % len(CITIES)][0]} {number}",
                    file=name,
                    width=IMAGE_SIZE[0],
                    height=IMAGE_SIZE[1],
                    file_size=len(content),
                    file_hash=hashlib.sha1(content, usedforsecurity=False).hexdigest(),
                )
            )
            progress.advance()
        progress.close()
        image_model.objects.bulk_create(created, batch_size=BATCH)
        return list(image_model.objects.order_by("pk"))

    def illustrate_initial_content(self, images):
        """Images for the initial content's pages, which has none: a real site's cards all have one,
        and a card list costs its renditions query only when some card has an image."""
        HomePage.objects.filter(hero_image=None).update(hero_image=images[0])
        for model in (HallPage, ExhibitionPage, EventPage):
            for number, pk in enumerate(model.objects.filter(image=None).values_list("pk", flat=True)):
                model.objects.filter(pk=pk).update(image=images[number % len(images)])

    # Halls and exhibitions ----------------------------------------------------------------------

    def hall(self, number, images):
        city = CITIES[(number + 3) % len(CITIES)]
        names = (f"ASEAN Corner {city[0]}", f"아세안 코너 {city[1]}", f"มุมอาเซียน {city[2]}")
        description = [
            paragraph(f"A space in {city[0]} where visitors discover the ten ASEAN Member States."),
            heading("Plan your visit"),
            paragraph("Admission is free. Groups are asked to contact the Centre in advance."),
        ]
        return build(
            HallPage,
            slug=f"bench-hall-{number:02d}",
            **localised("title", translations(names, number)),
            **localised("introduction", {"en": f"The ASEAN-Korea Centre's exhibition space in {city[0]}."}),
            **localised("address", {"en": f"1 Example Street\n{city[0]}", "ko": f"{city[1]} 예시로 1"}),
            **localised("description", {"en": description}),
            image_id=images[number % len(images)].pk,
            weekly_hours=[
                {"type": "interval", "value": {"weekday": str(day), "opens": "10:00", "closes": "18:00"}}
                for day in range(1, 7)
            ],
            closed_on_public_holidays=number % 2 == 0,
            show_in_menus=False,
        )

    def opening_exceptions(self, halls):
        rows = []
        for hall in halls:
            for offset in (7, 30):
                rows.append(
                    OpeningException(
                        hall_id=hall.pk,
                        date=self.today + datetime.timedelta(days=offset),
                        is_closed=True,
                        **localised("reason", {"en": "Exhibition change", "ko": "전시 교체"}),
                    )
                )
        OpeningException.objects.bulk_create(rows, batch_size=BATCH)

    def exhibitions(self, halls, images):
        count = self.new_count(ExhibitionPage)
        by_hall = {}
        for number in range(count):
            by_hall.setdefault(halls[number % len(halls)].pk, []).append(self.exhibition(number, count, images))
        progress = ProgressBar("exhibitions", count)
        for hall in halls:
            self.add_pages(hall, by_hall.get(hall.pk, []), progress)
        progress.close()

    def exhibition(self, number, count, images):
        theme, _category, _priority = THEMES[number % len(THEMES)]
        city = CITIES[number % len(CITIES)]
        names = tuple(f"{name}: {place}" for name, place in zip(theme, city, strict=True))
        # One opens every DAYS_BETWEEN_EXHIBITIONS, the latest two months from now.
        opens_on = self.today + datetime.timedelta(days=60 - (count - 1 - number) * DAYS_BETWEEN_EXHIBITIONS)
        summary = f"An exhibition on {theme[0].lower()} and {city[0]}, with objects, images and stories."
        summaries = (summary, f"{city[1]}와 {theme[1]}에 관한 전시입니다.", f"นิทรรศการเกี่ยวกับ{theme[2]}และ{city[2]}")
        return build(
            ExhibitionPage,
            slug=f"bench-exhibition-{number:05d}",
            **localised("title", translations(names, number)),
            **localised("introduction", translations(summaries, number)),
            **localised("body", {"en": [paragraph(summary), heading("What you will see"), paragraph(summary)]}),
            image_id=images[number % len(images)].pk,
            opens_on=opens_on,
            # Each runs three months. Permanent ones are the halls' own (initial content), one a hall at
            # any size: more of them would make a larger site a busier present, not a longer archive.
            closes_on=opens_on + datetime.timedelta(days=90),
            show_in_menus=False,
        )

    # Events ---------------------------------------------------------------------------------------

    def events(self, event_index, halls, images):
        count = self.new_count(EventPage)
        priorities = {page.slug: page.pk for page in PriorityPage.objects.all()}
        progress = ProgressBar("events", count)
        for start in range(0, count, BATCH):
            batch = [self.event(n, count, halls, images, priorities) for n in range(start, min(start + BATCH, count))]
            self.add_pages(event_index, batch, progress)
        progress.close()

    def event(self, number, count, halls, images, priorities):
        theme, category, priority = THEMES[number % len(THEMES)]
        city = CITIES[(number // len(THEMES)) % len(CITIES)]
        # One every DAYS_BETWEEN_EVENTS: a larger site has a longer past, not a busier present.
        upcoming = min(UPCOMING_EVENTS, count // 4)
        days = (number - (count - upcoming) + 1) * DAYS_BETWEEN_EVENTS
        if number == SHOWCASE_EVENT:
            days = 20
        starts_at = datetime.datetime.combine(
            self.today + datetime.timedelta(days=days), datetime.time(10 + number % 8), CENTRE_TIME_ZONE
        )
        in_hall = number % 2 == 1
        hall = halls[(number // 2) % len(halls)] if in_hall else None
        names = tuple(f"{name} {number}: {place}" for name, place in zip(theme, city, strict=True))
        summaries = (
            f"{theme[0]} in {city[0]}: talks, meetings and exchanges between ASEAN and Korea.",
            f"{city[1]}에서 열리는 {theme[1]}: 아세안과 한국의 강연, 만남, 교류.",
            f"{theme[2]} ที่{city[2]}: การบรรยาย การประชุม และการแลกเปลี่ยนระหว่างอาเซียนและเกาหลี",
        )
        return build(
            EventPage,
            slug=f"bench-event-{number:05d}",
            **localised("title", translations(names, number)),
            **localised("introduction", translations(summaries, number)),
            **localised("body", self.event_body(theme, city, number)),
            **localised("organisers", {"en": "ASEAN-Korea Centre", "ko": "한-아세안센터"}),
            **({} if in_hall else localised("venue_name", {"en": "Convention Centre"})),
            **({} if in_hall else localised("venue_city", translations(city, number))),
            starts_at=starts_at,
            ends_at=starts_at + datetime.timedelta(hours=26 if number % 10 == 0 else 2),
            is_all_day=False,
            status="cancelled" if number % 37 == 36 else "postponed" if number % 53 == 52 else "scheduled",
            hall_id=hall.pk if hall else None,
            is_online=number % 7 == 0,
            online_url="https://example.org/live" if number % 7 == 0 else "",
            priority_id=priorities.get(priority),
            category=category,
            is_free=True,
            registration_status="open" if days > 0 and number % 3 == 0 else "not_needed",
            image_id=images[number % len(images)].pk if number % 10 < 7 or number == SHOWCASE_EVENT else None,
            show_in_menus=False,
        )

    def event_body(self, theme, city, number):
        bodies = {
            "en": [
                paragraph(
                    f"The ASEAN-Korea Centre invites you to the {theme[0]} in {city[0]}. Experts, businesses, "
                    "artists and young people from the ten ASEAN Member States and Korea meet to share ideas."
                ),
                heading("Programme"),
                paragraph(
                    "<ul><li>Opening remarks</li><li>Keynote and panel discussion</li>"
                    "<li>Networking and exchange</li></ul>"
                ),
                heading("Who should attend"),
                paragraph(
                    "Everyone interested in cooperation between ASEAN and Korea: students, professionals, "
                    "companies and the public. Interpretation between Korean and English is provided."
                ),
            ],
            "ko": [
                paragraph(
                    f"한-아세안센터가 {city[1]}에서 열리는 {theme[1]}에 여러분을 초대합니다. 아세안 10개 회원국과 "
                    "한국의 전문가, 기업, 예술가, 청년이 모여 생각을 나눕니다."
                ),
                heading("프로그램"),
                paragraph("<ul><li>개회사</li><li>기조연설과 패널 토론</li><li>네트워킹과 교류</li></ul>"),
                heading("참가 대상"),
                paragraph("한-아세안 협력에 관심 있는 누구나: 학생, 전문가, 기업, 일반 시민. 한영 통역이 제공됩니다."),
            ],
        }
        return {language: bodies[language] for language in languages_for(number) if language in bodies}

    # Bulk insertion -------------------------------------------------------------------------------

    def add_pages(self, parent, pages, progress=None):
        """Insert unsaved pages as the last children of `parent`, live, in a few queries; returns them."""
        if not pages:
            return []
        last_child = parent.get_last_child()
        first_step = Page._str2int(last_child.path[-Page.steplen :]) + 1 if last_child else 1
        model = type(pages[0])
        content_type = ContentType.objects.get_for_model(model)
        for step, page in enumerate(pages, start=first_step):
            page.depth = parent.depth + 1
            page.path = Page._get_path(parent.path, page.depth, step)
            page.url_path = f"{parent.url_path}{page.slug}/"
            page.numchild = 0
            page.content_type = content_type
            page.locale_id = parent.locale_id
            page.live, page.has_unpublished_changes = True, False
            page.first_published_at = page.last_published_at = self.now
            page.draft_title = page.title_en
            page.translation_key = uuid.uuid4()
        rows = Page.objects.bulk_create([page_row(page) for page in pages], batch_size=BATCH)
        for page, row in zip(pages, rows, strict=True):
            page.id = page.pk = row.pk
        # Django's bulk_create refuses multi-table models; insert the page type's own table the same way.
        model._base_manager.all()._batched_insert(pages, model._meta.local_concrete_fields, BATCH)
        # Counted by path: treebeard's get_children() trusts numchild, which is what is being fixed.
        children = Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1).count()
        Page.objects.filter(pk=parent.pk).update(numchild=children)
        parent.numchild = children
        if progress:
            progress.advance(len(pages))
        return pages

    def index_new_pages(self):
        """Add the new pages to the search index, a chunk at a time, as `update_index` would.

        Extracting each page's text in ten languages is most of a large seed's time; on PostgreSQL
        the chunks are shared between two processes (SQLite allows one writer at a time).
        """
        parallel = connection.vendor == "postgresql" and (os.cpu_count() or 1) > 1
        for model in (HallPage, ExhibitionPage, EventPage):
            ids = list(bench_pages(model).values_list("pk", flat=True))
            chunks = [(model, ids[start : start + BATCH // 2]) for start in range(0, len(ids), BATCH // 2)]
            progress = ProgressBar(f"search index: {model._meta.model_name}", len(ids))
            if parallel and len(chunks) > 1:
                connections.close_all()  # each process opens its own connection
                with multiprocessing.get_context("fork").Pool(2) as pool:
                    for count in pool.imap_unordered(index_chunk, chunks):
                        progress.advance(count)
            else:
                for chunk in chunks:
                    progress.advance(index_chunk(chunk))
            progress.close()


def bench_pages(model):
    return model.get_indexed_objects().filter(slug__startswith="bench-").order_by("pk")


def index_chunk(chunk):
    model, ids = chunk
    with translation.override(SOURCE_LANGUAGE):
        pages = list(bench_pages(model).filter(pk__in=ids))
        get_search_backend().get_index_for_model(model).add_items(model, pages)
    return len(pages)


_templates = {}


def build(model, **values):
    """An unsaved page: a copy of a default instance with `values` set.

    Django's and modeltranslation's constructors cost milliseconds for a model with a hundred
    translated columns (each default is computed under a language override); copying one
    default instance costs microseconds. Only per-language field names are given, never the
    base names that modeltranslation maps to the active language.
    """
    if model not in _templates:
        _templates[model] = model()
    page = copy.copy(_templates[model])
    for name, value in values.items():
        setattr(page, name, value)
    return page


def page_row(page):
    """The wagtailcore_page row of a specific page, as a plain Page."""
    translated = translator.get_options_for_model(Page).all_fields
    values = {
        field.attname: getattr(page, field.attname)
        for field in Page._meta.concrete_fields
        if field.name not in translated and field.attname != "id"
    }
    return build(Page, **values)


def check_tree():
    """What `Page.fix_tree()` would repair, by treebeard's rules, in one query: empty lists if sound.

    treebeard's own `Page.find_problems()` asks the same with a self-join that takes minutes
    at 10,000 pages on SQLite; tests/site/test_bench.py checks the two agree.
    """
    rows = list(Page.objects.values_list("pk", "path", "depth", "numchild"))
    steplen, alphabet = Page.steplen, set(Page.alphabet)
    paths = {path for _pk, path, _depth, _numchild in rows}
    children = Counter(path[:-steplen] for _pk, path, _depth, _numchild in rows)
    problems = {name: [] for name in ("bad_alphabet", "bad_path", "orphans", "wrong_depth", "wrong_numchild")}
    for pk, path, depth, numchild in rows:
        checks = {
            "bad_alphabet": set(path) <= alphabet,
            "bad_path": len(path) % steplen == 0,
            "orphans": len(path) == steplen or path[:-steplen] in paths,
            "wrong_depth": depth == len(path) // steplen,
            "wrong_numchild": numchild == children[path],
        }
        for name, sound in checks.items():
            if not sound:
                problems[name].append(pk)
    return problems


def picture_bytes(number):
    """A JPEG of the upload size editors use: two colours and a band, different for each number."""
    background = COLOURS[number % len(COLOURS)]
    band = COLOURS[(number // len(COLOURS) + 1) % len(COLOURS)]
    picture = PillowImage.new("RGB", IMAGE_SIZE, background)
    draw = ImageDraw.Draw(picture)
    offset = (number * 97) % IMAGE_SIZE[0]
    draw.rectangle((offset, 0, offset + 240, IMAGE_SIZE[1]), fill=band)
    draw.ellipse((100, 100, 420, 420), fill=(255, 255, 255))
    output = io.BytesIO()
    picture.save(output, "JPEG", quality=80)
    return output.getvalue()
