// Which evidence texts of a form are redaction output: the evidence step writes only redacted text into the form,
// and vouches for it here, so the wizard's autosave may keep those items in the browser draft (and nothing else).
const vouched = new WeakMap<object, Map<string, string>>();

export function vouchRedacted(formControl: object, items: ReadonlyArray<{ id?: string; text?: string }>): void {
  const texts = new Map<string, string>();
  for (const item of items) if (item.id && typeof item.text === "string") texts.set(item.id, item.text);
  vouched.set(formControl, texts);
}

export const isVouchedRedacted = (formControl: object, item: { id?: unknown; text?: unknown }): boolean =>
  typeof item.id === "string" && vouched.get(formControl)?.get(item.id) === item.text;
