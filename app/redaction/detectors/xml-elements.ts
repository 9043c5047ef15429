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

/** One run of siblings as it is read: whether one holds a secret, and the leaves that may be its login (few). */
interface Run {
  holder: string | undefined;
  size: number;
  secret: boolean;
  logins: Leaf[];
}

export function redactXmlSecrets(text: string, ctx: ItemContext): string {
  if (!text.includes("</")) return text;
  // Only the leaves whose value goes are kept (most texts' elements are <b>, <p>, …): an edit each, in text order
  // but for a login, known only once its run ends.
  const edits: { leaf: Leaf; to: string }[] = [];
  const flush = (run: Run) => {
    const paired = run.secret && run.size >= 2;
    for (const leaf of run.logins) {
      const v = leaf.value.trim();
      const named = paired ? null : secretKey(leaf.local);
      if (paired) edits.push({ leaf, to: ctx.secret(v, "login_id") });
      else if (named && labelNamesSecret(leaf.local, named, v)) edits.push({ leaf, to: ctx.secret(v, named.type) });
    }
  };
  let run: Run = { holder: undefined, size: 0, secret: false, logins: [] };
  let prevEnd = 0;
  ELEMENT.lastIndex = 0;
  for (let m = ELEMENT.exec(text); m !== null; m = ELEMENT.exec(text)) {
    const leaf = { index: m.index, whole: m[0], local: m[2], value: m[3] };
    if (!run.size || !BLANKS.test(text.slice(prevEnd, m.index))) {
      flush(run);
      // Only the gap's tail is read: a start tag is at most a few hundred characters.
      const tail = text.slice(Math.max(prevEnd, m.index - 600), m.index);
      run = { holder: HOLDER_TAG.exec(tail)?.[1], size: 0, secret: false, logins: [] };
    }
    run.size++;
    prevEnd = m.index + m[0].length;
    const v = leaf.value.trim();
    if (!v) continue;
    if (holdsSecret(leaf)) run.secret = true;
    if (
      run.holder !== undefined &&
      run.logins.length < 8 &&
      isCredentialPairLogin(leaf.local.toLowerCase(), run.holder, () => true)
    ) {
      run.logins.push(leaf);
      continue;
    }
    const named = secretKey(leaf.local);
    if (named && labelNamesSecret(leaf.local, named, v)) edits.push({ leaf, to: ctx.secret(v, named.type) });
  }
  flush(run);
  if (!edits.length) return text;
  edits.sort((a, b) => a.leaf.index - b.leaf.index);
  let out = "";
  let pos = 0;
  for (const { leaf, to } of edits) {
    const v = leaf.value.trim();
    out +=
      text.slice(pos, leaf.index) + replaceOnce(leaf.whole, `>${leaf.value}<`, `>${replaceOnce(leaf.value, v, to)}<`);
    pos = leaf.index + leaf.whole.length;
  }
  return out + text.slice(pos);
}
