import { describe, expect, it } from "vitest";
import { replaceElementBodies } from "~/redaction/element-bodies";

const upper = () => (body: string) => body.toUpperCase();
const ITEM = { start: /<(?:\w{1,9}:)?Item>/g, end: /<\/(?:\w{1,9}:)?Item>/g };
/** A body that also ends at the next element's start tag (one never closed). */
const OR_NEXT = { ...ITEM, end: /<\/?(?:\w{1,9}:)?Item>/g };

describe("replaceElementBodies", () => {
  it("rewrites each body up to its end tag, whatever the prefix, and leaves the rest", () => {
    expect(replaceElementBodies("a<Item>x</Item>b<p:Item>y</q:Item>c", ITEM, upper)).toBe(
      "a<Item>X</Item>b<p:Item>Y</q:Item>c",
    );
  });

  it("passes over a start tag the reader declines", () => {
    const text = "<Item>skip</Item><Item>take</Item>";
    let seen = 0;
    const out = replaceElementBodies(text, ITEM, () => (seen++ === 0 ? undefined : upper()));
    expect(out).toBe("<Item>skip</Item><Item>TAKE</Item>");
  });

  it("passes over a self-closing start tag itself: its body is not the next element's", () => {
    const shape = { start: /<(?:\w{1,9}:)?Item(?:\s[^<>]{0,99})?>/g, end: ITEM.end };
    expect(replaceElementBodies('<Item a="1"/><Item b="2" /><p:Item>x</p:Item>', shape, upper)).toBe(
      '<Item a="1"/><Item b="2" /><p:Item>X</p:Item>',
    );
  });

  it("runs a body never closed to the text's end, or to the next start tag when the end pattern names it", () => {
    expect(replaceElementBodies("<Item>cut off", ITEM, upper)).toBe("<Item>CUT OFF");
    expect(replaceElementBodies("<Item>one<b:Item>two</Item>", OR_NEXT, upper)).toBe("<Item>ONE<b:Item>TWO</Item>");
  });

  it("finishes on 1 MB of start tags never closed", () => {
    const text = "<p:Item>v ".repeat(100_000);
    expect(replaceElementBodies(text, OR_NEXT, upper)).toHaveLength(text.length);
    expect(replaceElementBodies(text, ITEM, upper)).toHaveLength(text.length);
  });
});
