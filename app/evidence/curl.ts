// curl: the command (`curl -X POST … -H … -d …`) and the verbose output of `curl -v` (> request, < response, * info).
import type { Exchange, Header, HttpRequest, HttpResponse } from "./model";
import { REQUEST_LINE, STATUS_LINE, absoluteUrl, headerValue, isoTime, parseHeaderLine } from "./headers";
import { encodeBase64Text } from "./base64";
import { eachShellWord, type ShellWord } from "./shell-words";

/** curl options that take a value (long and short forms). */
const VALUE_OPTIONS = new Set([
  "-X",
  "--request",
  "-H",
  "--header",
  "-d",
  "--data",
  "--data-raw",
  "--data-binary",
  "--data-ascii",
  "--data-urlencode",
  "--json",
  "-F",
  "--form",
  "--form-string",
  "-u",
  "--user",
  "-b",
  "--cookie",
  "-c",
  "--cookie-jar",
  "--oauth2-bearer",
  "--url",
  "-o",
  "--output",
  "-e",
  "--referer",
  "-A",
  "--user-agent",
  "-E",
  "--cert",
  "--key",
  "--pass",
  "-x",
  "--proxy",
  "-U",
  "--proxy-user",
  "--cacert",
  "--capath",
  "-w",
  "--write-out",
  "-m",
  "--max-time",
  "--connect-timeout",
  "-T",
  "--upload-file",
  "--resolve",
  "--connect-to",
  "--aws-sigv4",
  "--variable",
  "--expand-url",
  "--retry",
  "-K",
  "--config",
]);

export type CurlArgRole =
  | "method"
  | "header"
  | "data"
  | "data-urlencode"
  | "json"
  | "form"
  | "user"
  | "cookie"
  | "bearer"
  | "url"
  | "referer"
  | "cert"
  | "key-password"
  | "proxy-user"
  | "other";

export interface CurlArg {
  role: CurlArgRole;
  /** The option word (for attached short options like -XPOST, the option and the value share one word). */
  option?: ShellWord;
  word: ShellWord;
  /** The option's value (the word's value, minus an attached short option). */
  value: string;
  /** Where the value starts inside the word's value (attached short options: 2). */
  attached: boolean;
}

export interface CurlCommand {
  args: CurlArg[];
  start: number;
  end: number;
}

const ROLE: Record<string, CurlArgRole> = {
  "-X": "method",
  "--request": "method",
  "-H": "header",
  "--header": "header",
  "-d": "data",
  "--data": "data",
  "--data-raw": "data",
  "--data-binary": "data",
  "--data-ascii": "data",
  "--data-urlencode": "data-urlencode",
  "--json": "json",
  "-F": "form",
  "--form": "form",
  "--form-string": "form",
  "-u": "user",
  "--user": "user",
  "-b": "cookie",
  "--cookie": "cookie",
  "--oauth2-bearer": "bearer",
  "--url": "url",
  "-e": "referer",
  "--referer": "referer",
  "-E": "cert",
  "--cert": "cert",
  "--pass": "key-password",
  "-U": "proxy-user",
  "--proxy-user": "proxy-user",
};

/** An option's value written in the same word: `-XPOST`, `--header=…`. */
const attachedValue = (opt: string, word: ShellWord, value: string): CurlArg => ({
  role: ROLE[opt] ?? "other",
  word,
  value,
  attached: true,
});

/** An option's value in the next word: `-H 'Accept: …'`. */
const separateValue = (opt: string, option: ShellWord, next: ShellWord): CurlArg => ({
  role: ROLE[opt] ?? "other",
  option,
  word: next,
  value: next.value,
  attached: false,
});

/**
 * Every `curl …` command in the text, with each option's role and value. The text's words are read one at a time and
 * only a command's own are kept: a long log holds a few commands among a million words.
 */
export function parseCurlCommands(text: string): CurlCommand[] {
  const words = eachShellWord(text);
  let ahead = words.next();
  const next = (): ShellWord | undefined => {
    if (ahead.done) return undefined;
    const word = ahead.value;
    ahead = words.next();
    return word;
  };
  const peek = (): ShellWord | undefined => (ahead.done ? undefined : ahead.value);
  const commands: CurlCommand[] = [];
  for (let w = next(); w; w = next()) {
    if (w.separator || !/^curl(\.exe)?$/i.test(w.value)) continue;
    const command: CurlCommand = { args: [], start: w.start, end: w.end };
    for (let word = peek(); word && !word.separator; word = peek()) {
      next();
      command.end = word.end;
      const v = word.value;
      const following = peek();
      const hasValue = following !== undefined && !following.separator;
      if (v.startsWith("--") && v.includes("=") && VALUE_OPTIONS.has(v.slice(0, v.indexOf("=")))) {
        // --header=… is not curl syntax, but people write it: read it.
        const opt = v.slice(0, v.indexOf("="));
        command.args.push(attachedValue(opt, word, v.slice(opt.length + 1)));
      } else if (VALUE_OPTIONS.has(v) && hasValue) {
        command.args.push(separateValue(v, word, following));
        command.end = following.end;
        next();
      } else if (/^-[A-Za-z]/.test(v) && !v.startsWith("--")) {
        // Short flags, possibly bundled (-sS, -vX POST, -XPOST, -H'…').
        for (let c = 1; c < v.length; c++) {
          const opt = `-${v[c]}`;
          if (VALUE_OPTIONS.has(opt)) {
            if (c + 1 < v.length) {
              command.args.push(attachedValue(opt, word, v.slice(c + 1)));
            } else if (hasValue) {
              command.args.push(separateValue(opt, word, following));
              command.end = following.end;
              next();
            }
            break;
          }
        }
      } else if (!v.startsWith("-")) {
        command.args.push({ role: "url", word, value: v, attached: false });
      }
    }
    commands.push(command);
  }
  return commands;
}

function percentEncodeFormValue(value: string): string {
  return encodeURIComponent(value).replace(/%20/g, "+");
}

/** The HTTP request a curl command sends (method, URL, headers incl. Basic from -u, body). */
export function curlRequest(command: CurlCommand): HttpRequest | undefined {
  let method: string | undefined;
  let url: string | undefined;
  const headers: Header[] = [];
  const data: string[] = [];
  let get = false;
  for (const arg of command.args) {
    switch (arg.role) {
      case "method":
        method = arg.value.toUpperCase();
        break;
      case "url":
        if (!url && /^(https?:\/\/|[\w.-]+\.[a-z]{2,}|localhost)/i.test(arg.value)) url = arg.value;
        break;
      case "header": {
        const h = parseHeaderLine(arg.value);
        if (h) headers.push(h);
        break;
      }
      case "data":
      case "json":
        data.push(arg.value);
        if (arg.role === "json") headers.push({ name: "Content-Type", value: "application/json" });
        break;
      case "data-urlencode": {
        const eq = arg.value.indexOf("=");
        data.push(
          eq > 0
            ? `${arg.value.slice(0, eq)}=${percentEncodeFormValue(arg.value.slice(eq + 1))}`
            : percentEncodeFormValue(arg.value.replace(/^=/, "")),
        );
        break;
      }
      case "form":
        data.push(arg.value);
        break;
      case "user":
        headers.push({ name: "Authorization", value: `Basic ${encodeBase64Text(arg.value)}` });
        break;
      case "bearer":
        headers.push({ name: "Authorization", value: `Bearer ${arg.value}` });
        break;
      case "cookie":
        if (arg.value.includes("=")) headers.push({ name: "Cookie", value: arg.value });
        break;
      default:
        break;
    }
  }
  if (command.args.some((a) => a.word.value === "-G" || a.word.value === "--get")) get = true;
  if (!url) return undefined;
  let body = data.length ? data.join("&") : undefined;
  if (get && body) {
    url += (url.includes("?") ? "&" : "?") + body;
    body = undefined;
  }
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) url = `https://${url}`;
  return { method: method ?? (body ? "POST" : "GET"), url, headers, body };
}

/** `curl -v` output: "> " request lines, "< " response lines, "* " info, then the response body. */
export function parseCurlVerbose(text: string, itemId: string): { exchanges: Exchange[]; rest: string[] } {
  const lines = text.split(/\r?\n/);
  const exchanges: Exchange[] = [];
  const rest: string[] = [];
  let request: HttpRequest | undefined;
  let response: HttpResponse | undefined;
  let commandRequest: HttpRequest | undefined;
  let bodyLines: string[] = [];
  let startLine = 0;
  let connectedHost: string | undefined;
  const flush = () => {
    if (!request && !response) return;
    if (response && bodyLines.length) response.body = bodyLines.join("\n").trim() || undefined;
    if (request && commandRequest && !request.body) request.body = commandRequest.body;
    const time = isoTime(headerValue(response?.headers, "date"));
    exchanges.push({
      request,
      response,
      time,
      source: { itemId, location: `curl -v exchange at line ${startLine + 1}` },
    });
    request = undefined;
    response = undefined;
    bodyLines = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    const line = raw.replace(/\s+$/, "");
    const cmd = /^\s*(?:\$\s*)?(curl\s.*)$/.exec(line);
    if (cmd) {
      commandRequest = curlRequest(
        parseCurlCommands(collectContinuation(lines, i))[0] ?? { args: [], start: 0, end: 0 },
      );
      continue;
    }
    if (line.startsWith("* ")) {
      const host = /Connected to (\S+)/.exec(line);
      if (host) connectedHost = host[1];
      continue;
    }
    if (/^[{}] \[/.test(line)) continue;
    if (line.startsWith(">")) {
      const content = line.replace(/^> ?/, "");
      const req = REQUEST_LINE.exec(content);
      if (req) {
        flush();
        startLine = i;
        request = { method: req[1], url: req[2], headers: [] };
      } else if (request && content) {
        const h = parseHeaderLine(content);
        if (h) request.headers.push(h);
      }
      continue;
    }
    if (line.startsWith("<")) {
      const content = line.replace(/^< ?/, "");
      const res = STATUS_LINE.exec(content);
      if (res) {
        if (response) flush();
        if (!request) startLine = i;
        response = { status: Number(res[2]), statusText: res[3]?.trim() || undefined, headers: [] };
      } else if (response && content) {
        const h = parseHeaderLine(content);
        if (h) response.headers.push(h);
      }
      continue;
    }
    if (response) bodyLines.push(raw);
    else if (line.trim()) rest.push(raw);
  }
  flush();
  for (const ex of exchanges) {
    if (ex.request) {
      const host = headerValue(ex.request.headers, "host") ?? connectedHost;
      ex.request.url = absoluteUrl(ex.request.url, host);
      if (commandRequest && !/^[a-z]+:\/\//i.test(ex.request.url)) ex.request.url = commandRequest.url;
    }
  }
  if (exchanges.length === 0 && commandRequest) {
    exchanges.push({ request: commandRequest, source: { itemId, location: "curl command" } });
  }
  return { exchanges, rest };
}

function collectContinuation(lines: string[], from: number): string {
  const parts: string[] = [];
  for (let i = from; i < lines.length; i++) {
    parts.push(lines[i]);
    if (!/[\\^`]\s*$/.test(lines[i])) break;
  }
  return parts.join("\n").replace(/^\s*\$\s*/, "");
}
