"""Real browser: projects keep one story's articles apart, and a link naming a project opens it."""

from __future__ import annotations

from conftest import run_streamlit, wait_for_app

OUTLET_CELLS = '[data-testid="stDataFrame"] [role="gridcell"][id^="glide-cell-1-"]'  # column 1 = Outlet


def _outlets(page) -> list[str]:
    page.wait_for_function(f"() => document.querySelectorAll('{OUTLET_CELLS}').length > 0")
    return sorted(page.locator(OUTLET_CELLS).all_inner_texts())


def test_two_projects_keep_their_articles_apart_and_a_link_opens_one(browser, tmp_path):
    story = tmp_path / "story_a.txt"
    story.write_text("Chipmaker rebounds\n\nBy Jane Doe, Reuters\n\nNvidia shares rose 8.9% on Tuesday after a rout.\n",
                     encoding="utf-8")
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.set_default_timeout(90_000)
    with run_streamlit(tmp_path / "data" / "uploads", tmp_path / "log.txt") as url:
        page.goto(f"{url}/?ov_tab=Articles")
        wait_for_app(page, "Article detail")
        seeds = _outlets(page)
        # create project A in the sidebar: it opens empty, and the URL names it
        page.get_by_role("button", name="New project").click()
        page.get_by_role("textbox", name="Name").fill("story-a")
        page.get_by_role("button", name="Create and open").click()
        wait_for_app(page, "No articles yet")
        page.wait_for_url("**project=story-a**")
        # add an article to A
        page.goto(f"{url}/add?project=story-a")
        wait_for_app(page, "Add articles")
        page.set_input_files('[data-testid="stFileUploaderDropzoneInput"]', [str(story)])
        wait_for_app(page)
        page.get_by_role("button", name="Add to corpus").click()
        page.get_by_text("Added 1 file").first.wait_for()
        assert (tmp_path / "data" / "projects" / "story-a" / "story_a.txt").is_file()
        # project B made on disk, with its own article
        b = tmp_path / "data" / "projects" / "story-b"
        b.mkdir()
        (b / "b.txt").write_text("Index slides\n\nWASHINGTON (AP) — The Nasdaq fell 3.1% on Monday.\n", encoding="utf-8")
        for name, expected in (("story-a", ["Reuters"]), ("story-b", ["Associated Press"])):
            page.goto(f"{url}/?project={name}&ov_tab=Articles")
            wait_for_app(page, "Article detail")
            page.wait_for_function(f"() => document.querySelectorAll('{OUTLET_CELLS}').length === 1")
            assert _outlets(page) == expected, name
            assert name in page.url
        # a filter change keeps the project in the URL; the default corpus has neither upload
        page.goto(f"{url}/?project=story-a&outlet=Reuters&ov_tab=Articles")
        wait_for_app(page, "Article detail")
        assert "project=story-a" in page.url and "outlet=Reuters" in page.url
        page.goto(f"{url}/?ov_tab=Articles")
        wait_for_app(page, "Article detail")
        assert _outlets(page) == seeds and "Reuters" not in seeds
        # a link with a path trick opens the default corpus and says why
        page.goto(f"{url}/?project=..%2F..%2Fetc&ov_tab=Articles")
        wait_for_app(page, "no valid project")
        assert _outlets(page) == seeds
        # the default project cannot be renamed or deleted
        assert page.get_by_role("button", name="Rename or delete").count() == 0
        # rename story-b: the folder moves and the URL follows
        page.goto(f"{url}/?project=story-b&ov_tab=Articles")
        wait_for_app(page, "Article detail")
        page.get_by_role("button", name="Rename or delete").click()
        page.get_by_role("textbox", name="New name").fill("story-c")
        page.get_by_role("textbox", name="New name").press("Enter")
        wait_for_app(page)
        page.get_by_role("button", name="Rename", exact=True).click()
        page.wait_for_url("**project=story-c**")
        wait_for_app(page, "Article detail")
        assert _outlets(page) == ["Associated Press"]
        assert (tmp_path / "data" / "projects" / "story-c" / "b.txt").is_file() and not b.exists()
        # delete it: only after the confirmation is ticked; the default corpus opens
        page.goto(f"{url}/?project=story-c&ov_tab=Articles")  # a fresh page: the popover closed
        wait_for_app(page, "Article detail")
        page.get_by_role("button", name="Rename or delete").click()
        delete = page.get_by_role("button", name="Delete the project")
        assert delete.is_disabled()
        page.get_by_text("Delete “story-c” with all its").click()
        wait_for_app(page)
        page.get_by_role("button", name="Delete the project").click()
        page.wait_for_function("() => !location.search.includes('project=')")
        wait_for_app(page, "Article detail")
        assert not (tmp_path / "data" / "projects" / "story-c").exists()
        assert _outlets(page) == seeds
    context.close()
