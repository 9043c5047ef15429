// The span a free-text PHI detector reports, and the small helpers the detectors share.

export interface PhiSpan {
  start: number;
  end: number;
  /** name, street_address, postal_code, phone, email, ssn, ip_address, date, mrn, id_number, credit_card, iban, narrative */
  type: string;
}

export function each(re: RegExp, text: string, fn: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    fn(m);
    if (m[0].length === 0) re.lastIndex++;
  }
}

/** Lower-case text in the `width` characters before `index`. */
export const before = (text: string, index: number, width: number) =>
  text.slice(Math.max(0, index - width), index).toLowerCase();

export const digitsOf = (s: string) => s.replace(/\D/g, "");

export function luhn(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/** The start of the line holding `at`, looked for at most `max` characters back; -1 when the line is longer. */
export function lineStartWithin(text: string, at: number, max: number): number {
  for (let i = at - 1; i >= 0 && i >= at - max; i--) if (text[i] === "\n") return i + 1;
  return at <= max ? 0 : -1;
}
