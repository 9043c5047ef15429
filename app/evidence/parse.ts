// One evidence item → the typed model. Each format has its own module; this file only dispatches. Bad input never
// throws: what cannot be read as its kind is read as text, with a warning that never quotes the evidence.
import type { DecodedToken, EvidenceText, Exchange, ParsedEvidence } from "./model";
import { harExchanges } from "./har";
import { parseHttpMessages, toExchanges } from "./http";
import { curlRequest, parseCurlCommands, parseCurlVerbose } from "./curl";
import { decodeJwt, unwrapBase64Jwt } from "./jwt";
import { parseJsonDocuments, tryParseJson, collect } from "./json";
import { formObject } from "./form";
import { parseTextLines } from "./log";
import { inputWarnings } from "./input-quality";
import { headerValue } from "./headers";

export function parseEvidence(item: EvidenceText): ParsedEvidence {
  const parsed: ParsedEvidence = {
    itemId: item.id,
    kind: item.kind,
    exchanges: [],
    tokens: [],
    documents: [],
    lines: [],
    warnings: inputWarnings(item.text),
  };
  try {
    parseInto(parsed, item);
  } catch {
    parsed.exchanges = [];
    parsed.documents = [];
    parsed.tokens = [];
    parsed.warnings.push(`This ${item.kind} evidence could not be parsed: it was read as plain text.`);
    asText(parsed, item.text);
  }
  parsed.tokens.push(...tokensOfExchanges(parsed.exchanges));
  return parsed;
}

function asText(parsed: ParsedEvidence, text: string): void {
  const facts = parseTextLines(text, parsed.itemId);
  parsed.lines.push(...facts.lines);
  parsed.documents.push(...facts.documents);
  parsed.tokens.push(...facts.tokens);
  // Raw HTTP or curl commands pasted inside text still count as exchanges.
  const http = parseHttpMessages(text);
  parsed.exchanges.push(...toExchanges(http.messages, parsed.itemId));
  for (const command of parseCurlCommands(text)) {
    const request = curlRequest(command);
    if (request) parsed.exchanges.push({ request, source: { itemId: parsed.itemId, location: "curl command" } });
  }
}

function parseInto(parsed: ParsedEvidence, item: EvidenceText): void {
  const text = item.text;
  switch (item.kind) {
    case "har": {
      const json = tryParseJson(text);
      if (!json.ok) {
        parsed.warnings.push("The HAR is not valid JSON (truncated?): it was read as text.");
        asText(parsed, text);
        return;
      }
      parsed.exchanges.push(...harExchanges(json.value, item.id));
      if (parsed.exchanges.length === 0) parsed.warnings.push("The HAR has no entries.");
      return;
    }
    case "http": {
      const { messages, rest } = parseHttpMessages(text);
      parsed.exchanges.push(...toExchanges(messages, item.id));
      if (messages.length === 0) {
        asText(parsed, text);
      } else {
        const facts = parseTextLines(rest.join("\n"), item.id);
        parsed.lines.push(...facts.lines);
      }
      return;
    }
    case "curl-verbose": {
      const { exchanges, rest } = parseCurlVerbose(text, item.id);
      parsed.exchanges.push(...exchanges);
      parsed.lines.push(...rest);
      return;
    }
    case "curl-command": {
      const commands = parseCurlCommands(text);
      commands.forEach((command, i) => {
        const request = curlRequest(command);
        if (request) parsed.exchanges.push({ request, source: { itemId: item.id, location: `curl command ${i + 1}` } });
      });
      if (parsed.exchanges.length === 0) {
        parsed.warnings.push("No curl command with a URL was found: the text was read as plain text.");
        asText(parsed, text);
      }
      return;
    }
    case "token-response":
    case "fhir-json": {
      const docs = parseJsonDocuments(text, item.id);
      if (!docs.parsed) {
        parsed.warnings.push("The JSON is not valid (truncated?): it was read as text.");
        asText(parsed, text);
        return;
      }
      parsed.documents.push(...docs.documents);
      parsed.tokens.push(...docs.tokens);
      return;
    }
    case "jwt": {
      const raw = text.trim().replace(/^(authorization:\s*)?(bearer|dpop)\s+/i, "");
      const token = unwrapBase64Jwt(raw) ?? raw;
      const decoded = decodeJwt(token);
      if (!decoded) {
        parsed.warnings.push("This is not a decodable JWT: it was read as text.");
        asText(parsed, text);
        return;
      }
      parsed.tokens.push({
        role: "jwt",
        header: decoded.header,
        claims: decoded.claims,
        source: { itemId: item.id, location: "token" },
      });
      return;
    }
    case "form": {
      parsed.documents.push({ value: formObject(text), source: { itemId: item.id, location: "form body" } });
      return;
    }
    case "log":
    case "text":
    default:
      asText(parsed, text);
  }
}

/** JWTs sent or received in exchanges: Authorization/DPoP headers, token-response bodies, client assertions. */
function tokensOfExchanges(exchanges: Exchange[]): DecodedToken[] {
  const out: DecodedToken[] = [];
  for (const ex of exchanges) {
    const auth = headerValue(ex.request?.headers, "authorization");
    const bearer = auth && /^(bearer|dpop)\s+(\S+)/i.exec(auth);
    if (bearer) {
      const d = decodeJwt(bearer[2]);
      if (d)
        out.push({
          role: "access_token",
          header: d.header,
          claims: d.claims,
          source: { ...ex.source, location: `${ex.source.location}, request header Authorization` },
        });
    }
    const body = ex.request?.body;
    if (body && /client_assertion=/.test(body)) {
      const m = /client_assertion=([A-Za-z0-9_.-]+)/.exec(body);
      const d = m ? decodeJwt(m[1]) : null;
      if (d)
        out.push({
          role: "client_assertion",
          header: d.header,
          claims: d.claims,
          source: { ...ex.source, location: `${ex.source.location}, request body` },
        });
    }
    const resBody = ex.response?.body;
    if (resBody && /^\s*[{[]/.test(resBody)) {
      const json = tryParseJson(resBody);
      if (json.ok) {
        const found: Pick<ParsedEvidence, "documents" | "tokens"> = { documents: [], tokens: [] };
        collect(json.value, ex.source.itemId, `${ex.source.location}, response body`, found);
        out.push(...found.tokens);
      }
    }
  }
  return out;
}
