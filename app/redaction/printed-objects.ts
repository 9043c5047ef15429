// Objects printed by programs (print_r, var_dump, Ruby's inspect, Go's %+v, PowerShell's list view, the OpenTelemetry
// Collector's debug text; read by printed-pairs.ts): each object's pairs are judged together as the `key="value"`
// lines the sweep reads — a secret by its key, a person's name beside an e-mail, a login — and every value the sweep
// changed is written back in place.
// A person's record (a birth date, an SSN, a first or last name under its key) is judged as a list of people's row is:
// its keys are the columns, so `family`, `given`, `birthDate` go there whatever the syntax, and a `family` alone stays.
// The rest of the text is left to the sweep that follows.
import type { ItemContext } from "./context";
import { isClientAddressKey, redactCallerAddress } from "./detectors/client-addresses";
import { isOAuthFormName, oauthSecretType } from "./payload-lines";
import { personColumns, redactPersonValue } from "./person-columns";
import { readPrintedPairs, type PrintedPair } from "./printed-pairs";
import { personalAttributeType } from "./attribute-keys";
import { sweepText } from "./sweep";
import { holdsAccountAddress } from "./sign-in-records";

const CODE_WORD = /^[a-z]+(?:_[a-z]+)+$/;

export function redactPrintedObjects(text: string, ctx: ItemContext, freeText: boolean): string {
  const objects = readPrintedPairs(text);
  if (objects.length === 0) return text;
  let out = "";
  let pos = 0;
  for (const pairs of objects) {
    // A bare `patient` key is left to the sweep (an id in a sandbox is a fact).
    const types = personColumns(pairs.map((p) => (p.key.toLowerCase() === "patient" ? "" : p.key)));
    const lines: Array<{ pair: PrintedPair; head: string; quote: string; account: boolean }> = [];
    for (const pair of pairs) {
      const value = text.slice(pair.start, pair.end);
      const quote = !value.includes('"') ? '"' : !value.includes("'") ? "'" : "";
      // A value holding both quotes cannot be delimited in the view: the sweep after this reads it in the text.
      // A sign-in record's account address typed with a blank (`UserPrincipalName : Jane Roe@contoso.com`) goes
      // whole, as in its JSON, and is not shown to the sweep, whose address scan would take only its last word.
      const account = holdsAccountAddress(pair.key.toLowerCase(), value.trim());
      if (quote) lines.push({ pair, head: `${pair.key}=${quote}`, quote, account });
    }
    const typeOf = new Map(pairs.map((p, k) => [p, types?.[k]]));
    // An OAuth request's parameters printed as an array or a dict (a token call's `form_params`, a `data={…}`): its
    // `code` is the authorization code, as in a form body.
    const oauthForm = pairs.some((p) => isOAuthFormName(p.key));
    const personal = (pair: PrintedPair) => {
      const value = text.slice(pair.start, pair.end);
      const secret = oauthForm ? oauthSecretType(pair.key) : undefined;
      if (secret) return ctx.secret(value, secret);
      // A monitoring attribute's end user or client address (`-> enduser.id: Str(…)`, `-> client.address: Str(…)`).
      const attribute = personalAttributeType(pair.key, value);
      if (attribute) return ctx.phi(value, attribute);
      // The caller's address in an audit record printed with bare keys (`callerIp: "…"`).
      if (isClientAddressKey(pair.key)) {
        const address = redactCallerAddress(value, ctx);
        if (address !== value) return address;
      }
      const type = typeOf.get(pair);
      // A status code under a person's key (a verification's `"address"=>"not_found"`) names no one.
      return type && !CODE_WORD.test(value) ? redactPersonValue(value, type, ctx) : null;
    };
    if (lines.length === 0) continue;
    const view = lines
      .map((l) => l.head + (l.account ? "" : text.slice(l.pair.start, l.pair.end)) + l.quote)
      .join("\n");
    const swept = sweepText(view, ctx, { freeText }).split("\n");
    if (swept.length !== lines.length) continue;
    lines.forEach((line, i) => {
      const judged = swept[i];
      const { pair, head, quote, account } = line;
      // A type tag before the value (R's `chr "`) is the printer's, never read as the key's value by the sweep.
      if (pair.tag !== undefined && pair.tag >= pos) {
        out += text.slice(pos, pair.tag) + ctx.keep(text.slice(pair.tag, pair.start));
        pos = pair.start;
      }
      if (!judged.startsWith(head) || !judged.endsWith(quote) || judged.length < head.length + quote.length) return;
      const raw = text.slice(pair.start, pair.end);
      let value: string | null = account
        ? ctx.phi(raw, "email")
        : judged.slice(head.length, judged.length - quote.length);
      if (value === raw) value = personal(pair);
      if (value === null) return;
      out += text.slice(pos, pair.start) + value;
      pos = pair.end;
    });
  }
  return pos === 0 ? text : out + text.slice(pos);
}
