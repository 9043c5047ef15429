// Chat and ticket-system exports: mentions in markup, accounts under any role key, ServiceNow references, nested
// coordinates; and the names of services, queues and tools that must stay.
import { it } from "vitest";
import { expectRedacted } from "./lib/redact-text";

it("a Teams message's <at> mention and mentionText go", () => {
  const text = JSON.stringify({
    body: { contentType: "html", content: '<div><at id="0">Megan Bowen</at> token fails</div>' },
    mentions: [
      { id: 0, mentionText: "Megan Bowen", mentioned: { user: { displayName: "Megan Bowen", id: "48d31887" } } },
    ],
  });
  expectRedacted(text, ["Megan Bowen"], ["48d31887", "token fails"]);
});

it("a Jira ADF mention's text goes, its account id stays", () => {
  const text = JSON.stringify({
    type: "doc",
    content: [
      {
        type: "paragraph",
        content: [{ type: "mention", attrs: { id: "5b10a2844c20165700ede21g", text: "@Fred Fong" } }],
      },
    ],
  });
  expectRedacted(text, ["Fred Fong"], ["5b10a2844c20165700ede21g"]);
});

it("accounts in a list under a plural role key (collaborators, participants, watchers) lose their names", () => {
  const text = JSON.stringify({
    collaborators: [{ name: "Dana Whitfield", email: "dana@x.example" }],
    watchers: [{ displayName: "Eli Brandt", emailAddress: "e@x.example" }],
  });
  expectRedacted(text, ["Dana Whitfield", "Eli Brandt"]);
});

it("a ServiceNow reference's display_value naming the caller goes, the sys_id stays", () => {
  const text = JSON.stringify({
    result: {
      number: "INC0010023",
      caller_id: { display_value: "Abel Tuter", value: "62826bf03710200044e0bfc8bcbe5df1" },
    },
  });
  expectRedacted(text, ["Abel Tuter"], ["INC0010023", "62826bf03710200044e0bfc8bcbe5df1"]);
});

it("an HTML-escaped Slack mailto label goes", () => {
  expectRedacted("&lt;mailto:olu.ade@firm.example|Olu Adebayo&gt;", ["Olu Adebayo"]);
});

it("a sign-in log's city with nested geoCoordinates goes", () => {
  const text = JSON.stringify({
    location: { city: "Redmond", state: "Washington", geoCoordinates: { latitude: 47.6, longitude: -122.1 } },
  });
  expectRedacted(text, ["Redmond"]);
});

it("a gateway named beside an IP address under `from` stays", () => {
  const text = JSON.stringify({ from: { address: "10.0.0.12", port: 443, name: "ingress-gateway" } });
  expectRedacted(text, [], ["ingress-gateway"]);
});

it("an assignee queue's name stays", () => {
  expectRedacted(
    JSON.stringify({ assignee: { name: "triage-queue", displayName: "Tier 2 FHIR" } }),
    [],
    ["triage-queue"],
  );
});

it("a Jira Server JIRAUSER key (an id, not the login) stays", () => {
  const text = JSON.stringify({ reporter: { name: "jdoe7", key: "JIRAUSER10100", emailAddress: "j@corp.example" } });
  expectRedacted(text, ["jdoe7"], ["JIRAUSER10100"]);
});

it("ServiceNow's flat display values and sys_user links name people; the assignment group and the sys_ids stay", () => {
  const text = JSON.stringify({
    result: {
      number: "INC0010024",
      opened_by: "Beth Anglin",
      assignment_group: { display_value: "Service Desk", value: "8a5055c9c61122780043563ef53438e3" },
      u_escalated_to: {
        display_value: "David Loo",
        link: "https://dev.service-now.com/api/now/table/sys_user/5137153c",
      },
      caller_id: "62826bf03710200044e0bfc8bcbe5df1",
    },
  });
  expectRedacted(
    text,
    ["Beth Anglin", "David Loo"],
    ["INC0010024", "Service Desk", "8a5055c9c61122780043563ef53438e3", "62826bf03710200044e0bfc8bcbe5df1"],
  );
});

it("Jira wiki and Zulip mentions: the login and the name go, an account id and a user id stay", () => {
  expectRedacted(
    "[~jdoe7] please check; cc [~accountid:5b10a2844c20165700ede21g]\n@**Quinn Lee** and @_**Ravi Menon|55123** the token fails",
    ["jdoe7", "Quinn Lee", "Ravi Menon"],
    ["accountid:5b10a2844c20165700ede21g", "55123", "the token fails"],
  );
});

it("a Teams mention in a pasted HTML body goes, other tags stay", () => {
  expectRedacted(
    '<div><at id="1">Megan Bowen</at> see <atom>feed</atom></div>',
    ["Megan Bowen"],
    ["<atom>feed</atom>"],
  );
});

it("a Slack label re-wrapped over two lines goes; a link target and a member id stay", () => {
  expectRedacted(
    "Escalated to <mailto:olu.ade@firm.example|Olu\nAdebayo> and &lt;@U024BE7LH|ana.lima&gt; see <https://runbook.example/x|Runbook>",
    ["Olu", "Adebayo", "ana.lima"],
    ["U024BE7LH", "Runbook"],
  );
});

it("an IP lookup's town beside its `loc` coordinates goes; a region without coordinates stays", () => {
  const text = JSON.stringify({
    lookup: { ip: "203.0.113.7", city: "Kansas City", region: "Missouri", loc: "39.1,-94.5" },
    server: { city: "Ashburn", region: "us-east-1" },
  });
  expectRedacted(text, ["Kansas City"], ["Ashburn", "us-east-1"]);
});
