// Markdown (GitHub-flavoured, as the forum accepts it) from the document model. Deterministic: the same document
// always gives the same string, ending in exactly one newline.
import type { Block, Field, Inline, Section, TicketDocument } from "./model";

/** Backslash-escapes what Markdown would read as markup in text we generated (user text is passed through). */
export function escapeMarkdown(value: string, context: "block" | "inline" = "block"): string {
  const wordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  const inline = value
    .replace(/[\\`*[\]<>~]/g, (c) => `\\${c}`)
    .replace(/_/g, (u, at: number, all: string) => (wordChar(all[at - 1]) && wordChar(all[at + 1]) ? u : "\\_"));
  if (context === "inline") return inline;
  return inline
    .replace(/^(\s{0,3})(\d+)([.)])(?=\s|$)/gm, "$1$2\\$3")
    .replace(/^(\s{0,3})([#+=-])(?=\s|$)/gm, "$1\\$2");
}

/** The longest run of backticks in a text (a loop: spreading millions of matches would overflow the stack). */
function longestBacktickRun(value: string): number {
  let longest = 0;
  let run = 0;
  for (let i = 0; i < value.length; i++) {
    run = value.charCodeAt(i) === 96 ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  return longest;
}

/** A code span whose fence is longer than any backtick run inside it. */
export function codeSpan(value: string): string {
  const content = value.replace(/\r?\n/g, " ");
  if (content === "") return "";
  const fence = "`".repeat(longestBacktickRun(content) + 1);
  const pad =
    content.startsWith("`") ||
    content.endsWith("`") ||
    (content.startsWith(" ") && content.endsWith(" ") && content.trim() !== "");
  return pad ? `${fence} ${content} ${fence}` : `${fence}${content}${fence}`;
}

/** A fence longer than any backtick run in the content. */
export function codeFence(content: string): string {
  return "`".repeat(Math.max(3, longestBacktickRun(content) + 1));
}

/** Closes a code fence the user opened and never closed, so it cannot swallow the rest of the document. */
export function balanceFences(value: string): string {
  let open: { char: string; length: number } | null = null;
  for (const line of value.split("\n")) {
    const m = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
    if (!m) continue;
    const char = m[1][0];
    if (!open) {
      if (char === "~" || !m[2].includes("`")) open = { char, length: m[1].length };
    } else if (char === open.char && m[1].length >= open.length && m[2].trim() === "") {
      open = null;
    }
  }
  return open ? `${value}\n${open.char.repeat(open.length)}` : value;
}

type Context = "block" | "table";

function renderInlines(inlines: Inline[], context: Context, user = false): string {
  const out = inlines
    .map((inline) => {
      if (inline.style === "code") {
        const span = codeSpan(inline.text);
        return context === "table" ? span.replace(/\|/g, "\\|") : span;
      }
      const body =
        user && context === "block"
          ? inline.text
          : escapeMarkdown(inline.text, context === "table" ? "inline" : "block");
      const escaped = context === "table" ? body.replace(/\|/g, "\\|") : body;
      return inline.style === "strong" && escaped.trim() ? `**${escaped}**` : escaped;
    })
    .join("");
  return context === "table" ? out.replace(/\r?\n/g, "<br>") : out;
}

/** Generated text: a newline inside it is a hard line break. */
const hardBreaks = (value: string) => value.replace(/\n/g, "\\\n");

const indent = (value: string, by: string) => value.replace(/\n/g, `\n${by}`);

function renderFields(fields: Field[]): string {
  return fields
    .map((f) => `- **${escapeMarkdown(f.label)}:** ${indent(hardBreaks(renderInlines(f.value, "block")), "  ")}`)
    .join("\n");
}

function renderTable(block: Extract<Block, { type: "table" }>): string {
  const row = (cells: string[]) => `| ${cells.join(" | ")} |`;
  const align = block.columns.map((c) => (c.align === "right" ? "---:" : c.align === "center" ? ":---:" : "---"));
  return [
    row(block.columns.map((c) => renderInlines([{ text: c.header }], "table"))),
    row(align),
    ...block.rows.map((cells) => row(block.columns.map((_c, i) => renderInlines(cells[i] ?? [], "table") || " "))),
  ].join("\n");
}

function renderBlock(block: Block): string {
  switch (block.type) {
    case "paragraph":
      return block.origin === "user"
        ? balanceFences(renderInlines(block.inlines, "block", true))
        : hardBreaks(renderInlines(block.inlines, "block"));
    case "note":
      return renderInlines(block.inlines, "block")
        .split("\n")
        .map((line) => `> ${line}`)
        .join("\n>\n");
    case "fields":
      return renderFields(block.fields);
    case "list":
      return block.items
        .map((item, i) => {
          const marker = block.ordered ? `${i + 1}. ` : "- ";
          return marker + indent(hardBreaks(renderInlines(item, "block")), " ".repeat(marker.length));
        })
        .join("\n");
    case "table":
      return renderTable(block);
    case "code": {
      const fence = codeFence(block.text);
      return `${fence}${block.language}\n${block.text}\n${fence}`;
    }
    case "subheading":
      return `### ${block.badge ? `${escapeMarkdown(block.badge.text)}: ` : ""}${escapeMarkdown(block.text)}`;
  }
}

/** One section as the full Markdown has it: its heading, then its blocks (forum mode copies sections one by one). */
export function renderSectionMarkdown(section: Pick<Section, "heading" | "blocks">): string {
  return [`## ${escapeMarkdown(section.heading)}`, ...section.blocks.map(renderBlock)].join("\n\n");
}

/** Blocks without a section heading (an evidence item on its own, which starts with its sub-heading). */
export const renderBlocksMarkdown = (blocks: Block[]): string => blocks.map(renderBlock).join("\n\n");

export function renderMarkdown(doc: TicketDocument): string {
  return renderMarkdownParts(doc).join("");
}

/**
 * The Markdown as consecutive parts (joined, they are renderMarkdown's string): each code block's text — an evidence
 * item, up to 8 MB — is a part of its own, the very string the document holds, never copied into one big string.
 * The export leak-checks and encodes these parts one by one (see app/export/markdown-bytes.ts).
 */
export function renderMarkdownParts(doc: TicketDocument): string[] {
  const parts: string[] = [`# ${escapeMarkdown(doc.title)}`];
  const push = (...more: string[]) => {
    for (const part of more) if (part) parts.push(part);
  };
  push("\n\n", doc.facts.map((f) => `**${escapeMarkdown(f.label)}:** ${renderInlines(f.value, "block")}`).join(" · "));
  for (const section of doc.sections) {
    push("\n\n", `## ${escapeMarkdown(section.heading)}`);
    for (const block of section.blocks) {
      if (block.type === "code") {
        const fence = codeFence(block.text);
        push("\n\n", `${fence}${block.language}\n`, block.text, `\n${fence}`);
      } else push("\n\n", renderBlock(block));
    }
  }
  // Exactly one newline at the end.
  while (parts.length > 0) {
    const last = parts[parts.length - 1];
    let end = last.length;
    while (end > 0 && last.charCodeAt(end - 1) === 10) end--;
    if (end > 0) {
      parts[parts.length - 1] = last.slice(0, end);
      break;
    }
    parts.pop();
  }
  parts.push("\n");
  return parts;
}
