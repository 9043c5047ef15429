// Vendor-issued keys and tokens recognised by their own shape, with no key name around them: a published prefix
// (sk-ant-…, ghp_…, glpat-…, AKIA…, AIza…, hf_…, xoxb-…), or a fixed marker inside (Azure AD secrets' "Q~", OpenAI's
// "T3BlbkFJ", Mailchimp's "-us18"). Formats follow gitleaks' published rules. Diagnostic values have none of these
// shapes: UUIDs, hex request IDs, scopes and URNs are never matched.
//
// Linear: one scan for the prefixes; each candidate is checked with a sticky, bounded pattern at that position, and
// the scan resumes after a match. The few prefix-less shapes are each one more bounded scan, entered only when their
// marker appears in the text.
import type { ItemContext } from "../context";
import { looksLikeDummyValue } from "./secret-keys";

interface Shape {
  re: RegExp;
  type: string;
}

// Each pattern starts at the prefix and ends on a character that cannot continue the token.
const END = "(?![A-Za-z0-9_-])";
const sticky = (source: string) => new RegExp(source + END, "y");

/** Shapes by their first characters (the prefix scan below finds where to try them). */
const SHAPES: Shape[] = [
  // Anthropic, OpenAI (project, service-account, admin and legacy keys carry "T3BlbkFJ"), Stripe secret/restricted.
  { re: sticky("sk-ant-(?:api|admin)\\d{2}-[A-Za-z0-9_-]{93}AA"), type: "api_key" },
  { re: sticky("sk-(?:proj|svcacct|admin|None)-[A-Za-z0-9_-]{40,}"), type: "api_key" },
  { re: sticky("sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}"), type: "api_key" },
  { re: sticky("(?:sk|rk)_(?:test|live|prod)_[A-Za-z0-9]{10,}"), type: "api_key" },
  // Hugging Face (user and old organisation tokens).
  { re: sticky("hf_[A-Za-z]{34}"), type: "access_token" },
  { re: sticky("api_org_[A-Za-z]{34}"), type: "access_token" },
  // GitHub, GitLab.
  { re: sticky("gh[pousr]_[A-Za-z0-9]{36,}"), type: "access_token" },
  { re: sticky("github_pat_[A-Za-z0-9_]{60,}"), type: "access_token" },
  { re: sticky("gl(?:pat|dt|rt|ft|soat|cbt|imt|ptt|agent|oas)-[A-Za-z0-9_.-]{20,}"), type: "access_token" },
  // Grafana (service account, cloud token, legacy API key = base64 of {"k":…}).
  { re: sticky("glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}"), type: "access_token" },
  { re: sticky("glc_[A-Za-z0-9+/]{32,}={0,2}"), type: "access_token" },
  { re: sticky("eyJrIjoi[A-Za-z0-9]{60,}={0,2}"), type: "api_key" },
  // Slack tokens (bot, user, workspace, config, app) and webhooks.
  { re: sticky("xox[abposer](?:\\.xox[bp])?-(?=[0-9A-Za-z-]*\\d)[0-9A-Za-z-]{20,}"), type: "access_token" },
  { re: sticky("xapp-\\d-[A-Z0-9]{6,20}-\\d{6,20}-[a-z0-9]{32,}"), type: "access_token" },
  // 1Password service account token and secret key.
  { re: sticky("ops_eyJ[A-Za-z0-9+/]{60,}={0,3}"), type: "access_token" },
  {
    re: sticky("A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}"),
    type: "secret",
  },
  // Meta (Facebook page / user tokens, Square access tokens share the EAA shape).
  { re: sticky("EAA[A-Z][A-Za-z0-9_-]{40,}"), type: "access_token" },
  // age private keys.
  { re: sticky("AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}"), type: "private_key" },
  // AWS access key ids, Bedrock API keys (long-lived and short-lived).
  { re: sticky("(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}"), type: "api_key" },
  { re: sticky("ABSK[A-Za-z0-9+/]{100,}={0,2}"), type: "api_key" },
  { re: sticky("bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/=]*"), type: "api_key" },
  // Google API keys.
  { re: sticky("AIza[0-9A-Za-z_-]{35}"), type: "api_key" },
  // A Google OAuth access token, as `gcloud auth print-access-token` prints it (a service account's has dotted parts:
  // `ya29.c.b0A…`).
  { re: sticky("ya29\\.(?:[0-9A-Za-z_-]{1,64}\\.){0,4}[0-9A-Za-z_-]{16,2048}"), type: "access_token" },
  // Notion, Sourcegraph, Sentry, Square, Vault, Fly.io, Heroku, 42 intra, Sonar, npm, PyPI, Shopify, SendGrid,
  // DigitalOcean, Doppler, Linear, Postman, Databricks, Prefect, ReadMe, Atlassian, Dynatrace, Pulumi, PlanetScale.
  { re: sticky("ntn_\\d{11}[A-Za-z0-9]{35}"), type: "access_token" },
  { re: sticky("sgp_(?:(?:[a-fA-F0-9]{16}|local)_)?[a-fA-F0-9]{40}"), type: "access_token" },
  { re: sticky("sntry[su]_[A-Za-z0-9+/=_-]{40,}"), type: "access_token" },
  { re: sticky("sq0(?:csp|atp)-[0-9A-Za-z_-]{22,}"), type: "secret" },
  { re: sticky("hv[sb]\\.[A-Za-z0-9_-]{90,}"), type: "access_token" },
  { re: sticky("fo1_[A-Za-z0-9_-]{43}"), type: "access_token" },
  { re: sticky("fm[12][ar]?_[A-Za-z0-9+/]{100,}={0,3}"), type: "access_token" },
  { re: sticky("HRKU-AA[0-9A-Za-z_-]{58}"), type: "api_key" },
  { re: sticky("s-s4t2(?:ud|af)-[a-f0-9]{64}"), type: "secret" },
  { re: sticky("sq[pua]_[A-Za-z0-9]{40}"), type: "access_token" },
  { re: sticky("npm_[A-Za-z0-9]{36}"), type: "access_token" },
  { re: sticky("pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}"), type: "api_key" },
  { re: sticky("shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}"), type: "access_token" },
  { re: sticky("SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}"), type: "api_key" },
  { re: sticky("do[opr]_v1_[a-f0-9]{64}"), type: "access_token" },
  { re: sticky("dp\\.(?:pt|st|sa|ct|scim|audit)\\.[A-Za-z0-9]{40,44}"), type: "access_token" },
  { re: sticky("lin_api_[A-Za-z0-9]{40}"), type: "api_key" },
  { re: sticky("PMAK-[a-f0-9]{24}-[a-f0-9]{34}"), type: "api_key" },
  { re: sticky("dapi[a-f0-9]{32}(?:-\\d)?"), type: "access_token" },
  { re: sticky("pnu_[A-Za-z0-9]{36}"), type: "api_key" },
  { re: sticky("rdme_[a-z0-9]{70}"), type: "api_key" },
  { re: sticky("ATATT3[A-Za-z0-9_=-]{150,}"), type: "api_key" },
  { re: sticky("dt0c01\\.[A-Z0-9]{24}\\.[A-Z0-9]{64}"), type: "api_key" },
  { re: sticky("pul-[a-f0-9]{40}"), type: "access_token" },
  { re: sticky("pscale_(?:tkn|pw|oauth)_[A-Za-z0-9=._-]{32,64}"), type: "secret" },
];

/** Where a shape may start: its fixed prefix, at a word start. One scan of the text. */
const PREFIX =
  /(?<![A-Za-z0-9_+/.-])(?:sk-|sk_|rk_|hf_|api_org_|gh[pousr]_|github_pat_|gl(?:pat|dt|rt|ft|soat|cbt|imt|ptt|agent|oas)-|glsa_|glc_|eyJrIjoi|xox[abposer]|xapp-|ops_eyJ|A3-|EAA|AGE-SECRET-KEY-1|A3T|AKIA|ASIA|ABIA|ACCA|ABSK|bedrock-api-key-|AIza|ya29\.|ntn_|sgp_|sntry|sq0|hv[sb]\.|fo1_|fm[12]|HRKU-|s-s4t2|sq[pua]_|npm_|pypi-|shp|SG\.|do[opr]_v1_|dp\.|lin_api_|PMAK-|dapi|pnu_|rdme_|ATATT3|dt0c01\.|pul-|pscale_)/g;

/** Shapes without a prefix, each found by its own marker. */
const MARKED: Array<{ marker: string; re: RegExp; type: string }> = [
  // Azure AD client secrets: 3 characters, a digit, "Q~", then 31–34 more.
  {
    marker: "Q~",
    re: /(?<![A-Za-z0-9_~.-])[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{31,34}(?![A-Za-z0-9_~.-])/g,
    type: "client_secret",
  },
  // Facebook app access token: app id | app secret.
  { marker: "|", re: /(?<![\d])\d{15,16}(?:\||%7C)[0-9A-Za-z_-]{27,40}(?![0-9A-Za-z_-])/g, type: "access_token" },
  { marker: "%7C", re: /(?<![\d])\d{15,16}%7C[0-9A-Za-z_-]{27,40}(?![0-9A-Za-z_-])/g, type: "access_token" },
  // Mailchimp: 32 hex, a data-center suffix.
  { marker: "-us", re: /(?<![A-Za-z0-9_-])[0-9a-f]{32}-us\d{1,2}(?![A-Za-z0-9_-])/g, type: "api_key" },
  // MaxMind licence key.
  { marker: "_mmk", re: /(?<![A-Za-z0-9_-])[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk(?![A-Za-z0-9_-])/g, type: "api_key" },
  // Slack, Microsoft Teams and Discord webhooks: the path after the host is the secret (the host stays).
  {
    marker: "hooks.slack.com/",
    re: /(?<=hooks\.slack\.com\/(?:services|workflows|triggers)\/)[A-Za-z0-9+/_-]{20,}/g,
    type: "webhook",
  },
  { marker: "webhook", re: /(?<=\.webhook\.office\.com\/webhookb2\/)[A-Za-z0-9@/-]{40,}/g, type: "webhook" },
  {
    marker: "webhooks/",
    re: /(?<=discord(?:app)?\.com\/api\/webhooks\/)\d{10,30}\/[A-Za-z0-9_-]{40,}/g,
    type: "webhook",
  },
];

function replaceAll(
  text: string,
  spans: Array<{ start: number; end: number; type: string }>,
  ctx: ItemContext,
): string {
  if (spans.length === 0) return text;
  let out = "";
  let pos = 0;
  for (const s of spans) {
    if (s.start < pos) continue;
    out += text.slice(pos, s.start) + ctx.secret(text.slice(s.start, s.end), s.type);
    pos = s.end;
  }
  return out + text.slice(pos);
}

export function redactVendorKeys(text: string, ctx: ItemContext): string {
  const spans: Array<{ start: number; end: number; type: string }> = [];
  PREFIX.lastIndex = 0;
  for (;;) {
    const m = PREFIX.exec(text);
    if (!m) break;
    const at = m.index;
    let matched = false;
    for (const shape of SHAPES) {
      shape.re.lastIndex = at;
      const s = shape.re.exec(text);
      if (!s) continue;
      // The dummy check reads on to the end of the word: "xoxp-5723…-####" is a template even though "-####" is not
      // part of the token's shape.
      if (!looksLikeDummyValue(s[0] + (/^[^\s"'`<>]{0,64}/.exec(text.slice(at + s[0].length))?.[0] ?? "")))
        spans.push({ start: at, end: at + s[0].length, type: shape.type });
      PREFIX.lastIndex = at + s[0].length;
      matched = true;
      break;
    }
    if (!matched) PREFIX.lastIndex = at + 1;
  }
  let out = replaceAll(text, spans, ctx);
  for (const shape of MARKED) {
    if (!out.includes(shape.marker)) continue;
    const found: Array<{ start: number; end: number; type: string }> = [];
    shape.re.lastIndex = 0;
    for (const m of out.matchAll(shape.re))
      if (!looksLikeDummyValue(m[0]))
        found.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, type: shape.type });
    out = replaceAll(out, found, ctx);
  }
  return out;
}
