// The journeys as people use them: with JavaScript on and off, in English and Urdu, by
// keyboard and by label, with axe on every page they pass, error pages included.

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

/** Chooses a radio or checkbox by its visible label, as a person would. */
async function choose(page, label) {
  await page.getByLabel(label, { exact: true }).check();
}

/** Chooses an option inside one question, for answers like "No" that several questions share. */
async function chooseIn(page, question, label) {
  await page.getByRole("group", { name: question, exact: true }).getByLabel(label, { exact: true }).check();
}

async function fill(page, label, value) {
  await page.getByLabel(label, { exact: true }).fill(value);
}

async function next(page, button = "Continue") {
  await page.getByRole("button", { name: button, exact: true }).click();
  await page.waitForLoadState("domcontentloaded");
}

async function checked(page, path) {
  await expectNoAxeViolations(page, path);
}

/** A victim's referral in English; runs axe on every page it passes, including an error. */
async function victimJourney(page, { checkAxe = true } = {}) {
  const axe = async (label) => checkAxe && (await checked(page, label));
  await page.goto(suite.base + "/en/refer");
  await axe("start");
  await next(page, "Start now");
  await axe("who");
  await next(page); // nothing chosen: an error
  assert.match(await page.title(), /^Error:/);
  await axe("who with an error");
  await choose(page, "Me");
  await next(page);
  await choose(page, "I was harmed");
  await next(page);
  await choose(page, "Violence or assault");
  await choose(page, "It happened online");
  await axe("what happened");
  await next(page);
  await choose(page, "I know roughly how many years ago");
  await fill(page, "How many years ago?", "2");
  await next(page);
  await chooseIn(page, "Was it reported to the police?", "No");
  await choose(page, "It was not reported");
  await next(page);
  await page.getByRole("group", { name: "Where did it happen?" }).getByLabel("Walsall").check();
  await page.getByRole("group", { name: "Where do you live?" }).getByLabel("Walsall").check();
  await next(page);
  await page.getByRole("group", { name: "How old is the person who caused the harm?" }).getByLabel("18 or over").check();
  await page.getByRole("group", { name: "Do you know who they are?" }).getByLabel("Yes").check();
  await chooseIn(page, "How many people caused the harm?", "One person");
  await next(page);
  await axe("own words");
  await fill(page, "What happened?", "A few words.");
  await next(page);
  await fill(page, "What should we call you?", "Sam");
  await choose(page, "25 to 34");
  await next(page);
  await choose(page, "Phone call");
  await fill(page, "Phone number", "12345");
  await next(page);
  await axe("contact with an error");
  assert.equal(await page.getByLabel("Phone number", { exact: true }).inputValue(), "12345", "kept");
  await fill(page, "Phone number", "07700 900123");
  await next(page);
  await choose(page, "No");
  await next(page);
  await page.getByRole("group", { name: "Would you like an interpreter?" }).getByLabel("No").check();
  await page.getByRole("group", { name: "Do you use British Sign Language (BSL)?" }).getByLabel("No").check();
  await page.getByRole("group", { name: "Would you like someone with you to support you?" }).getByLabel("No").check();
  await next(page);
  await choose(page, "No");
  await next(page);
  await axe("not safe");
  assert.ok(await page.getByText("press 55").isVisible());
  await next(page, "Carry on");
  await axe("check answers");
  assert.ok(await page.getByText("07700 900123").isVisible());
  await page.getByRole("link", { name: "Continue" }).click();
  await axe("consent");
  await choose(page, "I agree to you using my answers to contact me about restorative justice");
  await next(page, "Send");
  await axe("confirmation");
  const reference = await page.locator(".panel-reference strong").textContent();
  assert.match(reference, /^RJ-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
  return reference;
}

describe("self-referral", () => {
  it("a victim refers themselves with JavaScript on, and every page passes axe", async () => {
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    await victimJourney(page);
    await page.getByRole("link", { name: "Answer the equality questions" }).click();
    await checked(page, "equality");
    await page.getByRole("group", { name: "What is your ethnic group?" }).getByLabel("I would rather not say").check();
    await next(page, "Send");
    assert.ok(page.url().endsWith("/en/refer/sent"));
    await context.close();
  });

  it("the same journey works with JavaScript off", async () => {
    const context = await suite.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await victimJourney(page, { checkAxe: false });
    await context.close();
  });

  it("an Urdu referral page is right to left, and its errors pass axe", async () => {
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    await page.goto(suite.base + "/ur/refer");
    await checked(page, "ur start");
    await page.locator("button.button-start").click();
    await page.waitForLoadState("domcontentloaded");
    assert.equal(await page.getAttribute("html", "dir"), "rtl");
    await page.locator("form button[type=submit]").click();
    await page.waitForLoadState("domcontentloaded");
    assert.ok(await page.locator(".error-summary").isVisible());
    assert.equal(await page.evaluate(() => document.activeElement.className), "error-summary");
    await checked(page, "ur who with an error");
    await context.close();
  });

  it("the error summary takes keyboard focus and its link goes to the field", async () => {
    const context = await suite.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(suite.base + "/en/refer");
    await next(page, "Start now");
    await next(page);
    assert.equal(await page.evaluate(() => document.activeElement.className), "error-summary");
    await page.getByRole("link", { name: "Choose who this is for" }).click();
    assert.equal(await page.evaluate(() => document.activeElement.id), "f-for-whom");
    await context.close();
  });
});

describe("call back", () => {
  for (const lang of ["en", "ur"]) {
    it(`a call back can be asked for in ${lang}, and every page passes axe`, async () => {
      const context = await suite.browser.newContext();
      const page = await context.newPage();
      await page.goto(`${suite.base}/${lang}/call-back`);
      await checked(page, `${lang} call-back start`);
      await page.locator("button.button-start").click();
      await page.waitForLoadState("domcontentloaded");
      await checked(page, `${lang} call-back details`);
      await page.locator("#f-name").fill("Sam");
      await page.locator("#f-phone").fill("0121 496 0000");
      await page.locator("#f-voicemail-ok").check();
      for (const step of ["details", "when", "language"]) {
        if (step === "language") await page.locator("#f-interpreter").check();
        await page.locator("form button[type=submit]").click();
        await page.waitForLoadState("domcontentloaded");
        await checked(page, `${lang} call-back after ${step}`);
      }
      await page.locator("form button[type=submit]").click(); // reason (optional)
      await page.waitForLoadState("domcontentloaded");
      await checked(page, `${lang} call-back check`);
      await page.locator("main a.button").click();
      await page.waitForLoadState("domcontentloaded");
      await page.locator("#f-consent").check();
      await page.locator("form button[type=submit]").click();
      await page.waitForLoadState("domcontentloaded");
      assert.ok(page.url().endsWith(`/${lang}/call-back/sent`), page.url());
      await checked(page, `${lang} call-back sent`);
      await context.close();
    });
  }
});

describe("too many tries", () => {
  let limited;
  before(async () => {
    limited = await startSuite({ RJ_POST_BURST: "1", RJ_POST_REFILL_SECONDS: "300" });
  });
  after(async () => {
    await limited?.stop();
  });

  async function expectWaitPage(page, lang, click) {
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST"),
      click(),
    ]);
    assert.equal(response.status(), 429);
    await page.waitForLoadState("domcontentloaded");
    assert.equal(await page.getAttribute("html", "lang"), lang);
    assert.equal(await page.locator("h1").count(), 1);
    assert.ok(await page.locator("a.quick-exit").isVisible());
    await expectNoAxeViolations(page, `${lang} wait page`);
  }

  it("the wait page passes axe in English and Urdu and keeps the quick exit", async () => {
    const context = await limited.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${limited.base}/en/call-back`);
    await page.locator("button.button-start").click(); // the one POST allowed
    await page.waitForLoadState("domcontentloaded");
    await expectWaitPage(page, "en", () => page.locator("form button[type=submit]").click());
    await page.goto(`${limited.base}/ur/call-back`);
    await expectWaitPage(page, "ur", () => page.locator("button.button-start").click());
    await context.close();
  });
});
