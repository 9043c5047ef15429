// The password a command-line tool takes after a short flag of its own, which only the tool's name tells apart from a
// port or a path: OpenLDAP's and 389's `ldapsearch -x -D "cn=admin,dc=…" -w secret` (ldappasswd's `-a`/`-s` old and
// new ones too), a registry's or a cloud's `docker login -u ci -p …`, `az login -u <app id> -p …`, `oc login -p …`,
// `cf login -p …`, `sqlcmd -U sa -P …`, `redis-cli -a …`, `mongosh -u app -p …`, `sshpass -p …` and mysql's attached
// `-pSecret` (its `-p dbname` prompts for the password; the next word is the database). The value after the flag goes,
// attached (`-wSecret`) or not; the login, the URI, the server and the query stay. `docker run -p 8080:80` publishes a
// port: the container tools' `-p` is a password only in a command that logs in. keytool's `-storepass`/`-keypass` and
// NuGet's `-Password` are long flags of their own. Only a command that runs one of these
// tools is read (its line, and the next ones while a line ends in `\` as wrapped commands do), word by word, at most
// MAX_LINE characters of it: linear in the text.
import type { ItemContext } from "../context";
import { isSentinelOnly } from "../placeholders";
import { commandEnds, skipBlanks, unquoted, wordEnd } from "../command-words";

interface PasswordFlags {
  /** Flags whose value is a password, attached or as the next word. */
  flags: ReadonlySet<string>;
  /** Flags whose value is a password only when attached (mysql's `-pSecret`). */
  attachedOnly?: boolean;
  /** The subcommands, as their words come first after the tool, in which the flag counts (`login`: `docker login -p
   *  …`; not `docker run --name login -p 8080:80`, where `-p` publishes a port and `login` names the container). */
  needs?: readonly string[];
}

const LDAP: PasswordFlags = { flags: new Set(["-w"]) };
const LDAPPASSWD: PasswordFlags = { flags: new Set(["-w", "-a", "-s"]) };
const MYSQL: PasswordFlags = { flags: new Set(["-p"]), attachedOnly: true };
const MONGO: PasswordFlags = { flags: new Set(["-p"]) };
const SQL_SERVER: PasswordFlags = { flags: new Set(["-P"]) };
const LOGIN: PasswordFlags = { flags: new Set(["-p"]), needs: ["login"] };

/** Each tool's password flags, by the word that starts its command (after a prompt, `sudo`, a path). */
const TOOLS = new Map<string, PasswordFlags>([
  ...["ldapsearch", "ldapadd", "ldapmodify", "ldapdelete", "ldapwhoami", "ldapcompare", "ldapmodrdn", "ldapexop"].map(
    (t) => [t, LDAP] as const,
  ),
  ["ldapurl", LDAP],
  ["ldapvi", LDAP],
  ["ldappasswd", LDAPPASSWD],
  ...["mysql", "mysqldump", "mysqladmin", "mysqlimport", "mysqlshow", "mysqlcheck", "mariadb", "mariadb-dump"].map(
    (t) => [t, MYSQL] as const,
  ),
  ...["mongo", "mongosh", "mongodump", "mongorestore", "mongoexport", "mongoimport"].map((t) => [t, MONGO] as const),
  ["sqlcmd", SQL_SERVER],
  ["bcp", SQL_SERVER],
  ["redis-cli", { flags: new Set(["-a"]) }],
  ["sshpass", { flags: new Set(["-p"]) }],
  ...["docker", "podman", "nerdctl", "buildah", "skopeo", "oras", "oc", "cf"].map((t) => [t, LOGIN] as const),
  ["helm", { flags: new Set(["-p"]), needs: ["registry login"] }],
  ["crane", { flags: new Set(["-p"]), needs: ["auth login"] }],
  ["az", { flags: new Set(["-p"]), needs: ["login", "acr login"] }],
  // The JDK's keytool: the store's and the key's passwords, in a copy between stores too, and `-new` for a new one.
  [
    "keytool",
    {
      flags: new Set([
        "-storepass",
        "-keypass",
        "-srcstorepass",
        "-deststorepass",
        "-srckeypass",
        "-destkeypass",
        "-new",
      ]),
    },
  ],
  // NuGet's feed credentials: `nuget sources add … -Password …` (its flags in any case), and `dotnet nuget add source
  // … -p …` (dotnet hands its `nuget` word over: read as this tool). Elsewhere `-p` is `nuget pack`'s properties.
  [
    "nuget",
    {
      flags: new Set(["-password", "-Password", "-PASSWORD", "--password", "-p"]),
      needs: ["sources add", "sources update", "source add", "source update", "add source", "update source"],
    },
  ],
]);
/** The tools' names as whole words, Windows' `.exe` after them allowed (not inside `my-docker-image` or
 *  `/usr/bin/mysql_config`): the name is group 1. */
const TOOL_NAMES = [...TOOLS.keys()].sort((a, b) => b.length - a.length).join("|");
const TOOL = new RegExp(`(?<![\\w.-])(${TOOL_NAMES})(?:\\.exe)?(?![\\w.-])`, "g");
/** A word that runs one of the tools: its name, with a path before it or `.exe` after it (a URL is no path:
 *  `-source http://host/nuget` names a feed). */
const isToolWord = (word: string): boolean =>
  !word.includes("://") &&
  TOOLS.has(word.slice(Math.max(word.lastIndexOf("/"), word.lastIndexOf("\\")) + 1).replace(/\.exe$/i, ""));
export function redactToolPasswordFlags(text: string, ctx: ItemContext): string {
  if (!text.includes("-")) return text;
  let out = "";
  let pos = 0;
  const endOf = commandEnds(text);
  TOOL.lastIndex = 0;
  for (let m = TOOL.exec(text); m; m = TOOL.exec(text)) {
    // One command's end serves every tool inside it (`docker exec db mysql -p…`): each stretch is scanned once.
    const limit = endOf(m.index);
    const tool = TOOLS.get(m[1]) as PasswordFlags;
    let armed = !tool.needs;
    // The subcommand's words read so far (`acr`, then `acr login`), until they are one of `needs` or can be none.
    let subcommand = tool.needs ? "" : undefined;
    let i = m.index + m[0].length;
    // The command's words up to its end, or up to another tool's name (`docker exec db mysql -p…`): that tool's flags
    // are its own, read from there on; no word is read twice.
    let next = limit;
    while (i < limit) {
      i = skipBlanks(text, i, limit);
      if (i >= limit) break;
      let end = wordEnd(text, i, limit);
      const word = text.slice(i, end);
      if (isToolWord(word)) {
        next = i;
        break;
      }
      if (subcommand !== undefined && !word.startsWith("-")) {
        subcommand = subcommand ? `${subcommand} ${word}` : word;
        armed = !!tool.needs?.includes(subcommand);
        if (armed || !tool.needs?.some((n) => n.startsWith(`${subcommand} `))) subcommand = undefined;
      }
      // getopt takes a flag's value attached too: `-wS3cr3t` (not a long flag of the tool's own: `-password`).
      const attached =
        armed &&
        word.length > 2 &&
        word[0] === "-" &&
        word[1] !== "-" &&
        !tool.flags.has(word) &&
        tool.flags.has(word.slice(0, 2));
      if (attached) end = i + 2;
      i = end;
      if (!attached && (!armed || tool.attachedOnly || !tool.flags.has(word))) continue;
      if (!attached) i = skipBlanks(text, i, limit);
      if (i >= limit) break;
      const valueEnd = wordEnd(text, i, limit);
      const [from, to] = unquoted(text, i, valueEnd);
      const value = text.slice(from, to);
      if (value && !value.startsWith("-") && !isSentinelOnly(value) && from >= pos) {
        out += text.slice(pos, from) + ctx.secret(value, "password");
        pos = to;
      }
      i = valueEnd;
    }
    TOOL.lastIndex = Math.max(TOOL.lastIndex, next);
  }
  return out + text.slice(pos);
}
