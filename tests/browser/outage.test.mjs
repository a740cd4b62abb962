// The page a journey shows when the database stops answering (finding 7 of the security
// review), checked as a person meets it: a release server on its own PostgreSQL database, two
// journeys started (English, and Urdu, right to left), then the database refuses every
// connection. The next page each person sends must be the translated 503 page that says their
// answers are kept and gives the phone number, and it must pass axe like every other page.
// Needs TEST_POSTGRES_URL (a server the test may create a database on); skipped without it.

import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { expectNoAxeViolations, startSuite } from "./harness.mjs";

const POSTGRES = process.env.TEST_POSTGRES_URL;
const run = promisify(execFile);

async function psql(url, sql) {
  await run("psql", ["-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", url, "-c", sql], { env: { ...process.env, PGCONNECT_TIMEOUT: "10" } });
}

describe("when the database stops answering mid-journey", { skip: !POSTGRES && "TEST_POSTGRES_URL is not set" }, () => {
  const database = `rj_outage_${process.pid}_${Date.now()}`;
  let suite;

  before(async () => {
    await psql(POSTGRES, `CREATE DATABASE "${database}"`);
    const url = new URL(POSTGRES);
    url.pathname = `/${database}`;
    suite = await startSuite({ DATABASE_URL: url.toString() });
  });

  after(async () => {
    await psql(POSTGRES, `ALTER DATABASE "${database}" ALLOW_CONNECTIONS true`).catch(() => {});
    await suite?.stop();
    await psql(POSTGRES, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`).catch(() => {});
  });

  it("the next page says so in the person's language, gives the phone number, and passes axe", async () => {
    const people = [];
    for (const lang of ["en", "ur"]) {
      const context = await suite.browser.newContext();
      const page = await context.newPage();
      await page.goto(`${suite.base}/${lang}/refer`);
      await page.locator("button.button-start").click();
      await page.waitForLoadState("domcontentloaded");
      await page.locator('input[name="for-whom"][value="me"]').check();
      await page.locator("form button[type=submit]").click();
      await page.waitForLoadState("domcontentloaded");
      assert.ok(page.url().endsWith(`/${lang}/refer/connection`), page.url());
      people.push({ lang, context, page });
    }

    // The database stops answering: no new connection, and the open ones are cut.
    await psql(POSTGRES, `ALTER DATABASE "${database}" ALLOW_CONNECTIONS false`);
    await psql(POSTGRES, `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${database}'`);

    for (const { lang, context, page } of people) {
      await page.locator('input[name="connection"][value="harmed"]').check();
      const [response] = await Promise.all([
        page.waitForNavigation({ waitUntil: "domcontentloaded" }),
        page.locator("form button[type=submit]").click(),
      ]);
      assert.equal(response.status(), 503, `${lang}: the page says the service is down, not that the answers expired`);
      assert.ok(response.headers()["retry-after"], `${lang}: Retry-After`);
      assert.equal(await page.getAttribute("html", "lang"), lang);
      assert.equal(await page.getAttribute("html", "dir"), lang === "ur" ? "rtl" : "ltr");
      const text = await page.locator("main").innerText();
      assert.match(text, /0808 157 0192/, `${lang}: the phone number is on the page`);
      assert.equal(await page.locator("a.quick-exit").count(), 1, `${lang}: the quick exit is still there`);
      await expectNoAxeViolations(page, `${lang} database down`);
      await context.close();
    }
  });
});
