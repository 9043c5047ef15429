// The chat and ticket-export readers (account objects in JSON, Slack's link labels, geolocated places) on hostile
// input: the work grows linearly with the input (counted operations, see test/hostile/work-meter.ts), and a megabyte
// of each trigger finishes.
import { describe } from "vitest";
import { repeat } from "../hostile/work-meter";
import { itIsLinearAndFinishes, jsonArray, MB, redactDetected, type NamedMaker } from "../hostile/lib/hostile-tables";

const INPUTS: NamedMaker[] = [
  ["mailto links never closed", repeat("<mailto:ana@example.com|Ana Lima ")],
  ["member mentions, bar after bar", repeat("<@U024BE7LH|<@|")],
  ["link openings without a bar", repeat("<mailto:")],
  ["closed mailto links on one line", repeat("<mailto:ana@example.com|Ana Lima> ")],
  [
    "Jira reporters in one array",
    jsonArray('{"reporter":{"name":"jdoe7","key":"jdoe7","emailAddress":"j@x.example","displayName":"Jo Doe"}},'),
  ],
  [
    "Discord authors in one array",
    jsonArray('{"author":{"id":"1","name":"kes.w","nickname":"Kes","avatarUrl":"a"},"content":"hi"},'),
  ],
  [
    "flat sender names in one array",
    jsonArray('{"sender_full_name":"Quinn Lee (they)","sender_email":"q@x.example"},'),
  ],
  ["Teams mentions never closed", repeat('<at id="0">Megan Bowen ')],
  ["Teams mention openings without a label", repeat("<at <at ")],
  ["Jira wiki mentions, openings only", repeat("[~[~jdoe ")],
  ["Zulip mentions never closed", repeat("@**Quinn @_**Lee|1 ")],
  ["HTML-escaped mailto links never closed", repeat("&lt;mailto:ana@example.com|Ana Lima ")],
  ["geolocated places in one array", jsonArray('{"location":"Dayton, OH","latitude":39.7,"longitude":-84.2},')],
];

describe("hostile input for the chat and ticket-export readers", () => {
  itIsLinearAndFinishes(
    INPUTS,
    [
      ["one mailto link with a megabyte of label", "<mailto:ana@example.com|" + "A".repeat(MB) + ">"],
      ["one mention with a megabyte of member id", "<@" + "U".repeat(MB) + "|ana>"],
      ["one account with a megabyte of name", JSON.stringify({ author: { name: "k".repeat(MB), avatarUrl: "a" } })],
    ],
    redactDetected,
  );
});
