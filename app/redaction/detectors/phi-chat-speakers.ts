// Who speaks in a chat copied as text or in a meeting transcript. A message copied from Slack, Teams, Discord or
// Zulip starts with its author line, and the layout — not the name's words — says it is one:
//   "Jane Roe  10:42 AM", "_Jane Roe  8:36 PM_" (Slack in Markdown), "Jane Roe  [7:51 PM]",
//   "Jane Roe:speech_balloon:  9:26" (a status emoji), a name alone above "  10:42 AM" (Slack's desktop app, the time
//   on its own indented line, perhaps after a status: "New hire:wave:  8:37 AM"),
//   "[10:42 AM] Jane Roe" (Teams), "Jane Roe — Today at 10:42 AM" (Discord);
// a WebVTT cue names its speaker in a voice tag (`<v Jane Roe>`, `<v.loud Jane Roe (Sales)>`, the department kept) or,
// in Google Meet's files, on a line of its own in brackets under the cue's timing ("(Jane Roe)").
// The name goes when it reads as a person's (display-names.ts: no resource type, interaction, status, log level or
// product word); so does the same name wherever else it stands (phi-name-places.ts).
// An author line's name is two to four capitalised words (a handle alone — "kjcl 9:19" — is not read: nothing tells it
// from a word). One scan for a clock time or a voice tag; only short lines holding one are read, each once; the other
// places of the names found are searched in one more pass over the text's capitalised words.
import { each, type PhiSpan } from "./phi-span";
import { eachCueLine, lineAfter, lineBefore } from "./line-of";
import { findOtherPlaces } from "./phi-name-places";
import { readsAsPersonsName } from "../display-names";

/** Two to four capitalised words (letters, marks, ' ’ . -): a person's name on an author line. */
const NAME = "\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:[ \\t]\\p{Lu}[\\p{L}\\p{M}'’.-]*){1,3}";
const TIME = "\\d{1,2}:\\d{2}(?:[ \\t]?[AaPp]\\.?[Mm]\\.?)?";
const EMOJI = ":[a-z0-9_+-]{1,40}:";
/** Name, optional status emoji, the time after two blanks (or one after the emoji), optional brackets and emphasis. */
const NAME_THEN_TIME = new RegExp(
  `^[ \\t]*[_*]{0,2}(${NAME})(?:${EMOJI}[ \\t]+|[ \\t]{2,}|\\t)\\[?${TIME}\\]?[_*]{0,2}[ \\t]*$`,
  "u",
);
/** Teams: "[10:42 AM] Jane Roe", perhaps with a date: "[3/14 10:42 AM] Jane Roe". */
const TIME_THEN_NAME = new RegExp(
  `^[ \\t]*\\[(?:\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?[ \\t])?${TIME}\\][ \\t]+(${NAME})[ \\t]*$`,
  "u",
);
/** Discord: "Jane Roe — Today at 10:42 AM", "Jane Roe — 05/12/2026 10:42 AM". */
const DISCORD = new RegExp(
  `^[ \\t]*(${NAME})[ \\t]+[—–-][ \\t]+(?:(?:Today|Yesterday) at|\\d{1,2}/\\d{1,2}/\\d{2,4})[ \\t]+${TIME}[ \\t]*$`,
  "u",
);
/** Slack's desktop copy: the time alone on an indented line (perhaps after a status), the name on the line above. */
const TIME_LINE = new RegExp(`^(?:[ \\t]+|[^\\n]{0,40}?${EMOJI}[ \\t]{2,})${TIME}[ \\t]*$`, "u");
const NAME_LINE = new RegExp(`^[ \\t]*(${NAME})[ \\t]*$`, "u");
/** A WebVTT cue's timing line. */
const CUE_TIMING = /^[ \t]*(?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}[ \t]+-->[ \t]+/;
/** Google Meet's speaker line inside a cue. */
const MEET_SPEAKER = new RegExp(`^[ \\t]*\\((${NAME})\\)[ \\t]*$`, "u");
/** A voice tag's name: up to its ">", a trailing "(department)" left out. */
const VOICE = /<v(?:\.[\w-]+)*[ \t]+([^<>\n]{1,80})>/g;
const SPEAKER_CUE = /\d:\d\d|<v[ .]/g;
const MAX_LINE = 160;
/** Lines of one WebVTT cue read after its timing line, at most. */
const MAX_CUE_LINES = 24;
/** Distinct names whose other places are searched (a transcript has a handful of speakers). */
const MAX_NAMES = 256;

export function findChatSpeakers(text: string, out: PhiSpan[]) {
  const names = new Set<string>();
  const found = (start: number, name: string) => {
    const trimmed = name.replace(/[ \t]+$/, "");
    // A heading, a table row or a log line beside a clock time ("Patient Read  10:42 AM") names no one.
    if (!readsAsPersonsName(trimmed)) return;
    out.push({ start, end: start + trimmed.length, type: "name" });
    if (names.size < MAX_NAMES && /\s/.test(trimmed)) names.add(trimmed);
  };
  const nameIn = (start: number, end: number, re: RegExp) => {
    const line = text.slice(start, end);
    const m = re.exec(line);
    if (m) found(start + m.index + m[0].indexOf(m[1]), m[1]);
    return m !== null;
  };
  eachCueLine(text, SPEAKER_CUE, MAX_LINE, (start, end) => {
    const line = text.slice(start, end);
    if (line.includes("<v")) {
      each(VOICE, line, (m) => {
        const speaker = m[1].replace(/[ \t]*\([^()]*\)[ \t]*$/, "");
        found(start + m.index + m[0].indexOf(m[1]), speaker);
      });
      return;
    }
    // The lines read for Meet's speakers are read again only where the scan finds a clock time or a voice tag on them
    // (each line at most twice: only one cue's timing line reads it).
    if (CUE_TIMING.test(line)) return void meetSpeakers(text, end, found);
    if (nameIn(start, end, NAME_THEN_TIME) || nameIn(start, end, TIME_THEN_NAME) || nameIn(start, end, DISCORD)) return;
    if (TIME_LINE.test(line)) {
      const above = lineBefore(text, start);
      if (above && above[1] - above[0] <= MAX_LINE) nameIn(above[0], above[1], NAME_LINE);
    }
  });
  if (names.size) findOtherPlaces(text, names, out);
}

/** The "(Name)" lines of the cue whose timing line ends at `end`. */
function meetSpeakers(text: string, end: number, found: (start: number, name: string) => void): void {
  let at = end;
  for (let i = 0; i < MAX_CUE_LINES; i++) {
    const next = lineAfter(text, at);
    if (!next || next[1] - next[0] > MAX_LINE) break;
    const line = text.slice(next[0], next[1]);
    // The cue's end (an empty line), the next cue, or a voice tag (read where the scan finds it): stop before it.
    if (!line || CUE_TIMING.test(line) || line.includes("<v")) break;
    const m = MEET_SPEAKER.exec(line);
    if (m) found(next[0] + line.indexOf(m[1]), m[1]);
    at = next[1];
  }
}
