// The browser suite's harness: starts the release server (target/release/server) on a free
// port with a fresh data folder, a stand-in "neutral site" for the quick exit to land on, and
// Debian's Chromium through playwright-core. Every page a test visits should pass axe-core.

import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import assert from "node:assert/strict";
import { chromium } from "playwright-core";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "..", "..");
const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** A tiny stand-in for the neutral site (BBC Weather by default) that quick exit goes to. */
async function startNeutralSite() {
  const server = createServer((req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end('<!doctype html><html lang="en"><title>Weather</title><h1>Weather</h1></html>');
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return { server, url: `http://127.0.0.1:${port}` };
}

/** Starts the server; resolves once it prints the address it listens on. */
async function startApp(env) {
  const bin = process.env.RJ_SERVER_BIN ?? path.join(root, "target/release/server");
  const child = spawn(bin, ["serve"], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stderr.on("data", (d) => (log += d));
  const address = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${log}`)), 30_000);
    child.stdout.on("data", (d) => {
      const m = /running at (http:\/\/[^/\s]+)\//.exec(String(d));
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.on("exit", (code) => reject(new Error(`server exited with ${code}:\n${log}`)));
  });
  return { child, address };
}

export async function startSuite(extraEnv = {}) {
  const neutral = await startNeutralSite();
  const dataDir = mkdtempSync(path.join(tmpdir(), "rj-browser-"));
  const env = {
    LEPTOS_SITE_ADDR: "127.0.0.1:0",
    LEPTOS_SITE_ROOT: process.env.RJ_SITE_ROOT ?? path.join(root, "target/site"),
    RJ_DATA_DIR: dataDir,
    DATABASE_URL: `sqlite://${dataDir}/app.db`,
    RJ_EXIT_URL: `${neutral.url}/weather`,
    RUST_LOG: "warn",
    // Journeys here take seconds; the robot check has its own API test.
    RJ_MIN_FILL_SECONDS: "0",
    // Every test comes from 127.0.0.1; the limit itself is tested on its own server.
    RJ_POST_BURST: "100000",
    RJ_STAFF_BURST: "100000",
    ...extraEnv,
  };
  const app = await startApp(env);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  return {
    base: app.address,
    /** Runs the server's command line against this suite's database; resolves to its output. */
    async cli(args) {
      const bin = process.env.RJ_SERVER_BIN ?? path.join(root, "target/release/server");
      const child = spawn(bin, args, { cwd: root, env: { ...process.env, ...env, RJ_PUBLIC_URL: app.address } });
      let out = "";
      let err = "";
      child.stdout.on("data", (d) => (out += d));
      child.stderr.on("data", (d) => (err += d));
      const code = await new Promise((resolve) => child.on("exit", resolve));
      assert.equal(code, 0, `server ${args.join(" ")} failed:\n${err}`);
      return out;
    },
    neutral: neutral.url,
    exitUrl: `${neutral.url}/weather`,
    browser,
    async stop() {
      await browser.close();
      app.child.kill("SIGTERM");
      await new Promise((resolve) => app.child.once("exit", resolve));
      neutral.server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Runs axe-core with the WCAG 2.2 AA tags and fails with a readable list of violations.
 * axe is evaluated through the DevTools protocol, so the page's CSP stays exactly as served.
 */
export async function expectNoAxeViolations(page, label = page.url()) {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: "tag", values: tags } });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5),
    }));
  }, WCAG_TAGS);
  assert.deepEqual(violations, [], `axe violations on ${label}:\n${JSON.stringify(violations, null, 2)}`);
}

/**
 * axe on a page opened with JavaScript off. axe cannot run inside such a page (evaluating it
 * there closes the page), so its HTML as served is replayed at the same address in a fresh,
 * script-capable context with site.js held back, and axe runs there.
 */
export async function expectNoAxeViolationsAsServed(page, label = page.url()) {
  const url = page.url();
  const html = await page.content();
  const inspector = await page.context().browser().newContext();
  try {
    const replay = await inspector.newPage();
    await replay.route((u) => u.href === url, (route) =>
      route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html }),
    );
    await replay.route(/\/site\.js/, (route) => route.abort());
    await replay.goto(url);
    await expectNoAxeViolations(replay, `${label} (as served without JavaScript)`);
  } finally {
    await inspector.close();
  }
}
