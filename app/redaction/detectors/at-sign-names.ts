// Names written with an `@` that are no one's mailbox, though they read as `local@domain.tld`: a systemd unit's
// instance (`user@1000.service`, `getty@tty1.service`: the last label is a unit type), a file named after an Erlang
// node (RabbitMQ's `rabbit@node1.log`: the last label is a file's extension no top-level domain has), and SSH's
// vendor algorithm names (RFC 4251 §6: `chacha20-poly1305@openssh.com`, `curve25519-sha256@libssh.org`), which an
// audit CRYPTO_SESSION record, `ssh -Q` or `sshd -T` prints. Google Cloud's service accounts
// (`deployer@my-project.iam.gserviceaccount.com`, `123-compute@developer.gserviceaccount.com`) are a project's machine
// identities written as addresses: no mailbox, and the account a failing call ran as, which support needs. Such a name
// is a fact; a person's address at the unit, node or SSH domains, and any address whose local part or domain is not of these shapes,
// is still an address.

/** Unit types (systemd.unit(5)). */
const UNIT_TYPES = new Set([
  "service",
  "socket",
  "timer",
  "mount",
  "automount",
  "swap",
  "target",
  "slice",
  "scope",
  "path",
  "device",
]);
/** A unit's name before the `@` of a template: lower-case words, digits, `-` and `_` (`getty`, `openvpn-client`). */
const UNIT_NAME = /^[a-z][a-z0-9_]*(?:-[a-z0-9_]+)*$/;
/** A template's instance: a number or a word with a digit (`1000`, `tty1`, `wg0`), or any instance of a hyphenated
 *  template name (`openvpn-client@office`). */
const INSTANCE_WITH_DIGIT = /^[a-z0-9_-]*\d[a-z0-9_-]*$/i;
/** Files a node writes, named after it (`rabbit@node1.log`, `rabbit@node1.pid`). */
const NODE_FILE_EXTENSIONS = new Set([
  "log",
  "pid",
  "lock",
  "sock",
  "conf",
  "cfg",
  "ini",
  "yaml",
  "yml",
  "json",
  "txt",
]);
/** The Erlang node names of the brokers and servers that name their files after the node (RabbitMQ's `rabbit`). */
const ERLANG_NODE_PREFIXES = new Set([
  "rabbit",
  "rabbitmq",
  "ejabberd",
  "emqx",
  "couchdb",
  "riak",
  "vernemq",
  "mongooseim",
]);
/** A host part that is no domain: one label (`node1`, `mq-0`, `rabbit-1-sasl`). */
const ONE_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,62})$/i;
/** The domains that publish SSH algorithm names. */
const SSH_ALGORITHM_DOMAINS = new Set(["openssh.com", "libssh.org"]);
/** An algorithm's name: lower-case words joined by hyphens, a digit among them, starting with the word of an
 *  algorithm family (`umac-128-etm`, `sk-ssh-ed25519`, `chacha20-poly1305`); a person's `jane-doe-2` is none. */
const ALGORITHM_NAME =
  /^(?=[a-z0-9-]*\d)(?:aes\d*|chacha20|curve25519|curve448|umac|hmac|ssh|sk|ecdsa|ed25519|ed448|rsa|mlkem768x25519|sntrup\d+x25519|diffie|gss|ext|kex|rijndael|blowfish|arcfour\d*|cast128|3des|webauthn|hostkeys|zlib)(?:-[a-z0-9]+)+$/;

/** The domain under which Google Cloud names its service accounts, and only those. */
const SERVICE_ACCOUNT_DOMAIN = /(?:^|\.)gserviceaccount\.com$/;

/** Whether `local@domain` names a unit, a file or an algorithm rather than a mailbox: only when the whole shape says
 *  so (a unit's name, its instance and its type; a broker's node name, one host label and a file's extension; an
 *  algorithm's name at the exact SSH domain). A person's address at a `.target` or `.log` domain is an address. */
export function namesNoMailbox(local: string, domain: string): boolean {
  const lowerDomain = domain.toLowerCase();
  const dot = lowerDomain.lastIndexOf(".");
  const host = lowerDomain.slice(0, dot);
  const last = lowerDomain.slice(dot + 1);
  if (dot > 0 && UNIT_TYPES.has(last) && UNIT_NAME.test(local))
    return local.includes("-") ? ONE_LABEL.test(host) : INSTANCE_WITH_DIGIT.test(host);
  if (dot > 0 && NODE_FILE_EXTENSIONS.has(last)) return ERLANG_NODE_PREFIXES.has(local) && ONE_LABEL.test(host);
  if (SERVICE_ACCOUNT_DOMAIN.test(lowerDomain)) return true;
  return SSH_ALGORITHM_DOMAINS.has(lowerDomain) && ALGORITHM_NAME.test(local);
}
