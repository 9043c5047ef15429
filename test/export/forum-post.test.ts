// Forum mode's parts and post: what a user who leaves sections or evidence items out gets to paste.
import { describe, expect, it } from "vitest";
import { forumParts, forumPost } from "~/export/forum-post";
import { prepareExport } from "~/export/prepare-export";
import { renderMarkdown } from "~/document/markdown";
import { seedTicket } from "../document/helpers";

const prepared = () => {
  const { document } = prepareExport(seedTicket());
  return { document, parts: forumParts(document) };
};
const count = (text: string, needle: string) => text.split(needle).length - 1;

describe("forum post", () => {
  it("with every part chosen, holds every section of the Markdown export once, in its order", () => {
    const { document, parts } = prepared();
    const post = forumPost(document, parts, new Set(parts.map((p) => p.id)));
    const headings = renderMarkdown(document)
      .split("\n")
      .filter((l) => /^##? /.test(l));
    expect(post.split("\n").filter((l) => /^##? /.test(l))).toEqual(headings);
  });

  it("keeps the evidence heading when the first evidence item is left out", () => {
    const { document, parts } = prepared();
    const evidence = parts.filter((p) => p.id.startsWith("evidence:"));
    expect(evidence.length).toBe(3);
    const chosen = new Set(parts.map((p) => p.id).filter((id) => id !== evidence[0].id));
    const post = forumPost(document, parts, chosen);
    expect(count(post, "## Evidence (redacted)")).toBe(1);
    expect(post.indexOf("## Evidence (redacted)")).toBeLessThan(post.indexOf("### Evidence 2: Token response"));
    expect(post).not.toContain("### Evidence 1:");
  });

  it("drops the evidence heading when no evidence item is chosen, and copies one item with its heading", () => {
    const { document, parts } = prepared();
    const chosen = new Set(parts.map((p) => p.id).filter((id) => !id.startsWith("evidence:")));
    expect(forumPost(document, parts, chosen)).not.toContain("## Evidence (redacted)");
    const second = parts.filter((p) => p.id.startsWith("evidence:"))[1];
    expect(second.markdown.startsWith("## Evidence (redacted)")).toBe(true);
  });
});
