// Settling a ticket's items against what the whole ticket revealed (Redactor.redactItems and settleItem, the preview
// and the export): the lookup tables of the known secrets and logins are built once per new value, not once per item,
// so the work grows with items + values, not items × values. Counted work (see work-meter.ts), no clocks.
import { describe, expect, it } from "vitest";
import { createRedactor } from "~/redaction/redact";
import { LINEAR, work } from "./work-meter";

const VALUES_PER_ITEM = 40;
/** `items` items, each holding its own secrets and logins: 4× the items is 4× the input and 4× the known values. */
const ticket = (items: number) =>
  Array.from({ length: items }, (_, i) => ({
    id: `e${i}`,
    kind: "text" as const,
    text: Array.from(
      { length: VALUES_PER_ITEM },
      (_, k) => `client_secret=S${i}x${k.toString(36).padStart(4, "0")}Zz\nusername: login${i}q${k}\n`,
    ).join(""),
  }));

const settleAll = (items: ReturnType<typeof ticket>) =>
  createRedactor({ environment: "sandbox", terms: [], restored: [] }).redactItems(items);

describe("settling many items with many known values", () => {
  it("grows linearly in items × values (4× the items, at most 5× the work)", () => {
    const small = work(() => settleAll(ticket(20)));
    const large = work(() => settleAll(ticket(80)));
    expect(large / small).toBeLessThan(LINEAR);
  });

  it("still replaces a secret found in a later item in an earlier one", () => {
    const items = ticket(3);
    items[0] = { ...items[0], text: items[0].text + "see S2x0000Zz above\nlogin2q1 again\n" };
    const out = settleAll(items);
    expect(out[0].text).not.toContain("S2x0000Zz");
    expect(out[0].text).not.toContain("login2q1 ");
  });
});
