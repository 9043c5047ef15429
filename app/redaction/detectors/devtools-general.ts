// DevTools' General block, as the Headers tab copies it: "Request URL:", "Request Method:", "Status Code:", "Remote
// Address:", "Referrer Policy:" lines, perhaps quoted ("> > ") or in a comment (" * "). Its Remote Address is the
// server the browser reached, a fact of the request; the same label anywhere else (an access log, a sentence) is a
// client's, a person's, address. One scan for the block's other labels; each address is then judged in constant time.
import { firstNotBefore } from "../sorted-search";

/** Whatever quotes or comments a copied line (blanks, `>`, `*`, `/`, `#`, `|`, `-`). */
const PREFIX = "(?:^|\\n)[ \\t>*/#|-]*";
const BLOCK_LABEL = new RegExp(`${PREFIX}(?:Request URL|Request Method|Status Code|Referrer Policy):`, "g");
/** The label right before an address, on its own line, as DevTools writes it (its casing, an IPv6 in brackets). */
const REMOTE_LABEL = new RegExp(`${PREFIX}Remote Address:[ \\t]*\\[?$`);
/** How far (characters) a General block's other labels stand from its Remote Address, at most. */
const NEAR = 400;

/** A test for an address starting at an index: whether it is a General block's Remote Address. Indexes asked in
 *  any order; each answer looks at the 40 characters before the address and at the labels' sorted positions. */
export function generalBlockRemote(text: string): (index: number) => boolean {
  const labels: number[] = [];
  if (text.includes("Remote Address:")) for (const m of text.matchAll(BLOCK_LABEL)) labels.push(m.index);
  return (index) => {
    if (!labels.length || !REMOTE_LABEL.test(text.slice(Math.max(0, index - 40), index))) return false;
    // The first label at or after index - NEAR (binary search): a block's label within NEAR on either side.
    const lo = firstNotBefore(labels.length, (i) => labels[i] < index - NEAR);
    return lo < labels.length && labels[lo] <= index + NEAR;
  };
}
