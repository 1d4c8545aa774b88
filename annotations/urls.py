from django.urls import path

from . import views

app_name = "annotations"

urlpatterns = [
    path("", views.queue, name="queue"),
    path("dashboard/", views.dashboard, name="dashboard"),
    path("exports/", views.exports, name="exports"),
    path("articles/new/", views.article_new, name="article-new"),
    path("articles/<int:article_id>/", views.article_detail, name="article"),
    path("articles/<int:article_id>/progress.json", views.article_progress, name="article-progress"),
    path("articles/<int:article_id>/claims/", views.claim_add, name="claim-add"),
    path("articles/<int:article_id>/merge/", views.claims_merge, name="claims-merge"),
    path("claims/<int:claim_id>/", views.claim_detail, name="claim"),
    path("claims/<int:claim_id>/take/", views.claim_take, name="claim-take"),
    path("claims/<int:claim_id>/release/", views.claim_release, name="claim-release"),
    path("claims/<int:claim_id>/dismiss/", views.claim_dismiss, name="claim-dismiss"),
    path("claims/<int:claim_id>/span/", views.claim_span, name="claim-span"),
    path("claims/<int:claim_id>/speaker/", views.claim_speaker, name="claim-speaker"),
    path("claims/<int:claim_id>/comment/", views.claim_comment, name="claim-comment"),
    path("claims/<int:claim_id>/reopen/", views.claim_reopen, name="claim-reopen"),
    path("claims/<int:claim_id>/lookups/<int:lookup_id>/retry/", views.lookup_retry, name="lookup-retry"),
    path("claims/<int:claim_id>/lookups/rerun/", views.claim_lookups_rerun, name="lookups-rerun"),
    path(
        "claims/<int:claim_id>/verdicts/<int:verdict_id>/<str:action>/",
        views.verdict_action,
        name="verdict-action",
    ),
]
