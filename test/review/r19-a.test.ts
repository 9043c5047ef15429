// Review RA of s19-A (cloud audit and logging records): defects found by probing inputs of the same class written in
// other words. Each test states the behaviour a user would notice; it.fails marks what the merge still gets wrong.
import { describe, it } from "vitest";

import { gone, kept, redact } from "../redaction/lib/redact-text";

describe("r19-a: leaks the change creates", () => {
  // The ARN rule now skips any string not starting with `arn:`, and the text path does not find an IAM user's name
  // inside an error message, so CloudTrail's AccessDenied `errorMessage` keeps the user (it went before the merge).
  it("an IAM user named in a CloudTrail errorMessage's ARN goes", () => {
    const out = redact(
      '{"eventName":"ReadResource","errorCode":"AccessDenied","errorMessage":"User: arn:aws:iam::123456789012:user/' +
        "quorvin.ashdale is not authorized to perform: healthlake:ReadResource on resource: " +
        'arn:aws:healthlake:us-east-1:123456789012:datastore/fhir/abc123"}',
    );
    gone(out, "quorvin.ashdale");
    kept(out, "healthlake:ReadResource", "arn:aws:healthlake:us-east-1:123456789012:datastore/fhir/abc123");
  });

  // Same rule: an ARN value with a leading blank (as copied from a console cell) no longer starts with `arn:`.
  it("an assumed role's session in an ARN value with a leading blank goes", () => {
    const out = redact('{"userIdentity":{"arn":" arn:aws:sts::123456789012:assumed-role/Dev/quorvin.ashdale"}}');
    gone(out, "quorvin.ashdale");
  });

  // addressesRun accepts only blanks or a comma between greeting and name: `Hello: Jane Roe`, `Hi - Jane Roe` now keep
  // the name (both went before the merge).
  it("a greeting followed by a colon or a dash still addresses a person", () => {
    const out = redact("Hello: Quorvin Ashdale here, our FHIR call fails.\nHi - Quorvin Ashdale again\n");
    gone(out, "Quorvin Ashdale");
  });
});

describe("r19-a: over-redaction the change creates", () => {
  // isPlacesCoordinate takes any latitude/longitude whose object has a `city`: a clinic's or a weather answer's
  // coordinates are no person's location, and were kept before the merge.
  it("the coordinates of a facility or a weather answer beside its city stay", () => {
    const out = redact(
      '{"facility":{"name":"Main Clinic","city":"Kansas City","latitude":39.0997,"longitude":-94.5786}}\n',
    );
    kept(out, "39.0997", "-94.5786");
  });

  // isNamedUsersId takes any `User` beside a `UserDisplayName`, even when the display name is a service's: the
  // service account id a support engineer needs goes.
  it("a service's account id beside a service's display name stays", () => {
    const out = redact('{"User":"svc-fhir-export","UserDisplayName":"FHIR Export Service","Category":"Http"}');
    kept(out, "svc-fhir-export");
  });
});

describe("r19-a: leaks left in the same class", () => {
  // cookieItem redacts only up to the first `;`: a second cookie in the same item is read as an attribute and stays.
  it("every cookie value in an HTTP API event's cookies item goes", () => {
    const out = redact(
      '{"version":"2.0","routeKey":"GET /Patient","cookies":["AWSALB=abcd1234efgh5678; session=s3cr3tSessi0nValue99"],' +
        '"requestContext":{"requestId":"JKJaXmPLvHcESHA="}}',
    );
    gone(out, "abcd1234efgh5678", "s3cr3tSessi0nValue99");
    kept(out, "JKJaXmPLvHcESHA=");
  });

  // CONNECTED requires a client id without blanks and at most three flags; MQTT client ids may hold blanks.
  it("a mosquitto login goes when the client id has a blank", () => {
    const out = redact(
      "1662725110: New client connected from 192.168.0.2:3326 as Living Room Sensor (p2, c1, k60, u'quorvin').\n",
    );
    gone(out, "quorvin");
  });

  // Only mosquitto's phrase is read: RabbitMQ's MQTT plugin logs the login as `user '<login>' authenticated`.
  it("a RabbitMQ MQTT connection's login goes", () => {
    const out = redact(
      "2023-05-01 10:00:00.123 [info] <0.1234.0> MQTT connection 192.168.0.2:3326 -> 10.0.0.1:1883 with client id " +
        "paho1: user 'quorvin' authenticated and granted access to vhost '/'\n",
    );
    gone(out, "quorvin");
    kept(out, "paho1");
  });

  // isPlacesCoordinate is reached only for numbers: the same coordinates written as strings stay.
  it("a sign-in location's coordinates written as strings go", () => {
    const out = redact(
      '{"location":{"city":"Dagenham","state":"Essex","geoCoordinates":{"latitude":"51.5501","longitude":"0.1612"}}}',
    );
    gone(out, "51.5501", "0.1612");
  });
});

describe("r19-a: the same sign-in record as text", () => {
  // holdsAccountAddress is JSON-only: the same Entra record as `key: value` lines (Get-MgAuditLogSignIn | Format-List,
  // the portal's copy) keeps the first word of a UPN typed with a blank.
  it("a UPN typed with a blank goes whole in a Format-List sign-in record", () => {
    const out = redact(
      "UserPrincipalName : Quorvin Ashdale@contoso.com\nAppDisplayName    : Epic FHIR\nStatus            : 50126\n" +
        "CorrelationId     : 3a4b2e78-0549-4ebc-ba4c-ee9a6bc9a04e\n",
    );
    gone(out, "Quorvin");
    kept(out, "50126", "3a4b2e78-0549-4ebc-ba4c-ee9a6bc9a04e");
  });

  // A Log Analytics SigninLogs result copied as a table: the sign-in's town under the `Location` column stays.
  it("a sign-in's town in a SigninLogs table's Location column goes", () => {
    const out = redact(
      "TimeGenerated\tUserPrincipalName\tIPAddress\tLocation\tResultType\n" +
        "2023-01-01T00:00:00Z\tquorvin.ashdale@contoso.com\t203.0.113.45\tDagenham, GB\t50126\n",
    );
    gone(out, "Dagenham");
    kept(out, "2023-01-01T00:00:00Z", "50126");
  });
});
