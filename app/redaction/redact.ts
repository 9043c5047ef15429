// The redaction entry point. One redactor per ticket: the same value gets the same placeholder in every item, and
// knownValues() lists what was found (in memory only) for the export's leak check. Fails closed: any internal error
// throws RedactionError and no text is returned.
import type { EvidenceText } from "~/evidence/model";
import type { RedactedItem, RedactionPolicy } from "./types";
import { ItemContext, RedactorState, keptValues, type KnownValue } from "./context";
import { CLOSE, OPEN, SENTINEL_CHARS, placeholderSpans } from "./placeholders";
import { redactHar } from "./har";
import { redactJsonText } from "./json";
import { redactLines } from "./http-text";
import { redactLinePrefixes } from "./line-prefixes";
import { redactEscaped } from "./escaped";
import { readEscapedMarkup } from "./escaped-markup";
import { removeInvisible } from "./invisible";
import { decodeQuotedPrintableParts } from "./quoted-printable";
import { redactCodeCredentials } from "./code-credentials";
import { redactCodePersonFields } from "./code-person-fields";
import { redactFhirYaml } from "./fhir-yaml";
import { redactWordDiff } from "./word-diff";
import { redactPowerShellCookies } from "./ps-cookies";
import { redactCsvSecrets } from "./csv";
import { redactPersonTables } from "./person-tables";
import { redactDataFrames } from "./data-frames";
import { redactSqlRows } from "./sql";
import { redactOrmBindings } from "./orm-bindings";
import { redactNotebook } from "./notebook";
import { isNdjson, redactNdjson } from "./ndjson";
import { redactFormBody } from "./form";
import { redactHexDumps } from "./hex-dumps";
import { redactCurlTraces } from "./curl-trace";
import { redactMessageHeaders } from "./message-header";
import { redactPayloadLines } from "./payload-lines";
import { redactWrappedBase64 } from "./detectors/wrapped-base64";
import { hidesEncodedSecret } from "./detectors/encoded";
import { categoryOfType } from "./policy";
import { redactPemKeys } from "./detectors/private-keys";
import { redactBareKeyBodies } from "./detectors/bare-key-bodies";
import { redactXdsMetadata } from "./xds-metadata";
import { redactSamlValues } from "./detectors/saml-values";
import { redactUsernameTokens } from "./detectors/ws-security";
import { redactX12 } from "./x12";
import { redactDicom } from "./dicom";
import { redactNcpdpScript } from "./ncpdp-script";
import { inputWarnings } from "~/evidence/input-quality";
import { replaceKnownSecrets } from "./known-secrets";
import { nationalIdValues } from "./national-ids";
import { replaceKnownLogins } from "./known-logins";
import { replaceKnownPersonal } from "./known-personal";
import { joinWrappedTokens } from "./wrapped-tokens";
import { redactCookieArrays } from "./detectors/har-cookie-arrays";
import { redactMultipartSecrets } from "./detectors/multipart-parts";
import { redactHtml } from "./html";
import { RedactionError } from "./errors";
import { compactCopy } from "~/lib/own-copy";

export type { KnownValue };

export { RedactionError };

export interface Redactor {
  redact(item: EvidenceText): RedactedItem;
  /**
   * Several items of one ticket: the numbers of the placeholders already in any of them are reserved first, so a new
   * value never takes a number an item further down already uses for another value.
   */
  redactItems(items: readonly EvidenceText[]): RedactedItem[];
  /** Raw values found so far (secrets, PHI not restored, custom terms; at least 4 characters), for the leak check. */
  knownValues(): KnownValue[];
  /** Values removed elsewhere (see RedactorState.remember): the same value gets the same placeholder here. */
  remember(values: readonly KnownValue[]): void;
  /** Reserves the numbers of the placeholders already in a text (see RedactorState.reserve) without redacting it. */
  reserve(text: string): void;
  /**
   * An item redacted earlier, settled against what later items revealed: a login or a secret found only further down
   * the ticket is replaced here too, so the leak check and the redaction agree.
   */
  settle(redacted: string): string;
  /**
   * The same for a whole redacted item: its text settled, its spans taken again from that text and the values it lost
   * there counted among its findings. What a preview shows of an item is then what its export sends.
   */
  settleItem(redacted: RedactedItem): RedactedItem;
}

/** Values shorter than this are not leak-checked: a 3-digit id would flag every "403" in the output. */
const MIN_KNOWN_LENGTH = 4;
/** A word one of the SOAP readers (SAML values, XDS metadata, WS-Security) needs before it reads anything. */
const SOAP_READERS_CUE = /AttributeValue|NameI|Slot|ExternalIdentifier|UsernameToken/;

/** The one entry point: a redactor per ticket (the app, the API, the CLI, the worker, tests and benchmarks). */
export function createRedactor(policy: RedactionPolicy): Redactor {
  const state = new RedactorState();
  const restored = new Set(policy.restored);
  const kept = keptValues(policy);
  const redactor: Redactor = {
    redact(item: EvidenceText): RedactedItem {
      try {
        return redactItem(item, state, policy);
      } catch (error) {
        if (error instanceof RedactionError) throw error;
        const id = String(item?.id ?? "")
          .replace(/[^\w.-]/g, "")
          .slice(0, 64);
        // The cause may quote evidence: only its kind is reported.
        throw new RedactionError(
          `Redaction failed for evidence item "${id}" (${error instanceof Error ? error.name : "error"}); nothing from it was kept.`,
        );
      }
    },
    knownValues(): KnownValue[] {
      return state.known(restored, kept).filter((k) => k.value.length >= MIN_KNOWN_LENGTH);
    },
    remember(values: readonly KnownValue[]): void {
      for (const value of values) state.remember(value);
    },
    reserve(text: string): void {
      if (typeof text === "string") state.reserve(text);
    },
    redactItems(items: readonly EvidenceText[]): RedactedItem[] {
      for (const item of items) redactor.reserve(item?.text);
      const redacted = items.map((item) => redactor.redact(item));
      return redacted.map((r) => redactor.settleItem(r));
    },
    settle(redacted: string): string {
      return settleText(redacted, state, policy).text;
    },
    settleItem(redacted: RedactedItem): RedactedItem {
      const { text, ctx } = settleText(redacted.text, state, policy);
      if (ctx.findings.size === 0) return redacted;
      const findings = new Map(redacted.findings.map((f) => [f.placeholder, { ...f }]));
      for (const f of ctx.findings.values()) {
        const mine = findings.get(f.placeholder);
        if (mine) mine.count += f.count;
        else findings.set(f.placeholder, f);
      }
      return { ...redacted, text, findings: [...findings.values()], spans: spansOf(text, state) };
    },
  };
  return redactor;
}

/** A login or secret known by now replaced in a text redacted before (see Redactor.settle). */
function settleText(redacted: string, state: RedactorState, policy: RedactionPolicy) {
  const ctx = new ItemContext(state, policy);
  const text = replaceKnown(ctx.sentinels.protect(redacted), ctx);
  return { text: compactCopy(ctx.sentinels.restore(text), redacted), ctx };
}

/**
 * The last pass of every item, and of its settling: the secrets, the specific personal values (identifiers, e-mails,
 * phones, full names, birth dates) and the logins known so far, wherever they still stand.
 */
const replaceKnown = (text: string, ctx: ItemContext) =>
  replaceKnownLogins(replaceKnownPersonal(replaceKnownSecrets(text, ctx), ctx), ctx);

/** The placeholders in a redacted text, for highlighting. */
const spansOf = (text: string, state: RedactorState): RedactedItem["spans"] =>
  placeholderSpans(text).map((s) => ({
    start: s.start,
    end: s.end,
    type: s.type,
    category: state.categoryOfPlaceholder.get(s.placeholder) ?? categoryOfType(s.type),
  }));

function redactItem(item: EvidenceText, state: RedactorState, policy: RedactionPolicy): RedactedItem {
  if (typeof item?.text !== "string") throw new RedactionError("Evidence text is missing.");
  // Placeholders already in this item (pasted from an earlier redaction) keep their numbers to themselves.
  state.reserve(item.text);
  const ctx = new ItemContext(state, policy);
  const warnings = inputWarnings(item.text);
  let text = item.text;
  if (SENTINEL_CHARS.test(text)) {
    SENTINEL_CHARS.lastIndex = 0;
    text = text.replace(SENTINEL_CHARS, "\uFFFD");
    warnings.push("Some control characters (U+0081, U+0082, U+0090–U+0099) in the input were replaced by �.");
  }
  SENTINEL_CHARS.lastIndex = 0;
  const visible = removeInvisible(text);
  text = visible.text;
  if (visible.removed)
    warnings.push("Invisible characters (zero-width spaces, soft hyphens, direction marks) were removed.");
  const mail = decodeQuotedPrintableParts(text);
  text = mail.text;
  if (mail.parts)
    warnings.push(
      "A quoted-printable mail body was decoded to be read, and is shown decoded (its headers as written).",
    );
  // National person identifiers named by their system: carried at the end (known-personal.ts) wherever the resource
  // repeats them, like any removed personal value (so the user's restore and "not personal data" choices hold).
  const nationalIds = nationalIdValues(text);
  for (const v of nationalIds) state.markNational(v);
  text = ctx.sentinels.protect(text);
  // Multi-line secrets first, over the whole text: a PEM block must not be cut into lines before it is seen.
  text = redactPemKeys(text, ctx);
  // The same body pasted without its BEGIN/END lines (a test fixture, an environment variable, a JSON string).
  text = redactBareKeyBodies(text, ctx);
  // SOAP web-service markup, also where a log wrote it escaped (`&lt;…&gt;`, a JSON string's `\"`): a decoded SAML
  // assertion (attribute values by the attribute's Name, the subject's NameID), XDS.b metadata (the patient in slot
  // values written as HL7 v2 fields, CX patient ids, XCN authors), WS-Security UsernameTokens (the login, the password
  // whatever its shape, the nonce). Before lines are cut.
  text = readEscapedMarkup(
    text,
    (t) => redactUsernameTokens(redactXdsMetadata(redactSamlValues(t, ctx), ctx), ctx),
    SOAP_READERS_CUE,
  );
  // Health data formats read by their own structure first, over the whole paste (a Python session's `>>>` lines are
  // no mail quote to them): X12 EDI, NCPDP SCRIPT, and DICOM (dumps, DICOM JSON, XML, keys; dicom.ts) before any JSON
  // or XML reader, so alone or inside other text it reads the same.
  text = redactDicom(redactNcpdpScript(redactX12(text, ctx), ctx), ctx);

  // HTTP messages printed in a transport's own layout, each read back into its text, redacted, and put back:
  // a `curl --trace-ascii` block rejoined from its 64-character lines (curl-trace.ts); a packet's hex + ASCII dump,
  // what goes masked in both columns (hex-dumps.ts); Java's printed MessageHeader, each `{Name: value}` read as a
  // header line of its own (message-header.ts).
  const readPayload = (payload: string) => redactLines(payload, ctx, { freeText: true });
  const protect = (piece: string) => ctx.keep(piece);
  const readWrappedTransports = (t: string) =>
    redactMessageHeaders(
      redactHexDumps(redactCurlTraces(t, readPayload, protect), readPayload, protect),
      readPayload,
      protect,
    );
  // Shapes that carry a value without a key the line reader knows (code, a CSV export, a list of people pasted as a
  // table); an e-mail's header block is read by the free-text detectors (detectors/phi-mail-headers.ts), wherever
  // prose is swept.
  const readPastedShapes = (t: string) =>
    redactPersonTables(
      redactDataFrames(
        redactCsvSecrets(
          redactPowerShellCookies(
            redactFhirYaml(
              redactCodePersonFields(
                redactCodeCredentials(
                  redactOrmBindings(
                    redactSqlRows(
                      redactMultipartSecrets(
                        redactCookieArrays(
                          redactPayloadLines(
                            redactWrappedBase64(readWrappedTransports(t), ctx, hidesEncodedSecret),
                            ctx,
                          ),
                          ctx,
                        ),
                        ctx,
                      ),
                      ctx,
                    ),
                    ctx,
                  ),
                  ctx,
                ),
                ctx,
              ),
              ctx,
            ),
            ctx,
          ),
          ctx,
        ),
        ctx,
      ),
      ctx,
    );
  // Text is read line by line; text with escaped quotes is read decoded, lines under a prefix (a reply's "> ", a diff's
  // markers, a listing's numbers, a container's name) with their prefixes taken off.
  const readText = (t: string) =>
    redactEscaped(t, (decoded) =>
      redactLinePrefixes(decoded, (inner) =>
        redactWordDiff(inner, (side) => redactLines(readPastedShapes(side), ctx, { freeText: true })),
      ),
    );
  let out: string | null = null;
  switch (item.kind) {
    case "har":
      out = redactHar(text, ctx);
      if (out === null) ctx.warn("The HAR is not valid JSON (truncated?): it was redacted as text.");
      break;
    case "token-response":
    case "fhir-json":
      // A notebook is JSON holding text; NDJSON (a bulk export) is one JSON document per line, never one document.
      out = isNdjson(text)
        ? redactNdjson(text, (line) => redactJsonText(line, ctx), readText)
        : (redactNotebook(text, ctx, readText) ?? redactJsonText(text, ctx));
      if (out === null) ctx.warn("The JSON is not valid (truncated?): it was redacted as text.");
      break;
    case "form":
      out = text.trim().includes("\n") ? null : redactFormBody(text, ctx);
      break;
    case "curl-command":
      // Read line by line like any text: a command is only its own lines (curl-extent.ts), so prose after a first
      // line that starts with `curl` and holds an apostrophe ("curl works, the app doesn't.") is read as prose,
      // and the commands' output (headers, a JSON body, notes) as what it is.
      break;
    case "jwt": {
      const t = text.trim();
      if (t && !/\s/.test(t)) out = text.replace(t, ctx.token(t, "jwt"));
      break;
    }
    default:
      break;
  }
  // Everything else — and any structure that could not be read — line by line (NDJSON and JSON blocks included); a
  // page pasted as HTML first through the text it shows (html.ts).
  if (out === null) out = readText(redactHtml(text, ctx, readText));

  // One byte per character again where it can be: the redacted text is kept for the rest of the export. Known secrets
  // are replaced before continuation lines are joined, so a line under a secret goes with it however it was found.
  // A national id no reader removed gets its entry here, an id_number, so the last pass carries it.
  for (const v of nationalIds) if (!state.has(v)) state.entry(v, "phi", "id_number");
  const final = compactCopy(ctx.sentinels.restore(joinWrappedTokens(replaceKnown(out, ctx), ctx)), item.text);
  // Two native searches: a regular expression over the whole text tested it character by character.
  if (final.includes(OPEN) || final.includes(CLOSE))
    throw new RedactionError("Redaction left an internal marker in the text.");
  return {
    id: item.id,
    kind: item.kind,
    text: final,
    findings: [...ctx.findings.values()],
    spans: spansOf(final, state),
    warnings: [...warnings, ...ctx.warnings],
  };
}
