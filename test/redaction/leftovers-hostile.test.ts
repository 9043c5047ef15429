// The readers and detectors added for last round's leftovers (quoted form bodies, …) on hostile input: a megabyte of
// repeated fragments of each shape, open quotes and long runs of the trigger characters finishes and is redacted.
// No timing is asserted (the times were taken by hand: see the commit messages).
import { describe } from "vitest";
import { repeat } from "../hostile/work-meter";
import { itFinishes, MB } from "../hostile/lib/hostile-tables";

const fill = (unit: string) => repeat(unit)(MB);

describe("hostile input for the leftovers' shapes", () => {
  itFinishes(
    [
      ["a quoted form left open", '>> "To=%2B1' + fill("a=b&")],
      ["quoted forms back to back", fill('"To=%2B15550164821&a=b"')],
      ["an open quote before every pair", fill('"a=b&')],
      ["a form of long values", '"a=' + fill("x") + '&b=c"'],
      ["`key =` assignments back to back", fill("key = 'Zq8XwV3nR5tY7uI9oP1aSdF2gH4jK6lQ'\n")],
      ["`key=key=` without an end", fill("key=")],
      ["dict entries whose values are variables", fill('{"x-api-key": key, "api_key": a.b.c}')],
      ["a header name quoted before a long name", '{"x-api-key": ' + fill("a.")],
      ["search calls back to back", fill("p.search(family='Roe', given=\"Jan\")\n")],
      ["a search call never closed", "search(" + fill("family='Roe', ")],
      ["openers without arguments", fill("search(where(params={")],
      ["a search call's arguments nested deep", "search(" + fill("(")],
      ["short addresses under e-mail keys back to back", fill('"email"=>"a@a.a", ')],
      ["a run of @ after an e-mail key", "email: a" + fill("@")],
      ["e-mail keys and @ glued", fill("email=a@b")],
    ],
    (name) => `${name} finishes`,
  );
});
