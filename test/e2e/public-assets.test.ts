// What the app ships in public/: the icons a browser asks for, robots.txt and the web app manifest, served by the
// built app from its own origin, and named by the page's <head>.
import { describe, expect, inject, it } from "vitest";

const base = inject("baseURL");
const get = (path: string) => fetch(new URL(path, base));

describe("public files", () => {
  it("serves the favicon as SVG and ICO, and robots.txt", async () => {
    const svg = await get("/favicon.svg");
    expect(svg.status).toBe(200);
    expect(svg.headers.get("content-type")).toMatch(/^image\/svg\+xml/);
    expect(await svg.text()).toContain("<svg");
    const ico = await get("/favicon.ico");
    expect(ico.status).toBe(200);
    const bytes = new Uint8Array(await ico.arrayBuffer());
    expect([...bytes.slice(0, 4)]).toEqual([0, 0, 1, 0]); // ICO header: reserved 0, type 1 (icon)
    const robots = await get("/robots.txt");
    expect(robots.status).toBe(200);
    expect(await robots.text()).toMatch(/^User-agent: \*$/m);
  });

  it("serves a web app manifest whose icons all exist", async () => {
    const manifest = (await (await get("/manifest.webmanifest")).json()) as {
      name: string;
      start_url: string;
      icons: Array<{ src: string }>;
    };
    expect(manifest.name).toBe("Oracle Health ticket helper");
    expect(manifest.start_url).toBe("/");
    for (const icon of manifest.icons) expect((await get(icon.src)).status, icon.src).toBe(200);
  });

  it("names the icons and the manifest in the page's head", async () => {
    const html = await (await get("/")).text();
    expect(html).toContain('rel="icon" href="/favicon.svg"');
    expect(html).toContain('rel="manifest" href="/manifest.webmanifest"');
  });
});
