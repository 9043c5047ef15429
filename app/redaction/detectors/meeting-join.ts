// The join details of a meeting invitation pasted into notes (Zoom, Teams, Webex): whoever holds them can join. The
// passcode on its own labelled line (`Passcode: 730164`, `Meeting password: TkGp59` — digits alone too, the label says
// what they are), the meeting ID and passcode of a one-tap dial string (`+12532050468,,84317702519#,,,,*730164#`,
// `+1 323-555-0142,,583764293#`), and the meeting ID in a join link's path (`zoom.us/j/84317702519`). The dial-in
// number itself is left to the phone detector; `pwd=` to the URL reader. One regular-expression pass per shape, each
// anchored on a fixed label or on the `,,` of a dial string and bounded.
import type { ItemContext } from "../context";

/**
 * A passcode or meeting password alone on its labelled line: one token of 4 to 32 letters and digits, after a colon,
 * or after a space when it holds a digit ("Passcode 918273"; "Password reset" is no passcode). Zoom's localised labels
 * (Kenncode, Mot de passe, Código de acceso) too.
 */
const PASSCODE_LINE =
  /^([ \t]*(?:meeting[ \t]+)?(?:passcode|password|pass[ \t]?code|pin|numeric[ \t]+passcode|kenncode|mot de passe|c[oó]digo de acceso)(?:[ \t]*:[ \t]*|[ \t]+(?=[A-Za-z]{0,31}\d)))([A-Za-z0-9]{4,32})([ \t]*)$/gim;
/** A one-tap dial string: the meeting ID after `,,`, and perhaps the passcode after `#,,,,*` (or `#,,*`). */
const DIAL_STRING = /,,(\d{6,13})#(?:(,{1,6}\*)(\d{4,12})#)?/g;
/** A join link's meeting ID: `/j/<digits>` on a Zoom host. */
const ZOOM_JOIN = /(\bzoom(?:gov)?\.us\/(?:j|w|s|wc\/join)\/)(\d{9,13})\b/gi;

/** A personal meeting room's link: `zoom.us/my/<name>`, the name often the host's. */
const ZOOM_PERSONAL = /(\bzoom(?:gov)?\.us\/my\/)([A-Za-z0-9._-]{1,64})/gi;

/** Does `text` hold one of the shapes (a cheap test before the regular expressions)? */
const mayHold = (text: string) =>
  text.includes(",,") || /pass\s?code|password|\bpin\b|zoom|kenncode|mot de passe|c[oó]digo de acceso/i.test(text);

export function redactMeetingJoinDetails(text: string, ctx: ItemContext): string {
  if (!mayHold(text)) return text;
  let out = text.replace(
    PASSCODE_LINE,
    (_m, label: string, value: string, trail: string) => label + ctx.secret(value, "passcode") + trail,
  );
  out = out.replace(
    DIAL_STRING,
    (_m, id: string, stars: string | undefined, code: string | undefined) =>
      ",," + ctx.secret(id, "meeting_id") + "#" + (code ? stars + ctx.secret(code, "passcode") + "#" : ""),
  );
  out = out.replace(ZOOM_JOIN, (_m, path: string, id: string) => path + ctx.secret(id, "meeting_id"));
  return out.replace(ZOOM_PERSONAL, (_m, path: string, room: string) => path + ctx.secret(room, "meeting_id"));
}
