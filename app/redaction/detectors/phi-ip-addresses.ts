// IPv4 and IPv6 addresses in free text (versions and clock times are not addresses).
import { each, type PhiSpan } from "./phi-span";
import { generalBlockRemote } from "./devtools-general";

const OCTET = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
const IPV4 = new RegExp(`(?<![\\w./:-])${OCTET}(?:\\.${OCTET}){3}(?![\\w/-]|\\.\\d)`, "g");
const IPV6 =
  /(?<![\w:.-])(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}(?![\w:])|(?<![\w:.-])(?:[0-9a-fA-F]{1,4}:){1,6}:(?:[0-9a-fA-F]{1,4}:){0,5}[0-9a-fA-F]{1,4}(?![\w:])/g;

const IPV6_NEEDS = /[0-9a-fA-F]:[0-9a-fA-F]{1,4}:[0-9a-fA-F]{1,4}:[0-9a-fA-F]/;

export function findIpAddresses(text: string, out: PhiSpan[]) {
  const isServersAddress = generalBlockRemote(text);
  each(IPV4, text, (m) => {
    // "version 1.2.3.4", "Semantic-Kernel-Version: 1.13.0.0", "version": "1.2.3.4" and "Chrome/120.0.0.0" are
    // versions, not addresses; `dev: 10.1.2.3`, `srv: …` (a word that merely ends in v) are addresses.
    if (/(?:version|\bver|\bv)["']?[ \t]?[:=]?[ \t]?["']?$/i.test(text.slice(Math.max(0, m.index - 14), m.index)))
      return;
    // A loopback or unspecified address (a proxy's own, a server bound to all interfaces) is nobody's.
    if (m[0].startsWith("127.") || m[0] === "0.0.0.0") return;
    // DevTools' General block: the "Remote Address" is the server the browser connected to, a fact of the request.
    if (isServersAddress(m.index)) return;
    if (namesAServer(text, m.index)) return;
    out.push({ start: m.index, end: m.index + m[0].length, type: "ip_address" });
  });
  // Every IPv6 address holds "::" or three colons between hex digits (a clock time holds two): else no pass.
  if (!text.includes("::") && !IPV6_NEEDS.test(text)) return;
  each(IPV6, text, (m) => {
    const groups = m[0].split(":").filter(Boolean);
    // Needs some hex letters or many groups: "10:30:00" style clock times are not addresses.
    if (groups.length < 3 || isServersAddress(m.index)) return;
    out.push({ start: m.index, end: m.index + m[0].length, type: "ip_address" });
  });
}

/** The key right before a value on its line: `ansible_host=`, `DB_HOST: "`, `"dns_server": "`. */
const KEY_BEFORE = /([A-Za-z][A-Za-z0-9_.-]{0,48})["']?[ \t]*[:=][ \t]*["']?$/;
/** resolv.conf's `nameserver 10.0.0.2`, a line of its own. */
const NAMESERVER_LINE = /(?:^|\n)[ \t]*nameserver[ \t]+$/;
/** Last words of a key that names a server of the setup (a database host, an inventory's host, a DNS server). */
const SERVER_WORDS = new Set(["host", "hostname", "server", "nameserver", "dns", "gateway"]);
/** Words that make the host someone's own machine (remote_host, client_host, X-Forwarded-Host, peer_host). */
const CLIENT_WORDS = new Set([
  "remote",
  "client",
  "user",
  "src",
  "source",
  "peer",
  "origin",
  "forwarded",
  "real",
  "caller",
  "visitor",
  "customer",
  "from",
]);

/**
 * An address given under a key that names a server of the setup (`ansible_host=10.10.10.10`, `DB_HOST=…`,
 * `dns_server: …`, `nameserver …`) is that server's, a fact of the configuration, not a person's. The key is read
 * from at most the 60 characters before the address on its line.
 */
function namesAServer(text: string, at: number): boolean {
  let before = text.slice(Math.max(0, at - 60), at);
  const nl = before.lastIndexOf("\n");
  if (nl >= 0) before = before.slice(nl);
  if (NAMESERVER_LINE.test(before)) return true;
  const key = KEY_BEFORE.exec(before)?.[1];
  if (!key) return false;
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  return SERVER_WORDS.has(words[words.length - 1] ?? "") && !words.some((w) => CLIENT_WORDS.has(w));
}
