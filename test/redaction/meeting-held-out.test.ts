// Meeting notes from a held-out sample of real artifacts (open-source weekly notes, working-group minutes, community
// calls; see test/corpora/real-artifacts): an attendee list names people one per item, with their employer beside
// them or a first name alone, names a word list does not know; a pasted Zoom invitation carries the meeting's
// passcode in its one-tap dial strings and its ID in the join link. Written small with made-up values.
import { describe, it } from "vitest";

import { gone, kept, redact } from "./lib/redact-text";

describe("attendee lists", () => {
  it("under an `### Attendees:` heading, one person an item, the employer in brackets kept", () => {
    const out = redact(
      "## Mar 01 2023\n\n### Attendees:\n- Quorvin Ashdale [Amazon]\n- Tavish Murrow [Microsoft]\n- Ilsabet Fenwright\n- Hwang QuorKet\n- \n" +
        "### Actionable Agenda Items:\n- Create a website for Ratify\n",
    );
    gone(out, "Quorvin Ashdale", "Tavish Murrow", "Ilsabet Fenwright", "Hwang", "QuorKet");
    kept(out, "[Amazon]", "[Microsoft]", "### Actionable Agenda Items:", "- Create a website for Ratify");
  });

  it("a blank line after `## Attendees`, a first name alone, the name taken out of the action items too", () => {
    const out = redact(
      "## Attendees\n\n* Quorvin Ashdale\n* Priya\n* Ilsabet Fenwright\n\n## Action Items\n* **Priya:** Split the videos.\n",
    );
    gone(out, "Quorvin Ashdale", "Priya", "Ilsabet Fenwright");
    kept(out, "## Action Items", "Split the videos.");
  });

  it("a list under another heading is not an attendee list; a heading that only starts so is none either", () => {
    const text = "## Agenda\n* Hacky Hour\n* Video Production\n\n## Attendees and rooms booked later\n* Blue Room\n";
    const out = redact(text);
    kept(out, "* Hacky Hour", "* Video Production", "* Blue Room");
  });

  it("items that name a team, a role, a product or an issue stay, and their words stay elsewhere (a client id too)", () => {
    const out = redact(
      "Attendees:\n- Interop Team\n- Scrum Master\n- Release Manager\n- Lumenix Mobile\n- Helix Bridge (vendor)\n- Tempus\n\n" +
        "Notes: Lumenix Mobile app (client_id Helix) fails the SMART launch; Tempus saw 401 at 10:42Z.\n" +
        "Release Manager to file with Millennium Ops; Interop Team owns the Bridge config.\n",
    );
    kept(
      out,
      "- Interop Team",
      "- Scrum Master",
      "- Release Manager",
      "- Lumenix Mobile",
      "- Helix Bridge",
      "- Tempus",
    );
    kept(out, "Lumenix Mobile app (client_id Helix)", "Tempus saw 401", "Release Manager to file", "the Bridge config");
  });

  it("`Present:` over a list of findings: the findings and their words stay", () => {
    const out = redact(
      "Present:\n- Intermittent Timeouts\n- Keycloak\n- Mirth Connect\n\nKeycloak issues the token; Mirth Connect forwards it. " +
        "Timeouts seen since Monday.\n",
    );
    kept(
      out,
      "- Intermittent Timeouts",
      "- Keycloak",
      "Keycloak issues the token",
      "Mirth Connect forwards",
      "Timeouts seen",
    );
  });
});

describe("a pasted meeting invitation", () => {
  it("Zoom: the meeting ID in the join link and the one-tap strings, the passcode on its line and in them", () => {
    const out = redact(
      "Join Zoom Meeting\nhttps://us02web.zoom.us/j/84317702519?pwd=QmFzZUZha2VQd2RGb3JUZXN0c1hYQT09\n\n" +
        "Meeting ID: 843 1770 2519\nPasscode: 730164\nOne tap mobile\n+12532050468,,84317702519#,,,,*730164# US\n" +
        "Dial by your location\n        +1 253 205 0468 US\nFind your local number: https://us02web.zoom.us/u/kcx7l4PZqf\n",
    );
    gone(out, "84317702519", "730164", "843 1770 2519", "QmFzZUZha2VQd2RGb3JUZXN0c1hYQT09");
    kept(out, "Join Zoom Meeting", "https://us02web.zoom.us/j/", "Passcode: ", "One tap mobile", ",,,,*", "# US");
  });

  it("Teams: an alphanumeric passcode, the conference ID after a dial string", () => {
    const out = redact(
      "Microsoft Teams meeting\nMeeting ID: 253 897 149 26\nPasscode: TkGp59\n" +
        "Or call in (audio only)\n+1 323-555-0142,,583764293# United States, Los Angeles\nPhone Conference ID: 583 764 293#\n",
    );
    gone(out, "TkGp59", "583764293");
    kept(out, "Microsoft Teams meeting", "Or call in (audio only)", "Passcode: ", "Phone Conference ID: ");
  });

  it("a passcode word in prose, or a number that is no passcode, stays", () => {
    const text = "Reset the passcode: see the admin guide.\nThe PR review is at 5:30 PM, issue 678.\n";
    kept(redact(text), "Reset the passcode: see the admin guide.", "issue 678");
  });
});

describe("join details in other layouts", () => {
  it("a passcode without a colon, Zoom's localised labels, a personal room link: gone; a word after the label stays", () => {
    const out = redact(
      "Join: https://zoom.us/my/jdoe.clinic\nPasscode 918273\nMot de passe : 551122\nKenncode: 662211\n" +
        "Password reset\nRequest ID: 7f3a9c21\n",
    );
    gone(out, "jdoe.clinic", "918273", "551122", "662211");
    kept(out, "https://zoom.us/my/", "Password reset", "Request ID: 7f3a9c21");
  });
});

describe("hostile input for attendee lists: a megabyte finishes", () => {
  const MB = 1_000_000;
  const fill = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
  it.each([
    ["one long list", "## Attendees\n" + fill("- Quorvin Ashdale [Amazon]\n")],
    ["headings only", fill("### Attendees:\n")],
    ["items without a heading", fill("- Quorvin Ashdale\n")],
    ["one item line of capitalised words", "## Attendees\n- " + fill("Quorvin ")],
    ["an open bracket after each name", "## Attendees\n" + fill("- Quorvin Ashdale [Amaz\n")],
    ["one-tap strings run together", fill("+12532050468,,84317702519#,,,,*730164#")],
    ["commas and digits", fill(",,1234567890#,,,,*")],
    ["passcode lines", fill("Passcode: 730164\n")],
    ["join links", fill("https://zoom.us/j/84317702519?pwd=x ")],
  ])("%s", (_name, text) => {
    redact(text);
  });
});
