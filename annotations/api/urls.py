from django.urls import path

from . import views

app_name = "api"

urlpatterns = [
    path("articles/", views.ArticleListCreate.as_view(), name="article-list"),
    path("articles/<int:pk>/", views.ArticleDetail.as_view(), name="article-detail"),
    path("claims/", views.ClaimList.as_view(), name="claim-list"),
    path("claims/<int:pk>/", views.ClaimDetail.as_view(), name="claim-detail"),
    path("claims/<int:pk>/verdicts/", views.ClaimVerdictCreate.as_view(), name="claim-verdicts"),
    path("claims/<int:pk>/speaker/", views.ClaimSpeakerUpdate.as_view(), name="claim-speaker"),
    path("claims/<int:pk>/lookups/rerun/", views.ClaimLookupsRerun.as_view(), name="claim-lookups-rerun"),
    path("exports/verdicts", views.VerdictExport.as_view(), name="export-verdicts"),
    path("webhooks/", views.WebhookListCreate.as_view(), name="webhook-list"),
    path("webhooks/<int:pk>/", views.WebhookDetail.as_view(), name="webhook-detail"),
]
