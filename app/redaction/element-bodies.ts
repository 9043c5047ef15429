// Readers of XML elements (a SAML attribute, a WS-Security UsernameToken, an ebRIM slot) each walk the text the same
// way: find a start tag, find where its body ends from there, rewrite what stands between. What ends a body is the
// reader's `end` pattern: the element's end tag, and whatever else closes it (the next element's start tag, when one
// was never closed: a paste cut off, another prefix). The ends are searched forward only (see forward-search.ts), so
// start tags never closed, under any number of prefixes, cost no second search: linear in the text, whatever the
// reader does with each body.
import { forwardSearch } from "./forward-search";

export interface ElementShape {
  /** The element's start tag (global). */
  start: RegExp;
  /** What ends a body (global): its end tag, and whatever else closes it (the next element's start tag). */
  end: RegExp;
}

/** Whether a start tag closes itself (`<x:Slot name="a"/>`, `<Item />`): it has no body, and what follows is the next
 *  element's, not its own. */
const closesItself = (tag: string) => tag.slice(0, -1).trimEnd().endsWith("/");

/** `text` with the body of each element `shape.start` finds replaced by what `rewrite(startTag)` makes of it; a start
 *  tag that closes itself, or for which `rewrite` gives nothing, is passed over. A body runs to its end (or the text's
 *  end, cut off). */
export function replaceElementBodies(
  text: string,
  shape: ElementShape,
  rewrite: (startTag: RegExpExecArray) => ((body: string) => string) | undefined,
): string {
  const { start } = shape;
  const closeAt = forwardSearch(text, shape.end);
  let out = "";
  let pos = 0;
  start.lastIndex = 0;
  for (let m = start.exec(text); m; m = start.exec(text)) {
    if (closesItself(m[0])) continue;
    const replace = rewrite(m);
    if (!replace) continue;
    const bodyStart = m.index + m[0].length;
    const close = closeAt(bodyStart);
    const end = close < 0 ? text.length : close;
    out += text.slice(pos, bodyStart) + replace(text.slice(bodyStart, end));
    pos = end;
    start.lastIndex = end;
  }
  return pos === 0 ? text : out + text.slice(pos);
}
