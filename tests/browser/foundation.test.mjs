// The foundation in a real browser: language and direction, accessibility, the quick exit with
// JavaScript on and off, keyboard order and small screens.

import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { expectNoAxeViolations, startSuite } from "./harness.mjs";

let suite;
before(async () => {
  suite = await startSuite();
});
after(async () => {
  await suite?.stop();
});

async function newPage(options = {}) {
  const context = await suite.browser.newContext(options);
  const page = await context.newPage();
  return { context, page };
}

describe("pages in every direction", () => {
  const cases = [
    ["/en/", "en", "ltr"],
    ["/ur/", "ur", "rtl"],
    ["/pl/", "pl", "ltr"],
    ["/en/privacy", "en", "ltr"],
    ["/ur/contact", "ur", "rtl"],
    ["/xx/", "en", "ltr"],
    ["/ur/no-such-page", "ur", "rtl"],
  ];
  for (const [path, lang, dir] of cases) {
    it(`${path} has lang=${lang}, dir=${dir} and no axe violations`, async () => {
      const { context, page } = await newPage();
      await page.goto(suite.base + path);
      assert.equal(await page.getAttribute("html", "lang"), lang);
      assert.equal(await page.getAttribute("html", "dir"), dir);
      await expectNoAxeViolations(page, path);
      await context.close();
    });
  }
});

describe("quick exit with JavaScript", () => {
  it("pressing Shift three times leaves, and Back does not return to us", async () => {
    const { context, page } = await newPage();
    await page.goto(suite.neutral + "/before");
    await page.goto(suite.base + "/en/");
    await page.keyboard.press("Shift");
    await page.keyboard.press("Shift");
    await page.keyboard.press("Shift");
    await page.waitForURL(suite.exitUrl);
    await page.goBack();
    assert.ok(!page.url().startsWith(suite.base), `Back returned to ${page.url()}`);
    assert.equal(page.url(), suite.neutral + "/before");
    await context.close();
  });

  it("typing between Shift presses does not leave", async () => {
    const { context, page } = await newPage();
    await page.goto(suite.base + "/en/");
    await page.keyboard.press("Shift");
    await page.keyboard.press("Shift");
    await page.keyboard.press("a");
    await page.keyboard.press("Shift");
    await page.waitForTimeout(300);
    assert.equal(page.url(), suite.base + "/en/");
    await context.close();
  });

  it("the button blanks the page, clears our cookies and replaces the history entry", async () => {
    const { context, page } = await newPage();
    await context.addCookies([{ name: "rj_session", value: "abc", url: suite.base }]);
    await page.goto(suite.neutral + "/before");
    await page.goto(suite.base + "/ur/");
    assert.equal(await page.locator(".quick-exit-hint").isVisible(), true, "hint shown with JS");
    await page.getByRole("link", { name: "یہ ویب سائٹ چھوڑیں", exact: true }).click();
    await page.waitForURL(suite.exitUrl);
    assert.deepEqual(await context.cookies(suite.base), []);
    await page.goBack();
    assert.equal(page.url(), suite.neutral + "/before");
    await context.close();
  });
});

describe("quick exit without JavaScript", () => {
  it("the link goes through /exit to the neutral site and clears our cookies", async () => {
    const { context, page } = await newPage({ javaScriptEnabled: false });
    await context.addCookies([{ name: "rj_session", value: "abc", url: suite.base }]);
    await page.goto(suite.base + "/pl/");
    assert.equal(await page.locator(".quick-exit-hint").isVisible(), false, "no hint without JS");
    await page.getByRole("link", { name: "Opuść stronę", exact: true }).click();
    await page.waitForURL(suite.exitUrl);
    assert.deepEqual(await context.cookies(suite.base), []);
    await context.close();
  });
});

describe("keyboard", () => {
  it("the first tab stop skips to content and the second is the quick exit", async () => {
    const { context, page } = await newPage();
    await page.goto(suite.base + "/en/");
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute("href")), "#main");
    assert.ok(await page.locator(".skip-link").isVisible(), "skip link visible when focused");
    await page.keyboard.press("Tab");
    const second = await page.evaluate(() => [
      document.activeElement.getAttribute("href"),
      document.activeElement.textContent,
    ]);
    assert.deepEqual(second, ["/exit", "Exit this site now"]);
    assert.ok(await page.locator(".quick-exit-skip").isVisible(), "exit link visible when focused");
    await context.close();
  });
});

describe("small screens", () => {
  for (const path of ["/en/", "/ur/", "/pl/privacy"]) {
    it(`${path} fits 320 px without horizontal scrolling`, async () => {
      const { context, page } = await newPage({ viewport: { width: 320, height: 640 } });
      await page.goto(suite.base + path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      assert.equal(overflow, 0, `${path} scrolls sideways by ${overflow}px`);
      await context.close();
    });
  }
});
