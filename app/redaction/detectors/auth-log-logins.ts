// The login a Unix machine's authentication log names, as syslog, rsyslog's RFC 5424 output or the journal print it:
// sudo's record (`jdoe : TTY=pts/0 ; PWD=… ; USER=root ; COMMAND=…`, a refusal `jdoe : 3 incorrect password attempts
// ; …`), sshd's (`Accepted password for jdoe from …`, `Invalid user jdoe from …`, `Connection closed by
// authenticating user jdoe …`), PAM's (`session opened for user jdoe(uid=1001)`, `… rhost=…  user=jdoe`), logind's
// (`New session 81 of user jdoe.`), su's (`(to root) jdoe on pts/0`), nslcd's (`<authc="jdoe">`) and Linux audit's (`acct="jdoe"`, hex-encoded
// `acct=6A646F65`, the enriched `AUID="jdoe"`). The person who signed in goes; the process, pid, method, port,
// terminal, command and result stay, and a system or build account (`root`, `ubuntu`, `www-data`) is nobody's.
import { each, type PhiSpan } from "./phi-span";
import { isNobodysLogin } from "./nobodys-login";

/** A login as these logs print it: a letter or `_` first, at most 32 characters, no dot at its end (`of user jdoe.`). */
const LOGIN = String.raw`[A-Za-z_](?:[\w$-]|\.(?=[\w$-])){0,31}`;

/** Where a sign-in came from: an IPv4 or IPv6 address, or a dotted host name (`vpn.corp.example`). */
const ADDRESS = String.raw`\d{1,3}\.\d{1,3}\.|\[?[0-9A-Fa-f]{0,4}:[0-9A-Fa-f]{0,4}:|[A-Za-z0-9-]{1,63}\.[A-Za-z]`;

/** Each phrase holds the login in its named groups (`a`, and `b` for su's second account), and is run only where the
 *  words it cannot match without occur (one native search instead of a pattern tried at every position). */
const PHRASES: Array<[string, RegExp]> = [
  // sudo: `jdoe : TTY=…`, `jdoe : 3 incorrect password attempts ; …`, `jdoe : user NOT in sudoers ; …`.
  [
    " : ",
    new RegExp(
      String.raw`(?<![^\s:])(?<a>${LOGIN}) : (?=TTY=|HOST=|\d{1,4} incorrect password attempts? ; |user NOT (?:in sudoers|authorized on host) ; |command not allowed ; |a password is required ; )`,
      "dg",
    ),
  ],
  // sudo's target account when it is not root: `; USER=jdoe ; COMMAND=…`.
  ["; USER=", new RegExp(String.raw`; USER=(?<a>${LOGIN}) ; (?=[A-Z]{3,8}=)`, "dg")],
  // sshd: `Accepted password for …`, `Failed none for invalid user … from`, `Postponed publickey for … from`.
  [
    " for ",
    new RegExp(
      String.raw`\b(?:Accepted|Failed|Postponed) [\w/-]{1,40} for (?:invalid user )?(?<a>${LOGIN}) from `,
      "dg",
    ),
  ],
  ["nvalid user ", new RegExp(String.raw`\b[Ii]nvalid user (?<a>${LOGIN}) (?=from |\[preauth\])`, "dg")],
  [
    "user ",
    new RegExp(
      String.raw`\b(?:Connection closed|Connection reset|Disconnected|Received disconnect) (?:by|from) (?:authenticating |invalid )?user (?<a>${LOGIN}) `,
      "dg",
    ),
  ],
  [
    " for ",
    new RegExp(
      String.raw`\bauthentication (?:failures|attempts exceeded) for (?:invalid user )?(?<a>${LOGIN}) from `,
      "dg",
    ),
  ],
  // An application's own line in the same words: `login failed for user jdoe from 203.0.113.9`, from an address or a
  // dotted host name (prose's `for user input from the form` names none).
  ["for user ", new RegExp(String.raw`\bfor user (?<a>${LOGIN}) from (?=${ADDRESS})`, "dg")],
  // PAM and logind.
  ["for user ", new RegExp(String.raw`\bsession (?:opened|closed) for user (?<a>${LOGIN})(?![\w$-])`, "dg")],
  [" of user ", new RegExp(String.raw`\bNew session [\w.-]{1,20} of user (?<a>${LOGIN})(?![\w$-])`, "dg")],
  ["user=", new RegExp(String.raw`\brhost=\S{0,255}[ \t]{1,4}user=(?<a>${LOGIN})(?![\w$-])`, "dg")],
  ["ruser=", new RegExp(String.raw`\bruser=(?<a>${LOGIN})(?= rhost=)`, "dg")],
  ["logname=", new RegExp(String.raw`\blogname=(?<a>${LOGIN})(?= uid=)`, "dg")],
  [
    " for ",
    new RegExp(
      String.raw`\b(?:Invalid verification code|Accepted google_authenticator) for (?<a>${LOGIN})(?![\w$-])`,
      "dg",
    ),
  ],
  // nss-pam-ldapd's nslcd: a request's prefix (`[8b4567] <authc="jdoe">`) and its PAM call
  // (`nslcd_pam_authc("jdoe","openvpn","***")`); pamtester's `pamtester openvpn jdoe authenticate`.
  ["] <", new RegExp(String.raw`\] <(?:authc|authz|passwd|sess_o|sess_c|usermod)="(?<a>${LOGIN})">`, "dg")],
  ["nslcd_pam_", new RegExp(String.raw`\bnslcd_pam_[a-z_]{4,8}\("(?<a>${LOGIN})"`, "dg")],
  [
    "pamtester ",
    new RegExp(
      String.raw`\bpamtester (?:-v )?[\w.-]{1,40} (?<a>${LOGIN}) (?=authenticate|acct_mgmt|open_session|close_session|chauthtok|setcred)`,
      "dg",
    ),
  ],
  // su: `(to root) jdoe on pts/0`, `FAILED SU (to root) jdoe on pts/0`.
  ["(to ", new RegExp(String.raw`\(to (?<b>${LOGIN})\) (?<a>${LOGIN}) on `, "dg")],
];

/** Linux audit: `acct="jdoe"`, the enriched `AUID="jdoe"`, ausearch -i's `acct=jdoe auid=jdoe`. These keys name
 *  an account only in an audit record. */
const AUDIT_WORDS: [string, RegExp] = [
  "=",
  new RegExp(
    String.raw`(?<![\w-])(?:acct|AUID|UID|EUID|SUID|FSUID|OUID|auid|uid|euid|suid|fsuid|ouid)=(?<q>"?)(?<a>${LOGIN})\k<q>(?![\w$.-])`,
    "dg",
  ),
];

/** Audit's hex-encoded account (`acct=6A646F65`, written so when the name holds a blank or a quote). */
const HEX_ACCT = /(?<![\w-])acct=(?<a>(?:[0-9A-F]{2}){2,64})(?![\w-])/dg;

/** The audit phrase's keys name an account only in an audit record. */
const AUDIT_RECORD = /\baudit\(|\btype=[A-Z_]{3,30} msg=/;

function push(text: string, m: RegExpExecArray, group: string, out: PhiSpan[]): void {
  const span = m.indices?.groups?.[group];
  if (!span) return;
  const login = text.slice(span[0], span[1]);
  if (isNobodysLogin(login)) return;
  out.push({ start: span[0], end: span[1], type: "user_name" });
}

/** Whether the text holds any phrase these logs use (a cheap look before the patterns run). */
export function authLogCue(text: string): boolean {
  return (
    text.includes(" : ") ||
    text.includes("user") ||
    text.includes(" for ") ||
    text.includes("(to ") ||
    text.includes("acct=") ||
    text.includes("UID=") ||
    text.includes("nslcd") ||
    text.includes("pamtester")
  );
}

export function findAuthLogLogins(text: string, out: PhiSpan[]): void {
  const audit = AUDIT_RECORD.test(text);
  for (const [words, re] of audit ? [...PHRASES, AUDIT_WORDS] : PHRASES)
    if (text.includes(words))
      each(re, text, (m) => {
        push(text, m, "a", out);
        push(text, m, "b", out);
      });
  if (!audit) return;
  each(HEX_ACCT, text, (m) => {
    const hex = m.groups?.a ?? "";
    let login = "";
    for (let i = 0; i < hex.length; i += 2) login += String.fromCharCode(parseInt(hex.slice(i, i + 2), 16));
    // Decoded, it is a name of printable characters (a blank or a quote is why audit encoded it), not a number.
    if (!/^[\x20-\x7e]+$/.test(login) || isNobodysLogin(login.trim())) return;
    const span = m.indices?.groups?.a;
    if (span) out.push({ start: span[0], end: span[1], type: "user_name" });
  });
}
