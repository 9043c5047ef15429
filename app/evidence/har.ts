// HAR (HTTP Archive 1.2) from a browser's network panel: entries → exchanges, and the classification the redactor
// uses to keep what matters (FHIR API and authorization-server calls, failures) and drop static assets.
import type { Exchange, Header } from "./model";
import { decodeBase64Text } from "./base64";
import { isoTime } from "./headers";
import { asRecord } from "~/lib/records";

export interface HarHeader {
  name?: unknown;
  value?: unknown;
}

export type HarEntryClass = "fhir" | "auth" | "static" | "other";
export type StaticAssetKind = "images" | "stylesheets" | "scripts" | "fonts" | "media" | "documents";

const STATIC_EXT: Array<[StaticAssetKind, RegExp]> = [
  ["images", /\.(png|jpe?g|gif|svg|ico|webp|avif|bmp)$/i],
  ["stylesheets", /\.(css|less|scss)$/i],
  ["scripts", /\.(m?js|jsx|ts|map|wasm)$/i],
  ["fonts", /\.(woff2?|ttf|otf|eot)$/i],
  ["media", /\.(mp4|webm|mp3|wav|ogg)$/i],
];
const STATIC_MIME: Array<[StaticAssetKind, RegExp]> = [
  ["images", /^image\//i],
  ["stylesheets", /^text\/css/i],
  ["scripts", /javascript|ecmascript|application\/wasm/i],
  ["fonts", /^(font\/|application\/(x-)?font)/i],
  ["media", /^(audio|video)\//i],
];

const FHIR_HOST = /(^|\.)(fhir-[a-z-]+\.cerner\.com|fhir\.[a-z0-9.-]+|[a-z0-9.-]*sandboxcerner\.com)$/i;
const FHIR_PATH =
  /\/(r4|r5|stu3|dstu2|fhir)(\/|$)|\/(metadata|\.well-known\/smart-configuration)$|\/[A-Z][A-Za-z]+(\/[A-Za-z0-9.-]{1,64})?(\/_history(\/[^/]*)?)?(\?|$)|\/\$[a-z-]+/;
const AUTH_PATH =
  /\/(token|authorize|oauth2?|protocols\/oauth2|\.well-known\/(openid-configuration|smart-configuration|oauth-authorization-server)|introspect|revoke|userinfo|jwks(\.json)?)(\/|\?|$)/i;

function parts(url: string): { host: string; path: string } {
  const m = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?([^/?#:]+)(?::\d+)?([^#]*)/i.exec(url);
  return m ? { host: m[1], path: m[2] || "/" } : { host: "", path: url };
}

export function staticAssetKind(url: string, mimeType: string | undefined): StaticAssetKind | null {
  const path = parts(url).path.split("?")[0];
  for (const [kind, re] of STATIC_EXT) if (re.test(path)) return kind;
  for (const [kind, re] of STATIC_MIME) if (mimeType && re.test(mimeType)) return kind;
  return null;
}

/** What an entry is: a FHIR API call, an authorization-server call, a static asset, or something else. */
export function classifyUrl(url: string, mimeType?: string): HarEntryClass {
  const { host, path } = parts(url);
  if (/(^|\.)authorization\.cerner\.com$/i.test(host) || AUTH_PATH.test(path)) return "auth";
  if (staticAssetKind(url, mimeType)) return "static";
  if (FHIR_HOST.test(host) || FHIR_PATH.test(path)) return "fhir";
  return "other";
}

const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);

export function harHeaders(list: unknown): Header[] {
  if (!Array.isArray(list)) return [];
  return list
    .map((h) => asRecord(h))
    .filter((h): h is Record<string, unknown> => !!h && typeof h.name === "string")
    .map((h) => ({ name: String(h.name), value: typeof h.value === "string" ? h.value : String(h.value ?? "") }));
}

/** The response body as text (base64-encoded content decoded when it is UTF-8). */
export function harContentText(content: Record<string, unknown> | undefined): string | undefined {
  const text = str(content?.text);
  if (text === undefined) return undefined;
  if (content?.encoding === "base64") return decodeBase64Text(text) ?? undefined;
  return text;
}

export function harEntries(har: unknown): unknown[] | null {
  const log = asRecord(asRecord(har)?.log);
  return log && Array.isArray(log.entries) ? log.entries : null;
}

/** Exchanges of a parsed HAR document. */
export function harExchanges(har: unknown, itemId: string): Exchange[] {
  const entries = harEntries(har) ?? [];
  const out: Exchange[] = [];
  entries.forEach((raw, index) => {
    const entry = asRecord(raw);
    if (!entry) return;
    const req = asRecord(entry.request);
    const res = asRecord(entry.response);
    const postData = asRecord(req?.postData);
    const content = asRecord(res?.content);
    const url = str(req?.url) ?? "";
    const exchange: Exchange = {
      request: req
        ? { method: str(req.method) ?? "GET", url, headers: harHeaders(req.headers), body: str(postData?.text) }
        : undefined,
      response: res
        ? {
            status: typeof res.status === "number" ? res.status : Number(res.status) || 0,
            statusText: str(res.statusText),
            headers: harHeaders(res.headers),
            body: harContentText(content),
          }
        : undefined,
      time: isoTime(str(entry.startedDateTime)),
      source: { itemId, location: `entry ${index + 1}` },
    };
    out.push(exchange);
  });
  return out;
}
