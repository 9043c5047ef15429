/**
 * STOMP frames as people paste them: stomp.js's debug lines (`>>> CONNECT` then `login:…`, `passcode:…`), a broker's
 * trace, and SockJS frames where each STOMP frame is a JSON string with escaped line breaks
 * (`["CONNECT\nlogin:guest\npasscode:guest\n\n\u0000"]`). A CONNECT (or STOMP) frame's `login` and `passcode`, and a
 * CONNECTED frame's `user-name`, are the account that connected; every other header (version, heart-beat, session,
 * server, destination) stays. Headers are read up to the frame's blank line; the body is left to the sweep.
 * Linear: one scan for the command words, and each frame's headers are read once, forward.
 */
import type { ItemContext } from "./context";
import { isNobodysLogin } from "./detectors/nobodys-login";

/** A frame's command at the start of a line, of a string, or after stomp.js's `>>> ` / `<<< `, then its line break. */
const COMMAND = /(CONNECTED|CONNECT|STOMP)(\\r\\n|\\n|\r?\n)/g;
/** A header: a name, a colon, the value (any characters but the break, a quote or NUL). */
const HEADER_NAME = /^[A-Za-z][A-Za-z0-9-]{0,40}$/;
const MAX_HEADERS = 64;

export interface StompSpan {
  start: number;
  end: number;
  /** "user_name" for a login or user name, "passcode" for a password. */
  type: "user_name" | "passcode";
}

/** Whether the command word at `at` starts a frame: line or string start, or after `>>> `, `<<< `, `>> `, `<< `. */
function startsFrame(text: string, at: number): boolean {
  if (at === 0) return true;
  const before = text[at - 1];
  if (before === "\n" || before === '"') return true;
  if (before !== " ") return false;
  const mark = text[at - 2];
  return (mark === ">" || mark === "<") && text[at - 3] === mark;
}

/** Which headers name the account, by frame. */
function accountType(command: string, name: string): StompSpan["type"] | null {
  const key = name.toLowerCase();
  if (command === "CONNECTED") return key === "user-name" ? "user_name" : null;
  if (key === "login") return "user_name";
  return key === "passcode" ? "passcode" : null;
}

/** The login, passcode and user-name values of every CONNECT, STOMP and CONNECTED frame in `text`, in order. */
export function stompAccountSpans(text: string): StompSpan[] {
  const spans: StompSpan[] = [];
  if (!text.includes("CONNECT") && !text.includes("STOMP")) return spans;
  COMMAND.lastIndex = 0;
  for (let m = COMMAND.exec(text); m; m = COMMAND.exec(text)) {
    if (!startsFrame(text, m.index)) continue;
    const command = m[1];
    const lineBreak = m[2] === "\r\n" ? "\n" : m[2];
    let pos = m.index + m[0].length;
    // How far this frame was read: the next command is looked for from there, so no character is read twice.
    let reached = pos;
    for (let n = 0; n < MAX_HEADERS && pos < text.length; n++) {
      // The value runs to the frame's break; a raw or escaped break, a quote or NUL ends it.
      let end = pos;
      while (end < text.length && !text.startsWith(lineBreak, end) && text[end] !== "\n" && text[end] !== '"') {
        if (text[end] === "\0" || (text[end] === "\\" && text[end + 1] === "u")) break;
        end++;
      }
      reached = end;
      const line = text.slice(pos, end).replace(/\r$/, "");
      if (!text.startsWith(lineBreak, end) && text[end] !== "\n") {
        // The frame's string ends here (a quote, NUL): the last header line, if any, still counts.
        pushHeader(spans, command, line, pos);
        break;
      }
      const colon = line.indexOf(":");
      if (colon < 1 || !HEADER_NAME.test(line.slice(0, colon))) break; // a blank line: the body starts
      pushHeader(spans, command, line, pos);
      pos = end + (text.startsWith(lineBreak, end) ? lineBreak.length : 1);
    }
    COMMAND.lastIndex = Math.max(COMMAND.lastIndex, reached);
  }
  return spans;
}

function pushHeader(spans: StompSpan[], command: string, line: string, lineStart: number): void {
  const colon = line.indexOf(":");
  if (colon < 1 || !HEADER_NAME.test(line.slice(0, colon))) return;
  const type = accountType(command, line.slice(0, colon));
  // A login, passcode or user name holds no blank: one pasted with a trailing comment (`user-name:tom   // …`) ends there.
  const rest = line.slice(colon + 1);
  const blank = rest.search(/\s/);
  const value = blank < 0 ? rest : rest.slice(0, blank);
  if (type && value) spans.push({ start: lineStart + colon + 1, end: lineStart + colon + 1 + value.length, type });
}

/** `text` with its STOMP frames' passcodes replaced as secrets and their logins as personal data (a lone `guest` stays). */
export function redactStompFrames(text: string, ctx: ItemContext): string {
  const spans = stompAccountSpans(text);
  if (spans.length === 0) return text;
  // RabbitMQ's `guest`/`guest`: a login written the same as a passcode would show the passcode, so it goes as one.
  const passcodes = new Set(spans.filter((s) => s.type === "passcode").map((s) => text.slice(s.start, s.end)));
  let out = "";
  let pos = 0;
  for (const s of spans) {
    if (s.start < pos) continue;
    const value = text.slice(s.start, s.end);
    const secret = s.type === "passcode" || passcodes.has(value);
    if (!secret && isNobodysLogin(value)) continue;
    out += text.slice(pos, s.start) + (secret ? ctx.secret(value, "passcode") : ctx.phi(value, "user_name"));
    pos = s.end;
  }
  return out + text.slice(pos);
}
