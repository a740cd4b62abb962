// Twenty languages in a real browser, sampled so the suite stays quick:
// - every page of every right-to-left locale passes axe and fits a 320 px screen;
// - in every locale: the home page, the referral start page, the Languages page and one error
//   state pass axe and fit 320 px;
// - the referral journey completed end to end in Arabic, Punjabi, Somali and Easy Read, the
//   Somali one with JavaScript off, filled in by field names (so the driver is the same in every
//   language) with axe on every page it passes;
// - the language switcher opens without JavaScript and keeps the answers inside a journey;
// - the pseudo-locales' main pages fit and pass axe (a layout that breaks there is too tight).
// English pages are covered in pages.test.mjs; Urdu's in both.

import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { expectNoAxeViolations, expectNoAxeViolationsAsServed, startSuite } from "./harness.mjs";

let suite;
let languages = [];
let pages = [];
const RTL = ["ar", "fa-AF", "fa", "ckb", "ps", "ur"];

before(async () => {
  suite = await startSuite({ RJ_PSEUDO_LOCALES: "1" });
  const xml = await (await fetch(suite.base + "/sitemap.xml")).text();
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  languages = [...new Set(paths.map((p) => p.split("/")[1]))];
  pages = [...new Set(paths.map((p) => p.split("/").slice(2).join("/")))];
});
after(async () => {
  await suite?.stop();
});

async function fitsSmallScreen(page, label) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  assert.equal(overflow, 0, `${label} scrolls sideways by ${overflow}px at 320 px`);
}

async function visit(page, path, { status = 200 } = {}) {
  const response = await page.goto(suite.base + path);
  assert.equal(response.status(), status, path);
  const lang = path.split("/")[1];
  assert.equal(await page.getAttribute("html", "lang"), lang, path);
  assert.equal(await page.getAttribute("html", "dir"), RTL.includes(lang) || lang === "ar-XB" ? "rtl" : "ltr", path);
}

describe("twenty languages", () => {
  it("the sitemap lists twenty languages", () => {
    assert.ok(languages.length >= 20, `only ${languages.length}: ${languages.join(", ")}`);
    for (const lang of [...RTL, "pa", "bn", "zh-Hans", "ti", "en-x-easyread", "uk"]) {
      assert.ok(languages.includes(lang), `${lang} missing`);
    }
  });

  it("every page of every right-to-left language passes axe and fits 320 px", async () => {
    const context = await suite.browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    for (const lang of RTL) {
      for (const rest of pages) {
        const path = `/${lang}/${rest}`;
        await visit(page, path);
        await expectNoAxeViolations(page, path);
        await fitsSmallScreen(page, path);
      }
    }
    await context.close();
  });

  it("in every language: home, referral start, Languages page and an error pass axe and fit 320 px", async () => {
    const context = await suite.browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    for (const lang of languages) {
      for (const rest of ["", "refer", "languages", "questions"]) {
        const path = `/${lang}/${rest}`;
        await visit(page, path);
        await expectNoAxeViolations(page, path);
        await fitsSmallScreen(page, path);
      }
      // An error state: the first question sent with nothing chosen.
      await page.goto(`${suite.base}/${lang}/refer`);
      await page.locator("main form button[type=submit]").first().click();
      await page.waitForLoadState("domcontentloaded");
      await page.locator("main form button[type=submit]").first().click();
      await page.waitForLoadState("domcontentloaded");
      assert.ok(await page.locator(".error-summary").isVisible(), `${lang}: the error summary shows`);
      await expectNoAxeViolations(page, `${lang} with an error`);
      await fitsSmallScreen(page, `${lang} with an error`);
    }
    await context.close();
  });

  it("the language switcher opens without JavaScript and keeps the answers inside a journey", async () => {
    const context = await suite.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${suite.base}/ar/refer`);
    await page.locator("main form button[type=submit]").first().click();
    await page.locator('input[name="for-whom"][value="me"]').check();
    await page.locator("main form button[type=submit]").first().click();
    await page.waitForURL(/\/ar\/refer\/connection$/);
    await page.locator('input[name="connection"][value="harmed"]').check();
    await page.locator("main form button[type=submit]").first().click();
    await page.locator(".lang-switcher summary").click();
    const somali = page.locator('.lang-switcher a[hreflang="so"]');
    assert.ok(await somali.isVisible(), "the list opens");
    await expectNoAxeViolationsAsServed(page, "switcher open");
    await somali.click();
    assert.match(page.url(), /\/so\/refer\/what-happened$/);
    assert.equal(await page.getAttribute("html", "lang"), "so");
    await page.goto(`${suite.base}/so/refer/connection`);
    assert.ok(await page.locator('input[name="connection"][value="harmed"]').isChecked(), "answer kept");
    await context.close();
  });
});

/** A victim's answers by field name; a page's fields are filled from here, then it is sent. */
const ANSWERS = {
  "for-whom": "me",
  connection: "harmed",
  "crime-type": "violence",
  when: "years-ago",
  "when-years": "2",
  reported: "no",
  stage: "not-reported",
  "area-happened": "walsall",
  "area-lives": "walsall",
  "other-age": "adult",
  "other-known": "yes",
  "how-many": "one",
  story: "A few words.",
  name: "Sam",
  "age-band": "25-34",
  "contact-ways": "phone",
  phone: "07700 900123",
  "voicemail-ok": "no",
  interpreter: "yes",
  bsl: "no",
  "support-person": "no",
  "safe-now": "yes",
  consent: "agree",
};

async function fillPage(page) {
  for (const [name, value] of Object.entries(ANSWERS)) {
    const choice = page.locator(`main input[name="${name}"][value="${value}"]`);
    if (await choice.count()) {
      await choice.check();
      continue;
    }
    const field = page.locator(`main input[type=text][name="${name}"], main input[type=tel][name="${name}"], main textarea[name="${name}"]`);
    if (await field.count()) await field.fill(value);
  }
}

async function referralIn(lang, { javaScriptEnabled }) {
  const context = await suite.browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  // axe cannot run inside a page with JavaScript off; there it checks the HTML as served.
  const axe = javaScriptEnabled ? expectNoAxeViolations : expectNoAxeViolationsAsServed;
  await visit(page, `/${lang}/refer`);
  await axe(page, `${lang} start`);
  await page.locator("main form button[type=submit]").first().click();
  await page.waitForLoadState("domcontentloaded");
  for (let step = 0; step < 30 && !page.url().endsWith("/refer/sent"); step++) {
    const label = `${lang} ${new URL(page.url()).pathname}`;
    await axe(page, label);
    if (page.url().endsWith("/refer/check")) {
      await page.locator("main a.button").click();
    } else {
      await fillPage(page);
      await page.locator("main form button[type=submit]").first().click();
    }
    await page.waitForLoadState("domcontentloaded");
    assert.equal(await page.locator(".error-summary").count(), 0, `${label}: an error after filling it`);
  }
  assert.match(page.url(), new RegExp(`/${lang}/refer/sent$`));
  assert.equal(await page.getAttribute("html", "lang"), lang);
  await axe(page, `${lang} confirmation`);
  const reference = await page.locator(".panel-reference strong").textContent();
  assert.match(reference, /^RJ-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
  await context.close();
}

describe("the referral journey in other languages", () => {
  it("in Arabic, with JavaScript", async () => referralIn("ar", { javaScriptEnabled: true }));
  it("in Punjabi, with JavaScript", async () => referralIn("pa", { javaScriptEnabled: true }));
  it("in Somali, with JavaScript off", async () => referralIn("so", { javaScriptEnabled: false }));
  it("in Easy Read, with JavaScript", async () => referralIn("en-x-easyread", { javaScriptEnabled: true }));
});

describe("the pseudo-locales", () => {
  for (const lang of ["en-XA", "ar-XB"]) {
    it(`${lang}: the main pages pass axe and fit 320 px`, async () => {
      const context = await suite.browser.newContext({ viewport: { width: 320, height: 640 } });
      const page = await context.newPage();
      for (const rest of ["", "refer", "what-is-restorative-justice", "questions", "contact", "languages"]) {
        const path = `/${lang}/${rest}`;
        await visit(page, path);
        await expectNoAxeViolations(page, path);
        await fitsSmallScreen(page, path);
      }
      await context.close();
    });
  }
});
