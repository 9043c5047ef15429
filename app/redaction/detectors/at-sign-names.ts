// Names written with an `@` that are no one's mailbox, though they read as `local@domain.tld`: a systemd unit's
// instance (`user@1000.service`, `getty@tty1.service`: the last label is a unit type), a file named after an Erlang
// node (RabbitMQ's `rabbit@node1.log`: the last label is a file's extension no top-level domain has), and SSH's
// vendor algorithm names (RFC 4251 §6: `chacha20-poly1305@openssh.com`, `curve25519-sha256@libssh.org`), which an
// audit CRYPTO_SESSION record, `ssh -Q` or `sshd -T` prints. Such a name is a fact; a person's address at these
// domains (no hyphen and digit in its local part) is still an address.

/** Unit types (systemd.unit(5)) and file extensions that no top-level domain spells. */
const NOT_A_TOP_LEVEL = new Set([
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
/** The domains that publish SSH algorithm names. */
const SSH_ALGORITHM_DOMAINS = new Set(["openssh.com", "libssh.org"]);
/** An algorithm's name: lower-case words joined by hyphens, a digit among them (`umac-128-etm`, `sk-ssh-ed25519`). */
const ALGORITHM_NAME = /^(?=[a-z0-9-]*\d)[a-z0-9]+(?:-[a-z0-9]+)+$/;

/** Whether `local@domain` names a unit, a file or an algorithm rather than a mailbox. */
export function namesNoMailbox(local: string, domain: string): boolean {
  const lowerDomain = domain.toLowerCase();
  const last = lowerDomain.slice(lowerDomain.lastIndexOf(".") + 1);
  if (NOT_A_TOP_LEVEL.has(last)) return true;
  return SSH_ALGORITHM_DOMAINS.has(lowerDomain) && ALGORITHM_NAME.test(local);
}
