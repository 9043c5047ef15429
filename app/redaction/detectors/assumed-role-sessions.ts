// An AWS assumed role's session name in an ARN (`arn:aws:sts::123456789012:assumed-role/Admin/jroe`, CloudTrail's
// `userIdentity.arn`, an STS error): the session is named after whoever assumed the role — their login or their
// e-mail, as SSO and `aws sts assume-role --role-session-name` write it. The account and the role stay (support needs
// them); a session named by a service (an EC2 instance id, a generated number, a nobody's login) stays too.
import { each, type PhiSpan } from "./phi-span";
import { isNobodysLogin } from "./nobodys-login";

/** `:assumed-role/<role>/<session>`: IAM's name characters, each name at most 64. */
const SESSION = /:assumed-role\/[\w+=,.@-]{1,64}\/([\w+=,.@-]{2,64})/g;
/** A session a service named: an EC2 instance id, or a generated name with a long number (`botocore-session-1712…`). */
const SERVICE_SESSION = /^i-[0-9a-f]{8,17}$|\d{8}/;

export function findAssumedRoleSessions(text: string, out: PhiSpan[]): void {
  each(SESSION, text, (m) => {
    const session = m[1];
    if (SERVICE_SESSION.test(session) || isNobodysLogin(session)) return;
    const start = m.index + m[0].length - session.length;
    out.push({ start, end: start + session.length, type: "user_name" });
  });
}
