// The people the victim journey in journeys.test.mjs does not cover: a bereaved family member
// in Urdu, a person who caused harm without JavaScript, a probation officer with and without
// the person's agreement, every out-of-scope route and its kind page, and a keyboard-only call
// back. Every page each of them passes is checked with axe (WCAG 2.2 AA).
//
// Without JavaScript, axe cannot run inside the page (evaluating it there closes the page), so
// each page is checked as served: its HTML is replayed at the same address in a second,
// script-capable context with site.js held back, and axe runs there.

import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expectNoAxeViolations, expectNoAxeViolationsAsServed, startSuite } from "./harness.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const REFERENCE = /^RJ-[A-Z2-9]{4}-[A-Z2-9]{4}$/;

/** The one-line messages of a locale's journey.ftl, so Urdu labels are the translators' own. */
function messages(lang) {
  const file = path.resolve(here, "..", "..", "locales", lang, "journey.ftl");
  const map = new Map();
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const m = /^([a-z0-9-]+) = (.+)$/.exec(line);
    if (m) map.set(m[1], m[2].trim());
  }
  return (id) => {
    assert.ok(map.has(id), `${id} is not in locales/${lang}/journey.ftl`);
    return map.get(id);
  };
}
const ur = messages("ur");

let suite;
before(async () => {
  suite = await startSuite();
});
after(async () => {
  await suite?.stop();
});

/** A person with their own browser: a language, and JavaScript on or off. */
async function visitor(lang, { js = true } = {}) {
  const context = await suite.browser.newContext({ javaScriptEnabled: js });
  const page = await context.newPage();
  return {
    lang,
    js,
    page,
    visited: [],
    async close() {
      await context.close();
    },
  };
}

/** axe on the page as the visitor sees it; without JavaScript, on the same HTML replayed. */
async function axe(v, label) {
  return v.js ? expectNoAxeViolations(v.page, label) : expectNoAxeViolationsAsServed(v.page, label);
}

/**
 * Waits until the visitor is on this page of the journey, checks the page is in their language
 * and direction, and runs axe on it. Every page a journey passes goes through here.
 */
async function on(v, slug, journey = "refer") {
  const want = slug ? `/${v.lang}/${journey}/${slug}` : `/${v.lang}/${journey}`;
  await v.page.waitForURL((u) => u.pathname === want);
  assert.equal(await v.page.getAttribute("html", "lang"), v.lang, want);
  assert.equal(await v.page.getAttribute("html", "dir"), v.lang === "ur" ? "rtl" : "ltr", want);
  await axe(v, want);
  v.visited.push({ page: want, mainHeadings: await v.page.locator("h1").count() });
}

/**
 * Ends a journey: every page it passed had exactly one main heading (axe's WCAG rules do not
 * check this; it is how screen reader users find where they are). Asserted at the end, so one
 * page without a heading does not hide what the rest of the journey shows.
 */
async function finish(v) {
  try {
    const without = v.visited.filter((p) => p.mainHeadings !== 1);
    assert.deepEqual(without, [], "pages without exactly one h1");
  } finally {
    await v.close();
  }
}

async function choose(page, label) {
  await page.getByLabel(label, { exact: true }).check();
}

/** Chooses an option inside one question, for answers like "Yes" that several questions share. */
async function chooseIn(page, question, label) {
  await page.getByRole("group", { name: question, exact: true }).getByLabel(label, { exact: true }).check();
}

async function fill(page, label, value) {
  await page.getByLabel(label, { exact: true }).fill(value);
}

async function press(page, button) {
  await page.getByRole("button", { name: button, exact: true }).click();
}

async function heading(page) {
  return (await page.getByRole("heading", { level: 1 }).textContent()).trim();
}

async function expectReference(page) {
  const reference = (await page.locator(".panel-reference strong").textContent()).trim();
  assert.match(reference, REFERENCE);
  return reference;
}

describe("a bereaved family member, in Urdu", () => {
  it("refers themselves right to left, by Urdu labels, and every page passes axe", async () => {
    const v = await visitor("ur");
    const { page } = v;
    const next = () => press(page, ur("button-continue"));
    await page.goto(`${suite.base}/ur/refer`);
    await on(v, null);
    assert.equal(await heading(page), ur("start-referral-title"));
    await press(page, ur("button-start"));

    await on(v, "who");
    await choose(page, ur("q-for-whom-me"));
    await next();

    await on(v, "connection");
    await choose(page, ur("q-connection-bereaved"));
    await next();

    await on(v, "what-happened");
    await choose(page, ur("q-crime-type-driving"));
    await next();

    await on(v, "when");
    await choose(page, ur("q-when-date"));
    // Month names come from CLDR (app::i18n::format), not from the locale's files: pick March
    // by value and check its label is the Urdu name, not the English one.
    const month = page.getByLabel(ur("q-when-month"), { exact: true });
    await month.selectOption("3");
    const march = (await month.locator('option[value="3"]').textContent()).trim();
    assert.ok(march && march !== "March" && /[\u0600-\u06FF]/.test(march), `March in Urdu, got ${march}`);
    await fill(page, ur("q-when-year"), "2023");
    await next();

    await on(v, "police");
    await chooseIn(page, ur("q-reported"), ur("q-reported-yes"));
    await fill(page, ur("q-crime-reference"), "20/1234/23");
    await choose(page, ur("q-stage-prison"));
    await next();

    await on(v, "where");
    await chooseIn(page, ur("q-area-happened"), ur("q-area-happened-birmingham"));
    await chooseIn(page, ur("q-area-lives"), ur("q-area-lives-birmingham"));
    await next();

    await on(v, "other-person");
    await chooseIn(page, ur("q-other-age"), ur("q-other-age-adult"));
    await chooseIn(page, ur("q-other-known"), ur("q-other-known-yes"));
    await chooseIn(page, ur("q-how-many"), ur("q-how-many-one"));
    await next();

    await on(v, "own-words");
    await fill(page, ur("q-hopes"), "میں ان سے ایک سوال پوچھنا چاہتی ہوں۔");
    await next();

    await on(v, "about-you");
    await fill(page, ur("q-name"), "عائشہ");
    await choose(page, ur("q-age-band-45-54"));
    await next();

    await on(v, "contact");
    await choose(page, ur("q-contact-ways-email"));
    await fill(page, ur("q-email"), "aisha@example.org");
    await next();

    await on(v, "contact-safety");
    await chooseIn(page, ur("q-email-ok"), ur("q-email-ok-yes"));
    await next();

    await on(v, "needs");
    await fill(page, ur("q-language"), "اردو");
    await chooseIn(page, ur("q-interpreter"), ur("q-interpreter-yes"));
    await chooseIn(page, ur("q-bsl"), ur("q-bsl-no"));
    await chooseIn(page, ur("q-support-person"), ur("q-support-person-yes"));
    await next();

    await on(v, "safe-now");
    await choose(page, ur("q-safe-now-yes"));
    await next();

    await on(v, "check");
    assert.equal(await heading(page), ur("step-referral-check"));
    assert.ok(await page.getByText(ur("q-connection-bereaved"), { exact: true }).isVisible());
    assert.ok(await page.getByText("aisha@example.org").isVisible());
    await page.getByRole("link", { name: ur("button-continue"), exact: true }).click();

    await on(v, "consent");
    await choose(page, ur("q-consent-agree"));
    await press(page, ur("button-send"));

    await on(v, "sent");
    assert.equal(await heading(page), ur("sent-referral-title"));
    await expectReference(page);
    await finish(v);
  });
});

describe("a person who caused harm, without JavaScript", () => {
  it("refers themselves in English, contact by letter, and every page passes axe", async () => {
    const v = await visitor("en", { js: false });
    const { page } = v;
    const next = () => press(page, "Continue");
    await page.goto(`${suite.base}/en/refer`);
    await on(v, null);
    await press(page, "Start now");

    await on(v, "who");
    await choose(page, "Me");
    await next();

    await on(v, "connection");
    await choose(page, "I caused harm");
    await next();

    await on(v, "what-happened");
    await choose(page, "Burglary");
    await next();

    await on(v, "when");
    await chooseIn(page, "When did it happen?", "I am not sure");
    await next();

    await on(v, "police");
    await chooseIn(page, "Was it reported to the police?", "Yes");
    await choose(page, "Someone was given a community sentence");
    await next();

    await on(v, "where");
    await chooseIn(page, "Where did it happen?", "Sandwell");
    await chooseIn(page, "Where do you live?", "Sandwell");
    await next();

    await on(v, "other-person");
    // For someone who caused harm, this asks about the person they harmed.
    await chooseIn(page, "How old is the person who caused the harm?", "18 or over");
    await chooseIn(page, "Do you know who they are?", "Yes");
    await chooseIn(page, "How many people caused the harm?", "One person");
    await next();

    await on(v, "own-words");
    await fill(page, "What would you like to happen?", "To say sorry, if they want to hear it.");
    await next();

    await on(v, "about-you");
    await fill(page, "What should we call you?", "Alex");
    await choose(page, "25 to 34");
    await next();

    await on(v, "contact");
    await choose(page, "Letter");
    await fill(page, "Address", "1 High Street\nWest Bromwich");
    await fill(page, "Postcode", "b70 1aa");
    await next();

    await on(v, "contact-safety");
    await fill(page, "When is it safe to contact you? (optional)", "Any time");
    await next();

    await on(v, "needs");
    await chooseIn(page, "Would you like an interpreter?", "No");
    await chooseIn(page, "Do you use British Sign Language (BSL)?", "No");
    await chooseIn(page, "Would you like someone with you to support you?", "No");
    await next();

    await on(v, "safe-now");
    await choose(page, "Yes");
    await next();

    await on(v, "check");
    assert.ok(await page.getByText("I caused harm", { exact: true }).isVisible());
    assert.ok(await page.getByText("B70 1AA").isVisible(), "the postcode is tidied");
    await page.getByRole("link", { name: "Continue", exact: true }).click();

    await on(v, "consent");
    await choose(page, "I agree to you using my answers to contact me about restorative justice");
    await press(page, "Send");

    await on(v, "sent");
    assert.equal(await heading(page), "We have your referral");
    await expectReference(page);
    await finish(v);
  });
});

describe("a probation officer referring someone", () => {
  /** From the start page to the agreement question, as a probation officer. */
  async function asProbationOfficer(v) {
    const { page } = v;
    await page.goto(`${suite.base}/en/refer`);
    await on(v, null);
    await press(page, "Start now");

    await on(v, "who");
    await choose(page, "Someone else, who agrees to it");
    await press(page, "Continue");

    await on(v, "on-behalf");
    await choose(page, "I work with them");
    await choose(page, "Probation");
    await fill(page, "Name of your organisation (optional)", "Probation Service, Wolverhampton");
    await press(page, "Continue");

    await on(v, "your-details");
    await fill(page, "Your name", "Chris Officer");
    await fill(page, "Your phone number", "0121 496 0000");
    await fill(page, "Your email address (optional)", "chris.officer@example.org");
    await press(page, "Continue");

    await on(v, "their-agreement");
  }

  it("with the person's agreement, sends the referral, and every page passes axe", async () => {
    const v = await visitor("en");
    const { page } = v;
    const next = () => press(page, "Continue");
    await asProbationOfficer(v);
    await choose(page, "Yes, they agree");
    await next();

    await on(v, "connection");
    // Every question about the person speaks about them, not to the officer.
    await choose(page, "They caused harm");
    await next();

    await on(v, "what-happened");
    await choose(page, "Robbery");
    await next();

    await on(v, "when");
    await choose(page, "I know the month and year");
    await page.getByLabel("Month", { exact: true }).selectOption({ label: "June" });
    await fill(page, "Year", "2022");
    await next();

    await on(v, "police");
    await chooseIn(page, "Was it reported to the police?", "Yes");
    await fill(page, "Crime reference number (optional)", "20/5678/22");
    await choose(page, "Someone was given a community sentence");
    await next();

    await on(v, "where");
    await chooseIn(page, "Where did it happen?", "Wolverhampton");
    await chooseIn(page, "Where does the person live?", "Wolverhampton");
    await next();

    await on(v, "other-person");
    await chooseIn(page, "How old is the person who caused the harm?", "18 or over");
    await chooseIn(page, "Do you know who they are?", "No");
    await chooseIn(page, "How many people caused the harm?", "One person");
    await next();

    await on(v, "own-words");
    await fill(page, "What happened?", "A robbery at a corner shop.");
    await fill(page, "What would the person like to happen?", "To write a letter of apology.");
    await next();

    await on(v, "about-you");
    assert.equal(await heading(page), "About the person");
    await fill(page, "What should we call the person?", "Jordan");
    await choose(page, "18 to 24");
    await next();

    await on(v, "contact");
    await choose(page, "Phone call");
    await fill(page, "Phone number", "07700 900456");
    await next();

    await on(v, "contact-safety");
    await chooseIn(page, "Is it safe for us to leave a message or send a text?", "No");
    await fill(page, "Anything the caller should or should not say? (optional)", "Say you are from probation.");
    await next();

    await on(v, "needs");
    await chooseIn(page, "Would they like an interpreter?", "No");
    await chooseIn(page, "Do they use British Sign Language (BSL)?", "No");
    await choose(page, "Easy Read");
    await chooseIn(page, "Would they like someone with them for support?", "Yes");
    await next();

    await on(v, "safe-now");
    assert.equal(await heading(page), "Is the person safe right now?");
    await choose(page, "Yes");
    await next();

    await on(v, "check");
    assert.ok(await page.getByText("Chris Officer").isVisible(), "the referrer's own details");
    assert.ok(await page.getByText("Probation", { exact: true }).isVisible());
    await page.getByRole("link", { name: "Continue", exact: true }).click();

    await on(v, "consent");
    await choose(page, "I agree to you using these answers to contact the person, and me if needed, about restorative justice");
    await press(page, "Send");

    await on(v, "sent");
    await expectReference(page);
    await finish(v);
  });

  it("without the person's agreement, stops on a kind page that passes axe and offers a call back", async () => {
    const v = await visitor("en");
    const { page } = v;
    await asProbationOfficer(v);
    await choose(page, "No, they do not agree");
    await press(page, "Continue");

    await on(v, "need-agreement");
    assert.equal(await heading(page), "We need the person to agree first");
    assert.equal(await page.locator("main form").count(), 0, "nothing to send from here");
    assert.equal(await page.getByRole("button", { name: "Continue" }).count(), 0);
    const callBack = page.getByRole("link", { name: "You can ask us to phone you instead", exact: true });
    assert.equal(await callBack.getAttribute("href"), "/en/call-back");

    // The rest of the journey stays closed.
    await page.goto(`${suite.base}/en/refer/consent`);
    await on(v, "need-agreement");

    await callBack.click();
    await on(v, null, "call-back");
    assert.equal(await heading(page), "Ask us to phone you");
    await finish(v);
  });
});

describe("out-of-scope answers lead to kind pages, and the journey carries on", () => {
  /** Ordinary answers in English for each question page; one case changes one of them. */
  const english = {
    who: (p) => choose(p, "Me"),
    connection: (p) => choose(p, "I was harmed"),
    "what-happened": (p) => choose(p, "Theft"),
    when: (p) => chooseIn(p, "When did it happen?", "I am not sure"),
    police: async (p) => {
      await chooseIn(p, "Was it reported to the police?", "No");
      await choose(p, "It was not reported");
    },
    where: async (p) => {
      await chooseIn(p, "Where did it happen?", "Dudley");
      await chooseIn(p, "Where do you live?", "Dudley");
    },
    "other-person": async (p) => {
      await chooseIn(p, "How old is the person who caused the harm?", "18 or over");
      await chooseIn(p, "Do you know who they are?", "No");
      await chooseIn(p, "How many people caused the harm?", "One person");
    },
    "own-words": async () => {},
    "about-you": async (p) => {
      await fill(p, "What should we call you?", "Jo");
      await choose(p, "35 to 44");
    },
    contact: async (p) => {
      await choose(p, "Text message");
      await fill(p, "Phone number", "07700 900789");
    },
    "contact-safety": (p) => chooseIn(p, "Is it safe for us to leave a message or send a text?", "Yes"),
    needs: async (p) => {
      await chooseIn(p, "Would you like an interpreter?", "No");
      await chooseIn(p, "Do you use British Sign Language (BSL)?", "No");
      await chooseIn(p, "Would you like someone with you to support you?", "No");
    },
    "safe-now": (p) => choose(p, "Yes"),
  };

  const cases = [
    {
      name: "anti-social behaviour",
      answers: { "what-happened": (p) => choose(p, "Anti-social behaviour, like noise or nuisance") },
      kind: "anti-social-behaviour",
      title: "Help with anti-social behaviour",
      says: "mediation",
      then: "when",
    },
    {
      name: "harm that was not a crime",
      answers: { "what-happened": (p) => choose(p, "Harm that was not a crime, like at school or work") },
      kind: "not-a-crime",
      title: "We help after a crime",
      says: "mediation",
      then: "when",
    },
    {
      name: "outside the West Midlands",
      answers: {
        where: async (p) => {
          await chooseIn(p, "Where did it happen?", "Somewhere else");
          await chooseIn(p, "Where do you live?", "Somewhere else");
        },
      },
      kind: "outside-area",
      title: "Help outside the West Midlands",
      says: "England and Wales",
      then: "other-person",
    },
    {
      name: "the other person is under 18",
      answers: {
        "other-person": async (p) => {
          await chooseIn(p, "How old is the person who caused the harm?", "Under 18");
          await chooseIn(p, "Do you know who they are?", "Yes");
          await chooseIn(p, "How many people caused the harm?", "One person");
        },
      },
      kind: "young-person",
      title: "When a young person caused the harm",
      says: "youth offending team",
      then: "own-words",
    },
    {
      name: "the person referring is under 18",
      answers: {
        "about-you": async (p) => {
          await fill(p, "What should we call you?", "Kai");
          await choose(p, "Under 18");
        },
      },
      kind: "under-18",
      title: "If you are under 18",
      says: "parent's permission",
      then: "contact",
    },
    {
      name: "not safe now",
      answers: { "safe-now": (p) => choose(p, "No") },
      kind: "not-safe",
      title: "Getting help now",
      says: "press 55",
      then: "check",
    },
  ];

  /** Answers page after page until the kind page, checking each page on the way. */
  async function walkTo(v, answers, kind) {
    for (let steps = 0; steps < 20; steps++) {
      const slug = new URL(v.page.url()).pathname.split("/").pop();
      await on(v, slug);
      if (slug === kind) return;
      assert.ok(answers[slug], `no answers for ${slug} on the way to ${kind}`);
      await answers[slug](v.page);
      await press(v.page, v.lang === "ur" ? ur("button-continue") : "Continue");
    }
    assert.fail(`never reached ${kind}`);
  }

  for (const c of cases) {
    it(`${c.name}: the ${c.kind} page passes axe, and Carry on goes to ${c.then}`, async () => {
      const v = await visitor("en");
      const { page } = v;
      await page.goto(`${suite.base}/en/refer`);
      await on(v, null);
      await press(page, "Start now");
      await page.waitForURL(/\/en\/refer\/who$/);
      await walkTo(v, { ...english, ...c.answers }, c.kind);

      assert.equal(await heading(page), c.title);
      assert.ok(await page.getByText(c.says).first().isVisible(), `${c.kind} says "${c.says}"`);
      assert.ok(await page.getByRole("link", { name: "You can ask us to phone you instead" }).isVisible());
      await press(page, "Carry on");
      await on(v, c.then);
      await finish(v);
    });
  }

  it("anti-social behaviour in Urdu: the kind page is right to left, passes axe, and carries on", async () => {
    const v = await visitor("ur");
    const { page } = v;
    await page.goto(`${suite.base}/ur/refer`);
    await on(v, null);
    await press(page, ur("button-start"));
    await page.waitForURL(/\/ur\/refer\/who$/);
    await walkTo(
      v,
      {
        who: (p) => choose(p, ur("q-for-whom-me")),
        connection: (p) => choose(p, ur("q-connection-family-harmed")),
        "what-happened": (p) => choose(p, ur("q-crime-type-asb")),
      },
      "anti-social-behaviour",
    );
    assert.equal(await heading(page), ur("step-referral-anti-social-behaviour"));
    assert.ok(await page.getByRole("link", { name: ur("offer-call-back"), exact: true }).isVisible());
    await press(page, ur("button-carry-on"));
    await on(v, "when");
    assert.equal(await heading(page), ur("step-referral-when"));
    await finish(v);
  });
});

describe("keyboard only", () => {
  /**
   * Presses Enter on a submit button and waits for the page that answers. After an error the
   * answer is the same address, so waiting for the URL alone would race the navigation.
   */
  async function submitWithEnter(page) {
    await Promise.all([page.waitForEvent("load"), page.keyboard.press("Enter")]);
  }

  /** What has focus, described well enough to assert on. */
  async function focus(page) {
    return page.evaluate(() => {
      const e = document.activeElement;
      return {
        tag: e.tagName.toLowerCase(),
        id: e.id,
        className: typeof e.className === "string" ? e.className : "",
        text: (e.innerText ?? "").trim(),
        checked: e.checked,
      };
    });
  }

  async function tab(page, expected, why) {
    await page.keyboard.press("Tab");
    await expectFocus(page, expected, why);
  }

  async function expectFocus(page, expected, why) {
    const got = await focus(page);
    for (const [k, want] of Object.entries(expected)) {
      assert.equal(got[k], want, `${why}: focus is on ${JSON.stringify(got)}`);
    }
  }

  /** Tab, Enter on "Skip to main content", then Tab to the back link, as on every question page. */
  async function skipToMain(page, { backLink = true } = {}) {
    await tab(page, { tag: "a", text: "Skip to main content" }, "the first Tab");
    await page.keyboard.press("Enter");
    await expectFocus(page, { tag: "main", id: "main" }, "the skip link");
    if (backLink) await tab(page, { tag: "a", className: "back-link", text: "Back" }, "after the skip link");
  }

  it("a call back can be asked for by keyboard alone, with focus where it should be", async () => {
    const v = await visitor("en");
    const { page } = v;
    const { keyboard } = page;

    await page.goto(`${suite.base}/en/call-back`);
    await on(v, null, "call-back");
    await skipToMain(page, { backLink: false });
    await tab(page, { tag: "button", text: "Start now" }, "the start page");

    await submitWithEnter(page);

    // Your details, sent with no phone number: an error.
    await on(v, "your-details", "call-back");
    await skipToMain(page);
    await tab(page, { id: "f-name" }, "the name box");
    await keyboard.type("sam");
    await tab(page, { id: "f-phone" }, "the phone box");
    await tab(page, { id: "f-voicemail-ok" }, "the voicemail question");
    await tab(page, { tag: "button", text: "Continue" }, "the Continue button");

    await submitWithEnter(page);

    await on(v, "your-details", "call-back");
    assert.match(await page.title(), /^Error:/);
    await expectFocus(page, { className: "error-summary" }, "after an error");
    await tab(page, { tag: "a", text: "Enter a phone number" }, "the first error");
    await keyboard.press("Enter");
    await expectFocus(page, { id: "f-phone" }, "the error link");
    await keyboard.type("0121 496 0000");
    await tab(page, { id: "f-voicemail-ok" }, "the voicemail question");
    await keyboard.press("Space");
    await expectFocus(page, { id: "f-voicemail-ok", checked: true }, "Space on Yes");
    await tab(page, { tag: "button", text: "Continue" }, "the Continue button");

    await submitWithEnter(page);

    await on(v, "when", "call-back");
    await skipToMain(page);
    await tab(page, { id: "f-call-days" }, "Monday");
    await keyboard.press("Space");
    for (const day of ["tuesday", "wednesday", "thursday", "friday"]) {
      await tab(page, { id: `f-call-days-${day}`, checked: false }, day);
    }
    await tab(page, { id: "f-call-times" }, "Morning");
    await keyboard.press("Space");
    await tab(page, { id: "f-call-times-lunchtime" }, "Lunchtime");
    await tab(page, { id: "f-call-times-afternoon" }, "Afternoon");
    await tab(page, { tag: "button", text: "Continue" }, "the Continue button");

    await submitWithEnter(page);

    await on(v, "language", "call-back");
    await skipToMain(page);
    await tab(page, { id: "f-language" }, "the language box");
    await keyboard.type("english");
    await tab(page, { id: "f-interpreter" }, "the interpreter question");
    await keyboard.press("Space");
    await tab(page, { tag: "button", text: "Continue" }, "the Continue button");

    await submitWithEnter(page);

    await on(v, "reason", "call-back");
    await skipToMain(page);
    await tab(page, { id: "f-call-reason" }, "the reason box");
    await keyboard.type("what happens at a meeting");
    await tab(page, { tag: "button", text: "Continue" }, "the Continue button");

    await submitWithEnter(page);

    await on(v, "check", "call-back");
    assert.ok(await page.getByText("0121 496 0000").isVisible());
    await skipToMain(page);
    // Past every Change link to Continue.
    let tabs = 0;
    for (; tabs < 12; tabs++) {
      await keyboard.press("Tab");
      const f = await focus(page);
      if (f.tag === "a" && f.text === "Continue") break;
      assert.match(f.text, /^Change/, `only Change links before Continue, not ${JSON.stringify(f)}`);
    }
    assert.ok(tabs < 12, "Continue is reached by Tab");
    await keyboard.press("Enter");

    await on(v, "consent", "call-back");
    await skipToMain(page);
    await tab(page, { tag: "a", text: "Read how we use your information (privacy notice)" }, "the privacy link");
    await tab(page, { id: "f-consent" }, "the agreement box");
    await keyboard.press("Space");
    await tab(page, { tag: "button", text: "Send" }, "the Send button");

    await submitWithEnter(page);

    await on(v, "sent", "call-back");
    assert.equal(await heading(page), "We will call you back");
    await expectReference(page);
    await finish(v);
  });
});
