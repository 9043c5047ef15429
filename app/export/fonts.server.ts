// The PDF fonts on the server side (the CLI, the API, the no-JS export route, the /fonts route): read once from the
// dejavu-fonts-ttf package in node_modules — nothing is copied into the project.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { FONT_FILES, isFontFile, type FontBytes } from "~/document/fonts";

let directory: string | null = null;

/** node_modules/dejavu-fonts-ttf/ttf, found the way Node finds packages. */
export function fontDirectory(): string {
  directory ??= join(dirname(createRequire(import.meta.url).resolve("dejavu-fonts-ttf/package.json")), "ttf");
  return directory;
}

const cache = new Map<string, Promise<Uint8Array>>();

/** One font file's bytes (only the three files the PDF uses). */
export function readFontFile(name: string): Promise<Uint8Array> {
  if (!isFontFile(name)) return Promise.reject(new Error("Unknown font file."));
  let pending = cache.get(name);
  if (!pending) {
    pending = readFile(join(fontDirectory(), name)).then(
      (buffer) => new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength),
    );
    pending.catch(() => cache.delete(name));
    cache.set(name, pending);
  }
  return pending;
}

/** The FontLoader for renderPdf / exportTicket on the server. */
export async function readFonts(): Promise<FontBytes> {
  const [sans, bold, mono] = await Promise.all([
    readFontFile(FONT_FILES.sans),
    readFontFile(FONT_FILES.bold),
    readFontFile(FONT_FILES.mono),
  ]);
  return { sans, bold, mono };
}
