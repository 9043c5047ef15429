// A mail server's address where a mail log or a message's trace headers give it beside the server's name: postfix's
// and sendmail's delivery target (`relay=mx.example.org[192.0.2.1]:25`, `relay=imap.example.net [192.0.2.2]`), the
// server that answered (`host mx.example.org[192.0.2.1] said:`, `connect to mx.example.org[192.0.2.1]:25`), a
// next hop (`smtp:[192.0.2.1]:10025`), a `Received:` hop whose greeting names the same host its reverse lookup does
// (`from mx.example.org (mx.example.org. [192.0.2.1])`), and the sender that SPF checked (`designates 192.0.2.1 as
// permitted sender`, `rule=[ip4:192.0.2.1]`), and a hop's receiving server written as an address
// (`Received: by 192.0.2.3 with SMTP id …`). Such an address is a fact of the route, not a person's. A client known
// only as `unknown[…]`, a hop whose greeting is a bare address or another name (a person's own machine), `client=`,
// `client-ip=` and sendmail's `from=` line's `relay=` (the client that connected) are not these positions: their addresses go.

/** A host name: labels of letters, digits and `-` joined by dots, at least two labels, a trailing dot allowed. */
const HOST_NAME = /^[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}\.?$/;
/** What stands right before a named server's `name[address]`: the server that said or refused. */
const SERVER_KEY_BEFORE = /(?:\bhost[ \t]{1,4}|\bconnect to[ \t]{1,4})$/i;
/** A `relay=` names the server a message went to only on a delivery line (`to=<…>, relay=…`): on sendmail's `from=`
 *  line it is the client that connected, a person's own machine as often as not. */
const RELAY_BEFORE = /\brelay=$/i;
const DELIVERY_LINE = /\bto=/i;
/** An address written alone where only a server's stands: a next hop, the sender SPF checked, an SPF rule's. */
const BARE_SERVER_BEFORE = /(?:\bsmtp:\[|\bdesignates[ \t]{1,4}|\bip4:)$/i;
/** The receiving server of a `Received:` hop, written as an address (`Received: by 10.157.40.210 with SMTP id …`). */
const RECEIVED_BY_BEFORE = /^[ \t]*(?:X-)?Received:[ \t]{1,4}by[ \t]{1,4}$/i;
const RECEIVED_FROM_BEFORE = /\bfrom[ \t]{1,4}$/i;
/** How much of the line before the address is read. */
const REACH = 300;
const MAX_HOST = 253;

/** Whether the address at `at` stands where a mail log or trace header names a server's. */
export function isMailServerAddressAt(text: string, at: number): boolean {
  let before = text.slice(Math.max(0, at - REACH), at);
  const nl = before.lastIndexOf("\n");
  if (nl >= 0) before = before.slice(nl + 1);
  if (BARE_SERVER_BEFORE.test(before) || RECEIVED_BY_BEFORE.test(before)) return true;
  if (!before.endsWith("[")) return false;
  let k = before.length - 1;
  if (before[k - 1] === " ") k--;
  const host = hostBefore(before, k);
  if (!host) return false;
  const rest = before.slice(0, k - host.length);
  if (SERVER_KEY_BEFORE.test(rest)) return true;
  if (RELAY_BEFORE.test(rest)) return DELIVERY_LINE.test(rest);
  return greetedAs(rest, host) && !isPersonsHop(text, at, host);
}

/** How a hop says its client logged in to send (RFC 3848: ESMTPA, ESMTPSA, LMTPA…): a mail program, a person's. */
const AUTHENTICATED_WITH = /\bwith[ \t]{1,4}(?:UTF8)?(?:E?SMTP|LMTP)S?A\b/i;
/** A label of the name an access provider gives a home or mobile line (`c-73-22-1-5.hsd1…`, `pool-71-…`). */
const ACCESS_LINE_LABEL =
  /(?:^|[.-])(?:pool|dyn|dynamic|dhcp|dsl|adsl|vdsl|cable|hsd\d?|ppp|pppoe|broadband|cust|customer|home|res|residential|fios|mobile)(?=[.-]|\d|$)/i;

/**
 * Whether a self-named hop is still a person's machine: its client logged in to send (the receiving server says so,
 * `with ESMTPSA`, before the hop's `;`), or its name is an access line's that spells its own address.
 */
function isPersonsHop(text: string, at: number, host: string): boolean {
  const after = text.slice(at, at + REACH);
  const semi = after.indexOf(";");
  if (AUTHENTICATED_WITH.test(semi < 0 ? after : after.slice(0, semi))) return true;
  const address = /^[\d.]{7,15}/.exec(after)?.[0] ?? "";
  return ACCESS_LINE_LABEL.test(host) && host.includes(address.split(".").join("-"));
}

/** The host name that ends at before[k) (read back over its characters), or null. */
function hostBefore(before: string, k: number): string | null {
  let s = k;
  while (s > 0 && k - s < MAX_HOST && /[A-Za-z0-9.-]/.test(before[s - 1])) s--;
  const host = before.slice(s, k);
  return HOST_NAME.test(host) ? host : null;
}

/** `from <name> (<host>. [`: a `Received:` hop whose greeting name is the host its reverse lookup found. */
function greetedAs(rest: string, host: string): boolean {
  let k = rest.length;
  if (rest[k - 1] !== "(") return false;
  k--;
  while (k > 0 && rest[k - 1] === " ") k--;
  const greeting = hostBefore(rest, k);
  if (!greeting || !RECEIVED_FROM_BEFORE.test(rest.slice(0, k - greeting.length))) return false;
  return greeting.replace(/\.$/, "").toLowerCase() === host.replace(/\.$/, "").toLowerCase();
}
