// The Evidence step's pure state: what each edit does to the items and what it asks the runner to do, and what the
// form's `evidence` list is made of. No timers, worker or form here (evidence-step.test.tsx drives the runner).
import { describe, expect, it } from "vitest";
import {
  MAX_ITEMS,
  MAX_PASTE_CHARS,
  editEvidence,
  failedResult,
  formEvidence,
  initialSnapshot,
  projection,
  withRun,
  type SessionItem,
  type SessionSnapshot,
} from "~/evidence/step/evidence-state";

const TOKEN_RESPONSE =
  '{"access_token":"eyJhbGciOiJSUzI1NiJ9.e30.c2ln","token_type":"Bearer","scope":"system/Patient.read"}';

function state(items: Partial<SessionItem>[] = []): SessionSnapshot {
  return {
    ...initialSnapshot([]),
    items: items.map((i, n) => ({
      id: `evidence-${n + 1}`,
      kind: "text",
      kindFrom: "detected",
      label: "",
      raw: "",
      source: { type: "paste" },
      readWarnings: [],
      ...i,
    })),
  };
}

const redacted = (id: string, text: string) => ({
  outcome: {
    id,
    ok: true as const,
    redacted: { id, kind: "text" as const, text, findings: [], spans: [], warnings: [] },
    parseWarnings: [],
  },
  raw: "raw",
  kind: "text" as const,
});

describe("edits of the evidence items", () => {
  it("adds an empty item to paste into with the next free id, and refuses the 51st with a message", () => {
    const one = editEvidence(state([{ id: "evidence-1" }]), { type: "add-paste" });
    expect(one.effects.added).toBe("evidence-2");
    expect(one.state.items.map((i) => i.id)).toEqual(["evidence-1", "evidence-2"]);

    const full = state(Array.from({ length: MAX_ITEMS }, () => ({})));
    const refused = editEvidence(full, { type: "add-paste" });
    expect(refused.state).toBe(full);
    expect(refused.effects.message).toMatch(/Fifty evidence items is the limit/);
  });

  it("detects a file's kind and redacts it at once", () => {
    const { state: next, effects } = editEvidence(state(), {
      type: "add-file",
      file: { name: "token.json", size: TOKEN_RESPONSE.length, text: TOKEN_RESPONSE, warnings: [] },
    });
    expect(next.items[0]).toMatchObject({ kind: "token-response", source: { type: "file", name: "token.json" } });
    expect(effects.run).toBe("now");
  });

  it("re-detects the kind of typed text (after the typing pause), but keeps a kind the user chose", () => {
    const typed = editEvidence(state([{}]), { type: "set-text", id: "evidence-1", raw: TOKEN_RESPONSE });
    expect(typed.state.items[0].kind).toBe("token-response");
    expect(typed.effects).toEqual({ project: false, run: "debounced" });

    const chosen = editEvidence(state([{ kind: "log", kindFrom: "user" }]), {
      type: "set-text",
      id: "evidence-1",
      raw: TOKEN_RESPONSE,
    });
    expect(chosen.state.items[0].kind).toBe("log");
  });

  it("refuses a paste past the size limit with a message that does not quote it, and changes nothing", () => {
    const before = state([{ raw: "kept" }]);
    const huge = "x".repeat(MAX_PASTE_CHARS + 1);
    const result = editEvidence(before, { type: "set-text", id: "evidence-1", raw: huge });
    expect(result.state).toBe(before);
    expect(result.effects.message).toMatch(/more than 50 MB of text/);
    expect(result.effects.message!.length).toBeLessThan(200);
  });

  it("emptying an item takes it out of the form at once", () => {
    const result = editEvidence(state([{ raw: "something" }]), { type: "set-text", id: "evidence-1", raw: "  " });
    expect(result.state.items[0].kind).toBe("text");
    expect(result.effects.project).toBe(true);
  });

  it("removing an item redacts the rest again (placeholder numbers), or clears the suggestions when none is left", () => {
    const two = editEvidence(state([{ raw: "a" }, { raw: "b" }]), { type: "remove", id: "evidence-1" });
    expect(two.state.items.map((i) => i.id)).toEqual(["evidence-2"]);
    expect(two.effects).toEqual({ project: true, run: "now" });

    const withSuggestions = { ...state([{ raw: "a" }]), suggestions: { examples: [], application: {} } as never };
    const last = editEvidence(withSuggestions, { type: "remove", id: "evidence-1" });
    expect(last.state.suggestions).toBeNull();
    expect(last.effects.run).toBeUndefined();
  });

  it("keeps labels to 200 characters and shows them in the form at once", () => {
    const result = editEvidence(state([{}]), { type: "set-label", id: "evidence-1", label: "L".repeat(300) });
    expect(result.state.items[0].label).toHaveLength(200);
    expect(result.effects.project).toBe(true);
  });
});

describe("what the form's evidence list holds", () => {
  it("only items whose redaction succeeded, as their redacted text, in order", () => {
    const items = state([{ raw: "one", label: "first" }, { raw: "two" }, { raw: "   " }]).items;
    const results = {
      "evidence-1": redacted("evidence-1", "[REDACTED:access_token#1]"),
      "evidence-2": {
        outcome: { id: "evidence-2", ok: false as const, message: "failed" },
        raw: "two",
        kind: "text" as const,
      },
      "evidence-3": redacted("evidence-3", "blank"),
    };
    expect(projection(items, results)).toEqual([
      { id: "evidence-1", kind: "text", label: "first", text: "[REDACTED:access_token#1]" },
    ]);
  });

  it("a failed run takes none of its items (fail closed)", () => {
    const before = state([{ raw: "secret" }]);
    const used = new Map([["evidence-1", { raw: "secret", kind: "text" as const }]]);
    const after = withRun(
      before,
      failedResult({
        items: [{ id: "evidence-1", kind: "text", text: "secret" }],
        environment: "client-prod",
        terms: [],
        restored: [],
        keep: [],
      }),
      used,
      "page",
    );
    expect(projection(after.items, after.results)).toEqual([]);
    expect(after.lastRun).toBe("page");
  });

  it("reads whatever odd shape the form holds as strings, without throwing", () => {
    expect(formEvidence([{ id: 3, kind: null, text: "t" }, "junk", null])).toEqual([
      { id: "3", kind: "", label: "", text: "t" },
    ]);
    expect(formEvidence("not a list")).toEqual([]);
  });
});
