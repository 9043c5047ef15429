// Review of the test-runner merge (quoted auth-params, Spring Boot start lines, a name beside a gender): each case was
// a known defect, first written as an expected failure; all are mended and stay as regression tests.
import { describe, it } from "vitest";
import { expectRedacted as check } from "./lib/redact-text";

describe("review r16-a: defects of the test-runner merge, mended", () => {
  it("a word after `Authorization:` in a policy log is no scheme: request id, client id, scope stay", () => {
    check(
      'WARN policy - Authorization: denied request_id="7f3a9c21-0001", client_id="growth-chart-app", scope="patient/Observation.read", status=403',
      [],
      ['request_id="7f3a9c21-0001"', 'client_id="growth-chart-app"', 'scope="patient/Observation.read"', "status=403"],
    );
  });

  it("a credential ending in `=` before a quote does not swallow the rest of the line", () => {
    check(
      'DEBUG wire: Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln=" expected 200 but got 401 for "Patient/12724066"',
      ["eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln"],
      ["expected 200 but got 401", "Patient/12724066"],
    );
  });

  it("a Digest header in a log keeps uri, realm, qop and algorithm; username and response go", () => {
    check(
      'DEBUG wire: Authorization: Digest username="jkowalski", realm="fhir", nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093", uri="/fhir/r4/Patient/12724066", algorithm=MD5, qop=auth, nc=00000001, cnonce="0a4f113b", response="6629fae49393a05397450978507c4ef1"',
      ["jkowalski", "6629fae49393a05397450978507c4ef1"],
      ['uri="/fhir/r4/Patient/12724066"', 'realm="fhir"', "qop=auth", "algorithm=MD5"],
    );
  });

  it("OAuth 1 in a log line keeps the consumer key (a client id) and the timestamp", () => {
    check(
      'DEBUG wire: Authorization: OAuth oauth_consumer_key="my-fhir-app-client", oauth_nonce="kllo9940pd9333jh", oauth_signature="tR3%2BTy81lMeYAr%2FFid0kMTYa%2FWM%3D", oauth_timestamp="1191242096"',
      ["tR3%2BTy81lMeYAr%2FFid0kMTYa%2FWM%3D"],
      ['oauth_consumer_key="my-fhir-app-client"', 'oauth_timestamp="1191242096"'],
    );
  });

  it("Hawk auth-params in single quotes go too", () => {
    check(
      "request: Authorization: Hawk id='dh37fgj492je', ts='1353832234', nonce='j4h3g2', mac='6R4rV5iE+NPoym+WwjeHzjAGXUtLNIxmo1vpMofpLAE='",
      ["dh37fgj492je", "6R4rV5iE+NPoym+WwjeHzjAGXUtLNIxmo1vpMofpLAE="],
      ["Authorization: Hawk"],
    );
  });

  it("a Windows account with a space in a Spring Boot start line goes", () => {
    check(
      "INFO 13584 --- [main] c.e.AppTest : Starting AppTest using Java 17.0.11 with PID 13584 (started by Jan Kowalski in C:\\src\\app)",
      ["Kowalski"],
      ["with PID 13584"],
    );
  });

  it("a lab reference range or a cohort beside a `gender` is no person: its name stays", () => {
    check(
      '{"ranges": [{"name": "Hemoglobin", "gender": "female", "low": 12.0}], "cohorts": [{"name": "Adult Women", "gender": "female"}, {"name": "SMART DEMO APP", "gender": "unknown"}]}',
      [],
      ['"name": "Hemoglobin"', '"name": "Adult Women"', '"name": "SMART DEMO APP"'],
    );
  });

  it("a `sex` key marks a person's record as `gender` does", () => {
    check('{"id": 6942, "name": "JOYJIT BANERJEE", "sex": "male", "status": "active"}', ["JOYJIT BANERJEE"], []);
  });
});
