// The cues of free-text PHI: one pass over a text records which characters occur that some detector cannot match
// without. A detector whose cue is absent is not run at all (its output would be empty), so a short value such as
// "active" or "final" costs one scan of its characters instead of eleven detectors.

/** Cue bits (see `phiCues`). */
export const CUE = {
  /** An ASCII digit: every detector of numbers (phones, SSNs, cards, IBANs, dates, IPv4, ids, postal codes). */
  digit: 1,
  /** "@": e-mail addresses. */
  at: 2,
  /** '"': JSON-keyed values and FHIR JSON logged in text. */
  quote: 4,
  /** ":": IPv6 addresses (which may hold no digit). */
  colon: 8,
  /** A-Z or any character outside ASCII: what a capitalised name, a street word or a speaker starts with. */
  capital: 16,
} as const;
const ALL = CUE.digit | CUE.at | CUE.quote | CUE.colon | CUE.capital;

/** The cue bits of `text`, in one pass that stops once every cue has been seen. */
export function phiCues(text: string): number {
  let cues = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) cues |= CUE.digit;
    else if (c >= 0x41 && c <= 0x5a) cues |= CUE.capital;
    else if (c >= 0x80) cues |= CUE.capital;
    else if (c === 0x40) cues |= CUE.at;
    else if (c === 0x22) cues |= CUE.quote;
    else if (c === 0x3a) cues |= CUE.colon;
    else continue;
    if (cues === ALL) break;
  }
  return cues;
}

/**
 * Without a capital letter, a name can only follow a label ("my name is eva kleist", "called", "née", "aka") and a
 * street only be "the corner of …": the literal words those need (the text is then all lower-case ASCII).
 */
export const lowerCaseNameCue = (text: string) =>
  text.includes("name") || text.includes("called") || text.includes("nee") || text.includes("aka");
export const lowerCaseAddressCue = (text: string) => text.includes("corner");
/** A login key written in lower case (`login:`, `uid=`, `user_id=`; `username` holds "name"). */
export const lowerCaseLoginCue = (text: string) =>
  text.includes("login") || text.includes("uid") || text.includes("user_id");
/** A home directory's root: /home/, a Windows or macOS profile in any case (also under WSL's /mnt/c/), a ~user path. */
export const homePathCue = (text: string) =>
  text.includes("/home/") ||
  text.includes("Users") ||
  text.includes("users") ||
  text.includes("USERS") ||
  text.includes("~");
