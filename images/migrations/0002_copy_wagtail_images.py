"""Every image of Wagtail's own library becomes a SiteImage: same id (so StreamField blocks and page
fields keep pointing at it), same file, focal point, collection, uploader, tags and renditions.
Wagtail's description, its text alternative until now, becomes the English text alternative.

The rows of Wagtail's table stay (the files are shared, and nothing reads them any more), so the
migration can be reversed by deleting the copies.
"""

from django.core.management.color import no_style
from django.db import migrations
from django.db.models import OuterRef, Subquery

COPIED_FIELDS = (
    "id",
    "title",
    "file",
    "width",
    "height",
    "uploaded_by_user_id",
    "focal_point_x",
    "focal_point_y",
    "focal_point_width",
    "focal_point_height",
    "file_size",
    "file_hash",
    "collection_id",
    "description",
)
RENDITION_FIELDS = ("filter_spec", "file", "width", "height", "focal_point_key", "image_id")


def copy_images(apps, schema_editor):
    WagtailImage = apps.get_model("wagtailimages", "Image")
    WagtailRendition = apps.get_model("wagtailimages", "Rendition")
    SiteImage = apps.get_model("images", "SiteImage")
    SiteRendition = apps.get_model("images", "SiteRendition")
    ContentType = apps.get_model("contenttypes", "ContentType")
    TaggedItem = apps.get_model("taggit", "TaggedItem")

    copied = set(SiteImage.objects.values_list("pk", flat=True))
    originals = WagtailImage.objects.exclude(pk__in=copied).order_by("pk")
    SiteImage.objects.bulk_create(
        SiteImage(**{name: getattr(image, name) for name in COPIED_FIELDS}, alt_text_en=image.description)
        for image in originals.iterator()
    )
    # created_at fills itself in on insert; the upload time is the original's.
    SiteImage.objects.update(created_at=Subquery(WagtailImage.objects.filter(pk=OuterRef("pk")).values("created_at")[:1]))
    SiteRendition.objects.bulk_create(
        SiteRendition(**{name: getattr(rendition, name) for name in RENDITION_FIELDS})
        for rendition in WagtailRendition.objects.filter(image__in=originals.values("pk")).iterator()
    )

    old_type = ContentType.objects.filter(app_label="wagtailimages", model="image").first()
    if old_type is not None:
        new_type, _created = ContentType.objects.get_or_create(app_label="images", model="siteimage")
        TaggedItem.objects.filter(content_type=old_type).update(content_type=new_type)

    # Rows inserted with their ids leave PostgreSQL's sequences behind.
    connection = schema_editor.connection
    with connection.cursor() as cursor:
        for statement in connection.ops.sequence_reset_sql(no_style(), [SiteImage, SiteRendition]):
            cursor.execute(statement)


def delete_copies(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    TaggedItem = apps.get_model("taggit", "TaggedItem")
    new_type = ContentType.objects.filter(app_label="images", model="siteimage").first()
    old_type = ContentType.objects.filter(app_label="wagtailimages", model="image").first()
    if new_type is not None and old_type is not None:
        TaggedItem.objects.filter(content_type=new_type).update(content_type=old_type)
    apps.get_model("images", "SiteImage").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("images", "0001_initial"),
        ("wagtailimages", "0027_image_description"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(copy_images, delete_copies)]
