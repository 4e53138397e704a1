// Proves the fixture pages themselves: each is served at its platform's real hostname, carries
// the platform's hooks, and its real editor engine turns real typing and pasting into model text
// and submits exactly once per submit path. The extension's own tests build on these pages.
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { enginesReadingSyntheticPaste, fixtureNames, type FixtureName } from "./fixtures/catalog.ts";
import {
  cspViolations,
  dispatchSyntheticPaste,
  editor,
  fixtureSpec,
  hostname,
  keySubmit,
  launchBrowser,
  modelText,
  openFixture,
  pageErrors,
  pasteText,
  saveScreenshot,
  submitControl,
  submitted,
  typeText,
  type BrowserSession,
} from "./harness.ts";

/** Accents, a dash, an emoji (a surrogate pair), a hashtag and a mention, typed key by key. */
const TYPED = "Café — naïve 🚀 #launch @ann";
const PASTED = " Pasted: “quotes” & ünïcödé 👍🏽";

const POLL = { timeout: 5_000 };

describe("fixture pages (run with npm run test:e2e)", () => {
  let browser: BrowserSession;
  let page: Page | undefined;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async (context) => {
    if (page && context.task.result?.state === "fail") {
      await saveScreenshot(page, `fixtures-${context.task.suite?.name ?? ""}-${context.task.name}`);
    }
    await page?.close();
    page = undefined;
  });

  const open = async (name: FixtureName): Promise<Page> => {
    page = await openFixture(browser.context, name);
    return page;
  };

  /** No uncaught exception and no CSP violation on the page during the test. */
  const expectHealthy = async (current: Page) => {
    expect(pageErrors(current).map(String)).toEqual([]);
    expect(await cspViolations(current)).toEqual([]);
  };

  describe.each(fixtureNames)("%s", (name) => {
    const spec = fixtureSpec(name);
    const index = spec.composer ?? 0;
    const expectedSubmission = (text: string, how: "click" | "shortcut" | "enter") =>
      expect.objectContaining({ text, how, ...(spec.composerName ? { composer: spec.composerName } : {}) });

    test("is served at its real hostname with the platform's hooks", async () => {
      const current = await open(name);
      expect(await hostname(current)).toBe(spec.hostname);
      expect(new URL(current.url()).protocol).toBe("https:");
      for (const hook of spec.hooks) {
        expect(await current.locator(hook).count(), hook).toBeGreaterThan(0);
      }
      expect(await modelText(current, index)).toBe("");
      expect(await submitted(current)).toEqual([]);
      await expectHealthy(current);
    });

    test("typing and a trusted paste reach the editor's model exactly", async () => {
      const current = await open(name);
      await typeText(current, name, TYPED);
      await expect.poll(() => modelText(current, index), POLL).toBe(TYPED);
      await pasteText(current, name, PASTED);
      await expect.poll(() => modelText(current, index), POLL).toBe(TYPED + PASTED);
      expect(await submitted(current)).toEqual([]);
      await expectHealthy(current);
    });

    test(`a typed line break becomes ${JSON.stringify(spec.modelLineBreak)} in the model`, async () => {
      const current = await open(name);
      await typeText(current, name, "first line\nsecond line");
      await expect.poll(() => modelText(current, index), POLL).toBe(`first line${spec.modelLineBreak}second line`);
      expect(await submitted(current)).toEqual([]);
      await expectHealthy(current);
    });

    test("clicking submit records one submission of the model text", async () => {
      const current = await open(name);
      await typeText(current, name, TYPED);
      await expect.poll(() => modelText(current, index), POLL).toBe(TYPED);
      await submitControl(current, name).click();
      await expect.poll(() => submitted(current), POLL).toEqual([expectedSubmission(TYPED, "click")]);
      // The platforms reset the composer after posting; the next post starts empty.
      await expect.poll(() => modelText(current, index), POLL).toBe("");
      await typeText(current, name, "second post");
      await submitControl(current, name).click();
      await expect
        .poll(() => submitted(current), POLL)
        .toEqual([expectedSubmission(TYPED, "click"), expectedSubmission("second post", "click")]);
      await expectHealthy(current);
    });

    const how = spec.keySubmit;
    if (how) {
      test(`${how === "enter" ? "Enter" : "Ctrl/Cmd+Enter"} records one submission of the model text`, async () => {
        const current = await open(name);
        await typeText(current, name, TYPED);
        await expect.poll(() => modelText(current, index), POLL).toBe(TYPED);
        await keySubmit(current, name);
        await expect.poll(() => submitted(current), POLL).toEqual([expectedSubmission(TYPED, how)]);
        await expect.poll(() => modelText(current, index), POLL).toBe("");
        await expectHealthy(current);
      });
    } else {
      test("Ctrl/Cmd+Enter does not submit (the platform has no shortcut)", async () => {
        const current = await open(name);
        await typeText(current, name, TYPED);
        await expect.poll(() => modelText(current, index), POLL).toBe(TYPED);
        await current.keyboard.press("ControlOrMeta+Enter");
        // A control submission proves the page was still listening when the shortcut went unheard.
        await submitControl(current, name).click();
        await expect.poll(() => submitted(current), POLL).toEqual([expect.objectContaining({ how: "click" })]);
        await expectHealthy(current);
      });
    }

    const engineReadsPaste = enginesReadingSyntheticPaste.has(spec.engine);
    test(`an untrusted paste event is ${engineReadsPaste ? "inserted by the engine" : "ignored"}`, async () => {
      const current = await open(name);
      await typeText(current, name, "start");
      await expect.poll(() => modelText(current, index), POLL).toBe("start");
      await dispatchSyntheticPaste(current, name, " synthetic");
      if (engineReadsPaste) {
        await expect.poll(() => modelText(current, index), POLL).toBe("start synthetic");
      } else {
        // Textareas and unmanaged contenteditables have no paste handler of their own, and an
        // untrusted event has no default action. Prove the page is live, then that nothing came.
        await typeText(current, name, "!", { focus: false });
        await expect.poll(() => modelText(current, index), POLL).toBe("start!");
      }
      await expectHealthy(current);
    });
  });

  describe("platform specifics", () => {
    test("x: the account switcher's avatar test id ends with the handle", async () => {
      const current = await open("x");
      const testId = await current
        .locator('[data-testid="SideNav_AccountSwitcher_Button"] [data-testid^="UserAvatar-Container-"]')
        .getAttribute("data-testid");
      expect(testId?.replace("UserAvatar-Container-", "")).toBe("annexample");
    });

    test("x: a thread posts every item with one click on “Post all”", async () => {
      const current = await open("x");
      await typeText(current, "x", "first item");
      await current.locator('[data-testid="addButton"]').click();
      const second = current.locator('[data-testid="tweetTextarea_1"]');
      await second.click();
      await current.keyboard.type("second item");
      await expect.poll(() => modelText(current, 1), POLL).toBe("second item");
      await expect(current.locator('[data-testid^="tweetTextarea_"][role="textbox"]').count()).resolves.toBe(2);
      const button = submitControl(current, "x");
      expect(await button.textContent()).toBe("Post all");
      await button.click();
      await expect
        .poll(() => submitted(current), POLL)
        .toEqual([{ text: "first item", how: "click", parts: ["first item", "second item"] }]);
    });

    test("x: the Post button is disabled while the composer is empty", async () => {
      const current = await open("x");
      await expect(submitControl(current, "x").isDisabled()).resolves.toBe(true);
      await typeText(current, "x", "a");
      await expect.poll(() => submitControl(current, "x").isDisabled(), POLL).toBe(false);
    });

    test("linkedin: the author is the first line of the settings button; Post waits for text", async () => {
      const current = await open("linkedin");
      const lines = (await current.locator(".share-unified-settings-entry-button").innerText()).split("\n");
      expect(lines[0]).toBe("Ann Example");
      await expect(submitControl(current, "linkedin").isDisabled()).resolves.toBe(true);
    });

    test("bluesky: the account is localStorage.BSKY_STORAGE session.currentAccount", async () => {
      const current = await open("bluesky");
      const handle = await current.evaluate(
        () => JSON.parse(localStorage.getItem("BSKY_STORAGE") ?? "{}").session?.currentAccount?.handle,
      );
      expect(handle).toBe("ann.bsky.social");
    });

    test("mastodon: the account is accounts[meta.me].acct in the initial state", async () => {
      const current = await open("mastodon");
      const acct = await current.evaluate(() => {
        const state = JSON.parse(document.getElementById("initial-state")?.textContent ?? "{}");
        return state.accounts?.[state.meta?.me]?.acct;
      });
      expect(acct).toBe("ann");
    });

    for (const name of ["mastodon", "bluesky"] as const) {
      test(`${name}: Ctrl/Cmd+Enter publishes with no click and no submit event`, async () => {
        const current = await open(name);
        await current.evaluate(() => {
          const seen: string[] = [];
          (window as unknown as { __seen: string[] }).__seen = seen;
          for (const type of ["click", "submit"]) window.addEventListener(type, () => seen.push(type), true);
        });
        await typeText(current, name, "shortcut only");
        await keySubmit(current, name);
        await expect.poll(() => submitted(current), POLL).toEqual([{ text: "shortcut only", how: "shortcut" }]);
        // typeText's focusing click is the only click.
        expect(await current.evaluate(() => (window as unknown as { __seen: string[] }).__seen)).toEqual(["click"]);
      });
    }

    test("threads: the profile link gives the handle", async () => {
      const current = await open("threads");
      const href = await current.locator('svg[aria-label="Profile"]').evaluate((svg) => svg.closest("a")?.getAttribute("href"));
      expect(href).toBe("/@annexample");
    });

    test("reddit: focus inside the shadow root is reported on the host; composedPath() reaches the editor", async () => {
      const current = await open("reddit");
      await current.evaluate(() => {
        document.addEventListener("focusin", (event) => {
          const target = event.composedPath()[0] as Element;
          (window as unknown as { __focus: string[] }).__focus = [
            (event.target as Element).localName,
            `${target.localName}[name=${target.getAttribute("name")}]`,
          ];
        });
      });
      await editor(current, "reddit").click();
      expect(await current.evaluate(() => (window as unknown as { __focus: string[] }).__focus)).toEqual([
        "shreddit-composer",
        "div[name=body]",
      ]);
      expect(await current.evaluate(() => document.activeElement?.localName)).toBe("shreddit-composer");
      expect(await current.evaluate(() => document.querySelector("[data-lexical-editor]"))).toBeNull();
      expect(await current.evaluate(() => document.querySelector("shreddit-app")?.getAttribute("user-logged-in"))).toBe(
        "true",
      );
    });

    test("reddit and pinterest record the title field with the body", async () => {
      const reddit = await open("reddit");
      await reddit.locator('faceplate-textarea-input[name="title"] textarea').fill("A title");
      await typeText(reddit, "reddit", "Body");
      await submitControl(reddit, "reddit").click();
      await expect.poll(() => submitted(reddit), POLL).toEqual([{ text: "Body", how: "click", title: "A title" }]);
      await reddit.close();

      const pinterest = await open("pinterest");
      await pinterest.locator("input#storyboard-selector-title").click();
      await pinterest.keyboard.type("Pin title");
      await typeText(pinterest, "pinterest", "Pin description");
      await submitControl(pinterest, "pinterest").click();
      await expect
        .poll(() => submitted(pinterest), POLL)
        .toEqual([{ text: "Pin description", how: "click", title: "Pin title" }]);
    });

    test("tiktok: the caption editor lives in the same-origin upload iframe, not the top document", async () => {
      const current = await open("tiktok");
      expect(await current.evaluate(() => document.querySelector(".public-DraftEditor-content"))).toBeNull();
      const frameUrl = await current.locator('iframe[data-tt="Upload_index_iframe"]').evaluate(
        (frame) => (frame as HTMLIFrameElement).contentWindow?.location.href,
      );
      expect(new URL(frameUrl ?? "about:blank").hostname).toBe("www.tiktok.com");
    });

    test("youtube: the comment box exists only after the placeholder is clicked", async () => {
      const current = (page = await browser.context.newPage());
      await current.goto(fixtureSpec("youtube").url);
      await current.waitForFunction(() => window.__fixture?.ready === true);
      expect(await editor(current, "youtube").count()).toBe(0);
      await current.locator(fixtureSpec("youtube").open!).click();
      await expect(editor(current, "youtube").count()).resolves.toBe(1);
    });

    test("pinterest: an overlay covers the description editor until it is clicked", async () => {
      const current = (page = await browser.context.newPage());
      await current.goto(fixtureSpec("pinterest").url);
      await current.waitForFunction(() => window.__fixture?.ready === true);
      const hit = () =>
        editor(current, "pinterest").evaluate((element) => {
          const box = element.getBoundingClientRect();
          return document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2)?.getAttribute("role") ?? null;
        });
      expect(await hit()).toBe("button");
      await current.locator(fixtureSpec("pinterest").open!).click();
      await expect.poll(hit, POLL).not.toBe("button");
      await expect.poll(() => editor(current, "pinterest").evaluate((element) => element === document.activeElement), POLL).toBe(true);
    });
  });
});
