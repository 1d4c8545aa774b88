from __future__ import annotations

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from annotations.models import Article, Claim, Evidence, EvidenceLookup, LibraryDocument, LibraryPassage, Rating


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    password = factory.PostGenerationMethodCall("set_password", "secret-pass-123")

    @factory.post_generation
    def roles(self, create, extracted, **kwargs):
        if create and extracted:
            self.groups.set(Group.objects.filter(name__in=extracted))
        if create:
            self.save()


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article

    title = factory.Sequence(lambda n: f"Article {n}")
    text = "Die Arbeitslosigkeit stieg 2023 um 4,9 Prozent. Das ist schlecht."
    language = "de"
    content_hash = factory.Sequence(lambda n: f"{n:064d}")


class ClaimFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Claim

    article = factory.SubFactory(ArticleFactory)
    start = 0
    end = factory.LazyAttribute(lambda o: len(o.text))
    text = "Die Arbeitslosigkeit stieg 2023 um 4,9 Prozent."
    sentence = factory.LazyAttribute(lambda o: o.text)
    language = "de"
    score = 0.8
    status = Claim.Status.READY


class LookupFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = EvidenceLookup

    claim = factory.SubFactory(ClaimFactory)
    provider = "library"
    queued_at = factory.LazyFunction(timezone.now)


class EvidenceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Evidence

    lookup = factory.SubFactory(LookupFactory)
    claim = factory.LazyAttribute(lambda o: o.lookup.claim)
    provider = "library"
    source_key = factory.Sequence(lambda n: f"library:{n}")
    source_title = factory.Sequence(lambda n: f"Source {n}")
    url = factory.Sequence(lambda n: f"https://example.org/source/{n}")
    passage = "Unemployment rose 4.9 per cent in 2023."
    retrieved_at = factory.LazyFunction(timezone.now)
    relevance = 0.5
    rank = 1


class LibraryDocumentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = LibraryDocument

    origin = factory.Sequence(lambda n: f"test://doc/{n}")
    title = factory.Sequence(lambda n: f"Document {n}")
    language = "en"
    content_hash = factory.Sequence(lambda n: f"{n:064d}")


class LibraryPassageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = LibraryPassage

    document = factory.SubFactory(LibraryDocumentFactory)
    position = factory.Sequence(lambda n: n)
    text = "A passage."
    language = "en"


def rating(slug: str) -> Rating:
    return Rating.objects.get(slug=slug)
