// Attendee lists of meeting notes and minutes: the list items under a heading or label that says who was there
// (`## Attendees`, `### Attendees:`, `**Participants**`, `Present:`), one person an item, as open-source weekly notes,
// working-group minutes and stand-up notes write them. The items are found here, by lines; the name detector
// (phi-names.ts) takes the capitalised words an item starts with as a person's name. One pass over the lines.
/** A heading or label naming who attended, alone on its line: Markdown heading marks and bold allowed around it. */
export const ATTENDEE_HEADING =
  /^[ \t]{0,3}(?:#{1,6}[ \t]+)?(?:\*\*|__)?(?:attendees|attendance|participants|present|in attendance|people present|who attended)(?:\*\*|__)?[ \t]*:?[ \t]*(?:\*\*|__)?[ \t]*$/i;
/** What every ATTENDEE_HEADING holds, in any case. */
export const HEADING_WORD = /attend|participants|present/i;
/** A list item's marker at the start of its line: "* ", "- ", "• ", "1. ", "2) ". */
const ITEM_MARKER = /^[ \t]{0,8}(?:\d{1,3}[.)]|[*•-])[ \t]+/;

/** An item of an attendee list: the offsets of its text after the marker, up to its line's end. */
export interface AttendeeItem {
  start: number;
  end: number;
}

/**
 * The items of the attendee lists in `text`, in text order. A list runs from its heading over item lines; a blank line
 * may stand between the heading and the first item, any other line (or a blank line after an item) ends it.
 */
export function attendeeItems(text: string): AttendeeItem[] {
  const items: AttendeeItem[] = [];
  // Every heading holds one of these words: a text without any has no list, and its lines are not read one by one.
  if (!HEADING_WORD.test(text)) return items;
  let inList = false;
  let seenItem = false;
  for (let start = 0; start < text.length;) {
    const nl = text.indexOf("\n", start);
    const lineEnd = nl < 0 ? text.length : nl;
    const content = text.slice(start, text.charCodeAt(lineEnd - 1) === 0x0d ? lineEnd - 1 : lineEnd);
    const lineStart = start;
    start = lineEnd + 1;
    if (ATTENDEE_HEADING.test(content)) {
      inList = true;
      seenItem = false;
      continue;
    }
    if (!inList) continue;
    if (!content.trim()) {
      if (seenItem) inList = false;
      continue;
    }
    const marker = ITEM_MARKER.exec(content);
    if (!marker) {
      inList = false;
      continue;
    }
    seenItem = true;
    items.push({ start: lineStart + marker[0].length, end: lineStart + content.length });
  }
  return items;
}
