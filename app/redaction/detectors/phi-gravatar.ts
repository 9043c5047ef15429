// A Gravatar (or Libravatar) image URL names its person: the path is the hash of their e-mail address, which any
// gravatar lookup turns back into the person (and which is the same for them on every site). Chat exports carry one
// per message (Slack's `user_profile.image_72`). The hash goes; the host, the size and the fallback image stay.
import { each, type PhiSpan } from "./phi-span";

/** The avatar path's hash: MD5 (32 hex digits) or SHA-256 (64), JSON's escaped slashes allowed; or, in the old form,
 *  the `gravatar_id` parameter of `avatar.php`. */
const AVATAR =
  /(?:gravatar\.com|libravatar\.org)\\?\/avatar(?:\\?\/|\.php\?(?:[\w%.-]{1,40}=[\w%.-]{0,80}&(?:amp;)?){0,4}gravatar_id=)([0-9a-fA-F]{64}|[0-9a-fA-F]{32})(?![0-9a-fA-F])/g;

export const gravatarCue = (text: string) => text.includes("avatar");

export function findGravatarHashes(text: string, out: PhiSpan[]) {
  each(AVATAR, text, (m) => {
    const end = m.index + m[0].length;
    out.push({ start: end - m[1].length, end, type: "email" });
  });
}

/** The avatar hashes of `text` (a JSON value, which the free-text detectors do not read). */
export function gravatarHashes(text: string): PhiSpan[] {
  const spans: PhiSpan[] = [];
  findGravatarHashes(text, spans);
  return spans;
}
