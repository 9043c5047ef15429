// XML elements whose name names a secret: `<client_secret>…</client_secret>`, `<ns:Password>…</ns:Password>`, and a
// property list's value whose `<key>` names one (`<key>clientSecret</key><string>…</string>`). The element's text
// goes; attributes and other elements stay. A credential pair's login goes with it: Authorize.Net's
// `<merchantAuthentication><name>…</name><transactionKey>…</transactionKey>` holds the API login beside its key, the
// same pair the JSON reader reads as `merchantAuthentication: {name, transactionKey}`. Siblings are the children of one
// open element, tracked by depth, so a comment, an empty or a nested element between them does not part them, and a
// CDATA section is a leaf's text. The text is read once: each tag is bounded, an end tag is matched against the few
// innermost open elements only, and a comment or CDATA section left open ends the search for more.
import type { ItemContext } from "../context";
import { credentialPairValueIsLogin, isClientSecretKey, isCredentialPairLoginKey } from "../role-name-keys";
import { labelNamesSecret, secretKey } from "./secret-keys";

/** A tag, a comment's or a CDATA section's start: `</` or `<`, the qualified name, attributes, `/>` or `>`. */
const TAG =
  /<(?:(!--)|(!\[CDATA\[)|(\/?)((?:[A-Za-z_][\w.-]{0,40}:)?([A-Za-z_][\w.-]{0,80}))(?:\s[^<>]{0,400})?(\/?)>)/g;
const MAX_VALUE = 8192;
/** How many open elements an end tag may close at once (the ones it skips were left open: `<br>`, `<p>`). */
const MAX_CLOSE_DEPTH = 16;

interface Leaf {
  local: string;
  /** The trimmed value's place in the text. */
  start: number;
  end: number;
  value: string;
}

/** Whether a leaf holds a secret's value (a client secret excepted: it pairs with the client's id, not a login). */
const holdsSecret = (leaf: Leaf): boolean => {
  const named = secretKey(leaf.local);
  return !!named && !isClientSecretKey(leaf.local) && labelNamesSecret(leaf.local, named, leaf.value);
};

/** An open element: its children as they are read — how many, whether one holds a secret, the leaves that may be its
 *  login (a login is known only once the element closes). */
interface Frame {
  qname: string;
  local: string;
  /** Where its content starts, and where a CDATA section in it holds its text. */
  contentStart: number;
  cdata: { start: number; end: number } | null;
  /** Whether it holds an element or a comment: then it is no leaf. */
  mixed: boolean;
  children: number;
  secret: boolean;
  logins: Leaf[];
  /** A property list's last `<key>` child: its text names the child right after it (`<key>clientSecret</key>` then
   *  `<string>…</string>`), the child whose number is `child` + 1. */
  plistKey?: { name: string; child: number };
}

/** The elements a property list holds a key's value in as text. */
const PLIST_VALUES = new Set(["string", "data"]);

export function redactXmlSecrets(text: string, ctx: ItemContext): string {
  if (!text.includes("</")) return text;
  // Only the leaves whose value goes are kept (most texts' elements are <b>, <p>, …).
  const edits: { leaf: Leaf; to: string }[] = [];
  const flush = (f: Frame) => {
    const paired = f.secret && f.children >= 2;
    for (const leaf of f.logins) {
      const named = paired ? null : secretKey(leaf.local);
      if (paired) edits.push({ leaf, to: ctx.secret(leaf.value, "login_id") });
      else if (named && labelNamesSecret(leaf.local, named, leaf.value))
        edits.push({ leaf, to: ctx.secret(leaf.value, named.type) });
    }
  };
  /** A closed leaf, read as a child of `parent` (or of nothing, at the top). */
  const readLeaf = (leaf: Leaf, parent: Frame | undefined) => {
    if (parent && leaf.local === "key") {
      parent.plistKey = { name: leaf.value, child: parent.children };
      return;
    }
    const plistKey = parent?.plistKey;
    if (plistKey && plistKey.child + 1 === parent.children && PLIST_VALUES.has(leaf.local)) {
      const named = secretKey(plistKey.name);
      if (named && labelNamesSecret(plistKey.name, named, leaf.value))
        edits.push({ leaf, to: ctx.secret(leaf.value, named.type) });
      return;
    }
    if (holdsSecret(leaf) && parent) parent.secret = true;
    if (parent && isCredentialPairLoginKey(leaf.local.toLowerCase(), parent.local)) {
      if (credentialPairValueIsLogin(leaf.value)) parent.logins.push(leaf);
      return;
    }
    const named = secretKey(leaf.local);
    if (named && labelNamesSecret(leaf.local, named, leaf.value))
      edits.push({ leaf, to: ctx.secret(leaf.value, named.type) });
  };
  const stack: Frame[] = [];
  let open = { comment: true, cdata: true };
  TAG.lastIndex = 0;
  for (let m = TAG.exec(text); m !== null; m = TAG.exec(text)) {
    const top = stack[stack.length - 1];
    if (m[1] || m[2]) {
      // A comment or a CDATA section: skipped to its end; one left open ends the search for its kind.
      const close = m[1] ? "-->" : "]]>";
      const end = open[m[1] ? "comment" : "cdata"] ? text.indexOf(close, TAG.lastIndex) : -1;
      if (end < 0) {
        open = { ...open, [m[1] ? "comment" : "cdata"]: false };
        continue;
      }
      if (top) {
        if (m[2] && !top.cdata && !top.mixed && !text.slice(top.contentStart, m.index).trim())
          top.cdata = { start: TAG.lastIndex, end };
        else top.mixed = true;
      }
      TAG.lastIndex = end + close.length;
      continue;
    }
    const [, , , slash, qname, local, selfClosing] = m;
    if (!slash) {
      if (top) {
        top.mixed = true;
        top.children++;
      }
      if (!selfClosing)
        stack.push({
          qname,
          local,
          contentStart: TAG.lastIndex,
          cdata: null,
          mixed: false,
          children: 0,
          secret: false,
          logins: [],
        });
      continue;
    }
    let depth = stack.length - 1;
    while (depth >= 0 && stack.length - depth <= MAX_CLOSE_DEPTH && stack[depth].qname !== qname) depth--;
    if (depth < 0 || stack.length - depth > MAX_CLOSE_DEPTH) continue;
    // The elements it skips were left open: their children are read as they stand.
    while (stack.length > depth + 1) flush(stack.pop()!);
    const f = stack.pop()!;
    if (f.mixed) {
      flush(f);
      continue;
    }
    const parent = stack[stack.length - 1];
    let start = f.cdata ? f.cdata.start : f.contentStart;
    let end = f.cdata ? f.cdata.end : m.index;
    if (f.cdata && text.slice(f.cdata.end + 3, m.index).trim()) continue;
    if (end - start > MAX_VALUE) continue;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (start === end) continue;
    readLeaf({ local, start, end, value: text.slice(start, end) }, parent);
  }
  while (stack.length) flush(stack.pop()!);
  if (!edits.length) return text;
  edits.sort((a, b) => a.leaf.start - b.leaf.start);
  let out = "";
  let pos = 0;
  for (const { leaf, to } of edits) {
    out += text.slice(pos, leaf.start) + to;
    pos = leaf.end;
  }
  return out + text.slice(pos);
}
