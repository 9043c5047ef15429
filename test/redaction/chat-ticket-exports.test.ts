// Chat and ticket-system exports pasted as JSON (Jira, Zendesk, Teams, Discord, Zulip, Slack, Microsoft Graph): the
// person behind a message or a ticket sits under the account object's own keys (`author.name`, `reporter.displayName`,
// `from.name` beside an address, `sender_full_name`), in Slack's `<mailto:address|Name>` link label, in a profile's
// `businessPhones` and in a comment's geolocated `location`. Ids, ticket keys, projects and bots stay.
import { it } from "vitest";
import { expectRedacted } from "./lib/redact-text";

it("a Jira user object: its display name and its login go; the issue key, project and type stay", () => {
  const text = JSON.stringify({
    key: "OPS-12",
    fields: {
      reporter: {
        name: "jdoe7",
        key: "jdoe7",
        emailAddress: "j.doe@corp.example",
        displayName: "Jonah Doerr",
        active: true,
      },
      project: { key: "OPS", name: "Operations Portal", avatarUrls: { "48x48": "https://jira.example/a?avatarId=1" } },
      issuetype: { name: "Bug" },
    },
  });
  expectRedacted(text, ["Jonah Doerr", "jdoe7", "j.doe@corp.example"], ["OPS-12", "Operations Portal", '"Bug"']);
});

it("a DiscordChatExporter author: the handle goes, the ids and the message stay", () => {
  const text = JSON.stringify({
    id: "979000000000000001",
    author: {
      id: "197000000000000002",
      name: "kestrel.wing",
      discriminator: "0000",
      nickname: "Kes",
      avatarUrl: "https://cdn.discordapp.com/avatars/197000000000000002/0a1b2c.png?size=512",
    },
    content: "token refresh fails with 401",
  });
  expectRedacted(text, ["kestrel.wing"], ["979000000000000001", "197000000000000002", "token refresh fails with 401"]);
});

it("a Teams activity: the sender's name goes, the bot it was sent to stays", () => {
  const text = JSON.stringify({
    type: "message",
    from: { id: "29:1abcDEF", name: "mbranko", aadObjectId: "b15a9416-0ad3-4172-9210-7beb711d3f70" },
    recipient: { id: "28:0b6fe6d1-fece-44f7-9a48-56465e2d5ab8", name: "TicketBot" },
  });
  expectRedacted(text, ["mbranko"], ["TicketBot", "b15a9416-0ad3-4172-9210-7beb711d3f70"]);
});

it("a Zendesk e-mail source: the requester's name goes, the help desk's stays", () => {
  const text = JSON.stringify({
    ticket: {
      id: 4411,
      via: {
        channel: "email",
        source: {
          from: { address: "priya.n@clinic.example", name: "Priya N." },
          to: { name: "Support", address: "help@vendor.example" },
        },
      },
    },
  });
  expectRedacted(text, ["Priya", "priya.n@clinic.example"], ['"Support"', "4411"]);
});

it("a HAR's creator is a tool, not a person", () => {
  expectRedacted(
    JSON.stringify({ log: { version: "1.2", creator: { name: "WebInspector", version: "537.36" }, entries: [] } }),
    [],
    ["WebInspector"],
  );
});

it("a Zulip message: the sender's full name goes whatever it carries", () => {
  const text = JSON.stringify({
    id: 211000001,
    sender_email: "q.lee@uni.example",
    sender_full_name: "Quinn Lee (they) (S2'21)",
    sender_id: 55123,
    content: "<p>401 from /token</p>",
  });
  expectRedacted(text, ["Quinn", "q.lee@uni.example"], ["211000001", "55123", "<p>401 from /token</p>"]);
});

it("a Jira Server user's key repeats the login: it goes with it", () => {
  const text = JSON.stringify({ creator: { name: "qrt4", key: "qrt4", emailAddress: "q@corp.example" }, key: "OPS-7" });
  expectRedacted(text, ['"qrt4"'], ["OPS-7"]);
});

it("a directory profile's business phones go", () => {
  const text = JSON.stringify({
    value: [
      {
        displayName: "Ines Varga",
        businessPhones: ["14255550123"],
        userPrincipalName: "ines@contoso.example",
        id: "c0ffee",
      },
    ],
  });
  expectRedacted(text, ["14255550123", "Ines Varga"], ['"c0ffee"']);
});

it("Slack's mailto link: the label naming the person goes with the address; a web link's label stays", () => {
  const mrkdwn =
    "<mailto:olu.ade@firm.example|Olu Adebayo>\nProject Manager - see <https://wiki.example/runbook|Runbook>";
  expectRedacted(
    JSON.stringify({ type: "mrkdwn", text: mrkdwn }),
    ["Olu Adebayo", "olu.ade@firm.example"],
    ["Project Manager", "|Runbook>"],
  );
  expectRedacted(`Escalated to ${mrkdwn}`, ["Olu Adebayo", "Adebayo"], ["Project Manager", "|Runbook>"]);
});

it("a comment's geolocated place (beside its latitude and longitude) goes", () => {
  const text = JSON.stringify({
    metadata: {
      system: { ip_address: "127.0.0.1", location: "Dayton, OH, United States", latitude: 39.7, longitude: -84.2 },
    },
    id: 88,
  });
  expectRedacted(text, ["Dayton"], ['"id":88']);
});

it("a Slack mention's label is the member's login: it goes, the member id stays", () => {
  expectRedacted("thanks <@U024BE7LH|ana.lima> the 401 is back", ["ana.lima"], ["<@U024BE7LH|", "the 401 is back"]);
});
