// Forum mode: the exported Markdown cut into the parts a forum post is assembled from — the template's sections in
// its order, then what this tool adds, with each evidence item a part of its own — so a user can leave out what
// does not fit and copy part by part. Pure; the document comes from the export's preparation (already redacted, and
// the caller has passed the leak check on the whole), and a subset of it says nothing the whole did not.
import { escapeMarkdown, renderBlocksMarkdown, renderSectionMarkdown } from "~/document/markdown";
import type { Block, TicketDocument } from "~/document/model";

/**
 * The longest post this tool lets you paste in one piece. The forum does not publish its limit; very long posts
 * (a whole HAR) are refused, so we keep well under the sizes such forums accept.
 */
export const FORUM_POST_LIMIT = 30_000;

export interface ForumPart {
  /** `section:workflow`, `evidence:evidence-2` */
  id: string;
  heading: string;
  /** The part as copied on its own: for an evidence item, its section's heading and intro, then the item. */
  markdown: string;
  /** The part without its section's heading: what follows that heading in a post with several items. */
  body: string;
  /** The section heading and intro an evidence item shares with the other items (once per post). */
  lead?: string;
  /** The forum's own template question (always in a post) or an addition of this tool. */
  origin: "template" | "addition";
}

/** The evidence section cut before each sub-heading; the section's heading and intro lead whichever items are chosen. */
function evidenceParts(heading: string, blocks: Block[]): ForumPart[] {
  const starts = blocks.flatMap((b, i) => (b.type === "subheading" ? [i] : []));
  const lead = renderSectionMarkdown({ heading, blocks: blocks.slice(0, starts[0]) });
  return starts.map((start, n) => {
    const body = renderBlocksMarkdown(blocks.slice(start, starts[n + 1] ?? blocks.length));
    const sub = blocks[start] as Extract<Block, { type: "subheading" }>;
    return {
      id: `evidence:${sub.id}`,
      heading: sub.text,
      markdown: `${lead}\n\n${body}`,
      body,
      lead,
      origin: "addition",
    };
  });
}

export function forumParts(doc: TicketDocument): ForumPart[] {
  return doc.sections.flatMap((section) =>
    section.id === "evidence" && section.blocks.some((b) => b.type === "subheading")
      ? evidenceParts(section.heading, section.blocks)
      : [sectionPart(section.id, section.heading, renderSectionMarkdown(section), section.origin)],
  );
}

const sectionPart = (id: string, heading: string, markdown: string, origin: ForumPart["origin"]): ForumPart => ({
  id: `section:${id}`,
  heading,
  markdown,
  body: markdown,
  origin,
});

/** The post made of the chosen parts, in the template's order; a shared section heading comes once, before its first item. */
export function forumPost(doc: TicketDocument, parts: ForumPart[], chosen: ReadonlySet<string>): string {
  const led = new Set<string>();
  const pieces = parts
    .filter((p) => chosen.has(p.id))
    .map((p) => {
      if (p.lead === undefined || led.has(p.lead)) return p.body;
      led.add(p.lead);
      return p.markdown;
    });
  return [`# ${escapeMarkdown(doc.title)}`, ...pieces].join("\n\n") + "\n";
}
