// Renders public/favicon.svg into the raster icons a web app ships beside it: icon-192.png and icon-512.png (the web
// app manifest) and favicon.ico (16, 32 and 48 px PNGs in one ICO, for clients that ask for /favicon.ico). Uses the
// Debian Chromium the browser tests use. Run by hand after changing the SVG: `node scripts/make-icons.mjs`.
import { readFile, writeFile } from "node:fs/promises";
import { chromium } from "playwright-core";

const publicDir = new URL("../public/", import.meta.url);
const svg = await readFile(new URL("favicon.svg", publicDir), "utf8");
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox"],
});

async function png(size) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const body = `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`;
  await page.setContent(body);
  const bytes = await page.screenshot({ omitBackground: true });
  await page.close();
  return bytes;
}

/** An ICO file whose images are PNGs (supported by every browser since Windows Vista-era ICO readers). */
function ico(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, bytes }, i) => {
    const at = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, at);
    header.writeUInt8(size >= 256 ? 0 : size, at + 1);
    header.writeUInt16LE(1, at + 4);
    header.writeUInt16LE(32, at + 6);
    header.writeUInt32LE(bytes.length, at + 8);
    header.writeUInt32LE(offset, at + 12);
    offset += bytes.length;
  });
  return Buffer.concat([header, ...images.map((i) => i.bytes)]);
}

try {
  await writeFile(new URL("icon-192.png", publicDir), await png(192));
  await writeFile(new URL("icon-512.png", publicDir), await png(512));
  const small = await Promise.all([16, 32, 48].map(async (size) => ({ size, bytes: await png(size) })));
  await writeFile(new URL("favicon.ico", publicDir), ico(small));
} finally {
  await browser.close();
}
