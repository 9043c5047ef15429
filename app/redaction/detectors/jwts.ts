// JWTs anywhere in text (compact JWS, and base64-encoded JWTs), replaced by their labelled annotation.
import type { ItemContext } from "../context";
import { B64_JWT_IN_TEXT, decodeJwt, findCompactJwts, unwrapBase64Jwt } from "~/evidence/jwt";

/** The token's role from the words just before it. */
export function roleBefore(text: string, index: number): string {
  const before = text.slice(Math.max(0, index - 48), index).toLowerCase();
  if (/id[_-]?token\W*$/.test(before)) return "id_token";
  if (/refresh[_-]?token\W*$/.test(before)) return "refresh_token";
  if (/assertion\W*$/.test(before)) return "client_assertion";
  if (/dpop\W*$/.test(before)) return "dpop_proof";
  if (/(access[_-]?token|bearer|authorization)\W*$/.test(before)) return "access_token";
  return "jwt";
}

/**
 * A JWT's header and payload with no signature after them: "eyJ" (a JSON object's `{"`) then 8+ base64url
 * characters, a dot, "eyJ" or "ew" and 8+ more, not followed by a dot or another token character. It starts only
 * where no token character stands before it, so each run of the text is tried once.
 */
const CUT_JWT = /(?<![A-Za-z0-9_.-])eyJ[A-Za-z0-9_-]{8,}\.e(?:yJ|w)[A-Za-z0-9_-]{8,}(?![A-Za-z0-9_.-])/g;

export function redactJwtsInText(text: string, ctx: ItemContext): string {
  let out = text;
  if (out.includes(".e")) {
    let result = "";
    let pos = 0;
    for (const j of findCompactJwts(out)) {
      const role = roleBefore(out, j.start);
      result += out.slice(pos, j.start) + (j.decoded ? ctx.jwt(j.token, role, j.decoded) : ctx.secret(j.token, role));
      pos = j.end;
    }
    out = result + out.slice(pos);
  }
  // A JWT cut after its payload (a page copied where it ends, a terminal's scrollback): still a token.
  if (out.includes(".e"))
    out = out.replace(CUT_JWT, (token, offset: number, whole: string) => ctx.secret(token, roleBefore(whole, offset)));
  if (out.includes("ZXlK")) {
    out = out.replace(B64_JWT_IN_TEXT, (token, offset: number, whole: string) => {
      const inner = unwrapBase64Jwt(token);
      const decoded = inner ? decodeJwt(inner) : null;
      return decoded && inner ? ctx.jwt(token, roleBefore(whole, offset), decoded, inner) : token;
    });
  }
  return out;
}
