// The person an AWS ARN names: an assumed role's session (`arn:aws:sts::123456789012:assumed-role/Admin/jroe`,
// CloudTrail's `userIdentity.arn`, an STS error), named after whoever assumed the role — their login or their e-mail, as
// SSO and `aws sts assume-role --role-session-name` write it; and an IAM user (`arn:aws:iam::123456789012:user/jroe`,
// under a path: `user/clinicians/jroe`), which is a person's login wherever a console user is shown (the API Gateway
// console's test request context, an AccessDenied message, STS's GetCallerIdentity), and a federated user
// (`arn:aws:sts::123456789012:federated-user/jroe`). The account, the role and the
// path stay (support needs them); a name a service was given (an EC2 instance id, a generated number, a nobody's
// login such as a deployer) stays too.
import { each, type PhiSpan } from "./phi-span";
import { isNobodysLogin } from "./nobodys-login";

/** `:assumed-role/<role>/<session>`, `:iam::<account>:user/<path>/<user>` and STS's `:federated-user/<user>`
 *  (GetFederationToken's caller names whom it is for): IAM's name characters, each name at most 64, a path of at most
 *  eight parts (each ends at its own slash, so the parts cannot be re-divided). */
const PERSON_ARN =
  /:assumed-role\/[\w+=,.@-]{1,64}\/([\w+=,.@-]{2,64})|:iam::\d{12}:user\/(?:[\w+=,.@-]{1,64}\/){0,8}([\w+=,.@-]{2,64})|:sts::\d{12}:federated-user\/([\w+=,.@-]{2,64})/g;
/** A session a service named: an EC2 instance id, or a generated name with a long number (`botocore-session-1712…`). */
const SERVICE_SESSION = /^i-[0-9a-f]{8,17}$|\d{8}/;

/** Does the text hold an ARN that may name a person (a cheap test before the search)? */
export const mayNameArnPerson = (text: string): boolean =>
  text.includes(":assumed-role/") || text.includes(":user/") || text.includes(":federated-user/");

export function findArnPersonNames(text: string, out: PhiSpan[]): void {
  each(PERSON_ARN, text, (m) => {
    const name = m[1] ?? m[2] ?? m[3];
    if (SERVICE_SESSION.test(name) || isNobodysLogin(name)) return;
    const start = m.index + m[0].length - name.length;
    out.push({ start, end: start + name.length, type: "user_name" });
  });
}
