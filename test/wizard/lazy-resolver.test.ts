import { describe, expect, it, vi } from "vitest";
import { lazyResolver } from "~/components/wizard/load-validation";
import type { TicketInput } from "~/ticket/schema";
import { emptyValues, type WizardValues } from "~/wizard/values";
import { seedValues } from "./fixtures";

const options = { fields: {}, shouldUseNativeValidation: false } as const;
/** The form holds the wizard's values (text as typed) where react-hook-form's types say the schema's input. */
const asInput = (values: WizardValues) => values as TicketInput;

describe("the wizard's resolver, which loads the ticket schema on its first call", () => {
  it("answers the schema's messages at the form's field names", async () => {
    const { errors } = await lazyResolver(asInput(emptyValues()), undefined, options);
    expect(errors).toMatchObject({ about: { opnMember: { message: "Answer Yes or No: are you an OPN member?" } } });
  });

  it("turns valid answers into the ticket the schema outputs", async () => {
    const { values, errors } = await lazyResolver(asInput(seedValues()), undefined, options);
    expect(errors).toEqual({});
    expect(values).toMatchObject({ application: { tenantId: seedValues().application.tenantId } });
  });
});

describe("the page's own validation, asked for again while it loads", () => {
  it("hands every caller the loaded module, never a half-evaluated one", async () => {
    vi.resetModules();
    const { loadValidation } = await import("~/components/wizard/load-validation");
    /** What each caller can use the moment its load resolves (the resolver calls it straight away). */
    const usable = () => loadValidation().then((m) => typeof m.ticketResolver === "function");
    const first = usable();
    let loaded = false;
    void first.finally(() => (loaded = true));
    const later: Array<Promise<boolean>> = [];
    while (!loaded) {
      later.push(usable());
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    expect(later.length).toBeGreaterThan(0);
    expect(await Promise.all([first, ...later])).not.toContain(false);
  });
});
