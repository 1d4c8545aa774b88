"""The role groups and the default rating scale (editable in the admin afterwards)."""

from django.db import migrations

GROUPS = ["reviewer", "editor", "admin"]
RATINGS = [
    # slug, label, outcome, ClaimReview ratingValue (1 worst … 5 best), FEVER label
    ("verified", "Verified", "verified", 5, "SUPPORTS"),
    ("disputed", "Disputed", "disputed", 1, "REFUTES"),
    ("misleading", "Misleading", "disputed", 2, "REFUTES"),
    ("unverifiable", "Unverifiable", "disputed", 3, "NOT ENOUGH INFO"),
]


def forward(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Rating = apps.get_model("annotations", "Rating")
    for name in GROUPS:
        Group.objects.get_or_create(name=name)
    for position, (slug, label, outcome, value, fever) in enumerate(RATINGS):
        Rating.objects.get_or_create(
            slug=slug,
            defaults={
                "label": label,
                "outcome": outcome,
                "claimreview_value": value,
                "fever_label": fever,
                "position": position,
            },
        )


def backward(apps, schema_editor):
    apps.get_model("annotations", "Rating").objects.filter(slug__in=[r[0] for r in RATINGS]).delete()


class Migration(migrations.Migration):
    dependencies = [("annotations", "0002_library_fulltext"), ("auth", "0012_alter_user_first_name_max_length")]

    operations = [migrations.RunPython(forward, backward)]
