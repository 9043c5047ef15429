// GET /fonts/<file>: the three DejaVu fonts the in-browser PDF export embeds, served straight from the
// dejavu-fonts-ttf package (nothing copied into the project), cached for a year: they never change for a version.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { isFontFile } from "~/document/fonts";
import { readFontFile } from "~/export/fonts.server";

export async function loader({ params }: LoaderFunctionArgs) {
  const name = params.name ?? "";
  if (!isFontFile(name))
    return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const bytes = await readFontFile(name);
  return new Response(bytes.slice(), {
    headers: {
      "Content-Type": "font/ttf",
      "Content-Length": String(bytes.byteLength),
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
