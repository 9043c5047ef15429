// The white space at either end of a text (the same characters as `\s` and String.prototype.trim), found by the
// native trims: a `/\s*$/` search tries every position of the text and costs a pass per call.

export const leadingSpace = (text: string): string => text.slice(0, text.length - text.trimStart().length);
export const trailingSpace = (text: string): string => text.slice(text.trimEnd().length);
