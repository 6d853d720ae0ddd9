// `ehc-timeline explore`: the server of the case explorer. It serves the built files on the
// loopback address with the page's Content-Security-Policy, and nothing outside its folder.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { get } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SITE_CSP, type SiteServer, findSiteDir, serveSite } from "../../src/cli/explore-command";

let folder: string;
let site: SiteServer;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), "ehc-explore-"));
  mkdirSync(join(folder, "site", "dist", "deeper"), { recursive: true });
  writeFileSync(join(folder, "site", "dist", "index.html"), "<!doctype html><title>t</title>");
  writeFileSync(join(folder, "site", "dist", "app.js"), "void 0;");
  writeFileSync(join(folder, "site", "secret.txt"), "not to be served"); // one level above the served folder
  site = await serveSite(join(folder, "site", "dist"));
});

afterAll(async () => {
  await site.close();
  rmSync(folder, { recursive: true, force: true });
});

function rawStatus(path: string): Promise<number | undefined> {
  const { port } = new URL(site.url);
  return new Promise((resolve, reject) => {
    get({ host: "127.0.0.1", port, path }, (response) => {
      response.resume();
      resolve(response.statusCode);
    }).on("error", reject);
  });
}

describe("explore", () => {
  it("serves the page on the loopback address with its policy", async () => {
    expect(site.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await fetch(site.url);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(page.headers.get("content-security-policy")).toBe(SITE_CSP);
    expect(SITE_CSP).toContain("connect-src 'none'");
    expect(await page.text()).toContain("<title>t</title>");
    const script = await fetch(new URL("app.js", site.url));
    expect(script.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
  });

  it("serves nothing outside its folder, and only reads", async () => {
    // Raw paths, which a URL parser would tidy before sending.
    expect(await rawStatus("/../secret.txt")).toBe(404);
    expect(await rawStatus("/..%2fsecret.txt")).toBe(404);
    expect(await rawStatus("/app.js")).toBe(200);
    expect((await fetch(new URL("/missing.js", site.url))).status).toBe(404);
    expect((await fetch(site.url, { method: "POST", body: "x" })).status).toBe(405);
  });

  it("finds the built site by looking up from a folder", () => {
    expect(findSiteDir(join(folder, "site", "dist", "deeper"))).toBe(join(folder, "site", "dist"));
    expect(findSiteDir(tmpdir())).toBeNull();
  });
});
