from django.urls import path

from . import views

app_name = "annotations"

urlpatterns = [
    path("", views.queue, name="queue"),
    path("articles/<int:article_id>/", views.article_detail, name="article"),
    path("claims/<int:claim_id>/", views.claim_detail, name="claim"),
    path("exports/", views.exports, name="exports"),
]
