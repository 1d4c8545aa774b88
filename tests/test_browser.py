"""The reviewer UI in a real browser: Debian's Chromium driven by Playwright.

Screenshots of the main pages are saved to test-artifacts/screenshots/ for people to look at.
"""

import os
from pathlib import Path

import pytest

from annotations.models import Claim, Verdict
from tests.factories import ArticleFactory, ClaimFactory, EvidenceFactory, UserFactory

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
SHOTS = Path(__file__).resolve().parents[1] / "test-artifacts" / "screenshots"
TEXT = (
    "Die Börse reagierte nervös. Tokyo Electron verlor an der Börse 4,9 Prozent, "
    "während Nvidia um mehr als 2 % nachgab. 🎉 Michelle Guida sagte, dass 2020 doppelt so viele Ingenieure "
    "ihren Abschluss machten. Das Wetter in Tokio war mild."
)

if not Path(CHROMIUM).exists():
    if os.environ.get("CI"):
        pytest.fail(f"Browser tests need Chromium at {CHROMIUM} (apt-get install -y chromium)", pytrace=False)
    pytest.skip(f"Chromium not installed at {CHROMIUM}", allow_module_level=True)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(scope="module")
def browser():
    # Playwright's sync API runs an event loop; Django refuses ORM calls while one runs
    # unless told. Only for these tests, and undone afterwards.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield browser
        browser.close()
    if previous is None:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def desk(transactional_db):
    article = ArticleFactory(title="Chipkrieg", text=TEXT, language="de", source="Demo")
    quote = "Tokyo Electron verlor an der Börse 4,9 Prozent"
    start = TEXT.index(quote)
    claim = ClaimFactory(
        article=article,
        text=quote,
        start=start,
        end=start + len(quote),
        score=0.95,
        signals=[{"name": "percent", "weight": 1.8, "match": "4,9 Prozent"}],
    )
    evidence = EvidenceFactory(
        lookup__claim=claim,
        source_title="Chip stocks market report",
        passage="Shares of Tokyo Electron fell 4.9% in Tokyo trading.",
        numeric_check="agrees",
    )
    UserFactory(username="rita", roles=["reviewer"])
    UserFactory(username="rolf", roles=["reviewer"])
    UserFactory(username="eddie", roles=["editor"])
    return {"article": article, "claim": claim, "evidence": evidence}


def sign_in(browser, live_server, username):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(f"{live_server.url}/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", "secret-pass-123")
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_server.url}/")
    return page


def shot(page, name):
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_review_from_queue_to_verdict_with_cited_evidence(browser, live_server, desk):
    page = sign_in(browser, live_server, "rita")
    shot(page, "queue")
    row = page.locator("[data-claim-row]", has_text="Tokyo Electron")
    row.get_by_role("button", name="Take").click()
    page.wait_for_url(f"**/claims/{desk['claim'].pk}/")
    assert page.get_by_text("You are reviewing this claim").is_visible()
    assert page.locator("#evidence").get_by_text("Shares of Tokyo Electron fell 4.9%").is_visible()
    assert page.get_by_text("Agrees on the numbers").is_visible()
    page.get_by_label("Verified").check()
    page.get_by_label("Rationale").fill("The market report confirms the 4.9% fall.")
    page.get_by_label("Chip stocks market report").check()
    shot(page, "claim")
    page.get_by_role("button", name="Record verdict").click()
    page.wait_for_selector("text=Verdict recorded.")
    verdict = Verdict.objects.get(claim=desk["claim"])
    assert verdict.rating.slug == "verified"
    assert list(verdict.cited_evidence.all()) == [desk["evidence"]]
    assert verdict.reviewer.username == "rita"
    page.context.close()


def test_a_reviewer_names_the_speaker_the_extractor_missed(browser, live_server, desk):
    page = sign_in(browser, live_server, "rita")
    page.goto(f"{live_server.url}/claims/{desk['claim'].pk}/")
    page.get_by_text("Not a claim, the wrong span or the wrong speaker?").click()
    page.get_by_label("Speaker", exact=True).fill("Tokyo Electron")
    page.get_by_label("who is").select_option("Organization")
    page.get_by_role("button", name="Save speaker").click()
    page.wait_for_selector("text=Speaker saved.")
    assert page.locator(".claim-meta").get_by_text("Tokyo Electron").is_visible()
    desk["claim"].refresh_from_db()
    assert (desk["claim"].speaker, desk["claim"].speaker_type) == ("Tokyo Electron", "Organization")
    page.context.close()


def test_add_a_claim_by_selecting_text_on_the_article_page(browser, live_server, desk):
    page = sign_in(browser, live_server, "rita")
    page.goto(f"{live_server.url}/articles/{desk['article'].pk}/")
    page.wait_for_selector("[data-fulltext]")
    phrase = "Michelle Guida sagte, dass 2020 doppelt so viele Ingenieure ihren Abschluss machten."
    page.evaluate(
        """(phrase) => {
            const container = document.querySelector('[data-fulltext]');
            const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
            let node;
            while ((node = walker.nextNode())) {
                const i = node.data.indexOf(phrase);
                if (i >= 0) {
                    const range = document.createRange();
                    range.setStart(node, i);
                    range.setEnd(node, i + phrase.length);
                    const selection = window.getSelection();
                    selection.removeAllRanges();
                    selection.addRange(range);
                    return;
                }
            }
            throw new Error('phrase not found');
        }""",
        phrase,
    )
    page.wait_for_function("document.querySelector('#id_start').value !== ''")
    shot(page, "article")
    page.get_by_role("button", name="Add as claim").click()
    page.wait_for_selector("text=Claim added")
    added = Claim.objects.get(origin=Claim.Origin.MANUAL)
    assert added.text == phrase
    assert TEXT[added.start : added.end] == phrase, "offsets are code points, even after an emoji"
    page.context.close()


def test_an_arabic_article_reads_right_to_left_and_a_selected_claim_keeps_its_offsets(browser, live_server, desk):
    text = "ارتفعت البطالة في عام 2020 بنسبة 4.9 في المئة. وقال الوزير إن عدد العاطلين بلغ 1.2 مليون شخص."
    article = ArticleFactory(title="البطالة", text=text, language="ar", source="Demo")
    page = sign_in(browser, live_server, "rita")
    page.goto(f"{live_server.url}/articles/{article.pk}/")
    page.wait_for_selector("[data-fulltext]")
    direction = page.evaluate("getComputedStyle(document.querySelector('[data-fulltext]')).direction")
    assert direction == "rtl"
    assert page.evaluate("getComputedStyle(document.querySelector('h1')).direction") == "rtl"
    phrase = "وقال الوزير إن عدد العاطلين بلغ 1.2 مليون شخص."
    page.evaluate(
        """(phrase) => {
            const node = document.querySelector('[data-fulltext]').firstChild;
            const i = node.data.indexOf(phrase);
            const range = document.createRange();
            range.setStart(node, i);
            range.setEnd(node, i + phrase.length);
            window.getSelection().removeAllRanges();
            window.getSelection().addRange(range);
        }""",
        phrase,
    )
    page.wait_for_function("document.querySelector('#id_start').value !== ''")
    shot(page, "article-rtl")
    page.get_by_role("button", name="Add as claim").click()
    page.wait_for_selector("text=Claim added")
    added = Claim.objects.get(article=article, origin=Claim.Origin.MANUAL)
    assert (added.text, text[added.start : added.end]) == (phrase, phrase)
    assert added.language == "ar"
    page.context.close()


def test_two_reviewers_saving_the_same_claim_second_sees_the_conflict(browser, live_server, desk):
    first = sign_in(browser, live_server, "rita")
    second = sign_in(browser, live_server, "rolf")
    url = f"{live_server.url}/claims/{desk['claim'].pk}/"
    first.goto(url)
    second.goto(url)
    first.get_by_label("Verified").check()
    first.get_by_label("Rationale").fill("Confirmed by the market report.")
    first.get_by_role("button", name="Record verdict").click()
    first.wait_for_selector("text=Verdict recorded.")
    second.get_by_label("Disputed").check()
    second.get_by_label("Rationale").fill("My careful counter-argument.")
    second.get_by_role("button", name="Record verdict").click()
    second.wait_for_selector("[data-conflict]")
    assert "changed since you opened it" in second.locator("[data-conflict]").inner_text()
    assert second.get_by_label("Rationale").input_value() == "My careful counter-argument."
    shot(second, "conflict")
    assert Verdict.objects.filter(claim=desk["claim"]).count() == 1
    second.get_by_role("button", name="Record verdict").click()
    second.wait_for_selector("text=Verdict recorded.")
    assert Verdict.objects.filter(claim=desk["claim"]).count() == 2
    first.context.close()
    second.context.close()


def test_keyboard_only_review(browser, live_server, desk):
    page = sign_in(browser, live_server, "rita")
    page.keyboard.press("?")
    assert page.locator("#shortcuts").is_visible()
    page.keyboard.press("Escape")
    page.keyboard.press("j")
    page.keyboard.press("o")
    page.wait_for_url(f"**/claims/{desk['claim'].pk}/")
    page.keyboard.press("t")
    page.wait_for_selector("text=You are reviewing this claim")
    page.keyboard.press("d")
    page.keyboard.type("The report says 3.1 percent, not 4.9.")
    page.keyboard.press("Control+Enter")
    page.wait_for_selector("text=Verdict recorded.")
    verdict = Verdict.objects.get(claim=desk["claim"])
    assert verdict.rating.slug == "disputed"
    assert verdict.rationale == "The report says 3.1 percent, not 4.9."
    page.context.close()


def test_dashboard_renders_svg_charts_for_editors(browser, live_server, desk):
    page = sign_in(browser, live_server, "eddie")
    page.goto(f"{live_server.url}/dashboard/")
    # Claims per status and verdicts per day; no verdict yet, so no reviewer's bars, but
    # a sentence in the page's own type size.
    assert page.locator("svg.chart").count() == 2
    empty = page.locator(".chart-empty")
    assert empty.inner_text() == "No verdicts yet."
    assert float(empty.evaluate("element => parseFloat(getComputedStyle(element).fontSize)")) >= 12
    shot(page, "dashboard")
    page.context.close()


def test_every_page_loads_all_it_asks_for_without_script_errors(browser, live_server, desk):
    """No missing stylesheet, script or icon (a 404 the browser reports in its console)
    and no script error on the pages an editor opens, the login page first."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    failures: list[str] = []
    page.on(
        "response",
        lambda response: failures.append(f"{response.status} {response.url}") if response.status >= 400 else None,
    )
    page.on("console", lambda message: failures.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: failures.append(str(error)))
    page.goto(f"{live_server.url}/login/")
    page.wait_for_load_state("networkidle")
    page.fill("#id_username", "eddie")
    page.fill("#id_password", "secret-pass-123")
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_server.url}/")
    for path in (
        f"/claims/{desk['claim'].pk}/",
        f"/articles/{desk['article'].pk}/",
        "/articles/new/",
        "/dashboard/",
        "/exports/",
    ):
        page.goto(f"{live_server.url}{path}")
        page.wait_for_load_state("networkidle")
        assert page.locator("main").is_visible(), path
    assert failures == []
    context.close()
