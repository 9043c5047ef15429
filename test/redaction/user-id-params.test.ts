// A user's login in a parameter whose name says whose (`delegatedUserId`, `on_behalf_user_id`, `impersonate`): the
// login goes in a query, a form and a JSON body alike; ids (digits, UUIDs), client and app ids stay.
import { describe, it } from "vitest";
import { expectRedacted as check } from "./lib/redact-text";

describe("a user id named by a prefix", () => {
  it("REST Assured's request URI and params: `delegatedUserId=maria` goes, the path stays", () => {
    check(
      "Request method:\tGET\nRequest URI:\thttp://localhost:49694/api/v1/workdesk/global-inbox?delegatedUserId=maria\nProxy:\t\t\t<none>\nRequest params:\tdelegatedUserId=maria\nHTTP/1.1 403 Forbidden",
      ["=maria"],
      ["http://localhost:49694/api/v1/workdesk/global-inbox?delegatedUserId=", "HTTP/1.1 403 Forbidden"],
    );
  });

  it("snake case beside a client id: the login goes, the client id stays", () => {
    check(
      "GET https://api.example.com/v1/inbox?on_behalf_user_id=jkowalski&client_id=growth-chart-app&scope=patient/Observation.read",
      ["jkowalski"],
      ["client_id=growth-chart-app", "scope=patient/Observation.read"],
    );
  });

  it("`impersonate=` in a query", () => {
    check("POST /admin/session?impersonate=tkowalczyk HTTP/1.1", ["tkowalczyk"], ["POST /admin/session?impersonate="]);
  });

  it("a JSON body's `delegatedUserId`", () => {
    check(
      '{"delegatedUserId": "maria.lopez", "appId": "workdesk-ui", "status": 403}',
      ["maria.lopez"],
      ['"appId": "workdesk-ui"'],
    );
  });

  it("an id under such a name stays (digits, a UUID)", () => {
    check(
      "GET /api/v1/inbox?delegatedUserId=12724066&ownerUserId=6f1c2a9e-8d4b-4e3a-9c1d-2b7e5f0a1c3d",
      [],
      ["delegatedUserId=12724066", "ownerUserId=6f1c2a9e-8d4b-4e3a-9c1d-2b7e5f0a1c3d"],
    );
  });

  it("a system's id in capitals and digits stays (Slack's member id under `parent_user_id`)", () => {
    check(
      '{"type": "message", "user": "U07244Q1EHG", "parent_user_id": "U07244Q1EHG", "ts": "1715405196.123"}',
      [],
      ['"parent_user_id": "U07244Q1EHG"', '"user": "U07244Q1EHG"'],
    );
  });

  it("a profile's handle under `display_id` or `screen_name` goes", () => {
    check(
      '{"profile": {"display_id": "dawn_thompson", "display_name": "Dawn", "in_use_default_icon": false}}\nGET /api/v1/profile/enabled?display_id=lance.walter HTTP/1.1\n{"user": {"screen_name": "cydney77", "id": 42}}',
      ["dawn_thompson", "lance.walter", "cydney77"],
      ['"in_use_default_icon": false', '"id": 42'],
    );
  });

  it("a setting about user ids is no login (`max_user_id`, `show_user_id`)", () => {
    check(
      "GET /api/v1/config?show_user_id=internal&max_user_id=limited",
      [],
      ["show_user_id=internal", "max_user_id=limited"],
    );
  });
});

describe("review RQ: record ids, analytics screens and system ids are no login", () => {
  it("a record's or ticket's display id in capitals, digits and dashes stays (`ORD-2024-0001`, `CERN-4471`)", () => {
    check(
      '{"displayId":"ORD-2024-0001"}\n{"displayId":"CERN-4471","summary":"Token refresh fails"}\nGET /orders?display_id=ORD-2024-0002 HTTP/1.1',
      [],
      ['"displayId":"ORD-2024-0001"', '"displayId":"CERN-4471"', "display_id=ORD-2024-0002"],
    );
  });

  it("a mobile analytics screen under `screen_name` stays (Firebase's screen_view, logcat's Bundle, a CamelCase name)", () => {
    check(
      '{"event":"screen_view","params":{"screen_name":"PatientSummaryView","screen_class":"MainActivity"}}\nD/FA: Logging event: origin=app,name=screen_view,params=Bundle[{screen_name=LabResultsScreen, screen_class=MainActivity}]\n{"screen_name":"lab_results_screen"}\n{"screen_name":"OracleHealth","followers":12}',
      [],
      [
        '"screen_name":"PatientSummaryView"',
        "screen_name=LabResultsScreen",
        '"screen_name":"lab_results_screen"',
        '"screen_name":"OracleHealth"',
      ],
    );
  });

  it("a handle under `screen_name` or `display_id` still goes", () => {
    check('{"user": {"screen_name": "jroe1755"}}\n{"display_id": "dawn_thompson"}', ["jroe1755", "dawn_thompson"], []);
  });

  it("a directory's or a system's id under a prefixed user id stays (Okta's `00u…`, `u_…`, `pr_…`)", () => {
    check(
      'GET /api/v1/tasks?createdByUserId=00u1abcd2EFGH3ijk4l5 HTTP/1.1\n{"assignedUserId":"00u1abcd2EFGH3ijk4l5","principalUserId":"u_8d7f6e5a","personnelUserId":"pr_12724066abc"}',
      [],
      [
        "createdByUserId=00u1abcd2EFGH3ijk4l5",
        '"assignedUserId":"00u1abcd2EFGH3ijk4l5"',
        '"principalUserId":"u_8d7f6e5a"',
        '"personnelUserId":"pr_12724066abc"',
      ],
    );
  });
});
