// HL7 v2 as it reaches a ticket from logs and code rather than from a message file: each segment after a log prefix,
// the MSH after a log line's text with the other segments under it, segments joined on one line by a written `\r`,
// `\n`, `\x0d` or `<CR>` (a Java or C# string, a JSON string in a log message, a Mirth log), or by blanks where the
// carriage returns were lost. Each case is the shape of a leak found in a real artifact (dcm4che and HL7-dotnetcore
// issues in test/corpora/real-artifacts), written small with made-up values.
import { describe, it } from "vitest";

import { gone, kept, redact } from "./lib/redact-text";

const MSH = "MSH|^~\\&|LAB|HOSP|EHR|HOSP|20250102100001||ADT^A01|MSG00001|P|2.5.1";
const PID = "PID|1||Zq4471^^^H^MR||Quillfeather^Odessa||19540312|F|||12 Wren Lane^^Marlow^VA^23223||(425)444-5555";
const PV1 = "PV1|1|O|||||277^Pennywhistle^Agatha|||||||||||V8812345";
const VALUES = [
  "Zq4471",
  "Quillfeather",
  "Odessa",
  "19540312",
  "12 Wren Lane",
  "Marlow",
  "(425)444-5555",
  "Pennywhistle",
  "Agatha",
  "V8812345",
];

describe("HL7 v2 logged line by line", () => {
  it("each segment after a timestamp and level: read by segment, the prefix kept in place", () => {
    const prefix = (n: number) => `2025-01-02 10:00:0${n} INFO  `;
    const out = redact([MSH, PID, PV1].map((s, n) => prefix(n) + s).join("\n") + "\n");
    gone(out, ...VALUES);
    kept(
      out,
      "2025-01-02 10:00:00 INFO  MSH|",
      "2025-01-02 10:00:01 INFO  PID|1||",
      "2025-01-02 10:00:02 INFO  PV1|1|O",
    );
    kept(out, "ADT^A01", "MSG00001", "^VA^");
  });

  it("a logger's thread and class before each segment (`[main] DEBUG …`), numbers in the prefix differing", () => {
    const lines = [MSH, PID, PV1].map((s, n) => `[pool-1-thread-${n + 7}] DEBUG c.a.hl7.Listener - ${s}`);
    const out = redact(["Listener started on 2575", ...lines, "[main] INFO  c.a.hl7.Listener - ACK sent"].join("\n"));
    gone(out, ...VALUES);
    kept(out, "[pool-1-thread-8] DEBUG c.a.hl7.Listener - PID|1||", "ACK sent", "Listener started on 2575");
  });

  it("MSH after a log line's text, the other segments on the lines under it (dcm4che's `<< MSH|…`)", () => {
    const out = redact(
      [
        "16:32:08,291 DEBUG - Socket[addr=localhost/127.0.0.1,port=2575,localport=38547] << " + MSH,
        PID,
        PV1,
        "",
        "16:32:08,293 INFO  - Close connection Socket[addr=localhost/127.0.0.1,port=2575,localport=38547]",
      ].join("\n"),
    );
    gone(out, ...VALUES);
    kept(out, "localport=38547] << MSH|^~\\&|LAB", "MSG00001", "Close connection");
  });

  it("a Mirth log line holding the message after `message:`", () => {
    const out = redact(
      `[2025-01-02 10:00:01,120]  ERROR (com.mirth.connect.connectors.tcp.TcpReceiver:412): Error processing message: ${MSH}\r${PID}\r${PV1}\r\n`,
    );
    gone(out, ...VALUES);
    kept(out, "Error processing message: MSH|", "MSG00001");
  });
});

describe("HL7 v2 joined on one line", () => {
  it("by a written `\\r` in a C# string, MSH-2 with its backslash doubled (`^~\\\\&`)", () => {
    const joined = [MSH, PID, PV1].join("\\r").replace("^~\\&", "^~\\\\&");
    const out = redact(
      [
        "```cs",
        `    string messageString = "\\v${joined}\\u001c\\r";`,
        "    var msgs = MessageHelper.ExtractMessages(messageString);",
        "```",
      ].join("\n"),
    );
    gone(out, ...VALUES);
    kept(out, 'string messageString = "\\vMSH|^~\\\\&|LAB', "\\rPID|1||", "MessageHelper.ExtractMessages", "MSG00001");
  });

  it("by a written `\\n` inside a JSON string of a log message that is not itself JSON", () => {
    const joined = [MSH, PID, PV1].join("\\n").replace("^~\\&", "^~\\\\&");
    const out = redact(`2025-01-02T10:00:01Z INFO sending payload={"hl7":"${joined}","channel":"adt-in"} (truncated`);
    gone(out, ...VALUES);
    kept(out, '"channel":"adt-in"', "MSG00001", "\\nPID|1||");
  });

  it("by `<CR>` or `\\x0d` written between segments", () => {
    for (const sep of ["<CR>", "\\x0d", "<cr>"]) {
      const out = redact(`Message received: ${[MSH, PID, PV1].join(sep)}${sep}`);
      gone(out, ...VALUES);
      kept(out, `${sep}PID|1||`, "MSG00001");
    }
  });

  it("by blanks where the carriage returns were lost (a terminal or a log joined the segments)", () => {
    const out = redact(`inbound: ${[MSH, "EVN|A01|20250102100001", PID, PV1].join(" ")}`);
    gone(out, ...VALUES);
    kept(out, " PID|1||", " PV1|1|O", "MSG00001", "EVN|A01|20250102100001");
  });

  it("with nothing at all where the carriage returns were (a log line or a web page dropped them)", () => {
    // dcm4chee's `Failed to spool HL7 Incoming for [Message=MSH|…^MEVN|…^MPID|…`: each segment id glued to the last
    // character of the segment before it, the trailing empty fields of MSH included (`||||PID|`).
    const glued = [MSH + "||||", "EVN|A01|20250102100001", PID, PV1].join("");
    for (const line of [`11:32:20,398 INFO  [AuditService] Failed to spool for [Message=${glued}`, glued]) {
      const out = redact(line + "\n");
      gone(out, ...VALUES);
      kept(out, "MSG00001", "ADT^A01", "2.5.1||||EVN|A01|20250102100001PID|1||", "^VA^");
    }
  });

  it("a value that ends like a segment id (ALAN, CAROL, KERR, BACON, DANTE) is not cut where nothing was dropped", () => {
    const head = "MSH|^~\\&|A|B|C|D|20240101||ADT^A08|1|P|2.5";
    for (const given of ["ALAN", "CAROL", "KERR", "BACON", "DANTE", "MILAN", "GEORG"]) {
      const pid = `PID|1||123456^^^MRN||DOE^${given}||19800101|M|||12 ELM ROAD^^SPRINGFIELD||5551234567`;
      const out = redact(head + pid + "\n");
      gone(out, "123456", given, "19800101", "12 ELM ROAD", "SPRINGFIELD", "5551234567");
      kept(out, "2.5PID|1||");
    }
  });

  it("by `^M` where each carriage return was (a terminal or `cat -v` showed it), the `^M` kept", () => {
    const evn = "EVN|A08|20230423144255|||Pennywhistle";
    const out = redact(`Failed to spool [Message=${[MSH, evn, PID, PV1].join("^M")}\n`);
    gone(out, ...VALUES);
    kept(out, "2.5.1^MEVN|A08|20230423144255|||", "^MPID|1||", "^MPV1|1|O");
  });

  it("a segment glued after a one-letter code (`|F` then `PV1|`) is still split", () => {
    const pid = "PID|1||Zq4471^^^H^MR||Quillfeather^Odessa||19540312|F";
    const out = redact([MSH + "||||", "EVN|A01|20250102100001", pid, PV1].join("") + "\n");
    gone(out, "Zq4471", "Quillfeather", "Odessa", "19540312", "Pennywhistle", "Agatha", "V8812345");
    kept(out, "|FPV1|1|O");
  });

  it("a megabyte of glued segment ids, or of letters that never become one, on one log line finishes", () => {
    const MB = 1 << 20;
    const glued = ["PID|".repeat(MB / 4), "A^MPID|".repeat(MB / 7), "|FPV1|".repeat(MB / 6)];
    for (const rest of [...glued, "PI".repeat(MB / 2), "EVN".repeat(MB / 3) + "|", "DOE^ALAN|".repeat(MB / 9)]) {
      const out = redact(`INFO [Message=${MSH}|${rest}\n`);
      kept(out, "MSG00001");
    }
  });

  it("a field whose value merely ends like a segment id stays one field when the segments are not glued", () => {
    const out = redact([MSH, "OBX|1|TX|RAPID|1|Result text"].join("\n") + "\n");
    kept(out, "OBX|1|TX|RAPID|1|Result text");
  });

  it("text that only mentions MSH, or a field separator without a message, is left to the other readers", () => {
    const text = "Check MSH|^ and PID|3 in the spec; the MSH segment starts every message.\n| a | b |\n";
    kept(redact(text), text);
  });
});

describe("HL7 v2 in a one-line assignment", () => {
  it("a quoted message assigned to a name (`msg='MSH|…\\x0DPID|…'`) is read as text holding HL7, not as a form body", () => {
    const pid = "PID|1||987654^^^MRN||Quillfeather^Odessa^M||19800203|F";
    const out = redact(`msg='${MSH}\\x0D${pid}'\n`);
    gone(out, "987654", "Quillfeather", "Odessa", "19800203");
    kept(out, "msg='MSH|", "ADT^A01");
  });
});

describe("a person segment logged alone, with no MSH", () => {
  const LONE = "PID|1||987654^^^MRN||Quillfeather^Odessa^M||19800203|F";
  it("after a log prefix: read with the standard delimiters, the prefix kept", () => {
    const out = redact(`2024-01-01 INFO ${LONE}\n`);
    gone(out, "987654", "Quillfeather", "Odessa", "19800203");
    kept(out, "2024-01-01 INFO PID|1||", "|F");
  });

  it("NK1, GT1, IN1 too", () => {
    for (const segment of [
      "NK1|1|Quillfeather^Odessa^^^^|SPO^Spouse|12 Wren Lane^^Marlow^VA",
      "GT1|1||Quillfeather^Odessa||12 Wren Lane^^Marlow^VA",
      "IN1|1|PLAN^Plan||||||||||||||Quillfeather^Odessa|SEL",
    ])
      gone(redact(`2024-01-01 DEBUG got ${segment}\n`), "Quillfeather", "Odessa");
  });

  it("at a line's start, with neither an MSH nor a log prefix: read with the standard delimiters", () => {
    const pid =
      "PID|1||987654^^^MRN||Quillfeather^Odessa^M||19800203|F|||12 Main St^^Springfield^IL^62701||555-201-3344";
    const out = redact(`${pid}\n`);
    gone(out, "987654", "Quillfeather", "Odessa", "19800203", "12 Main St", "62701", "555-201-3344");
    kept(out, "PID|1||", "|F|||");
  });

  it("several person segments, one a line, at the lines' start (NK1, GT1, IN1 too), the text around them kept", () => {
    const text = [
      "The interface logged these segments for the failing patient:",
      "PID|1||987654^^^MRN||Quillfeather^Odessa^M||19800203|F",
      "NK1|1|Brightwater^Caspian^^^^|SPO^Spouse|12 Wren Lane^^Marlow^VA",
      "GT1|1||Fenwick^Marisol||40 Elm Road^^Dover^DE",
      "IN1|1|PLAN^Plan||||||||||||||Ashgrove^Tobias|SEL",
      "Then the app got a 403 insufficient_scope on Patient.read.",
      "",
    ].join("\n");
    const out = redact(text);
    gone(out, "987654", "Quillfeather", "Odessa", "Brightwater", "Caspian", "12 Wren Lane", "Fenwick", "Marisol");
    gone(out, "40 Elm Road", "Ashgrove", "Tobias");
    kept(out, "The interface logged these segments for the failing patient:", "SPO^Spouse", "403 insufficient_scope");
  });

  it("a table whose header starts with PID| is not read as a segment", () => {
    const text = "PID|Name|DOB\n1|Quillfeather, Odessa|1980-02-03\n";
    const out = redact(text);
    kept(out, "PID|Name|DOB");
  });

  it("a sentence naming PID|3 or a table of pipes is not read as a segment", () => {
    const out = redact("The PID|3 field held the MRN, see the spec.\n");
    kept(out, "The PID|3 field held the MRN, see the spec.");
  });
});

describe("a person segment logged alone inside a one-line JSON log", () => {
  const LONE = "PID|1||987654^^^MRN||Quillfeather^Odessa||19800101|F";
  it("a JSON string holding the segment is read like the prefixed line (as a log line and as text)", () => {
    for (const kind of ["log", "text"] as const) {
      const out = redact(`{"level":"info","msg":"${LONE}"}\n`, "sandbox", kind);
      gone(out, "987654", "Quillfeather", "Odessa", "19800101");
      kept(out, '{"level":"info","msg":"PID|1||');
    }
  });

  it("after words in the string, and a plain message string is left alone", () => {
    const out = redact(`{"msg":"inbound segment ${LONE}","note":"PID|3 field is the MRN list"}\n`, "sandbox", "log");
    gone(out, "987654", "Quillfeather", "Odessa", "19800101");
    kept(out, "inbound segment PID|1||", "PID|3 field is the MRN list");
  });
});
