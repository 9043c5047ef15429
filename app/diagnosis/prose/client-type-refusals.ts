// Refusals of what the app's registered client type allows: an identity provider that redeems a code from a browser
// origin only for a single-page app ("Cross-origin token redemption is permitted only for the 'Single-Page Application'
// client-type", AADSTS9002326), a grant or scope "not allowed for this client type", "unauthorized for the client type".
// The request may be right for another type of client: the registration and the way the app calls disagree. Lines are
// read up to 20,000 characters and every pattern is bounded, so the reader is linear in its input.
import { toldMatch } from "./belief";
import { firstRefusals, type NamedRefusal } from "./named-refusals";

const TYPE = String.raw`(?:client|application|app)[\s_-]?type`;

/** "permitted only for the 'X' client-type", "not allowed by client type", "only supported for public application types". */
const CLIENT_TYPE_REFUSED = new RegExp(
  [
    String.raw`\b(?:permitted|allowed|supported|available)\s+only\s+(?:for|to|by)\s+(?:the\s+|an?\s+)?(?:['"\`‘“][^'"\`’”\n]{1,60}['"\`’”]\s+|[\w-]{1,30}\s+){0,2}${TYPE}s?\b`,
    String.raw`\bonly\s+(?:permitted|allowed|supported|available)\s+(?:for|to|by)\s+(?:the\s+|an?\s+)?(?:['"\`‘“][^'"\`’”\n]{1,60}['"\`’”]\s+|[\w-]{1,30}\s+){0,2}${TYPE}s?\b`,
    String.raw`\bnot\s+(?:permitted|allowed|supported|authori[sz]ed)\s+(?:for|by|with)\s+(?:the\s+|this\s+|your\s+)?(?:[\w-]{1,30}\s+)?${TYPE}\b`,
    String.raw`\b(?:invalid|wrong|unsupported)\s+${TYPE}\s+for\b`,
  ].join("|"),
  "i",
);

export const readClientTypeRefusals = (lines: readonly string[]): NamedRefusal[] =>
  firstRefusals(lines, [
    ["client-type", (line) => /type/i.test(line) && toldMatch(CLIENT_TYPE_REFUSED, line) !== null],
  ]);
