"""Merging a page type's `summary` into BasePage's `introduction`, language by language: the data
migrations programmes/0007 and news/0002, which give events, exhibitions and news one short text.

Per language (summary_ko into introduction_ko, and so on):
- no summary: nothing changes;
- no introduction, or the same text: the introduction becomes the summary;
- both, different: the summary, a blank line, then the old introduction. The summary comes first
  because it is what visitors saw on cards, in feeds and calendars; the introduction they saw under
  the title stays after it, so no text is lost and the editor can shorten it.
The reverse gives the summary the introduction's first paragraph and the introduction the rest, so
a merged text splits back; an introduction that was empty keeps the summary's text.
"""

SEPARATOR = "\n\n"


def paired_names(names, source, target):
    """(source name, target name) for the source field and each of its languages, e.g.
    ("summary_ko", "introduction_ko"), read from the names present (the languages of that time)."""
    pairs = []
    for name in names:
        if name == source or name.startswith(f"{source}_"):
            pairs.append((name, target + name[len(source) :]))
    return pairs


def merge_into(values, source="summary", target="introduction"):
    """Merge `source` into `target` in a dict of field values; the names of the targets changed."""
    changed = []
    for source_name, target_name in paired_names(list(values), source, target):
        summary = (values.get(source_name) or "").strip()
        introduction = (values.get(target_name) or "").strip()
        if not summary or summary == introduction or introduction.startswith(summary + SEPARATOR):
            continue  # nothing to merge, or merged already
        values[target_name] = f"{summary}{SEPARATOR}{introduction}" if introduction else summary
        changed.append(target_name)
    return changed


def split_from(values, source="summary", target="introduction", source_names=()):
    """The reverse of merge_into: the target's first paragraph back into the source; the names changed."""
    changed = []
    for source_name, target_name in paired_names(source_names or list(values), source, target):
        if target_name not in values:
            continue  # a revision saved before the field existed
        first, separator, rest = (values[target_name] or "").partition(SEPARATOR)
        values[source_name] = first
        changed.append(source_name)
        if separator:
            values[target_name] = rest
            changed.append(target_name)
    return changed


def field_names(model, prefix):
    return [field.attname for field in model._meta.concrete_fields if field.name.split("_")[0] == prefix]


def merge_pages(apps, model_labels, reverse=False):
    """Run merge_into (or split_from) on each page of the models and on each of their revisions, so
    a draft published later, or an old revision restored, keeps its text too."""
    content_type_model = apps.get_model("contenttypes", "ContentType")
    revision_model = apps.get_model("wagtailcore", "Revision")
    for label in model_labels:
        model = apps.get_model(label)
        summary_names = field_names(model, "summary")
        introduction_names = field_names(model, "introduction")
        for page in model.objects.only("pk", *summary_names, *introduction_names).iterator():
            values = {name: getattr(page, name) for name in summary_names + introduction_names}
            changed = split_from(values, source_names=summary_names) if reverse else merge_into(values)
            if changed:
                model.objects.filter(pk=page.pk).update(**{name: values[name] for name in changed})
        content_type = content_type_model.objects.filter(
            app_label=model._meta.app_label, model=model._meta.model_name
        ).first()
        if content_type is None:
            continue
        for revision in revision_model.objects.filter(content_type=content_type).only("content").iterator():
            content = revision.content
            changed = split_from(content, source_names=summary_names) if reverse else merge_into(content)
            if changed:
                revision_model.objects.filter(pk=revision.pk).update(content=content)
