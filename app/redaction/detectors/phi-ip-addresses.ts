// IPv4 and IPv6 addresses in free text (versions and clock times are not addresses).
import { each, type PhiSpan } from "./phi-span";
import { generalBlockRemote } from "./devtools-general";
import { w3cServerColumns } from "./w3c-fields";
import { isMailServerAddressAt } from "./mail-server-addresses";

const OCTET = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
const IPV4 = new RegExp(`(?<![\\w./:-])${OCTET}(?:\\.${OCTET}){3}(?![\\w/-]|\\.\\d)`, "g");
const IPV6 =
  /(?<![\w:.-])(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}(?![\w:])|(?<![\w:.-])(?:[0-9a-fA-F]{1,4}:){1,6}:(?:[0-9a-fA-F]{1,4}:){0,5}[0-9a-fA-F]{1,4}(?![\w:])/g;

const IPV6_NEEDS = /[0-9a-fA-F]:[0-9a-fA-F]{1,4}:[0-9a-fA-F]{1,4}:[0-9a-fA-F]/;

/**
 * A cloud platform's fixed service addresses, the same on every machine of that platform: the instance metadata
 * endpoint of AWS, Google Cloud, Azure and OpenStack (`169.254.169.254`, AWS's IPv6 `fd00:ec2::254`), AWS's DNS and
 * time servers, the ECS container credentials endpoint and Alibaba Cloud's metadata server. An SDK's or `curl -v`'s
 * log that tried one names the platform, not a person.
 */
const CLOUD_SERVICE_ADDRESSES = new Set([
  "169.254.169.254",
  "169.254.169.253",
  "169.254.169.123",
  "169.254.170.2",
  "100.100.100.200",
  "fd00:ec2::254",
  "fd00:ec2::253",
  "fd00:ec2::123",
  "fd00:ec2::23",
]);

/** Alibaba Cloud's metadata address lies in carrier-grade NAT space (100.64.0.0/10), where a subscriber may hold it. */
const NEEDS_PLATFORM_WORD = new Set(["100.100.100.200"]);
const PLATFORM_WORD = /aliyun|alibaba|metadata|\bimds\b|\becs\b/i;
/** A client's address position: a forwarding header's value, "from …", "client …" right before the address. */
const CLIENT_POSITION =
  /(?:x-forwarded-for|x-real-ip|x-client-ip|true-client-ip|cf-connecting-ip|forwarded|\bfrom|\bclient(?:[ _-]?ip)?)["']?[ \t]*[:=]?[ \t]*["']?(?:for=)?$/i;

/**
 * A cloud platform's fixed service address, asked by a program: on the list, not where a client's address stands,
 * and Alibaba's only beside a word naming the platform or its metadata service.
 */
function isCloudServiceAddress(text: string, index: number, address: string): boolean {
  if (!CLOUD_SERVICE_ADDRESSES.has(address)) return false;
  if (CLIENT_POSITION.test(text.slice(Math.max(0, index - 40), index))) return false;
  if (!NEEDS_PLATFORM_WORD.has(address)) return true;
  return PLATFORM_WORD.test(text.slice(Math.max(0, index - 120), index + address.length + 120));
}

export function findIpAddresses(text: string, out: PhiSpan[]) {
  const isServersAddress = generalBlockRemote(text);
  // A W3C log's `s-ip` column: the server's own address (unless it is also someone's elsewhere, below).
  const inServerColumn = w3cServerColumns(text);
  const servers: Array<{ span: PhiSpan; address: string }> = [];
  const persons = new Set<string>();
  each(IPV4, text, (m) => {
    // "version 1.2.3.4", "Semantic-Kernel-Version: 1.13.0.0", "version": "1.2.3.4", the Collector's
    // "service.version: Str(3.14.0.0)" and "Chrome/120.0.0.0" are
    // versions, not addresses; `dev: 10.1.2.3`, `srv: …` (a word that merely ends in v) are addresses.
    if (
      /(?:version|\bver|\bv)["']?[ \t]?[:=]?[ \t]?(?:["']|Str\()?$/i.test(
        text.slice(Math.max(0, m.index - 18), m.index),
      )
    )
      return;
    // A loopback or unspecified address (a proxy's own, a server bound to all interfaces) is nobody's.
    if (m[0].startsWith("127.") || m[0] === "0.0.0.0" || isCloudServiceAddress(text, m.index, m[0])) return;
    // DevTools' General block: the "Remote Address" is the server the browser connected to, a fact of the request.
    if (isServersAddress(m.index)) return;
    const span: PhiSpan = { start: m.index, end: m.index + m[0].length, type: "ip_address" };
    if (
      namesAServer(text, m.index) ||
      inServerColumn(m.index) ||
      isMailServerAddressAt(text, m.index) ||
      connectsTo(text, m.index, m.index + m[0].length)
    )
      servers.push({ span, address: m[0] });
    else {
      persons.add(m[0]);
      out.push(span);
    }
  });
  // The same address redacted as someone's anywhere in the text goes everywhere, even under a server's key.
  for (const s of servers) if (persons.has(s.address)) out.push(s.span);
  // Every IPv6 address holds "::" or three colons between hex digits (a clock time holds two): else no pass.
  if (!text.includes("::") && !IPV6_NEEDS.test(text)) return;
  each(IPV6, text, (m) => {
    const groups = m[0].split(":").filter(Boolean);
    // Needs some hex letters or many groups: "10:30:00" style clock times are not addresses.
    if (
      groups.length < 3 ||
      isServersAddress(m.index) ||
      isCloudServiceAddress(text, m.index, m[0].toLowerCase()) ||
      connectsTo(text, m.index, m.index + m[0].length)
    )
      return;
    out.push({ start: m.index, end: m.index + m[0].length, type: "ip_address" });
  });
}

/** curl's verbose lines (and Insomnia's Timeline, which prints them) around the address it connects to, in their
 *  whole shape — a Markdown bullet that merely starts the same way ("* Connected to homevpn (203.0.113.50) and got
 *  401") is a person's own words: `*   Trying 34.239.100.11:443...` (an IPv6 address in brackets:
 *  `Trying [2600:1f18::1]:443...`) and `* Connected to host (34.239.100.11) port 443`. */
const TRYING_BEFORE = /(?:^|\n)[ \t>]*\*[ \t]+Trying[ \t]+(\[?)$/;
const TRYING_AFTER = /^(?::\d{1,5})?\.\.\./;
const TRYING_AFTER_BRACKET = /^\]:\d{1,5}\.\.\./;
const CONNECTED_BEFORE = /(?:^|\n)[ \t>]*\*[ \t]+Connected to [^\s()]{1,253} \($/;
const CONNECTED_AFTER = /^\) port \d{1,5}\b/;
/** curl 8's lines: the addresses a host resolved to (`* IPv4: 52.14.80.7, 3.131.22.195`, one class of characters up
 *  to the address, so no backtracking), and `* Established connection to host (52.14.80.7 port 443) from …`, whose
 *  address after `from` is the client's and goes. */
const RESOLVED_BEFORE = /(?:^|\n)[ \t>]*\*[ \t]+IPv[46]: [0-9A-Fa-f:., ]*$/;
const RESOLVED_AFTER = /^(?:,|\r?\n|$)/;
const ESTABLISHED_BEFORE = /(?:^|\n)[ \t>]*\*[ \t]+Established connection to [^\s()]{1,253} \($/;
const ESTABLISHED_AFTER = /^ port \d{1,5}\)/;

/** The address curl connected to is the server's, a fact of the request (its line read from at most 300 characters
 *  before the address and 20 after it). */
function connectsTo(text: string, at: number, end: number): boolean {
  const before = text.slice(Math.max(0, at - 300), at);
  const after = text.slice(end, end + 20);
  const trying = TRYING_BEFORE.exec(before);
  if (trying) return (trying[1] ? TRYING_AFTER_BRACKET : TRYING_AFTER).test(after);
  return (
    (CONNECTED_BEFORE.test(before) && CONNECTED_AFTER.test(after)) ||
    (RESOLVED_BEFORE.test(before) && RESOLVED_AFTER.test(after)) ||
    (ESTABLISHED_BEFORE.test(before) && ESTABLISHED_AFTER.test(after))
  );
}

/**
 * A key at a key position of its line — after the indentation, a YAML list's `- `, the Collector's `-> `, `export ` or
 * Dockerfile `ENV ` — right before the value: `DB_HOST=`, `  dns_server: "`, `"smtp_host": "`, `-> dns.record.ip: Str(`.
 */
const LINE_KEY =
  /^[ \t]*(?:->?[ \t]+)?(?:(?:export|ENV)[ \t]+)?["']?([A-Za-z][A-Za-z0-9_.-]{0,48})["']?[ \t]*[:=][ \t]*(?:["']|Str\()?$/;
/** An Ansible inventory's `ansible_host=` stands after the host's alias: `target1 ansible_host=10.10.10.10`. */
const INVENTORY_KEY = /(?:^|[ \t])ansible_host=$/;
/** resolv.conf's `nameserver 10.0.0.2`, a line of its own. */
const NAMESERVER_LINE = /^[ \t]*nameserver[ \t]+$/;
/** Last words of a key that names a server's address. */
const SERVER_WORDS = new Set(["host", "hostname", "server", "addr", "address", "ip"]);
/**
 * The word before it that names which server of the setup it is (`DB_HOST`, `dns_server`, `spring.data.mongodb.host`,
 * `SMTP_SERVER`). A key outside this list (`host`, `hostname`, `request_host`, `session.host`, `remote_host`) names
 * no configured server: its address may be anyone's, and goes.
 */
const SERVICE_WORDS = new Set([
  "db",
  "database",
  "sql",
  "mysql",
  "mariadb",
  "postgres",
  "postgresql",
  "pg",
  "mssql",
  "oracle",
  "redis",
  "mongo",
  "mongodb",
  "smtp",
  "imap",
  "ldap",
  "dns",
  "ntp",
  "syslog",
  "kafka",
  "rabbitmq",
  "amqp",
  "elasticsearch",
  "memcached",
  "vault",
  "consul",
  "etcd",
  "ansible",
  "bastion",
]);

/** A word between the service and the address's word that still names one of the service's servers
 *  (`dns.record.ip`, `smtp.relay.host`, `redis.primary.host`); any other (`ldap.client.ip`, `smtp.sender.ip`,
 *  `ldap.bind.addr`) may name the person on the other end, and the address goes. */
const SERVER_ROLE_WORDS = new Set(["record", "server", "host", "primary", "replica", "master", "relay"]);

/**
 * An address given under a key that names a server of the setup (`ansible_host=10.10.10.10`, `DB_HOST=…`,
 * `dns_server: …`, `nameserver …`) is that server's, a fact of the configuration, not a person's. The key must be
 * the whole key at a key position of the line (read from at most the 60 characters before the address), never a
 * word of prose or a log's field (`host: "203.0.113.45"` in an nginx error line stays someone's).
 */
function namesAServer(text: string, at: number): boolean {
  let before = text.slice(Math.max(0, at - 60), at);
  const nl = before.lastIndexOf("\n");
  if (nl >= 0) before = before.slice(nl + 1);
  else if (at > 60) return false;
  if (NAMESERVER_LINE.test(before) || INVENTORY_KEY.test(before)) return true;
  const key = LINE_KEY.exec(before)?.[1];
  if (!key) return false;
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const n = words.length;
  // The service word right before the address's (`DB_HOST`), or one word before that (`dns.record.ip`).
  return (
    n >= 2 &&
    SERVER_WORDS.has(words[n - 1]) &&
    (SERVICE_WORDS.has(words[n - 2]) ||
      (n >= 3 && SERVICE_WORDS.has(words[n - 3]) && SERVER_ROLE_WORDS.has(words[n - 2])))
  );
}
