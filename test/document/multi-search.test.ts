import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { foldCase, MultiSearch } from "~/document/multi-search";
import { leakCheck } from "~/document/leak-check";

describe("MultiSearch", () => {
  it("finds every needle, overlapping ones and needles inside others too", () => {
    const search = new MultiSearch<string>();
    for (const needle of ["he", "she", "his", "hers", "ushe"]) search.add(needle, needle);
    expect(search.search("ushers").map((h) => `${h.payload}@${h.start}`)).toEqual([
      "ushe@0",
      "she@1",
      "he@2",
      "hers@2",
    ]);
  });
  it("finds needles longer than its automaton's prefix, of several lengths sharing one prefix", () => {
    const prefix = "PREFIX".repeat(6);
    const search = new MultiSearch<string>();
    for (const rest of ["1", "12", "123", "X123", "2"]) search.add(prefix + rest, rest);
    const hits = search.search(`${prefix}123 ${prefix}X12 ${prefix}2`).map((h) => `${h.payload}@${h.start}`);
    expect(hits).toEqual(["1@0", "12@0", "123@0", "2@80"]);
  });
  it("finishes on a megabyte of one long prefix among thousands of values that share it", () => {
    // Values a paste carries (FSH national ids, MRNs) often share a long prefix and differ at the end.
    const prefix = "PREFIXPREFIXPREFIXPREFIXPREFIXPRE";
    const search = new MultiSearch<number>();
    for (let i = 0; i < 11_000; i++) search.add(prefix + String(i).padStart(7, "0"), i);
    const text = `${prefix}Z\n`.repeat(500_000 / 35) + `${prefix}0000042\n`;
    expect(search.search(text).map((h) => h.payload)).toEqual([42]);
  });
  it("finishes on a megabyte of a long value's prefix repeated, the value itself a hundred thousand characters", () => {
    // A secret removed from a paste (a password that ran to the end of a long line) starts like a URL the rest of
    // the paste repeats: each repeat may cost only the characters it shares with the value, not the value's length.
    const url = "https://example.org/callback/aaaa";
    const search = new MultiSearch<string>();
    search.add(url + "x".repeat(100_000), "long");
    for (let i = 0; i < 8; i++) search.add(`${url}${i}`, `short${i}`);
    const text = `see ${url}\n`.repeat(1_000_000 / 38) + `${url}3`;
    expect(search.search(text).map((h) => h.payload)).toEqual(["short3"]);
  });
  it("finds what a plain search finds, for random needles around a shared prefix", () => {
    const prefix = "P".repeat(31);
    const pick = (n: number) => Array.from({ length: n }, () => "ab"[Math.floor(Math.random() * 2)]).join("");
    for (let round = 0; round < 30; round++) {
      const needles = Array.from({ length: 12 }, () => prefix + pick(Math.floor(Math.random() * 6)));
      const search = new MultiSearch<number>();
      needles.forEach((n, i) => search.add(n, i));
      const text = Array.from({ length: 20 }, () => prefix + pick(6)).join(" ");
      const expected: string[] = [];
      for (let at = 0; at < text.length; at++)
        needles.forEach((n, i) => text.startsWith(n, at) && expected.push(`${i}@${at}`));
      const found = search.search(text).map((h) => `${h.payload}@${h.start}`);
      expect(found.sort()).toEqual(expected.sort());
    }
  });
  it("finds what a plain search finds when needles are added between searches, non-ASCII ones at the root too", () => {
    // Values are carried item by item (known-personal.ts): each search after an add must see every needle so far,
    // a long needle's group sorted again with its new members, a first character outside ASCII reached from the root.
    const prefix = "Ψ".repeat(31);
    const letters = ["a", "b", "é", "Ψ"];
    const pick = (n: number) => Array.from({ length: n }, () => letters[Math.floor(Math.random() * 4)]).join("");
    for (let round = 0; round < 20; round++) {
      const search = new MultiSearch<number>();
      const needles: string[] = [];
      for (let step = 0; step < 8; step++) {
        const needle =
          Math.random() < 0.5 ? prefix + pick(Math.floor(Math.random() * 5)) : pick(1 + Math.floor(Math.random() * 4));
        search.add(needle, needles.push(needle) - 1);
        const text = Array.from({ length: 12 }, () => (Math.random() < 0.5 ? prefix : "") + pick(5)).join(" ");
        const expected: string[] = [];
        for (let at = 0; at < text.length; at++)
          needles.forEach((n, i) => text.startsWith(n, at) && expected.push(`${i}@${at}`));
        expect(
          search
            .search(text)
            .map((h) => `${h.payload}@${h.start}`)
            .sort(),
        ).toEqual(expected.sort());
      }
    }
  });
  it("finishes on a megabyte of text outside ASCII whose every character starts a needle", () => {
    // The root's transitions on characters outside ASCII are in the edge hash: each is still one look-up.
    const letters = "ΨΩéжñ漢字";
    const search = new MultiSearch<number>();
    const needle = (i: number) =>
      Array.from({ length: 6 + (i % 40) }, (_, k) => letters[(i * 7 + k * k) % letters.length]).join("");
    for (let i = 0; i < 2000; i++) search.add(needle(i), i);
    const text = letters.repeat(Math.ceil((1 << 20) / letters.length)) + " " + needle(1234);
    expect(search.search(text).map((h) => h.payload)).toContain(1234);
  });
  it("folds case without moving offsets", () => {
    expect(foldCase("ABC İx Ωé")).toHaveLength("ABC İx Ωé".length);
    expect(foldCase("Jane DOE")).toBe("jane doe");
  });
});

describe("the leak check with many removed values", () => {
  it("reports exactly the ones still present among twenty thousand", () => {
    const known = Array.from({ length: 20_000 }, (_, i) => ({
      value: String(197_284_315 + i),
      type: "resource_id",
      category: "phi" as const,
    }));
    const text = `## Evidence\n${"GET /r4/t/Specimen?_id=[REDACTED:resource_id#1] -> 403\n".repeat(2_000)}left over: 197294315 and 1972843150\n`;
    const leaks = leakCheck(text, known);
    expect(leaks).toHaveLength(1);
    expect(leaks[0]).toMatchObject({ type: "resource_id", occurrences: 1, line: 2002 });
  });
  it("matches secrets exactly and personal data in any case", () => {
    const known = [
      { value: "Zq8vT2mXr4Lp9sKw3NbY", type: "client_secret", category: "secret" as const },
      { value: "Jane Example", type: "name", category: "phi" as const },
    ];
    expect(leakCheck("zq8vt2mxr4lp9skw3nby", known)).toEqual([]);
    expect(leakCheck("Patient: JANE EXAMPLE", known).map((l) => l.type)).toEqual(["name"]);
  });
});

describe("MultiSearch memory", () => {
  // Each removed value of an export becomes needles here (one per form), and a large log removes tens of thousands of
  // long tokens: the automaton must cost a small multiple of the needles' own size, not hundreds of bytes per letter.
  it("holds thousands of long random needles in a few bytes per needle character", () => {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    let seed = 7;
    const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % 62;
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    const needles = Array.from({ length: 5_000 }, () => Array.from({ length: 200 }, () => alphabet[random()]).join(""));
    const needleChars = needles.length * 200;
    gc();
    const before = process.memoryUsage().heapUsed;
    const search = new MultiSearch<number>();
    needles.forEach((needle, i) => search.add(needle, i));
    const hits = search.search(`x ${needles[4_321]} y ${needles[17].slice(0, 199)}`);
    gc();
    const retained = process.memoryUsage().heapUsed - before;
    expect(hits.map((h) => h.payload)).toEqual([4_321]);
    expect(retained).toBeLessThan(4 * needleChars);
  });

  it("finds long needles that share a long prefix, and short needles inside long ones", () => {
    const header = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ";
    const search = new MultiSearch<string>();
    for (const tail of ["aaaa1", "aaaa2", "bbbb"]) search.add(header + tail, tail);
    search.add("SUzI1NiIs", "inner");
    const text = `${header}aaaa2 and ${header}aaaa3 and ${header}bbbb.`;
    const inner = header.indexOf("SUzI1NiIs");
    expect(
      search
        .search(text)
        .map((h) => `${h.payload}@${h.start}`)
        .sort(),
    ).toEqual(
      [
        `aaaa2@0`,
        `bbbb@${text.lastIndexOf(header)}`,
        `inner@${inner}`,
        `inner@${text.indexOf(header, 1) + inner}`,
        `inner@${text.lastIndexOf(header) + inner}`,
      ].sort(),
    );
  });
});

describe("foldCase over long texts", () => {
  it("lowers each character as it would alone, whatever piece it falls in", () => {
    const chunk = "ÀÉÎ ΣΑΣ İstanbul 😀 Ωmega ";
    const text = chunk.repeat(5_000);
    const folded = foldCase(text);
    expect(folded).toHaveLength(text.length);
    const alone = [...chunk].map((ch) => (ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch)).join("");
    expect(folded).toBe(alone.repeat(5_000));
  });
});
