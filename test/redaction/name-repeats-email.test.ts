// A sign-up or user body whose `name` repeats its e-mail's local part (`{"name": "existinguser1755048339158",
// "email": "existinguser1755048339158@example.com"}`, a test's generated account): the e-mail goes, so the name that
// spells it goes too; a name unlike the address (an app's, a team's) stays.
import { describe, it } from "vitest";
import { expectRedacted as check } from "./lib/redact-text";

describe("a record's name that repeats its e-mail's local part", () => {
  it("a Cypress request body's generated login goes with its e-mail", () => {
    check(
      'Method: POST\nURL: http://localhost:5000/users/\nBody: {"name":"existinguser1755048339158","email":"existinguser1755048339158@example.com","password":"Password123!"}\n\nStatus: 500 - Internal Server Error',
      ["existinguser1755048339158", "Password123!"],
      ["Status: 500 - Internal Server Error", "http://localhost:5000/users/"],
    );
  });

  it("a name beside a last name and an e-mail (any case of the address)", () => {
    check(
      '{"name":"testname916536","lastName":"testname916536","email":"TestName916536@gmai.com"}',
      ["testname916536", "TestName916536"],
      ['"name":'],
    );
  });

  it("a login written with dots as the address is", () => {
    check(
      '{"user": {"name": "jan.kowalski", "email": "jan.kowalski@example.org", "role": "editor"}}',
      ["jan.kowalski"],
      ['"role": "editor"'],
    );
  });

  it("a name unlike the address stays (an app, a team)", () => {
    check(
      '{"apps": [{"name": "growth-chart-app", "email": "support@example.com", "client_id": "growth-chart-app"}]}',
      [],
      ['"name": "growth-chart-app"', '"client_id": "growth-chart-app"'],
    );
  });
});
