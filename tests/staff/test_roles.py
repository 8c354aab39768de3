"""Editors, Moderators and Translators, tried against the admin views with real users of each group."""

import pytest

from django.apps import apps
from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.models import GroupPagePermission, Page, Workflow, WorkflowPage, WorkflowState

from pages.models import OrganisationSettings, StandardPage
from staff.roles import EDITORS, MODERATORS, TRANSLATORS, WORKFLOW_NAME, set_up_roles
from tests.admin_forms import empty_stream_fields, initial_form_data
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-test-password"


@pytest.fixture
def staff(db):
    """A logged-in client for a new user of the named group."""

    def login(client, group_name):
        user = UserFactory(username=group_name.lower(), password=PASSWORD, groups=[group_name])
        assert list(user.groups.values_list("name", flat=True)) == [group_name]
        client.force_login(user)
        return user

    return login


@pytest.fixture
def draft_page(about):
    """A page under About that was never published."""
    page = StandardPage(title="Draft notes", slug="draft-notes", live=False)
    about.add_child(instance=page)
    return page


def edit(client, page, **changes):
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    data = initial_form_data(client, url, selector="form#page-edit-form")
    data.update(changes)
    return client.post(url, data)


def refused(response):
    """Wagtail answers a forbidden admin action with 403 or a redirect to the dashboard."""
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    )


def page_permissions(group_name):
    root = Page.get_first_root_node()
    permissions = GroupPagePermission.objects.filter(group__name=group_name, page=root)
    return set(permissions.values_list("permission__codename", flat=True))


def test_groups_have_their_page_permissions_on_the_root():
    assert page_permissions(EDITORS) >= {"add_page", "change_page", "publish_page"}
    assert page_permissions(MODERATORS) >= {"add_page", "change_page", "publish_page"}
    assert page_permissions(TRANSLATORS) == {"change_page"}
    for name in (EDITORS, MODERATORS, TRANSLATORS):
        assert Group.objects.get(name=name).permissions.filter(codename="access_admin").exists()


def test_moderation_workflow_covers_the_whole_tree():
    workflow = WorkflowPage.objects.get(page=Page.get_first_root_node()).workflow
    assert workflow.name == WORKFLOW_NAME and workflow.active
    [task] = [task.specific for task in workflow.tasks.all()]
    assert list(task.groups.values_list("name", flat=True)) == [MODERATORS]
    assert Workflow.objects.filter(active=True).count() == 1


def test_setting_up_the_roles_again_changes_nothing():
    def snapshot():
        return (
            sorted(GroupPagePermission.objects.values_list("group__name", "permission__codename", "page_id")),
            sorted(Workflow.objects.values_list("name", "active")),
            sorted(WorkflowPage.objects.values_list("page_id", "workflow__name")),
            Group.objects.count(),
        )

    before = snapshot()
    set_up_roles(apps)
    set_up_roles(apps)
    assert snapshot() == before


def test_translator_edits_but_cannot_publish(client, staff, priority_index):
    staff(client, TRANSLATORS)
    assert client.get(reverse("wagtailadmin_pages:edit", args=[priority_index.pk])).status_code == 200

    response = edit(client, priority_index, title_th="ยุทธศาสตร์", **{"action-publish": "publish"})

    assert response.status_code == 302
    priority_index.refresh_from_db()
    assert not priority_index.title_th, "the live page is unchanged"
    assert priority_index.has_unpublished_changes
    assert priority_index.get_latest_revision_as_object().title_th == "ยุทธศาสตร์"


def test_translator_submits_and_a_moderator_approves(client, staff, priority_index):
    staff(client, TRANSLATORS)
    edit(client, priority_index, title_th="ยุทธศาสตร์", **{"action-submit": "submit"})
    state = WorkflowState.objects.get(object_id=str(priority_index.pk), status=WorkflowState.STATUS_IN_PROGRESS)
    assert state.workflow.name == WORKFLOW_NAME
    priority_index.refresh_from_db()
    assert not priority_index.title_th

    client.logout()
    staff(client, MODERATORS)
    task_state = state.current_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[priority_index.pk, "approve", task_state.pk])
    assert client.post(url, {"comment": ""}).status_code == 302

    priority_index.refresh_from_db()
    assert priority_index.title_th == "ยุทธศาสตร์" and not priority_index.has_unpublished_changes
    assert client.get("/th/priorities/").status_code == 200


def test_translator_cannot_delete_move_lock_or_unpublish(client, staff, priority_index, draft_page, home):
    translator = staff(client, TRANSLATORS)
    # Wagtail alone lets whoever may edit delete a page never published; pages/wagtail_hooks.py refuses.
    assert draft_page.permissions_for_user(translator).can_delete()
    for page in (priority_index, draft_page):
        assert refused(client.post(reverse("wagtailadmin_pages:delete", args=[page.pk])))
        assert refused(client.post(reverse("wagtailadmin_pages:move_confirm", args=[page.pk, home.pk])))
        assert refused(client.post(reverse("wagtailadmin_pages:lock", args=[page.pk])))
    assert refused(client.post(reverse("wagtailadmin_pages:unpublish", args=[priority_index.pk])))
    assert Page.objects.filter(pk__in=[priority_index.pk, draft_page.pk]).count() == 2
    priority_index.refresh_from_db()
    assert priority_index.live and not priority_index.locked


def test_translator_cannot_change_settings(client, staff, home):
    staff(client, TRANSLATORS)
    settings = OrganisationSettings.objects.get()
    url = reverse("wagtailsettings:edit", args=["pages", "organisationsettings", settings.site_id])
    assert refused(client.get(url))
    client.post(url, {"organisation_name_en": "Changed", "phone": "000"})
    settings.refresh_from_db()
    assert settings.organisation_name_en != "Changed"


def test_editor_publishes_and_deletes_a_draft(client, staff, priority_index, draft_page):
    staff(client, EDITORS)
    response = edit(client, priority_index, title_th="ยุทธศาสตร์", **{"action-publish": "publish"})
    assert response.status_code == 302
    priority_index.refresh_from_db()
    assert priority_index.title_th == "ยุทธศาสตร์" and priority_index.live

    assert client.post(reverse("wagtailadmin_pages:delete", args=[draft_page.pk])).status_code == 302
    assert not Page.objects.filter(pk=draft_page.pk).exists()


def test_editor_creates_a_page(client, staff, about):
    staff(client, EDITORS)
    url = reverse("wagtailadmin_pages:add", args=["pages", "standardpage", about.pk])
    data = initial_form_data(client, url)
    data.update(
        {"title_en": "Made by an editor", "slug": "made-by-an-editor", **empty_stream_fields(StandardPage, "body")}
    )
    assert client.post(url, data).status_code == 302
    assert StandardPage.objects.filter(slug="made-by-an-editor").exists()


def test_moderator_publishes(client, staff, priority_index):
    staff(client, MODERATORS)
    edit(client, priority_index, title_vi="Ưu tiên", **{"action-publish": "publish"})
    priority_index.refresh_from_db()
    assert priority_index.title_vi == "Ưu tiên"


@pytest.mark.parametrize("group_name", [EDITORS, MODERATORS, TRANSLATORS])
def test_every_role_sees_the_translators_tools(client, staff, group_name):
    staff(client, group_name)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    assert reverse("translation_report").encode() in response.content
    assert client.get(reverse("translation_report")).status_code == 200
    assert client.get(reverse("translation_files")).status_code == 200
