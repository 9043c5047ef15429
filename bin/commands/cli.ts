// Shared pieces of the CLI commands: argument parsing, input reading, the error type.
import { readFile } from "node:fs/promises";
import { MAX_RAW_EVIDENCE_BYTES, megabytes } from "../../app/ticket/limits";

export class CliError extends Error {}

export interface Io {
  stdout: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
}

export type Command = (args: string[], io: Io) => Promise<number>;

export interface ParsedArgs {
  positional: string[];
  flags: Record<string, string | true>;
}

/** `--name value`, `--name=value`, `-o value`, and boolean flags listed in `booleans`. */
export function parseArgs(args: string[], booleans: string[] = []): ParsedArgs {
  const out: ParsedArgs = { positional: [], flags: {} };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "-" || !arg.startsWith("-")) {
      out.positional.push(arg);
      continue;
    }
    const [rawName, inline] = arg.replace(/^--?/, "").split(/=(.*)/s, 2);
    const name = rawName === "o" ? "out" : rawName;
    if (booleans.includes(name)) out.flags[name] = true;
    else if (inline !== undefined) out.flags[name] = inline;
    else if (i + 1 < args.length) out.flags[name] = args[++i];
    else throw new CliError(`--${name} needs a value`);
  }
  return out;
}

export const MAX_INPUT_BYTES = MAX_RAW_EVIDENCE_BYTES;

/** Reads a file or stdin ("-") as UTF-8, refusing binary and oversize input with one clear line. */
export async function readInput(source: string, io: Io): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = source === "-" ? await readStream(io.stdin) : await readFile(source);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(code === "ENOENT" ? `no such file: ${source}` : `cannot read ${source} (${code ?? "error"})`);
  }
  if (bytes.byteLength > MAX_INPUT_BYTES) {
    throw new CliError(
      `${source === "-" ? "input" : source} is ${(bytes.byteLength / 1048576).toFixed(1)} MB; the limit is ${megabytes(MAX_INPUT_BYTES)}`,
    );
  }
  if (bytes.includes(0)) throw new CliError(`${source === "-" ? "input" : source} is a binary file, not text evidence`);
  return new TextDecoder("utf-8", { fatal: false }).decode(bytes);
}

/**
 * An input read and parsed as JSON; `notJson` is the whole message when it is not JSON (it never quotes the input).
 * The text is not kept past the parse.
 */
export async function readJsonInput(source: string, io: Io, notJson: string): Promise<unknown> {
  const text = await readInput(source, io);
  try {
    return JSON.parse(text);
  } catch {
    throw new CliError(notJson);
  }
}

async function readStream(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.byteLength;
    if (size > MAX_INPUT_BYTES + 1) break;
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}
