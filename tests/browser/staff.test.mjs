// The staff area as its people use it: a colleague enrols from a link the CLI printed, signs
// in with a second factor, finds the referral a member of the public just sent at the top of
// the queue, records contact and moves the case on; an administrator reads the audit log. Axe
// runs on every staff page, error states included. The staff area is in English only (the
// service's working language), so its pages are checked left to right.

import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { totp } from "./totp.mjs";
import { expectNoAxeViolations, expectNoAxeViolationsAsServed, startSuite } from "./harness.mjs";

let suite;
before(async () => {
  // A short idle limit, so the island's warning shows within the test (two minutes before).
  suite = await startSuite({ RJ_STAFF_IDLE_SECS: "128" });
});
after(async () => {
  await suite?.stop();
});


const PASSWORD = "violet kettle harbour moss";

/** `server user add`, as a manager would run it; returns the enrolment link it printed. */
async function addUser(name, role, extra = []) {
  const email = `${name.toLowerCase().replace(/ /g, ".")}@rj.example`;
  const out = await suite.cli(["user", "add", "--email", email, "--name", name, "--role", role, ...extra]);
  const link = /(http:\/\/\S+\/staff\/enrol\/\S+)/.exec(out)?.[1];
  assert.ok(link, `no link in: ${out}`);
  return { email, link };
}

/** Enrols in the browser, checking each page; returns the TOTP secret. */
async function enrol(page, link, { axe = true } = {}) {
  await page.goto(link);
  assert.equal(await page.title(), "Set up your account – Staff area");
  if (axe) await expectNoAxeViolations(page, "enrolment");
  const secret = (await page.locator("code.secret").textContent()).trim();
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByLabel("Password again").fill("something else entirely");
  await page.getByLabel("Code from your authenticator app").fill(totp(secret));
  await page.getByRole("button", { name: "Finish setting up" }).click();
  await page.waitForLoadState("domcontentloaded");
  assert.match(await page.title(), /Set up your account/);
  await assert.doesNotReject(page.getByRole("link", { name: "The two passwords are not the same" }).waitFor());
  if (axe) await expectNoAxeViolations(page, "enrolment with an error");
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByLabel("Password again").fill(PASSWORD);
  await page.getByLabel("Code from your authenticator app").fill(totp(secret));
  await page.getByRole("button", { name: "Finish setting up" }).click();
  await page.waitForLoadState("domcontentloaded");
  assert.equal(await page.getByRole("heading", { level: 1 }).textContent(), "Your recovery codes");
  assert.equal(await page.locator(".recovery-codes li").count(), 10);
  if (axe) await expectNoAxeViolations(page, "recovery codes");
  return secret;
}

async function signIn(page, email, secret, { axe = false } = {}) {
  await page.goto(suite.base + "/staff/sign-in");
  if (axe) await expectNoAxeViolations(page, "sign-in");
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByLabel("Code from your authenticator app").fill(totp(secret));
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForLoadState("domcontentloaded");
}

/** A member of the public's referral, sent through the journey's own forms over HTTP. */
async function sendReferral(request) {
  const steps = [
    ["/en/refer", {}],
    ["/en/refer/who", { "for-whom": "me" }],
    ["/en/refer/connection", { connection: "harmed" }],
    ["/en/refer/what-happened", { "crime-type": "robbery", markers: "online" }],
    ["/en/refer/when", { when: "date", "when-month": "3", "when-year": "2025" }],
    ["/en/refer/police", { reported: "yes", "crime-reference": "20/1234/25", stage: "awaiting-court" }],
    ["/en/refer/where", { "area-happened": "dudley", "area-lives": "dudley" }],
    ["/en/refer/other-person", { "other-age": "adult", "other-known": "no", "how-many": "one" }],
    ["/en/refer/own-words", { story: "Someone took my bag at the bus stop.", hopes: "" }],
    ["/en/refer/about-you", { name: "Alex Example", "age-band": "35-44" }],
    ["/en/refer/contact", { "contact-ways": "phone", phone: "07700 900456" }],
    ["/en/refer/contact-safety", { "voicemail-ok": "no", "safe-times": "weekday mornings" }],
    ["/en/refer/needs", { language: "English", interpreter: "no", bsl: "no", "support-person": "no" }],
    ["/en/refer/safe-now", { "safe-now": "yes" }],
    ["/en/refer/check", {}],
    ["/en/refer/consent", { consent: "agree" }],
  ];
  for (const [path, form] of steps) {
    const response = await request.post(suite.base + path, { form, maxRedirects: 0 });
    assert.equal(response.status(), 303, `POST ${path}: ${response.status()}`);
  }
  const sent = await request.get(suite.base + "/en/refer/sent");
  return /RJ-[A-Z0-9]{4}-[A-Z0-9]{4}/.exec(await sent.text())[0];
}

describe("the staff area", () => {
  it("a new colleague enrols, signs in, and works the referral just sent, every page accessible", async () => {
    const publicContext = await suite.browser.newContext();
    const reference = await sendReferral(publicContext.request);
    await publicContext.close();

    const { email, link } = await addUser("Jo Triage", "triage");
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    const secret = await enrol(page, link);

    await page.goto(suite.base + "/staff/sign-in");
    await page.getByLabel("E-mail address").fill(email);
    await page.getByLabel("Password").fill("wrong password entirely");
    await page.getByLabel("Code from your authenticator app").fill("123456");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForLoadState("domcontentloaded");
    assert.equal(await page.getByLabel("E-mail address").inputValue(), email, "the address is kept");
    await expectNoAxeViolations(page, "sign-in with an error");
    await signIn(page, email, secret, { axe: true });

    assert.equal(await page.title(), "Queue – Staff area");
    const first = page.locator("table.queue tbody tr").first();
    assert.equal((await first.locator("th").textContent()).trim(), reference);
    assert.match(await first.textContent(), /working days? left|Due today/);
    await expectNoAxeViolations(page, "queue");

    // Filters are a plain GET form: the result can be bookmarked.
    await page.getByLabel("Area", { exact: true }).selectOption({ label: "Dudley" });
    await page.getByRole("button", { name: "Apply filters" }).click();
    await page.waitForLoadState("domcontentloaded");
    assert.match(page.url(), /area=dudley/);
    await page.getByLabel("Received from").fill("not a date");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await page.waitForLoadState("domcontentloaded");
    await expectNoAxeViolations(page, "queue with a filter error");

    await page.goto(suite.base + "/staff");
    await page.getByRole("link", { name: reference }).click();
    await page.waitForLoadState("domcontentloaded");
    assert.match(await page.title(), new RegExp(reference));
    assert.match(await page.locator(".panel-needs").textContent(), /weekday mornings/);
    await expectNoAxeViolations(page, "case");

    await page.getByRole("button", { name: "Take this case" }).click();
    await page.waitForLoadState("domcontentloaded");
    await page.getByLabel("How", { exact: true }).selectOption({ label: "Phone call" });
    await page.getByLabel("Outcome", { exact: true }).selectOption({ label: "Reached: spoke with them" });
    await page.getByRole("button", { name: "Record attempt" }).click();
    await page.waitForLoadState("domcontentloaded");
    assert.match(await page.getByRole("status").first().textContent(), /Contact attempt recorded/);
    await expectNoAxeViolations(page, "case after contact");

    // Declining needs a reason: the error summary takes focus and the choice is kept.
    await page.getByLabel("New status").selectOption({ label: "Declined" });
    await page.getByRole("button", { name: "Save status" }).click();
    await page.waitForLoadState("domcontentloaded");
    const summary = page.locator(".error-summary");
    await summary.waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.className), "error-summary");
    assert.equal(await page.getByLabel("New status").inputValue(), "declined");
    await expectNoAxeViolations(page, "case with an error");

    // A flag by hand needs a reason; the disclosure opens again on its error, keeping the choice.
    await page.locator(".flag-change summary").click();
    await page.getByLabel("Flag", { exact: true }).selectOption("add:urgent");
    await page.getByRole("button", { name: "Save flag" }).click();
    await page.waitForLoadState("domcontentloaded");
    await page.locator(".error-summary").waitFor();
    assert.equal(await page.getByLabel("Flag", { exact: true }).inputValue(), "add:urgent");
    await expectNoAxeViolations(page, "case with a flag error");
    await page.locator("#flag-reason").fill("Said on the phone they are not safe tonight");
    await page.getByRole("button", { name: "Save flag" }).click();
    await page.waitForLoadState("domcontentloaded");
    assert.match(await page.locator(".timeline").textContent(), /added the flag Urgent/);
    assert.match(await page.locator(".case-flags").textContent(), /not safe tonight/);

    await page.getByLabel("New status").selectOption({ label: "Assessing" });
    await page.getByRole("button", { name: "Save status" }).click();
    await page.waitForLoadState("domcontentloaded");
    assert.match(await page.locator(".case-facts").textContent(), /Assessing/);
    assert.match(await page.locator(".timeline").textContent(), /moved the case to Assessing/);

    await page.goto(suite.base + "/staff/account");
    await expectNoAxeViolations(page, "account");
    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await page.waitForLoadState("domcontentloaded");
    assert.equal(await page.title(), "Sign in – Staff area");
    await context.close();
  });

  it("the idle warning appears before the session ends and keeps it", async () => {
    const { email, link } = await addUser("Pat Idle", "manager", ["--specialist"]);
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    const secret = await enrol(page, link, { axe: false });
    await signIn(page, email, secret);
    const warning = page.locator(".session-warning");
    assert.equal(await warning.isVisible(), false, "no warning at first");
    // The idle limit is 128 s; the warning shows at two minutes left.
    await warning.waitFor({ state: "visible", timeout: 20_000 });
    assert.match(await warning.textContent(), /signed out in 2 minutes/);
    await expectNoAxeViolations(page, "queue with the idle warning");
    await page.getByRole("button", { name: "Stay signed in" }).click();
    await page.waitForLoadState("domcontentloaded");
    assert.equal(await page.title(), "Queue – Staff area", "back where they were, still signed in");
    await context.close();
  });

  it("a police referral that came by phone is entered on the New referral page, errors and all, without JavaScript, and the person's answer recorded", async () => {
    const { email, link } = await addUser("Mo Intake", "manager", ["--specialist"]);
    const setup = await suite.browser.newContext();
    const secret = await enrol(await setup.newPage(), link, { axe: false });
    await setup.close();
    // Staff take referrals on the phone from any browser: the page needs no script.
    const context = await suite.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await signIn(page, email, secret);
    await page.getByRole("link", { name: "New referral" }).click();
    await page.waitForLoadState("domcontentloaded");
    assert.equal(await page.title(), "New referral – Staff area");
    await expectNoAxeViolationsAsServed(page, "new referral");

    // Sent with gaps: every problem listed, linked to its field, and what was typed is kept.
    await page.getByLabel("Who referred").selectOption("police");
    await page.getByLabel("What should we call the person?").fill("Robin Caller");
    await page.getByRole("button", { name: "Save referral" }).click();
    await page.waitForLoadState("domcontentloaded");
    const summary = page.locator(".error-summary");
    assert.match(await summary.textContent(), /Choose how the referral reached us/);
    assert.match(await summary.textContent(), /Choose yes, no or not sure/);
    assert.equal(await page.getByLabel("What should we call the person?").inputValue(), "Robin Caller");
    await expectNoAxeViolationsAsServed(page, "new referral with errors");

    assert.match(await summary.textContent(), /Enter the referrer's name/);
    await page.getByLabel("How it reached us").selectOption("phone");
    await page.getByLabel("Referrer's name").fill("PC Amir Khan");
    await page.getByLabel("Referrer's e-mail address").fill("amir.khan@police.example");
    await page.getByLabel("Has the person agreed to this referral?").selectOption("not-asked");
    const choose = async (legend, option) =>
      page.getByRole("group", { name: legend, exact: true }).getByLabel(option, { exact: true }).check();
    await choose("How is the person connected to what happened?", "They were harmed");
    await choose("What kind of crime was it?", "Burglary");
    await choose("When did it happen?", "I am not sure");
    await choose("Was it reported to the police?", "No");
    await choose("What is happening with it now?", "It was not reported");
    await choose("Where did it happen?", "Coventry");
    await choose("Where does the person live?", "Coventry");
    await choose("How old is the person who caused the harm?", "18 or over");
    await choose("Do you know who they are?", "Yes");
    await choose("How many people caused the harm?", "One person");
    await choose("How old are they?", "45 to 54");
    await choose("How can we contact them?", "Phone call");
    await page.getByLabel("Phone number", { exact: true }).fill("07700 900789");
    await choose("Is it safe for us to leave a message or send a text?", "No");
    await choose("Would they like an interpreter?", "No");
    await choose("Do they use British Sign Language (BSL)?", "No");
    await choose("Would they like someone with them for support?", "No");
    await choose("Is the person safe right now?", "Yes");
    await page.getByRole("button", { name: "Save referral" }).click();
    await page.waitForLoadState("domcontentloaded");
    const problems = (await page.locator(".error-summary").count()) ? await page.locator(".error-summary").textContent() : "";
    assert.equal(problems, "", "no problems left");
    assert.match(await page.getByRole("status").first().textContent(), /Referral RJ-\S+ saved and screened/);
    assert.match(await page.locator(".case-facts").textContent(), /Came by\s*Phone call/);
    await expectNoAxeViolationsAsServed(page, "the case just entered, with the task of asking the person");

    // The task: record what the person said when we asked them for the police.
    await page.getByRole("button", { name: "Record their answer" }).click();
    await page.waitForLoadState("domcontentloaded");
    assert.match(await page.locator(".error-summary").textContent(), /Choose what the person said/);
    await expectNoAxeViolationsAsServed(page, "the task with an error");
    await page.getByLabel("Their answer").selectOption("agreed");
    await page.getByRole("button", { name: "Record their answer" }).click();
    await page.waitForLoadState("domcontentloaded");
    assert.equal(await page.locator(".panel-task").count(), 0, "done");
    assert.match(await page.locator(".timeline").textContent(), /agrees to the referral/);

    // A process and an outcome agreement, errors first.
    await page.getByRole("button", { name: "Record process" }).click();
    await page.waitForLoadState("domcontentloaded");
    assert.match(await page.locator(".error-summary").textContent(), /Choose the process/);
    await expectNoAxeViolationsAsServed(page, "a process with errors");
    await page.getByLabel("Process", { exact: true }).selectOption("conference");
    await page.getByLabel("Date of the process").fill("2026-11-20");
    await page.getByLabel("The person harmed", { exact: true }).check();
    await page.getByRole("button", { name: "Record process" }).click();
    await page.waitForLoadState("domcontentloaded");
    await page.getByLabel("What was agreed").fill("A letter of apology");
    await page.getByRole("button", { name: "Add item" }).click();
    await page.waitForLoadState("domcontentloaded");
    assert.match(await page.locator("section[aria-labelledby=processes-title] table").textContent(), /Face-to-face conference/);
    assert.match(await page.locator("section[aria-labelledby=agreement-title] table").textContent(), /A letter of apology/);
    await expectNoAxeViolationsAsServed(page, "a case with a process and an agreement");

    // A risk assessment sent with gaps opens again on its errors; then one that passes.
    await page.locator("summary", { hasText: "Record a risk assessment" }).click();
    await page.getByRole("button", { name: "Save assessment" }).click();
    await page.waitForLoadState("domcontentloaded");
    assert.match(await page.locator(".error-summary").textContent(), /Write your conclusion/);
    assert.equal(await page.locator("details:has(#conclusion)").getAttribute("open"), "");
    await expectNoAxeViolationsAsServed(page, "a risk assessment with errors");
    await page.getByLabel("Risks to the person harmed").fill("None known");
    await page.getByLabel("Risks to the person who caused harm").fill("None known");
    await page.getByLabel("Is it safe to go on?").selectOption("yes");
    await page.getByLabel("Your conclusion").fill("Suitable for a conference");
    await page.getByRole("button", { name: "Save assessment" }).click();
    await page.waitForLoadState("domcontentloaded");
    assert.match(await page.locator("section[aria-labelledby=risk-title]").textContent(), /Suitable for a conference/);
    await expectNoAxeViolationsAsServed(page, "a case with a risk assessment");

    // The people in the case: the person referred and the referrer are there; add the person
    // who caused harm (errors first), then record their answer and, as a manager, equality.
    const people = page.locator(".case-people");
    assert.match(await people.textContent(), /Robin Caller/);
    assert.match(await people.textContent(), /PC Amir Khan/);
    await page.getByRole("link", { name: "Add a person who caused harm" }).click();
    await page.waitForLoadState("domcontentloaded");
    await expectNoAxeViolationsAsServed(page, "adding a person");
    await page.getByLabel("Phone number", { exact: true }).fill("not a phone");
    await page.getByRole("button", { name: "Add to the case" }).click();
    await page.waitForLoadState("domcontentloaded");
    assert.match(await page.locator(".error-summary").textContent(), /Enter what we should call the person/);
    assert.equal(await page.getByLabel("Phone number", { exact: true }).inputValue(), "not a phone");
    await expectNoAxeViolationsAsServed(page, "adding a person, with errors");
    await page.getByLabel("Phone number", { exact: true }).fill("");
    await page.getByLabel("What should we call the person?").fill("Alex Harmer");
    await page.getByRole("button", { name: "Add to the case" }).click();
    await page.waitForLoadState("domcontentloaded");
    await page.locator(".case-people").getByRole("link", { name: "Alex Harmer" }).click();
    await page.waitForLoadState("domcontentloaded");
    await expectNoAxeViolationsAsServed(page, "a participant's page");
    await page.getByLabel("Willingness to take part").selectOption("declined");
    await page.getByRole("button", { name: "Record their answer" }).click();
    await page.waitForLoadState("domcontentloaded");
    assert.match(await page.locator(".error-summary").textContent(), /Choose why they said no/);
    await expectNoAxeViolationsAsServed(page, "a participant's answer with an error");
    await page.getByLabel("Why they said no").selectOption("not-ready");
    await page.getByRole("button", { name: "Record their answer" }).click();
    await page.waitForLoadState("domcontentloaded");
    assert.match(await page.locator(".timeline").textContent(), /declined\. Why: not ready now/);
    await page.getByLabel("Ethnic group").selectOption("prefer-not");
    await page.getByRole("button", { name: "Save equality answers" }).click();
    await page.waitForLoadState("domcontentloaded");
    assert.match(await page.getByRole("status").first().textContent(), /Equality answers saved/);
    await expectNoAxeViolationsAsServed(page, "a participant's page with their history and equality answers");
    await context.close();
  });

  it("a manager produces this quarter's monitoring report in one click, for the service and for sharing, every view accessible", async () => {
    // A referral this quarter, so the report has something to count.
    const publicContext = await suite.browser.newContext();
    await sendReferral(publicContext.request);
    await publicContext.close();
    const { email, link } = await addUser("Rae Report", "manager", ["--specialist"]);
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    const secret = await enrol(page, link, { axe: false });
    await signIn(page, email, secret);
    await page.getByRole("link", { name: "Report", exact: true }).click();
    await page.waitForLoadState("domcontentloaded");
    assert.equal(await page.title(), "Monitoring report – Staff area");
    // The quarter the earlier tests' referrals arrived in, chosen from the list.
    const quarter = await page.getByLabel("Quarter").locator("option").nth(1).getAttribute("value");
    await page.getByLabel("Quarter").selectOption(quarter);
    await page.getByRole("button", { name: "Show the report" }).click();
    await page.waitForLoadState("domcontentloaded");
    const referrals = page.locator("#kinds tbody tr", { hasText: "Referral" }).first();
    assert.notEqual((await referrals.locator("td").first().textContent()).trim(), "0", "this quarter's referrals are counted");
    assert.ok((await page.locator("figure.chart svg").count()) > 10, "the tables have their charts");
    await expectNoAxeViolations(page, "monitoring report");
    await page.setViewportSize({ width: 320, height: 800 });
    await expectNoAxeViolations(page, "monitoring report at 320 px");
    await page.setViewportSize({ width: 1280, height: 800 });

    await page.getByLabel("View").selectOption("shared");
    await page.getByRole("button", { name: "Show the report" }).click();
    await page.waitForLoadState("domcontentloaded");
    assert.match(await page.locator("main").textContent(), /Small numbers are hidden/);
    await expectNoAxeViolations(page, "monitoring report for sharing");
    await page.getByLabel("View").selectOption("partner");
    await page.getByRole("button", { name: "Show the report" }).click();
    await page.waitForLoadState("domcontentloaded");
    assert.equal(await page.locator("#partner").count(), 1);
    await expectNoAxeViolations(page, "partner view");
    await page.getByLabel("View").selectOption("forms");
    await page.getByRole("button", { name: "Show the report" }).click();
    await page.waitForLoadState("domcontentloaded");
    assert.equal(await page.locator("#form-stops").count(), 1);
    await expectNoAxeViolations(page, "how the public forms are doing");
    await page.getByLabel("View").selectOption("partner");
    await page.getByRole("button", { name: "Show the report" }).click();
    await page.waitForLoadState("domcontentloaded");

    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download this view as CSV" }).click();
    assert.match((await download).suggestedFilename(), /^rj-report-.*-partner\.csv$/);

    await page.goto(suite.base + "/staff/report?from=2026-02-30&to=2026-03-01");
    assert.match(await page.locator(".error-summary").textContent(), /Enter the start date as a date/);
    await expectNoAxeViolations(page, "monitoring report with an error");

    // The data protection pages: the records of processing, and a case's subject access and
    // erasure pages (a wrong confirmation shows its error and erases nothing).
    await page.getByRole("link", { name: "Data map" }).click();
    await page.waitForLoadState("domcontentloaded");
    assert.equal(await page.title(), "Records of processing – Staff area");
    await expectNoAxeViolations(page, "records of processing");
    await page.getByRole("link", { name: "Staff with access during a quarter" }).click();
    await page.waitForLoadState("domcontentloaded");
    // The last whole quarter is shown first; this quarter is where the accounts made today are.
    await page.getByLabel("Quarter").selectOption(quarter);
    await page.getByRole("button", { name: "Show" }).click();
    await page.waitForLoadState("domcontentloaded");
    assert.match(await page.locator("main table").textContent(), /Rae Report/);
    await expectNoAxeViolations(page, "staff with access");
    await page.goto(suite.base + "/staff/find");
    await page.getByLabel("E-mail address or phone number").fill("x");
    await page.getByRole("button", { name: "Find" }).click();
    await page.waitForLoadState("domcontentloaded");
    assert.match(await page.locator(".error-summary").textContent(), /Enter an e-mail address/);
    await expectNoAxeViolations(page, "find a person's cases with an error");
    await page.getByLabel("E-mail address or phone number").fill("07700 900456");
    await page.getByRole("button", { name: "Find" }).click();
    await page.waitForLoadState("domcontentloaded");
    assert.match(await page.locator("#found-title").textContent(), /holds? it/);
    await expectNoAxeViolations(page, "find a person's cases");
    await page.goto(suite.base + "/staff?status=all");
    await page.locator("table a[href^='/staff/requests/']").first().click();
    await page.waitForLoadState("domcontentloaded");
    await page.getByRole("link", { name: "Everything we hold about this case (subject access)" }).click();
    await page.waitForLoadState("domcontentloaded");
    assert.match(await page.title(), /^Everything we hold: RJ-/);
    await expectNoAxeViolations(page, "subject access");
    await page.goBack();
    await page.getByRole("link", { name: "Erase the personal data in this case" }).click();
    await page.waitForLoadState("domcontentloaded");
    await expectNoAxeViolations(page, "erasure");
    await page.getByLabel("Type the reference to confirm").fill("RJ-NOT-THIS");
    await page.getByRole("button", { name: "Erase the personal data" }).click();
    await page.waitForLoadState("domcontentloaded");
    assert.match(await page.locator(".error-summary").textContent(), /to confirm/);
    assert.equal(await page.getByLabel("Type the reference to confirm").inputValue(), "RJ-NOT-THIS");
    await expectNoAxeViolations(page, "erasure with an error");

    // The complaints log: a complaint with a problem, then logged, then its own page.
    await page.getByRole("link", { name: "Complaints", exact: true }).click();
    await page.waitForLoadState("domcontentloaded");
    await expectNoAxeViolations(page, "complaints log");
    await page.getByLabel("Who complained").fill("Sam Example");
    await page.getByRole("button", { name: "Log the complaint" }).click();
    await page.waitForLoadState("domcontentloaded");
    assert.match(await page.locator(".error-summary").textContent(), /Enter the date the complaint reached us/);
    assert.equal(await page.getByLabel("Who complained").inputValue(), "Sam Example");
    await expectNoAxeViolations(page, "complaints log with errors");
    await page.getByLabel("Date it reached us").fill("2026-11-30");
    await page.getByLabel("How it came").selectOption("phone");
    await page.getByLabel("What it is about").selectOption("delay");
    await page.getByLabel("The complaint in a few words").fill("Nobody rang back.");
    await page.getByRole("button", { name: "Log the complaint" }).click();
    await page.waitForLoadState("domcontentloaded");
    assert.match(await page.getByRole("status").first().textContent(), /Complaint logged/);
    await expectNoAxeViolations(page, "a complaint");
    await context.close();
  });

  it("after a case ends, a manager makes a feedback link; the person answers once, in Arabic and in English, every state accessible", async () => {
    const publicContext = await suite.browser.newContext();
    const reference = await sendReferral(publicContext.request);
    await publicContext.close();
    const { email, link } = await addUser("Fen Feedback", "manager", ["--specialist"]);
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    const secret = await enrol(page, link, { axe: false });
    await signIn(page, email, secret);
    await page.goto(`${suite.base}/staff/requests/${reference}`);
    await page.getByLabel("New status").selectOption({ label: "Withdrawn" });
    await page.getByLabel("Why it is ending (only when it ends)").selectOption("withdrawn:changed-mind");
    await page.getByRole("button", { name: "Save status" }).click();
    await page.waitForLoadState("domcontentloaded");
    await page.locator(`a[href^="/staff/requests/${reference}/people/"]`).first().click();
    await page.waitForLoadState("domcontentloaded");

    const makeLink = async (lang) => {
      await page.getByLabel("Language of the form").selectOption(lang);
      await page.getByRole("button", { name: "Make a feedback link" }).click();
      await page.waitForLoadState("domcontentloaded");
      const url = (await page.locator("code.feedback-link").textContent()).trim();
      assert.match(url, new RegExp(`/${lang}/feedback/[A-Za-z0-9_-]{43}$`));
      return url;
    };
    const arabic = await makeLink("ar");
    await expectNoAxeViolations(page, "a participant's page with a new feedback link");
    const english = await makeLink("en");

    // The person's side: no staff cookies, JavaScript as it comes.
    const person = await suite.browser.newContext();
    const form = await person.newPage();
    await form.goto(arabic);
    assert.equal(await form.locator("html").getAttribute("dir"), "rtl");
    await expectNoAxeViolations(form, "feedback form in Arabic");
    await form.locator("input[name=fb-service][value=satisfied]").check();
    await form.locator("form button[type=submit]").click();
    await form.waitForLoadState("domcontentloaded");
    await form.locator(".error-summary").waitFor();
    assert.equal(await form.locator("input[name=fb-service][value=satisfied]").isChecked(), true, "the choice is kept");
    await expectNoAxeViolations(form, "feedback form in Arabic with errors");
    for (const [name, code] of [["fb-outcome", "neither"], ["fb-safety", "better"], ["fb-wellbeing", "same"], ["fb-coping", "prefer-not"], ["fb-confidence", "worse"]]) {
      await form.locator(`input[name=${name}][value=${code}]`).check();
    }
    await form.locator("form button[type=submit]").click();
    await form.waitForLoadState("domcontentloaded");
    assert.match(form.url(), /\/ar\/feedback\/thanks$/);
    await expectNoAxeViolations(form, "feedback thanks in Arabic");
    const again = await form.goto(arabic);
    assert.equal(again.status(), 410, "the link works once");
    await expectNoAxeViolations(form, "a used feedback link in Arabic");

    await form.goto(english);
    assert.equal(await form.locator("html").getAttribute("dir"), "ltr");
    await expectNoAxeViolations(form, "feedback form in English");
    await form.locator("form button[type=submit]").click();
    await form.waitForLoadState("domcontentloaded");
    assert.match(await form.locator(".error-summary").textContent(), /Choose how satisfied you are/);
    await expectNoAxeViolations(form, "feedback form in English with errors");
    await person.close();
    await context.close();
  });

  it("an administrator's pages are accessible: users, audit log, failed e-mail", async () => {
    const { email, link } = await addUser("Ari Admin", "admin");
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    const secret = await enrol(page, link, { axe: false });
    await signIn(page, email, secret);
    assert.equal(await page.title(), "Users – Staff area");
    await expectNoAxeViolations(page, "users");
    await page.getByRole("link", { name: "Audit log" }).click();
    await page.waitForLoadState("domcontentloaded");
    assert.match(await page.locator("table").textContent(), /signin\.ok/);
    await expectNoAxeViolations(page, "audit log");
    await page.getByRole("link", { name: "Failed e-mail" }).click();
    await page.waitForLoadState("domcontentloaded");
    await expectNoAxeViolations(page, "failed e-mail");
    await page.goto(suite.base + "/staff");
    assert.equal(await page.title(), "Not available to you – Staff area", "admins do not see cases");
    await expectNoAxeViolations(page, "forbidden");
    await context.close();
  });
});
