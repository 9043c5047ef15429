// Review r20-f of s20-F (the form and its suggestions on a second held-out batch): expected failures, one per defect.
import { describe, expect, it } from "vitest";
import { extractSuggestions } from "~/evidence/extract";
import { parseEvidence } from "~/evidence/parse";
import { statusTold } from "~/lib/http-status-told";
import { pastedIdentifier } from "~/ticket/pasted-values";
import { normaliseTimestamp } from "~/ticket/timestamp";

const TENANT = "ec2458f2-1e24-41c8-b71b-0e701af7583d";
const CLIENT = "7a2b3c4d-1111-2222-3333-444455556666";
const REALM = "5b0f6c1e-2d3a-4e5f-8a9b-0c1d2e3f4a5b";
const suggestedStatuses = (text: string) =>
  extractSuggestions([parseEvidence({ id: "e1", kind: "text", text })]).examples.map((e) => e.status?.value);
/** What the form stores: the instant, or "refused" when it asks the user instead. */
const stored = (text: string) => {
  const result = normaliseTimestamp(text);
  return result.ok ? result.iso : "refused";
};

describe("r20-f: the first date of a line is not always the example's", () => {
  // firstDate takes the first date anywhere in the text: a second, later date on the line is silently dropped, so a
  // build stamp, an Expires/Last-Modified header, a JWT exp or a post's own date becomes the example's instant.
  it("a line with two different instants is never stored as the first one", () => {
    const example = "2025-07-29T15:22:10Z";
    for (const line of [
      "[build 2024-01-05T10:00:00Z] 2025-07-29T15:22:10Z GET /r4/Patient 401",
      "Expires: Tue, 29 Jul 2025 16:22:10 GMT Date: Tue, 29 Jul 2025 15:22:10 GMT",
      "Last-Modified: Mon, 02 Jun 2025 08:00:00 GMT, Date: Tue, 29 Jul 2025 15:22:10 GMT",
      '{"exp":"2025-07-29T16:22:10Z","time":"2025-07-29T15:22:10Z"}',
      "Posted 2025-07-28 09:00 UTC by Jane · error at 2025-07-29 15:22:10 UTC",
      "On Mon, Jul 28, 2025 at 9:00 AM CDT Jane wrote: it failed at 2025-07-29 15:22:10 UTC",
      "Posted 2025-07-28 09:00 UTC by Jane · error at 2025-07-29 15:22:10",
    ])
      expect([example, "refused"], line).toContain(stored(line));
  });

  // The pasted label is dropped whatever it names: an id or a token claim made of 10 or 13 digits reads as an epoch.
  it("an id or a token claim that looks like epoch digits is not stored as the example's time", () => {
    for (const line of [
      "X-Request-Id: 1722266530123",
      "opc-request-id: 1722266530123",
      "iat: 1722266530",
      "exp=1722270130",
    ])
      expect(stored(line), line).toBe("refused");
  });

  // EST/CST/PST in summer are read as local (daylight) time with a note, and so is the same zone spelled out
  // ("Central Standard Time" in July), so the two never land an hour apart.
  it("a standard time spelled out on a summer date is read as its abbreviation is, or noted", () => {
    const abbreviated = normaliseTimestamp("2025-07-29 10:00 CST");
    const spelled = normaliseTimestamp("2025-07-29 10:00 Central Standard Time");
    expect(abbreviated.ok && spelled.ok).toBe(true);
    if (!abbreviated.ok || !spelled.ok) return;
    expect(spelled.iso === abbreviated.iso || spelled.note !== undefined).toBe(true);
  });
});

describe("r20-f: numbers in prose read as statuses", () => {
  // `telling` compares only the first five letters of the word after a number: "500 internal users", "409
  // conflicts", "415 unsupported codes", "504 gateways" all tell a status.
  it("a count followed by a word that starts like a reason phrase tells no status", () => {
    for (const note of [
      "We have 500 internal users on the pilot",
      "Observation 409 conflicts with the Encounter",
      "Sent 415 unsupported codes, all mapped",
      "The job gave up after 504 gateways were polled",
    ])
      expect(statusTold(note), note).toBeUndefined();
  });

  // The same over-reading hides a real status: the count's "500" differs from the 401 told, so neither is suggested.
  it("a note with a count and a real status suggests the real status", () => {
    expect(
      suggestedStatuses(
        `Our clinic has 500 internal users and GET https://fhir-ehr.cerner.com/r4/${TENANT}/Patient fails with 401 Unauthorized`,
      ),
    ).toEqual([401]);
  });

  // BARE_STATUS takes any 4xx/5xx number alone on its line: a count printed under the request becomes its status.
  it("a count alone on its line is not suggested as the example's status", () => {
    const text = `GET https://fhir-ehr.cerner.com/r4/${TENANT}/Observation?patient=12724066\nrows returned:\n412\n`;
    expect(suggestedStatuses(text)).not.toContain(412);
  });

  // The status told with a verb and no reason phrase, the commonest way it is told, is suggested (a count after the
  // verb — "returned 412 rows" — is not).
  it("a status told with a verb and no reason phrase is suggested", () => {
    expect(
      suggestedStatuses(`GET https://fhir-ehr.cerner.com/r4/${TENANT}/Patient\nGetting 401 when calling it`),
    ).toEqual([401]);
  });
});

describe("r20-f: IDs read from the wrong part of a URL", () => {
  // URL_VARIABLE runs for every field before the field's own key: a template variable anywhere in the URL (the
  // tenant segment, the redirect_uri) is returned, so the real client_id in the query is lost and the field calls
  // the paste a placeholder.
  it("a real client_id in a URL's query is read although another segment holds a variable", () => {
    expect(
      pastedIdentifier(
        "clientId",
        `https://authorization.cerner.com/tenants/{{tenant}}/protocols/oauth2/profiles/smart-v1/personas/provider/authorize?client_id=${CLIENT}&response_type=code`,
      ),
    ).toBe(CLIENT);
    expect(
      pastedIdentifier(
        "clientId",
        `https://authorization.cerner.com/tenants/${TENANT}/authorize?client_id=${CLIENT}&redirect_uri=https://app.example.com/{{env}}/callback`,
      ),
    ).toBe(CLIENT);
  });

  // tenantFromUrl now takes `/realm/<uuid>` on any host: an organisation's own IdP realm, named first, is suggested
  // as the Oracle Health tenant although the FHIR URL below names the real one.
  it("the realm of a non-Oracle IdP is not suggested as the tenant", () => {
    const text = `Our IdP: https://sso.example.org/realm/${REALM}/protocol/openid-connect/auth\nFHIR: https://fhir-ehr.cerner.com/r4/${TENANT}/Patient`;
    expect(extractSuggestions([parseEvidence({ id: "e1", kind: "text", text })]).tenantId?.value).toBe(TENANT);
  });
});
