// Whether a JSON object is a person's account is one decision (account-holders.ts personsAccount): an account under a
// role key (`author`, `reporter`) with an account's cue, a directory account known by its id, mailbox or login, or an
// object typed as a user. Under any of them a name that reads as a person's goes; a group's or an app's name stays.
import { describe, it } from "vitest";
import { gone, kept, redact } from "./lib/redact-text";

describe("a person's account in JSON", () => {
  it("an object typed as a user names its person under `name` as under `displayName`", () => {
    const out = redact(
      '{"roleAssignment": {"roleDefinitionId": "b24988ac-6180-42a0-ab88-20f7382dd24c", "principal": {"type": "User", "name": "Megan Bowen", "id": "87d349ed-44d7-43e1-9a83-5f2406dee5bd"}}}',
    );
    gone(out, "Megan Bowen");
    kept(out, "b24988ac-6180-42a0-ab88-20f7382dd24c", "87d349ed-44d7-43e1-9a83-5f2406dee5bd", '"type": "User"');
  });

  it("an Okta actor and a Graph user keep their ids and lose their display names", () => {
    const okta = redact(
      '{"actor": {"id": "00u1qw1mqitPHM8AJ0g7", "type": "User", "alternateId": "megan.bowen@example.com", "displayName": "Megan Bowen"}, "outcome": {"result": "FAILURE"}}',
    );
    gone(okta, "Megan Bowen", "megan.bowen@example.com");
    kept(okta, "00u1qw1mqitPHM8AJ0g7", '"result": "FAILURE"');
    const graph = redact(
      '{"createdBy": {"user": {"displayName": "Megan Bowen", "id": "48d31887-5fad-4d73-a9f5-3c356e68a038"}}}',
    );
    gone(graph, "Megan Bowen");
    kept(graph, "48d31887-5fad-4d73-a9f5-3c356e68a038");
  });

  it("a group or an app typed as such keeps its name", () => {
    const out = redact(
      '{"principal": {"type": "Group", "name": "FHIR Integration Admins"}, "app": {"type": "ServicePrincipal", "displayName": "Patient Portal Sync"}}',
    );
    kept(out, "FHIR Integration Admins", "Patient Portal Sync");
  });
});

describe("a typed user's Jira-style key", () => {
  it("a typed user's `key` that repeats its login goes with the login", () => {
    const out = redact('{"comment": {"author": {"type": "User", "key": "jdoe", "name": "jdoe"}, "id": "10042"}}');
    gone(out, '"jdoe"');
    kept(out, '"id": "10042"');
  });

  it("a typed user's key that is an id (JIRAUSER…) or differs from the login stays", () => {
    kept(redact('{"user": {"type": "User", "key": "JIRAUSER10100", "name": "jdoe"}}'), "JIRAUSER10100");
    kept(redact('{"principal": {"type": "User", "key": "sandbox-7", "name": "jdoe"}}'), '"key": "sandbox-7"');
  });
});
