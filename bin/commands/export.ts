// `ticket export TICKET.json --format md|pdf [-o OUT] [--page-size A4|Letter]`: the submission, through the same
// exportTicket as the app. Without -o, Markdown goes to stdout; a PDF is never written to a terminal.
import { writeFile } from "node:fs/promises";
import { fieldErrors, ticketSchema, type Ticket } from "../../app/ticket/schema";
import {
  ExportError,
  exportTicket,
  isBlocked,
  isExportFormat,
  type ExportFormat,
} from "../../app/export/export-ticket";
import { readFonts } from "../../app/export/fonts.server";
import { CliError, parseArgs, readJsonInput, type Command } from "./cli";

const USAGE = "usage: ticket export TICKET.json --format md|pdf [-o OUT] [--page-size A4|Letter]";

function formatOf(flag: string | true | undefined, out: string | undefined): ExportFormat {
  if (flag === undefined) {
    if (out?.toLowerCase().endsWith(".pdf")) return "pdf";
    if (out === undefined || /\.(md|markdown)$/i.test(out)) return "md";
    throw new CliError(`--format is needed (md or pdf)\n${USAGE}`);
  }
  if (flag === true || !isExportFormat(flag)) throw new CliError(`--format must be md or pdf\n${USAGE}`);
  return flag;
}

async function readTicket(source: string, io: Parameters<Command>[1]): Promise<Ticket> {
  const value = await readJsonInput(source, io, `${source === "-" ? "input" : source} is not valid JSON`);
  const parsed = ticketSchema.safeParse(value);
  if (!parsed.success) {
    const [path, message] = Object.entries(fieldErrors(parsed.error))[0] ?? ["ticket", "invalid"];
    throw new CliError(`invalid ticket: ${path}: ${message}`);
  }
  return parsed.data;
}

const exportCommand: Command = async (args, io) => {
  const { positional, flags } = parseArgs(args);
  for (const name of Object.keys(flags)) {
    if (!["format", "out", "page-size"].includes(name)) throw new CliError(`unknown option --${name}\n${USAGE}`);
  }
  if (positional.length !== 1) throw new CliError(USAGE);
  const out = typeof flags.out === "string" ? flags.out : undefined;
  const format = formatOf(flags.format, out);
  const pageSize = flags["page-size"] ?? "A4";
  if (pageSize !== "A4" && pageSize !== "Letter") throw new CliError("--page-size must be A4 or Letter");
  const stdoutIsTty = (io.stdout as NodeJS.WriteStream).isTTY === true;
  if (format === "pdf" && !out && stdoutIsTty)
    throw new CliError("refusing to write a PDF to the terminal: add -o ticket.pdf (or redirect stdout)");

  // Read in a function of its own: the file's text and its JSON are gone once the ticket is parsed, and the ticket's
  // raw evidence is dropped item by item as it is redacted (release), so the CLI holds one raw item at a time.
  const ticket = await readTicket(positional[0], io);

  let result;
  try {
    result = await exportTicket(ticket, format, { fonts: readFonts, pageSize, release: true });
  } catch (error) {
    throw new CliError(error instanceof ExportError ? error.message : "the export failed; nothing was written");
  }
  if (isBlocked(result)) {
    const count = result.blocked.length;
    throw new CliError(
      `export blocked: ${count} possible ${count === 1 ? "leak" : "leaks"}; nothing was written\n${result.reasons.map((r) => `  - ${r}`).join("\n")}`,
    );
  }
  if (out && out !== "-") {
    await writeFile(out, result.bytes);
  } else {
    await new Promise<void>((resolve, reject) =>
      io.stdout.write(result.bytes, (error) => (error ? reject(error) : resolve())),
    );
  }
  return 0;
};

export default exportCommand;
