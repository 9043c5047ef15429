// XML elements whose name names a secret: `<client_secret>…</client_secret>`, `<ns:Password>…</ns:Password>`. The
// element's text goes; attributes and other elements stay. A credential pair's login goes with it: Authorize.Net's
// `<merchantAuthentication><name>…</name><transactionKey>…</transactionKey>` holds the API login beside its key, the
// same pair the JSON reader reads as `merchantAuthentication: {name, transactionKey}`. Siblings are the leaf elements
// with only blanks between them; their holder is the start tag just before the first. Each match is bounded and the
// text is read once, so the scan is linear.
import type { ItemContext } from "../context";
import { isClientSecretKey, isCredentialPairLogin } from "../role-name-keys";
import { replaceOnce } from "../forward-search";
import { labelNamesSecret, secretKey } from "./secret-keys";

const ELEMENT = /<((?:[A-Za-z_][\w.-]{0,40}:)?([A-Za-z_][\w.-]{0,80}))(?:\s[^<>]{0,400})?>([^<]{1,8192})<\/\1>/g;
/** A start tag ending the text before a run of siblings (blanks after it): the holder's local name. */
const HOLDER_TAG = /<(?:[A-Za-z_][\w.-]{0,40}:)?([A-Za-z_][\w.-]{0,80})(?:\s[^<>]{0,400})?>\s*$/;
const BLANKS = /^\s*$/;

interface Leaf {
  index: number;
  whole: string;
  local: string;
  value: string;
}

/** Whether a leaf holds a secret's value (a client secret excepted: it pairs with the client's id, not a login). */
const holdsSecret = (leaf: Leaf): boolean => {
  const named = secretKey(leaf.local);
  const v = leaf.value.trim();
  return !!named && !!v && !isClientSecretKey(leaf.local) && labelNamesSecret(leaf.local, named, v);
};

/** The leaves of a run that are the login half of a credential pair held under `holder`. */
function pairLogins(run: Leaf[], holder: string | undefined): Set<Leaf> {
  const logins = new Set<Leaf>();
  if (holder === undefined || run.length < 2) return logins;
  for (const leaf of run)
    if (isCredentialPairLogin(leaf.local.toLowerCase(), holder, () => run.some(holdsSecret))) logins.add(leaf);
  return logins;
}

export function redactXmlSecrets(text: string, ctx: ItemContext): string {
  if (!text.includes("</")) return text;
  const leaves: Leaf[] = [];
  const logins = new Set<Leaf>();
  let run: Leaf[] = [];
  let holder: string | undefined;
  let prevEnd = 0;
  ELEMENT.lastIndex = 0;
  for (let m = ELEMENT.exec(text); m !== null; m = ELEMENT.exec(text)) {
    const leaf = { index: m.index, whole: m[0], local: m[2], value: m[3] };
    const gap = text.slice(prevEnd, m.index);
    if (!run.length || !BLANKS.test(gap)) {
      for (const l of pairLogins(run, holder)) logins.add(l);
      run = [];
      // Only the gap's tail is read: a start tag is at most a few hundred characters.
      holder = HOLDER_TAG.exec(gap.length > 600 ? gap.slice(-600) : gap)?.[1];
    }
    run.push(leaf);
    leaves.push(leaf);
    prevEnd = m.index + m[0].length;
  }
  for (const l of pairLogins(run, holder)) logins.add(l);
  // A new text is built only when an element's value goes (most texts' elements are <b>, <p>, …).
  let out = "";
  let pos = 0;
  for (const leaf of leaves) {
    const v = leaf.value.trim();
    if (!v) continue;
    let to: string | undefined;
    if (logins.has(leaf)) to = ctx.secret(v, "login_id");
    else {
      const named = secretKey(leaf.local);
      if (named && labelNamesSecret(leaf.local, named, v)) to = ctx.secret(v, named.type);
    }
    if (to === undefined) continue;
    out +=
      text.slice(pos, leaf.index) + replaceOnce(leaf.whole, `>${leaf.value}<`, `>${replaceOnce(leaf.value, v, to)}<`);
    pos = leaf.index + leaf.whole.length;
  }
  return pos === 0 ? text : out + text.slice(pos);
}
