// One answer to "is this login a person's?" for every place a login is read — a username key, a user header, a home
// directory's name. Nobody's: a SMART or FHIR word (a scope's `patient`, `launch`, `openid`, a resource type in any
// case), a platform's name (`cerner`, `sandbox`), an ID the ticket needs (digits, hex, a UUID), a build, service or
// database account, a role or an empty marker. Such a value is never replaced, here or anywhere else in the ticket.
import { R4_RESOURCE_TYPES } from "~/diagnosis/knowledge/fhir-r4";
import { hasRandomShape } from "./random-strings";
import { CJK_LETTERS } from "./cjk-letters";

/** Whole values that name no one (lower case). */
const NOBODY = new Set([
  // SMART scopes and launch words
  "patient",
  "user",
  "system",
  "launch",
  "openid",
  "fhiruser",
  "profile",
  "offline_access",
  "online_access",
  "practitioner",
  "sandbox",
  "cerner",
  "oracle",
  "millennium",
  // build machines, containers, the OS
  "runner",
  "runneradmin",
  "vagrant",
  "ubuntu",
  "ec2-user",
  "centos",
  "debian",
  "node",
  "www-data",
  "circleci",
  "jenkins",
  "travis",
  "build",
  "builder",
  "docker",
  "azureuser",
  "opc",
  "cloud-user",
  "fedora",
  "kali",
  "alpine",
  "bitnami",
  "git",
  "gitlab-runner",
  "codespace",
  "gitpod",
  "vcap",
  "vscode",
  "pi",
  "shared",
  "public",
  "default",
  "defaultapppool",
  "nobody",
  // Azure App Service's and Azure Functions' fixed content and log roots on Linux (`/home/site/wwwroot`,
  // `/home/LogFiles`): the platform's directories, not a person's home
  "site",
  "logfiles",
  // an operating system's own service accounts (Debian, RHEL, their packages' daemons)
  "nginx",
  "apache",
  "httpd",
  "sshd",
  "redis",
  "tomcat",
  "daemon",
  "mail",
  "polkitd",
  "messagebus",
  "syslog",
  "gdm",
  "lightdm",
  "sddm",
  "colord",
  "chrony",
  "postfix",
  "elasticsearch",
  "grafana",
  "prometheus",
  // how a login went, not whose it was (`Login: failed with 401`, `login: page shown`)
  "failed",
  "fails",
  "failure",
  "success",
  "successful",
  "succeeded",
  "ok",
  "error",
  "denied",
  "required",
  "expired",
  "invalid",
  "works",
  "worked",
  "page",
  "screen",
  "prompt",
  "redirect",
  // words and placeholders a log or a template puts where the account stands (`login : TTY=…`, `for user access
  // from`): carried into the ticket, they would take its prose, paths and error codes with them
  "login",
  "logins",
  "users",
  "name",
  "access",
  "accounts",
  "deploy",
  "deployer",
  "support",
  "input",
  "password",
  "email",
  // Windows' own accounts in its event logs (`SYSTEM` is `system` above; `DWM-1`, `UMFD-3` are below)
  "anonymous logon",
  "local service",
  "network service",
  // empty markers
  "-",
  "unset",
  "anonymous",
  "none",
  "null",
  "undefined",
  "unknown",
  ...R4_RESOURCE_TYPES.map((t) => t.toLowerCase()),
]);
/** Roles, test and service accounts, databases: a login holding one as a word (`hapi_fhir_user`, `db.admin`). */
const ROLE_WORD =
  /\b(?:user|username|admin|administrator|demo|test|service|svc|system|account|client|app|api|bot|guest|string|example|postgres|postgresql|mysql|mariadb|mongo|oracle|root|sa|sys|dbo|keycloak|fhir|hapi|db|smart)\b/i;
/** A name an application goes by (`myapp`, `orders-api`, `fhir-svc`). */
/** systemd's accounts (`systemd-timesync`, `systemd-resolve`) and the `_`-prefixed ones of Debian and macOS (`_apt`). */
const SYSTEM_DAEMON = /^(?:systemd-[a-z-]{1,32}|_[a-z][a-z0-9_-]{0,31})$/;
/** Windows' per-session accounts: the Desktop Window Manager's and the font driver host's (`DWM-1`, `UMFD-3`), in
 *  capitals as Windows writes them; a lower-case `dwm-7` in an sshd line or a JSON login is someone's Linux login. */
const WINDOWS_SESSION_ACCOUNT = /^(?:DWM|UMFD)-\d{1,4}$/;
const APP_SUFFIX = /(?:app|api|svc|service|server|bot)$/i;
/** What an ID reads like: digits, hex with a digit, a UUID or a part of one. */
const ID_LIKE = /^(?:\d+|(?=[0-9a-f-]*\d)[0-9a-f]+(?:-[0-9a-f]+)*)$/i;

export function isNobodysLogin(login: string): boolean {
  const lower = login.toLowerCase();
  return (
    NOBODY.has(lower) ||
    SYSTEM_DAEMON.test(login) ||
    WINDOWS_SESSION_ACCOUNT.test(login) ||
    ID_LIKE.test(login) ||
    APP_SUFFIX.test(login) ||
    ROLE_WORD.test(login.replace(/[_.-]+/g, " "))
  );
}

/** Nobody's login where Windows names accounts: also a machine account, whose name ends in `$` (`APP01$`, `WEB01$`). */
export const isNobodysWindowsLogin = (login: string): boolean => login.endsWith("$") || isNobodysLogin(login);

/** Keys whose value is a login, in lower case (compare a key lowered): an OIDC claim (also as Go, Java and .NET name
 *  it: oauth2-proxy's `PreferredUsername`, Keycloak's `preferredUsername`), an app's field (`login_id`), a
 *  directory's attribute (`uid`, `sAMAccountName`). `user` alone is too common a word to be one. */
const SNAKE_LOGIN_KEYS = [
  "preferred_username",
  "preferredusername",
  "username",
  "user_name",
  "login_name",
  "loginname",
  "login",
  "login_id",
  "loginid",
  "uid",
  "samaccountname",
  "user_id",
  "userid",
  // An admin acting as someone else (`?impersonate=jdoe`).
  "impersonate",
  // A profile's handle (an app's `display_id`, Twitter's `screen_name`).
  "display_id",
  "displayid",
  "screen_name",
  "screenname",
];
/** The login keys, each also in kebab case (`preferred-username`, a header-style or YAML spelling). */
export const LOGIN_KEYS = [
  ...SNAKE_LOGIN_KEYS,
  ...SNAKE_LOGIN_KEYS.filter((k) => k.includes("_")).map((k) => k.replace(/_/g, "-")),
];
const LOGIN_KEY_SET = new Set(LOGIN_KEYS);
/** Words before a login key that make it a setting or a record about logins, not one (`show_user_name`,
 *  `max_username`, `is_user`, `last_login`). */
const SETTING_WORDS = new Set([
  "show",
  "hide",
  "display",
  "max",
  "min",
  "maximum",
  "minimum",
  "length",
  "len",
  "allow",
  "allowed",
  "enable",
  "enabled",
  "disable",
  "disabled",
  "require",
  "required",
  "validate",
  "mask",
  "use",
  "is",
  "has",
  "count",
  "num",
  "last",
  "first",
  "failed",
]);
/** A key's words, lower case: snake, kebab, dotted and camel case alike (`proxyUsername` → proxy, username). */
const keyWords = (key: string) =>
  key
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toLowerCase()
    .split(/[_.\-\s]+/)
    .filter(Boolean);
/** A login key, also under a prefix that says whose or what for, in any case or glued when lowered (`url_username`, Ansible's uri module; `db_username`,
 *  `proxyUsername`, `smtp_user_name`, `db_user`, `proxy_login`, `delegatedUserId`); `user` alone is too common a
 *  word to be one. */
export const isLoginKey = (key: string) => {
  if (LOGIN_KEY_SET.has(key.toLowerCase())) return true;
  const words = keyWords(key);
  // A key lowered before it gets here (`proxyusername`): the part before `username`.
  if (words.length === 1 && words[0].endsWith("username")) return !SETTING_WORDS.has(words[0].slice(0, -8));
  if (words.length === 1 && words[0].endsWith("userid")) return !SETTING_WORDS.has(words[0].slice(0, -6));
  const last = words.length - 1;
  // `delegatedUserName`, `proxy_login_name`, and a user's id said whose (`delegatedUserId`, `on_behalf_user_id`).
  const tail =
    (words[last] === "name" || words[last] === "id") && (words[last - 1] === "user" || words[last - 1] === "login")
      ? 2
      : 1;
  const prefix = words.slice(0, words.length - tail);
  const login = tail === 2 || ["username", "user", "login", "userid"].includes(words[last]);
  return login && prefix.length > 0 && !prefix.some((w) => SETTING_WORDS.has(w));
};

/** A key that names a user's id by a prefix (`delegatedUserId`, `parent_user_id`), not the plain `user_id`. */
const PREFIXED_USER_ID = /[A-Za-z0-9][_.-]?user[_.-]?id$/i;
/** A system's id under such a key: capitals and digits (Slack's `U07244Q1EHG`), a prefix and hex (`u_8d7f6e5a`,
 *  `pr_12724066abc`). A generated mixed-case id (Okta's `00u1abcd2EFGH3ijk4l5`) is read by `hasRandomShape`. */
const SYSTEM_ID = /^(?:[A-Z0-9]+|[a-z]{1,4}_(?=[0-9a-f]*\d)[0-9a-f]{6,})$/;
/** Keys that name a profile's handle in one app and a record's id (`display_id`) or an app's screen (`screen_name`,
 *  a mobile analytics event's) in another. */
const DISPLAY_ID_KEY = /^display[_-]?id$/i;
const SCREEN_NAME_KEY = /^screen[_-]?name$/i;
/** A record's or a ticket's display id: capitals, digits and dashes, no lower-case letter (`ORD-2024-0001`). */
const RECORD_ID = /^[A-Z0-9]+(?:[_.-][A-Z0-9]+)*$/;
/** An app's screen: CamelCase words (`PatientSummaryView`) or a word naming a screen (`lab_results_screen`). */
const APP_SCREEN =
  /^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+$|[_.-]?(?:[Ss]creen|SCREEN|[Vv]iew|[Aa]ctivity|[Ff]ragment|[Pp]age)$/;

/** A value under a login key that its key's other meaning makes no login: a system's id under a prefixed user id
 *  key, a record's id under `display_id`, an app's screen under `screen_name`. */
export function isNoLoginUnder(key: string, value: string): boolean {
  if (DISPLAY_ID_KEY.test(key)) return RECORD_ID.test(value);
  if (SCREEN_NAME_KEY.test(key)) return APP_SCREEN.test(value);
  return (
    PREFIXED_USER_ID.test(key) &&
    !LOGIN_KEY_SET.has(key.toLowerCase()) &&
    (SYSTEM_ID.test(value) || hasRandomShape(value))
  );
}

/** A login under a login key, unless the key's other meaning makes the value no login (`isNoLoginUnder`). */
export const isPersonsLoginUnder = (key: string, value: string): boolean =>
  isLoginKey(key) && isPersonsLogin(value) && !isNoLoginUnder(key, value);

/** A login or nickname in a script written without capitals (Chinese, Japanese, Korean): two to twelve such
 *  characters (`乘二`, `王小明`, a WeChat or LINE nickname), with none of the words for a role or a test account in
 *  it: those words make compounds (`匿名用户` anonymous user, `系统管理员` system administrator) that name nobody. */
const CJK_LOGIN = new RegExp(`^[${CJK_LETTERS}]{2,12}$`, "u");
const CJK_ROLE_WORD = new RegExp(
  ["管理员", "管理員", "管理者", "系统", "系統", "测试", "測試", "用户", "用戶", "访客", "訪客", "匿名", "未知"]
    .concat(["テスト", "ユーザー", "ゲスト", "システム", "エラー", "管理人"])
    .concat(["관리자", "사용자", "테스트", "시스템", "게스트", "익명"])
    .join("|"),
);

/** A value under a login key that is a person's login: one token of three characters or more (a URL, a path or a
 *  sentence is not one), or a CJK one of two or more, naming someone. */
export const isPersonsLogin = (value: string) =>
  (value.length >= 3 && /^[\w.-]+$/.test(value) && !isNobodysLogin(value)) ||
  (CJK_LOGIN.test(value) && !CJK_ROLE_WORD.test(value));

/** The words a service's account is named after: the broker or platform it logs in to, the role it plays there
 *  (`kafka`, `celery`, `debezium`, `connect`, `worker`, `kafka-connect`, `celery_worker`). */
const SERVICE_WORD =
  /\b(?:broker|brokers|kafka|rabbit|rabbitmq|amqp|mq|activemq|artemis|nats|pulsar|celery|debezium|connect|connector|worker|workers|producer|consumer|publisher|subscriber|listener|backend|frontend|ingest|ingestion|mirth|zookeeper|confluent|elastic|elasticsearch|kibana|logstash|airflow|flower|scheduler|queue|stream|streams|etl|pipeline|sync|cron|daemon|agent|monitor|monitoring|metrics|nifi|registry|ksql|ksqldb|kong|nginx|proxy|gateway|webhook|webhooks|integration|interface|engine|batch|job|jobs|runner|ci|deploy|deployer|replicator|replication|mirror|cdc)\b/i;

/** A login that names a service rather than a person: nobody's (isNobodysLogin), or one of its words names the
 *  broker, platform or role a service account is called after. */
export const isServiceLogin = (login: string): boolean =>
  isNobodysLogin(login) || SERVICE_WORD.test(login.replace(/[_.-]+/g, " "));
