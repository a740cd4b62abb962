// Every public page, as the sitemap lists it, in English and in Urdu (right to left): no axe
// violations, one h1, the quick exit, and no sideways scrolling on a small phone.

import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { expectNoAxeViolations, startSuite } from "./harness.mjs";

let suite;
let paths = [];
before(async () => {
  suite = await startSuite();
  const xml = await (await fetch(suite.base + "/sitemap.xml")).text();
  // The sitemap's addresses use the configured public URL; keep only the path.
  paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)]
    .map((m) => new URL(m[1]).pathname)
    .filter((p) => p.startsWith("/en/") || p.startsWith("/ur/"));
});
after(async () => {
  await suite?.stop();
});

describe("every page in the sitemap, in English and Urdu", () => {
  it("the sitemap lists the information pages in both languages", () => {
    assert.ok(paths.length >= 30, `only ${paths.length} pages: ${paths.join(", ")}`);
    for (const p of ["/en/is-it-safe", "/ur/is-it-safe", "/en/leaflet", "/ur/privacy"]) {
      assert.ok(paths.includes(p), `${p} missing from the sitemap`);
    }
  });

  it("each page passes axe, has one h1 and the quick exit", async () => {
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    for (const path of paths) {
      const response = await page.goto(suite.base + path);
      assert.equal(response.status(), 200, path);
      assert.equal(await page.locator("h1").count(), 1, `${path}: one h1`);
      assert.ok(await page.locator("header a.quick-exit").isVisible(), `${path}: quick exit`);
      const dir = path.startsWith("/ur/") ? "rtl" : "ltr";
      assert.equal(await page.getAttribute("html", "dir"), dir, path);
      await expectNoAxeViolations(page, path);
    }
    await context.close();
  });

  it("each page fits a 320 px screen without sideways scrolling", async () => {
    const context = await suite.browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    for (const path of paths) {
      await page.goto(suite.base + path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      assert.equal(overflow, 0, `${path} scrolls sideways by ${overflow}px`);
    }
    await context.close();
  });
});

describe("the friendly error page", () => {
  for (const path of ["/en/server-error", "/ur/server-error"]) {
    it(`${path} is a 500 that still passes axe and offers the quick exit`, async () => {
      const context = await suite.browser.newContext();
      const page = await context.newPage();
      const response = await page.goto(suite.base + path);
      assert.equal(response.status(), 500);
      assert.ok(await page.locator("header a.quick-exit").isVisible());
      await expectNoAxeViolations(page, path);
      await context.close();
    });
  }
});

describe("the leaflet on paper", () => {
  it("prints on one A4 sheet without the site's header and footer", async () => {
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    await page.goto(suite.base + "/ur/leaflet");
    await page.emulateMedia({ media: "print" });
    assert.equal(await page.locator(".site-header").isVisible(), false, "header hidden");
    assert.equal(await page.locator(".site-footer").isVisible(), false, "footer hidden");
    assert.ok(await page.locator("figure.qr svg").isVisible(), "QR code printed");
    const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
    const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    assert.equal(pages, 1, `the leaflet prints on ${pages} pages`);
    await context.close();
  });
});
