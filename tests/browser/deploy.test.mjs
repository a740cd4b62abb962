// The example deployment in deploy/, run for real: two instances of the release server on one
// PostgreSQL database, behind Debian's nginx with the shipped deploy/nginx.conf terminating
// TLS. A referral started on one instance is finished on the other; a manager enrols and signs
// in on one and works on the other; both instances' mail workers and daily-summary schedulers
// run against the one outbox, and every message must come out exactly once. To make the two
// workers compete, a backlog of mail is left for them while they are down (by a third process
// on the same database whose worker looks only once an hour), and both start together.
//
// Needs TEST_POSTGRES_URL (a server where it may create and drop a database) and nginx
// (Debian's nginx-light or nginx; NGINX_PATH to name another). Without them the part that runs
// servers is skipped, saying why; the checks that the shipped files agree with each other and
// with the README always run. The server is RJ_SERVER_BIN (default target/release/server, as
// harness.mjs) with the site RJ_SITE_ROOT (default the target/site beside it);
// RJ_KEEP_DEPLOY_TEMP=1 keeps the temporary folders (logs, mail) to look at.
//
// Templating: nothing in deploy/ is copied into this file. The test reads
//   deploy/nginx.conf      and replaces only the upstream ports (127.0.0.1:3001, :3002), the
//                          listen lines (443 and 80 become 127.0.0.1 and free ports; the [::]
//                          lines are dropped), /etc/ssl/rj/ and /var/log/nginx/ (temporary
//                          folders); each must be found as written, or the test fails;
//   deploy/rj.env.example  as each instance's settings, except DATABASE_URL (the test's
//                          database), RJ_PUBLIC_URL (nginx's port), LEPTOS_SITE_ROOT (the built
//                          site), SMTP_URL (removed: mail goes to .eml files) and the test
//                          settings in TEST_SETTINGS below;
//   deploy/rj@.service     for the per-instance Environment= lines, with %i the port and
//                          /var/lib/rj/ a temporary folder.
// nginx runs with a small main configuration standing in for Debian's /etc/nginx/nginx.conf
// (which includes sites-enabled/* in http {}), with its pid, logs and temporary files in a
// temporary folder.

import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { execFile, spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { totp } from "./totp.mjs";
import {
  chmodSync,
  copyFileSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "..", "..");
const deploy = path.join(root, "deploy");
const run = promisify(execFile);

const BIN = process.env.RJ_SERVER_BIN ?? path.join(root, "target/release/server");
const SITE_ROOT = process.env.RJ_SITE_ROOT ?? path.resolve(path.dirname(BIN), "..", "site");
const POSTGRES = process.env.TEST_POSTGRES_URL;
const NGINX = process.env.NGINX_PATH ?? ["/usr/sbin/nginx", "/usr/bin/nginx"].find((p) => existsSync(p));
const HOST = "rj.example.org"; // deploy/nginx.conf's server_name, kept as shipped
const MAIL_DOMAIN = "rj.example.org"; // of RJ_MAIL_FROM in rj.env.example
const PASSWORD = "violet kettle harbour moss";

/** Settings the test sets on top of rj.env.example, and why. */
const TEST_SETTINGS = {
  // A time that has passed today, so both schedulers try to queue the summary when they start.
  RJ_SUMMARY_AT: "00:00",
  // Both mail workers look often, so they compete for every message.
  RJ_MAIL_POLL_MS: "100",
  // Journeys here take milliseconds; the robot check has its own test.
  RJ_MIN_FILL_SECONDS: "0",
  // A small POST limit that refills slowly, so its per-instance counting can be seen.
  RJ_POST_BURST: "20",
  RJ_POST_REFILL_SECONDS: "300",
  // The sign-in throttle's added wait, kept short.
  RJ_SIGN_IN_DELAY_MS: "10",
  // The example's placeholders replaced, as a deployer must: one set of keys for both
  // instances (each seals what the other opens).
  RJ_DATA_KEYS: `1:${randomBytes(32).toString("hex")}`,
  RJ_LOOKUP_KEY: randomBytes(32).toString("hex"),
};

const skipReason = !POSTGRES
  ? "TEST_POSTGRES_URL is not set (a PostgreSQL server the test may create a database on)"
  : !NGINX
    ? "nginx is not installed (apt-get install nginx-light, or set NGINX_PATH)"
    : false;

// ---------------------------------------------------------------------------------------------
// The shipped files, read as a deployer would use them.

/** KEY="value" lines of an environment file (systemd's EnvironmentFile= syntax, as used). */
function envFile(text) {
  const settings = {};
  for (const line of text.split("\n")) {
    const m = /^([A-Z][A-Z0-9_]*)=(?:"(.*)"|(.*))$/.exec(line.trim());
    if (m) settings[m[1]] = m[2] ?? m[3];
  }
  return settings;
}

/** Every setting name the file mentions, set or commented out (`# NAME=`). */
function namesIn(text) {
  return [...text.matchAll(/^#?\s*([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]);
}

/** The unit's `Environment=KEY=value` lines, for instance `port`, data under `stateRoot`. */
function unitEnvironment(unit, port, stateRoot) {
  const settings = {};
  for (const m of unit.matchAll(/^Environment=([A-Z][A-Z0-9_]*)=(.*)$/gm)) {
    settings[m[1]] = m[2].replaceAll("%i", String(port)).replaceAll("/var/lib/rj/", `${stateRoot}/`);
  }
  return settings;
}

/** deploy/nginx.conf with the test's ports and folders (see the top of this file). */
function nginxSite(text, { a, b, httpsPort, httpPort, dir }) {
  let conf = text
    .split("\n")
    .filter((l) => !/^\s*#/.test(l))
    .join("\n");
  const replace = (pattern, value, exactly) => {
    const found = conf.match(pattern)?.length ?? 0;
    if (exactly === undefined) assert.ok(found > 0, `deploy/nginx.conf no longer has ${pattern}: update the test`);
    else assert.equal(found, exactly, `deploy/nginx.conf should have ${pattern} ${exactly} time(s): update the test`);
    conf = conf.replace(pattern, value);
  };
  replace(/\b127\.0\.0\.1:3001\b/g, `127.0.0.1:${a}`, 1);
  replace(/\b127\.0\.0\.1:3002\b/g, `127.0.0.1:${b}`, 1);
  replace(/^[ \t]*listen \[::\]:(?:80|443)\b[^;]*;\n/gm, "");
  replace(/\blisten 443 ssl\b/g, `listen 127.0.0.1:${httpsPort} ssl`, 1);
  replace(/\blisten 80;/g, `listen 127.0.0.1:${httpPort};`, 1);
  replace(/\/etc\/ssl\/rj\//g, `${dir}/ssl/`);
  replace(/\/var\/log\/nginx\//g, `${dir}/logs/`);
  return conf;
}

// ---------------------------------------------------------------------------------------------
// Small helpers.

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** A deadline that does not keep the process alive once nothing else waits for it. */
const deadline = (ms, value) => new Promise((resolve) => setTimeout(resolve, ms, value).unref());

async function eventually(what, check, { timeout = 20_000, every = 150 } = {}) {
  const end = Date.now() + timeout;
  let last;
  while (Date.now() < end) {
    last = await check();
    if (last) return last;
    await sleep(every);
  }
  assert.fail(`timed out waiting for ${what}`);
}

async function psql(url, sql) {
  const { stdout } = await run("psql", ["-X", "-q", "-A", "-t", "-F", "\t", "-v", "ON_ERROR_STOP=1", "-d", url, "-c", sql], {
    env: { ...process.env, PGCONNECT_TIMEOUT: "10" },
  });
  return stdout
    .trim()
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => l.split("\t"));
}


/** The server's Message-ID for an outbox key (server/src/mail.rs `message_id`). */
function messageId(key) {
  return `<${createHash("sha256").update(key).digest("hex").slice(0, 32)}@${MAIL_DOMAIN}>`;
}

/** Message-ID -> the instances whose mail folder holds a copy, one entry per copy. */
function messagesIn(folders) {
  const copies = new Map();
  for (const [name, folder] of Object.entries(folders)) {
    if (!existsSync(folder)) continue;
    for (const file of readdirSync(folder).filter((f) => f.endsWith(".eml"))) {
      const id = /^Message-ID:\s*(<[^>\s]+>)/im.exec(readFileSync(path.join(folder, file), "utf8"))?.[1];
      assert.ok(id, `${file} has no Message-ID`);
      copies.set(id, [...(copies.get(id) ?? []), name]);
    }
  }
  return copies;
}

/** Problems with the mail sent, against the outbox: each sent message exactly once, nothing else. */
function mailProblems(outboxKeys, copies) {
  const problems = [];
  const expected = new Map(outboxKeys.map((k) => [messageId(k), k]));
  for (const [id, key] of expected) {
    const n = copies.get(id)?.length ?? 0;
    if (n !== 1) problems.push(`${key}: ${n} copies (${(copies.get(id) ?? []).join(", ") || "none"})`);
  }
  for (const [id, where] of copies) if (!expected.has(id)) problems.push(`${id}: not in the outbox (${where.join(", ")})`);
  return problems;
}

// ---------------------------------------------------------------------------------------------
// HTTP as a browser would do it: a cookie jar, the Origin on form posts.

/**
 * One person (or browser) at one client address. `edge` requests go through nginx over https
 * from that address; `direct(port)` requests go straight to an instance with the headers nginx
 * would add (Host, X-Forwarded-For with this address, X-Forwarded-Proto), so a test can choose
 * the instance.
 */
class Person {
  constructor(env, address) {
    this.env = env;
    this.address = address;
    this.jar = new Map();
  }

  edge(extraHeaders = {}) {
    return { secure: true, port: this.env.ports.https, host: `${HOST}:${this.env.ports.https}`, localAddress: this.address, extraHeaders };
  }

  direct(port) {
    return {
      secure: false,
      port,
      host: HOST,
      extraHeaders: { "x-forwarded-for": this.address, "x-forwarded-proto": "https" },
    };
  }

  get(route, target) {
    return this.send(route, "GET", target);
  }

  /** A form post; `form` is an object or a list of [name, value] pairs. */
  post(route, target, form = {}, headers = {}) {
    const body = new URLSearchParams(Array.isArray(form) ? form : Object.entries(form)).toString();
    return this.send(route, "POST", target, body, {
      "content-type": "application/x-www-form-urlencoded",
      origin: this.env.publicUrl,
      ...headers,
    });
  }

  async send(route, method, target, body, headers = {}) {
    const cookie = [...this.jar].map(([k, v]) => `${k}=${v}`).join("; ");
    const all = { host: route.host, ...route.extraHeaders, ...headers, ...(cookie ? { cookie } : {}) };
    if (body !== undefined) all["content-length"] = Buffer.byteLength(body);
    const response = await request({ ...route, method, path: target, headers: all, body, ca: this.env.cert });
    for (const line of [].concat(response.headers["set-cookie"] ?? [])) {
      const [pair, ...attributes] = line.split(";");
      const name = pair.slice(0, pair.indexOf("=")).trim();
      const value = pair.slice(pair.indexOf("=") + 1).trim();
      const gone = value === "" || attributes.some((a) => /^\s*max-age=0\s*$/i.test(a));
      if (gone) this.jar.delete(name);
      else this.jar.set(name, value);
    }
    return response;
  }
}

function request({ secure, port, localAddress, method, path: target, headers, body, ca }) {
  return new Promise((resolve, reject) => {
    const options = { host: "127.0.0.1", port, method, path: target, headers, localAddress, agent: false };
    const req = secure
      ? https.request({ ...options, servername: HOST, ca }, respond)
      : http.request(options, respond);
    function respond(res) {
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () =>
        resolve({ status: res.statusCode, headers: res.headers, raw: res.rawHeaders, body: Buffer.concat(chunks).toString("utf8") }),
      );
    }
    req.on("error", reject);
    req.setTimeout(20_000, () => req.destroy(new Error(`${method} ${target}: no answer in 20 s`)));
    if (body !== undefined) req.write(body);
    req.end();
  });
}

const pathOf = (location) => new URL(location, "https://x").pathname;
const formToken = (html) => /<input[^>]*name="csrf"[^>]*value="([^"]+)"/.exec(html)?.[1];
const titleOf = (html) => /<title>([^<]*)<\/title>/.exec(html)?.[1];

// The public referral journey (tests/api/journeys.rs `refer_as_a_victim`), with an e-mail
// address the person said is safe: each referral queues a notice to the team and an
// acknowledgement to the person.
function referralSteps(n) {
  return [
    ["/en/refer", [], "/en/refer/who"],
    ["/en/refer/who", [["for-whom", "me"]], "/en/refer/connection"],
    ["/en/refer/connection", [["connection", "harmed"]], "/en/refer/what-happened"],
    ["/en/refer/what-happened", [["crime-type", "robbery"], ["markers", "online"]], "/en/refer/when"],
    ["/en/refer/when", [["when", "date"], ["when-month", "3"], ["when-year", "2025"]], "/en/refer/police"],
    ["/en/refer/police", [["reported", "yes"], ["crime-reference", "20/1234/25"], ["stage", "awaiting-court"]], "/en/refer/where"],
    ["/en/refer/where", [["area-happened", "dudley"], ["area-lives", "dudley"]], "/en/refer/other-person"],
    ["/en/refer/other-person", [["other-age", "adult"], ["other-known", "no"], ["how-many", "one"]], "/en/refer/own-words"],
    ["/en/refer/own-words", [["story", `Canary-story-${n}`], ["hopes", ""]], "/en/refer/about-you"],
    ["/en/refer/about-you", [["name", `Canary Person ${n}`], ["age-band", "35-44"]], "/en/refer/contact"],
    [
      "/en/refer/contact",
      [["contact-ways", "phone"], ["contact-ways", "email"], ["phone", "07700 900123"], ["email", `canary-${n}@example.org`]],
      "/en/refer/contact-safety",
    ],
    ["/en/refer/contact-safety", [["voicemail-ok", "no"], ["email-ok", "yes"], ["safe-times", "after 2pm"]], "/en/refer/needs"],
    ["/en/refer/needs", [["language", "English"], ["interpreter", "no"], ["bsl", "no"], ["support-person", "no"]], "/en/refer/safe-now"],
    ["/en/refer/safe-now", [["safe-now", "yes"]], "/en/refer/check"],
    ["/en/refer/check", [], "/en/refer/consent"],
    ["/en/refer/consent", [["consent", "agree"]], "/en/refer/sent"],
  ];
}

/** Sends a referral, each step through `routeOf(stepIndex)`; resolves to its reference. */
async function refer(person, n, routeOf) {
  const steps = referralSteps(n);
  for (const [i, [step, form, next]] of steps.entries()) {
    const response = await person.post(routeOf(i), step, form);
    assert.equal(response.status, 303, `POST ${step}: ${response.status}`);
    assert.equal(pathOf(response.headers.location), next, `after ${step}`);
  }
  const sent = await person.get(routeOf(steps.length), "/en/refer/sent");
  assert.equal(sent.status, 200);
  const reference = /RJ-[A-Z0-9]{4}-[A-Z0-9]{4}/.exec(sent.body)?.[0];
  assert.ok(reference, "a reference on the confirmation");
  return reference;
}

// ---------------------------------------------------------------------------------------------
// The two instances, nginx, the database.

class Instance {
  constructor(name, port, env, logDir) {
    Object.assign(this, { name, port, env, logDir, runs: [] });
  }

  /** Starts the server; resolves once it says it is running. */
  async start() {
    const child = spawn(BIN, ["serve"], { cwd: this.env.RJ_DATA_DIR, env: this.env, stdio: ["ignore", "pipe", "pipe"] });
    const runNo = this.runs.length + 1;
    const file = createWriteStream(path.join(this.logDir, `${this.name}-${runNo}.log`));
    const runInfo = { child, log: "", exited: new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal }))) };
    this.runs.push(runInfo);
    for (const stream of [child.stdout, child.stderr]) {
      stream.on("data", (d) => {
        runInfo.log += d;
        file.write(d);
      });
    }
    runInfo.exited.then(() => file.end());
    await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${this.name} did not start:\n${runInfo.log}`)), 30_000);
      const look = () => {
        if (runInfo.log.includes(`running at http://127.0.0.1:${this.port}/`)) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout.on("data", look);
      runInfo.exited.then(({ code }) => reject(new Error(`${this.name} exited with ${code}:\n${runInfo.log}`)));
    });
  }

  /** SIGTERM, as systemd stops it; resolves to the exit. */
  async stop() {
    const current = this.runs.at(-1);
    if (!current || current.child.exitCode !== null || current.child.signalCode !== null) return current && (await current.exited);
    current.child.kill("SIGTERM");
    const result = await Promise.race([current.exited, deadline(20_000, "timeout")]);
    if (result === "timeout") {
      current.child.kill("SIGKILL");
      assert.fail(`${this.name} did not stop within 20 s of SIGTERM`);
    }
    return result;
  }

  /** The JSON log lines of every run (RJ_LOG_FORMAT=json), each with its run number. */
  events() {
    return this.runs.flatMap((r, i) =>
      r.log
        .split("\n")
        .filter((l) => l.startsWith("{"))
        .flatMap((l) => {
          try {
            return [{ run: i + 1, ...JSON.parse(l) }];
          } catch {
            return [];
          }
        }),
    );
  }

  get mailDir() {
    return path.join(this.env.RJ_DATA_DIR, "mail");
  }
}

describe("the shipped deployment files", () => {
  const readme = readFileSync(path.join(root, "README.md"), "utf8");
  const example = readFileSync(path.join(deploy, "rj.env.example"), "utf8");
  const unit = readFileSync(path.join(deploy, "rj@.service"), "utf8");
  const nginx = readFileSync(path.join(deploy, "nginx.conf"), "utf8");

  it("name only settings the README and the server define", () => {
    const documented = new Set([...readme.matchAll(/^\| `([A-Z][A-Z0-9_]*)` \|/gm)].map((m) => m[1]));
    const source = readdirSync(path.join(root, "server/src"))
      .filter((f) => f.endsWith(".rs"))
      .map((f) => readFileSync(path.join(root, "server/src", f), "utf8"))
      .join("\n");
    const names = [...namesIn(example), ...[...unit.matchAll(/^Environment=([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1])];
    assert.ok(names.length > 10, "the example names the settings");
    for (const name of names) {
      assert.ok(documented.has(name), `${name} is not in the README's settings table`);
      // RUST_LOG is read by tracing's EnvFilter, not by name in our code.
      if (name !== "RUST_LOG") assert.ok(source.includes(`"${name}"`), `${name} is not read anywhere in server/src`);
    }
    for (const needed of ["DATABASE_URL", "RJ_PUBLIC_URL", "RJ_TRUSTED_PROXIES", "SMTP_URL", "LEPTOS_SITE_ROOT", "RJ_DATA_KEYS", "RJ_LOOKUP_KEY"]) {
      assert.ok(needed in envFile(example), `rj.env.example sets ${needed}`);
    }
    assert.match(envFile(example).DATABASE_URL, /sslmode=verify-full/);
    for (const perInstance of ["LEPTOS_SITE_ADDR", "RJ_DATA_DIR"]) {
      assert.ok(!(perInstance in envFile(example)), `${perInstance} comes from the unit, so the shared file must not set it`);
      assert.match(unit, new RegExp(`^Environment=${perInstance}=.*%i`, "m"), `the unit sets ${perInstance} per instance`);
    }
  });

  it("agree on the body limit and the timeouts", () => {
    const settings = envFile(example);
    const bodyLimit = /^\s*client_max_body_size (\d+)([km]?);/m.exec(nginx);
    assert.ok(bodyLimit, "nginx.conf sets client_max_body_size");
    const bytes = Number(bodyLimit[1]) * { "": 1, k: 1024, m: 1024 * 1024 }[bodyLimit[2]];
    assert.equal(String(bytes), settings.RJ_MAX_BODY_BYTES, "nginx and the site refuse the same bodies");
    assert.match(readme, /\| `RJ_MAX_BODY_BYTES` \| `65536` \|/, "the example keeps the site's default");
    const readTimeout = Number(/^\s*proxy_read_timeout (\d+)s;/m.exec(nginx)?.[1]);
    assert.ok(readTimeout > Number(settings.RJ_REQUEST_TIMEOUT_SECS), "nginx waits for the site's own 408");
  });

  it("the unit is one systemd accepts, and well confined", { skip: !existsSync("/usr/bin/systemd-analyze") && "systemd-analyze is not installed" }, async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "rj-unit-"));
    try {
      // systemd-analyze checks that the program exists: point it at one that does.
      const program = existsSync(BIN) ? BIN : "/bin/true";
      writeFileSync(path.join(dir, "rj@.service"), unit.replace(/^ExecStart=\S+/m, `ExecStart=${program}`).replace(/^WorkingDirectory=.*$/m, `WorkingDirectory=${dir}`));
      symlinkSync("rj@.service", path.join(dir, "rj@3001.service"));
      const verify = await run("systemd-analyze", ["verify", path.join(dir, "rj@3001.service")]);
      // An unknown or misspelt directive is only a warning to systemd: it is an error here.
      assert.equal(verify.stderr.trim(), "", `systemd-analyze verify:\n${verify.stderr}`);
      const security = await run("systemd-analyze", ["security", "--offline=yes", "--threshold=20", path.join(dir, "rj@3001.service")]).catch((e) => e);
      const exposure = Number(/Overall exposure level for rj@3001\.service: ([\d.]+)/.exec(security.stdout ?? "")?.[1]);
      assert.ok(exposure <= 2, `systemd-analyze security rates it ${exposure} (want 2.0 or less):\n${security.stdout}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("two instances behind nginx on one PostgreSQL database", { skip: skipReason }, () => {
  const env = { ports: {}, cert: null, publicUrl: null };
  let tmp;
  let ngxDir;
  let nginxProcess;
  let nginxLog = "";
  let database;
  let databaseUrl;
  let a;
  let b;
  let c; // the third process that leaves a backlog of mail
  const references = [];
  const managers = [];
  const tokens = [];
  let staff; // manager one's browser, signed in

  before(async () => {
    assert.ok(existsSync(BIN), `no server binary at ${BIN} (build it, or set RJ_SERVER_BIN)`);
    tmp = mkdtempSync(path.join(tmpdir(), "rj-deploy-"));
    // nginx's own folder apart: when the test runs as root, nginx's workers run as nobody and
    // must reach their temporary folders (nothing secret in it but a throwaway key, which the
    // master reads).
    ngxDir = mkdtempSync(path.join(tmpdir(), "rj-deploy-nginx-"));
    chmodSync(ngxDir, 0o755);
    for (const sub of ["ssl", "logs", "tmp"]) mkdirSync(path.join(ngxDir, sub));
    const [pa, pb, httpsPort, httpPort] = [await freePort(), await freePort(), await freePort(), await freePort()];
    env.ports = { a: pa, b: pb, https: httpsPort, http: httpPort };
    env.publicUrl = `https://${HOST}:${httpsPort}`;

    // A database of its own.
    database = `rj_deploy_${process.pid}_${Date.now()}`;
    await psql(POSTGRES, `CREATE DATABASE "${database}"`);
    const url = new URL(POSTGRES);
    url.pathname = `/${database}`;
    databaseUrl = url.toString();

    // A throwaway certificate for the host name nginx.conf serves.
    const key = path.join(ngxDir, "ssl", "privkey.pem");
    const cert = path.join(ngxDir, "ssl", "fullchain.pem");
    await run("openssl", [
      "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
      "-keyout", key, "-out", cert, "-days", "2", "-subj", `/CN=${HOST}`, "-addext", `subjectAltName=DNS:${HOST}`,
    ]);
    chmodSync(key, 0o600);
    env.cert = readFileSync(cert);

    // Each instance: rj.env.example, the unit's per-instance lines, then the test's own.
    const example = envFile(readFileSync(path.join(deploy, "rj.env.example"), "utf8"));
    assert.equal(example.RJ_TRUSTED_PROXIES, "127.0.0.1/32", "the example trusts nginx on this machine");
    const unit = readFileSync(path.join(deploy, "rj@.service"), "utf8");
    const inherited = Object.fromEntries(
      Object.entries(process.env).filter(([k]) => !/^(RJ_|LEPTOS_|SMTP_URL$|DATABASE_URL$|RUST_LOG$)/.test(k)),
    );
    const settingsFor = (port) => {
      const settings = {
        ...inherited,
        ...example,
        ...unitEnvironment(unit, port, path.join(tmp, "state")),
        DATABASE_URL: databaseUrl,
        RJ_PUBLIC_URL: env.publicUrl,
        LEPTOS_SITE_ROOT: SITE_ROOT,
        ...TEST_SETTINGS,
      };
      delete settings.SMTP_URL;
      delete settings.RJ_SMTP_CA_FILE;
      mkdirSync(settings.RJ_DATA_DIR, { recursive: true, mode: 0o700 });
      return settings;
    };
    a = new Instance("A", pa, settingsFor(pa), tmp);
    b = new Instance("B", pb, settingsFor(pb), tmp);
    assert.equal(a.env.LEPTOS_SITE_ADDR, `127.0.0.1:${pa}`, "the unit's LEPTOS_SITE_ADDR names the instance's port");
    // Both at once, on a new database: the migrations must not trip over each other.
    await Promise.all([a.start(), b.start()]);

    // nginx with the shipped site, under a stand-in for Debian's nginx.conf.
    const site = nginxSite(readFileSync(path.join(deploy, "nginx.conf"), "utf8"), {
      a: pa, b: pb, httpsPort, httpPort, dir: ngxDir,
    });
    writeFileSync(path.join(ngxDir, "rj.conf"), site);
    const tempPaths = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"]
      .map((t) => `    ${t}_temp_path ${ngxDir}/tmp/${t};`)
      .join("\n");
    writeFileSync(
      path.join(ngxDir, "nginx.conf"),
      `# Written by tests/browser/deploy.test.mjs: what Debian's /etc/nginx/nginx.conf gives a site.
worker_processes 1;
pid ${ngxDir}/nginx.pid;
error_log ${ngxDir}/logs/error.log warn;
events { worker_connections 256; }
http {
${existsSync("/etc/nginx/mime.types") ? "    include /etc/nginx/mime.types;" : ""}
    default_type application/octet-stream;
    ssl_protocols TLSv1 TLSv1.1 TLSv1.2 TLSv1.3;
    ssl_prefer_server_ciphers on;
    access_log ${ngxDir}/logs/access.log;
    gzip on;
${tempPaths}
    include ${ngxDir}/rj.conf;
}
`,
    );
    nginxProcess = spawn(NGINX, ["-p", `${ngxDir}/`, "-e", `${ngxDir}/logs/error.log`, "-c", `${ngxDir}/nginx.conf`, "-g", "daemon off;"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    nginxProcess.stdout.on("data", (d) => (nginxLog += d));
    nginxProcess.stderr.on("data", (d) => (nginxLog += d));
    const nginxExited = new Promise((resolve) => nginxProcess.once("exit", resolve));
    const probe = new Person(env, "127.0.0.1");
    await eventually("nginx to answer", async () => {
      if (nginxProcess.exitCode !== null) assert.fail(`nginx exited:\n${nginxLog}\n${readNginxLog("error.log")}`);
      return probe.get(probe.edge(), "/healthz").then((r) => r.status === 200, () => false);
    }, { timeout: 10_000 });
    env.nginxExited = nginxExited;
  });

  after(async () => {
    await Promise.allSettled([a?.stop(), b?.stop(), c?.stop()]);
    if (nginxProcess && nginxProcess.exitCode === null) {
      nginxProcess.kill("SIGQUIT");
      const stopped = await Promise.race([env.nginxExited.then(() => true), deadline(5_000, false)]);
      if (!stopped) nginxProcess.kill("SIGKILL");
    }
    if (database) await psql(POSTGRES, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`).catch(() => {});
    if (process.env.RJ_KEEP_DEPLOY_TEMP) {
      console.log(`kept ${tmp} and ${ngxDir}`);
    } else {
      for (const dir of [tmp, ngxDir]) if (dir) rmSync(dir, { recursive: true, force: true });
    }
  });

  function readNginxLog(name) {
    const file = path.join(ngxDir, "logs", name);
    return existsSync(file) ? readFileSync(file, "utf8") : "";
  }

  /** Waits until no message is waiting or in hand, and checks that none failed. */
  async function outboxEmpty() {
    const [[, failed]] = await eventually("the outbox to empty", async () => {
      const rows = await psql(databaseUrl, "SELECT count(*) FILTER (WHERE status IN ('pending', 'sending')), count(*) FILTER (WHERE status = 'failed') FROM outbox");
      return rows[0][0] === "0" ? rows : false;
    });
    assert.equal(failed, "0", "no message failed");
  }

  /** nginx's access log for this site: [method, path, status, upstream] per request. */
  function accessLog() {
    return readNginxLog("rj.access.log")
      .split("\n")
      .filter(Boolean)
      .map((line) => {
        const m = /^\S+ (\S+) "([^"]*)" (\d+) \d+ \S+ upstream="([^"]*)"/.exec(line);
        assert.ok(m, `an access log line of an unexpected shape: ${line}`);
        return { method: m[1], path: m[2], status: Number(m[3]), upstream: m[4] };
      });
  }

  it("nginx terminates TLS, redirects plain http, passes the site's own headers once, and enforces the body limit", async () => {
    const person = new Person(env, "127.0.0.2");
    const home = await person.get(person.edge({ "accept-encoding": "identity" }), "/en/");
    assert.equal(home.status, 200);
    const count = (name) => home.raw.filter((h, i) => i % 2 === 0 && h.toLowerCase() === name).length;
    for (const header of [
      "strict-transport-security",
      "content-security-policy",
      "x-content-type-options",
      "referrer-policy",
      "x-frame-options",
      "permissions-policy",
      "cross-origin-opener-policy",
      "cache-control",
    ]) {
      assert.equal(count(header), 1, `${header} appears once`);
    }
    assert.equal(home.headers.server, "nginx", "no version in the Server header");

    const plain = await request({ secure: false, port: env.ports.http, method: "GET", path: "/en/refer?x=1", headers: { host: HOST } });
    assert.equal(plain.status, 301);
    assert.equal(plain.headers.location, `https://${HOST}/en/refer?x=1`);

    // The limits agree: 64 KiB reaches the site, one byte more is refused by nginx itself.
    const limit = 65536;
    const atLimit = await person.post(person.edge(), "/en/refer/who", { x: "a".repeat(limit - 2) });
    assert.notEqual(atLimit.status, 413, "a body of exactly RJ_MAX_BODY_BYTES is accepted");
    const over = await person.post(person.edge(), "/en/refer/who", { x: "a".repeat(limit - 1) });
    assert.equal(over.status, 413);
    assert.match(over.body, /<center>nginx<\/center>/, "nginx answered, the site never saw it");

    // A form from another site is refused: nginx passes Origin through unchanged.
    const cross = await person.post(person.edge(), "/en/refer", {}, { origin: "https://elsewhere.example" });
    assert.equal(cross.status, 403);
  });

  it("a referral started on instance A is finished on instance B", async () => {
    const person = new Person(env, "127.0.0.21");
    const reference = await refer(person, 1, (i) => (i < 8 ? person.direct(a.port) : i < 16 ? person.direct(b.port) : person.edge()));
    references.push(reference);
  });

  it("referrals sent through nginx at once are shared between the instances", async () => {
    const people = [22, 23, 24].map((n) => new Person(env, `127.0.0.${n}`));
    const sent = await Promise.all(people.map((p, i) => refer(p, i + 2, () => p.edge())));
    references.push(...sent);
    const posts = accessLog().filter((r) => r.method === "POST" && r.path.startsWith("/en/refer/"));
    const by = (port) => posts.filter((r) => r.upstream === `127.0.0.1:${port}`).length;
    assert.ok(by(a.port) > 10 && by(b.port) > 10, `round robin: A had ${by(a.port)}, B ${by(b.port)} of ${posts.length}`);
    // And each instance's own log shows the posts it answered.
    for (const instance of [a, b]) {
      const answered = instance.events().filter((e) => e.span?.method === "POST" && e.span?.path?.startsWith("/en/refer/"));
      assert.ok(answered.length > 10, `${instance.name} logged ${answered.length} journey posts`);
    }
  });

  it("a manager added with the CLI enrols and signs in on A, then works on B with the same session", async () => {
    const bin = BIN;
    const cli = async (args) => {
      const { stdout } = await run(bin, args, { cwd: a.env.RJ_DATA_DIR, env: a.env });
      return stdout;
    };
    for (const [name, email] of [["Morgan One", "morgan.one@rj.example"], ["Morgan Two", "morgan.two@rj.example"]]) {
      const out = await cli(["user", "add", "--email", email, "--name", name, "--role", "manager"]);
      const link = /(https:\/\/\S+\/staff\/enrol\/\S+)/.exec(out)?.[1];
      assert.ok(link?.startsWith(`${env.publicUrl}/staff/enrol/`), "the link is on the public address");
      const enrolPath = new URL(link).pathname;
      tokens.push(enrolPath.split("/").pop());
      managers.push({ name, email, enrolPath });
    }

    // Manager one: enrols and signs in on A (straight to its port), works on B.
    staff = new Person(env, "127.0.0.31");
    const one = managers[0];
    const enrolPage = await staff.get(staff.direct(a.port), one.enrolPath);
    assert.equal(enrolPage.status, 200);
    one.secret = /<code[^>]*class="secret"[^>]*>([A-Z2-7=]+)<\/code>/.exec(enrolPage.body)?.[1];
    assert.ok(one.secret, "the page shows the key");
    const enrolled = await staff.post(staff.direct(a.port), one.enrolPath, {
      csrf: formToken(enrolPage.body), password: PASSWORD, confirm: PASSWORD, code: totp(one.secret),
    });
    assert.equal(enrolled.status, 200);
    assert.match(enrolled.body, /Your recovery codes/);
    const signInPage = await staff.get(staff.direct(a.port), "/staff/sign-in");
    const signedIn = await staff.post(staff.direct(a.port), "/staff/sign-in", {
      csrf: formToken(signInPage.body), email: one.email, password: PASSWORD, code: totp(one.secret), next: "",
    });
    assert.equal(signedIn.status, 303, "signed in");
    assert.equal(pathOf(signedIn.headers.location), "/staff");
    assert.ok(staff.jar.has("__Host-rj_staff"), "the staff session cookie, __Host- over https");

    const queue = await staff.get(staff.direct(b.port), "/staff");
    assert.equal(queue.status, 200);
    assert.equal(titleOf(queue.body), "Queue – Staff area");
    for (const reference of references) assert.ok(queue.body.includes(reference), `${reference} in B's queue`);
    const target = references[0];
    const casePage = await staff.get(staff.direct(b.port), `/staff/requests/${target}`);
    assert.equal(casePage.status, 200);
    assert.match(titleOf(casePage.body), new RegExp(target));
    // A change on B with the form token the session got on A.
    const claimed = await staff.post(staff.direct(b.port), `/staff/requests/${target}/claim`, { csrf: formToken(casePage.body) });
    assert.equal(claimed.status, 303, `claim on B: ${claimed.status}`);
    const seenOnA = await staff.get(staff.direct(a.port), `/staff/requests/${target}`);
    assert.match(seenOnA.body, /Morgan One assigned the case to Morgan One\./, "A shows the change made on B");

    // Manager two, through nginx from their own address, with a forged X-Forwarded-For: the
    // audit log records the address nginx saw, not what the client wrote.
    const two = managers[1];
    const browser = new Person(env, "127.0.0.32");
    const forged = browser.edge({ "x-forwarded-for": "203.0.113.7" });
    const page = await browser.get(forged, two.enrolPath);
    two.secret = /<code[^>]*class="secret"[^>]*>([A-Z2-7=]+)<\/code>/.exec(page.body)?.[1];
    const done = await browser.post(forged, two.enrolPath, {
      csrf: formToken(page.body), password: PASSWORD, confirm: PASSWORD, code: totp(two.secret),
    });
    assert.match(done.body, /Your recovery codes/);
    const form = await browser.get(forged, "/staff/sign-in");
    const in2 = await browser.post(forged, "/staff/sign-in", { csrf: formToken(form.body), email: two.email, password: PASSWORD, code: totp(two.secret), next: "" });
    assert.equal(in2.status, 303);
    const addresses = Object.fromEntries(
      await psql(databaseUrl, "SELECT actor, address FROM audit_log WHERE action = 'signin.ok' ORDER BY id"),
    );
    assert.deepEqual(addresses, { [one.email]: "127.0.0.31", [two.email]: "127.0.0.32" });
  });

  it("the sign-in throttle is shared through the database; the POST limit is counted by each instance", async () => {
    // Five failures for one account from one address, three on A and two on B: the sixth is
    // refused on B, which saw only two itself.
    const guesser = new Person(env, "127.0.0.41");
    const page = await guesser.get(guesser.direct(a.port), "/staff/sign-in");
    const attempt = (port) =>
      guesser.post(guesser.direct(port), "/staff/sign-in", { csrf: formToken(page.body), email: "nobody@rj.example", password: "wrong guess entirely", code: "123456", next: "" });
    for (const port of [a.port, a.port, a.port, b.port, b.port]) assert.equal((await attempt(port)).status, 422);
    assert.equal((await attempt(b.port)).status, 429, "throttled on B after failures on both");

    // RJ_POST_BURST is 20, refilling every 300 s: through nginx one address gets up to 20 posts
    // from each instance.
    const burst = Number(TEST_SETTINGS.RJ_POST_BURST);
    const poster = new Person(env, "127.0.0.42");
    let accepted = 0;
    for (let i = 0; i < 2 * burst + 6; i++) {
      const response = await poster.post(poster.edge(), "/en/refer/who", { "for-whom": "me" });
      if (response.status !== 429) accepted++;
    }
    assert.ok(accepted > burst && accepted <= 2 * burst, `accepted ${accepted} posts: more than one instance's ${burst}, at most two`);
  });

  it("restarts lose nothing; each message is sent once and the daily summary once per manager", async (t) => {
    // One instance stops: nginx sends everything to the other, even a whole referral.
    assert.deepEqual(await a.stop(), { code: 0, signal: null }, "A stops cleanly on SIGTERM");
    const person = new Person(env, "127.0.0.51");
    references.push(await refer(person, 5, () => person.edge()));
    assert.equal(accessLog().filter((r) => r.status >= 500).length, 0, "no request failed while A was down");

    // Then the other. While both are down, mail piles up: a third process on the same
    // database takes referrals but its worker looks only once an hour (and it never sends the
    // summary), so the two instances find a backlog to share when they come back.
    await outboxEmpty();
    assert.deepEqual(await b.stop(), { code: 0, signal: null }, "B stops cleanly on SIGTERM");
    const portC = await freePort();
    c = new Instance("C", portC, {
      ...a.env,
      LEPTOS_SITE_ADDR: `127.0.0.1:${portC}`,
      RJ_DATA_DIR: path.join(tmp, "state", String(portC)),
      RJ_MAIL_POLL_MS: "3600000",
      RJ_SUMMARY_AT: "off",
    }, tmp);
    mkdirSync(c.env.RJ_DATA_DIR, { recursive: true, mode: 0o700 });
    await c.start();
    const backlog = [61, 62, 63, 64, 65, 66, 67, 68].map((n) => new Person(env, `127.0.0.${n}`));
    references.push(...(await Promise.all(backlog.map((p, i) => refer(p, 6 + i, () => p.direct(portC))))));
    assert.deepEqual(await c.stop(), { code: 0, signal: null });
    const [[waiting]] = await psql(databaseUrl, "SELECT count(*) FROM outbox WHERE status = 'pending'");
    assert.ok(Number(waiting) >= backlog.length, `a backlog: ${waiting} messages wait`);

    // Both start again together: each scheduler finds the time passed and two active managers,
    // and tries to queue the summary; both mail workers start on the backlog at once.
    await Promise.all([a.start(), b.start()]);

    const tried = (instance) =>
      instance.events().filter((e) => e.run === instance.runs.length && e.message === "daily summary queued");
    await eventually("both schedulers to try the summary", () => tried(a).length > 0 && tried(b).length > 0);
    for (const instance of [a, b]) assert.equal(tried(instance)[0].managers, 2, `${instance.name} found both managers`);

    // The session lives in PostgreSQL: still signed in, on whichever instance nginx chooses.
    const queue = await staff.get(staff.edge(), "/staff");
    assert.equal(titleOf(queue.body), "Queue – Staff area");

    await outboxEmpty();

    const keys = (await psql(databaseUrl, "SELECT idempotency_key FROM outbox ORDER BY id")).map((r) => r[0]);
    // Thirteen referrals, each a notice to the team and an acknowledgement to the person; a summary
    // per manager.
    assert.equal(keys.filter((k) => k.startsWith("RJ-")).length, 2 * references.length, keys.join("\n"));
    const managerIds = (await psql(databaseUrl, "SELECT id FROM staff_users WHERE role = 'manager' AND status = 'active' ORDER BY id")).map((r) => r[0]);
    assert.equal(managerIds.length, 2);
    const summaries = keys.map((k) => /^summary:(\d{4}-\d{2}-\d{2}):(\d+)$/.exec(k)).filter(Boolean);
    const days = new Set(summaries.map((m) => m[1]));
    for (const id of managerIds) {
      assert.equal(summaries.filter((m) => m[2] === id).length, days.size, `one summary a day for manager ${id}`);
    }
    const queuedInLogs = [a, b].flatMap((i) => i.events()).filter((e) => e.message === "daily summary queued").reduce((n, e) => n + Number(e.queued), 0);
    assert.equal(queuedInLogs, summaries.length, "the schedulers together queued each summary once");

    const folders = { A: a.mailDir, B: b.mailDir, C: c.mailDir };
    const copies = messagesIn(folders);
    assert.deepEqual(mailProblems(keys, copies), [], "every message in the outbox sent exactly once, across both instances");
    const sentBy = (name) => [...copies.values()].filter((w) => w[0] === name).length;
    t.diagnostic(`${keys.length} messages: ${sentBy("A")} written by A, ${sentBy("B")} by B, ${sentBy("C")} by C`);

    // The check has teeth: a second copy of one message, in the other instance's folder, is
    // reported.
    const [someId] = copies.keys();
    const [owner] = copies.get(someId);
    const file = readdirSync(folders[owner]).find((f) => readFileSync(path.join(folders[owner], f), "utf8").includes(someId));
    const other = owner === "B" ? "A" : "B";
    copyFileSync(path.join(folders[owner], file), path.join(folders[other], `duplicate-${file}`));
    const problems = mailProblems(keys, messagesIn(folders));
    assert.equal(problems.length, 1, problems.join("\n"));
    assert.match(problems[0], /2 copies/);
    rmSync(path.join(folders[other], `duplicate-${file}`));
  });

  it("no log holds personal data, a password or an enrolment token", async () => {
    await Promise.all([a.stop(), b.stop()]);
    const logs = {
      "instance A": a.runs.map((r) => r.log).join(""),
      "instance B": b.runs.map((r) => r.log).join(""),
      "instance C": c.runs.map((r) => r.log).join(""),
      "nginx access log": readNginxLog("rj.access.log"),
      "nginx error log": readNginxLog("rj.error.log") + readNginxLog("error.log") + nginxLog,
    };
    assert.ok(logs["nginx access log"].includes("/staff/enrol/[redacted]"), "enrolment went through nginx, blanked");
    // Nor did nginx write a form or a page to its temporary files.
    assert.doesNotMatch(logs["nginx error log"], /buffered to a temporary file/);
    const spooled = readdirSync(path.join(ngxDir, "tmp"), { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    assert.deepEqual(spooled.map((e) => e.name), [], "nothing in nginx's temporary folders");
    const secrets = ["Canary", "canary-", "07700 900123", "07700900123", PASSWORD, "violet", ...tokens, ...managers.map((m) => m.email)];
    for (const [name, text] of Object.entries(logs)) {
      for (const secret of secrets) assert.ok(!text.includes(secret), `${name} contains ${JSON.stringify(secret.slice(0, 12))}...`);
      // nginx's error lines name the client (deploy/README.md); nothing else does.
      if (name !== "nginx error log") assert.doesNotMatch(text, /\b127\.0\.0\.(?!1\b)\d+\b/, `${name} holds a client address`);
    }
  });
});
