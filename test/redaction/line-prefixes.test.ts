// The line-prefix reader on its own, with a reader that shows what it was given: which prefixes come off, which lines
// are left as they stand, and that every prefix comes back byte for byte.
import { describe, expect, it } from "vitest";
import { redactLinePrefixes } from "~/redaction/line-prefixes";

/** Reads by upper-casing, and keeps what it was given. */
function recorder() {
  const seen: string[] = [];
  const read = (t: string) => {
    seen.push(t);
    return t.toUpperCase();
  };
  return { seen, read };
}

describe("redactLinePrefixes", () => {
  it("takes a compose service's prefix off two lines and puts it back", () => {
    const { seen, read } = recorder();
    const out = redactLinePrefixes('api-1  | {\napi-1  |   "a": "b"\napi-1  | }\n', read);
    expect(seen).toEqual(['{\n  "a": "b"\n}\n']);
    expect(out).toBe('api-1  | {\napi-1  |   "A": "B"\napi-1  | }\n');
  });

  it("reads the text around a run together with it, so what stands before and after keeps its meaning", () => {
    const { seen, read } = recorder();
    redactLinePrefixes("patient:\n  10 | name: x\n  11 | dob: y\nend\n", read);
    expect(seen).toEqual(["patient:\nname: x\ndob: y\nend\n"]);
  });

  it("takes a hunk's markers off, blank lines included, and leaves the header as written", () => {
    const { seen, read } = recorder();
    const out = redactLinePrefixes("@@ -1,3 +1,3 @@\n a\n-b\n\n+c\n", read);
    expect(seen).toEqual(["@@ -1,3 +1,3 @@\na\nb\n\nc\n"]);
    expect(out).toBe("@@ -1,3 +1,3 @@\n A\n-B\n\n+C\n");
  });

  it("reads numbers as a gutter only when they follow each other", () => {
    const { seen, read } = recorder();
    redactLinePrefixes("12: a\n13: b\n20: c\n", read);
    expect(seen).toEqual(["a\nb\n20: c\n"]);
  });

  it("leaves table rows as they stand: psql's id column, a TSV or COPY id column", () => {
    for (const table of [
      " 1 | Yoan  | 1998-11-02\n 2 | Omer  | 2010-12-03\n",
      "1\tYoan\t1998-11-02\n2\tOmer\t2010-12-03\n",
    ]) {
      const { seen, read } = recorder();
      redactLinePrefixes(table, read);
      expect(seen).toEqual([table]);
    }
  });

  it("reads cat -n's six-wide numbers and tab as a gutter", () => {
    const { seen, read } = recorder();
    redactLinePrefixes("     9\ta\n    10\tb\n", read);
    expect(seen).toEqual(["a\nb\n"]);
  });

  it("leaves one prefixed line to the reader as it stands", () => {
    const { seen, read } = recorder();
    redactLinePrefixes("api-1  | token=abc\nplain\n", read);
    expect(seen).toEqual(["api-1  | token=abc\nplain\n"]);
  });

  it("takes a prefix under a prefix off, and hands a quote under them to the quote reader and back", () => {
    const { seen, read } = recorder();
    const out = redactLinePrefixes("api-1  | # > @@ -1 +1 @@\napi-1  | # > -a\napi-1  | # > +b\n", read);
    expect(seen).toEqual(["@@ -1 +1 @@\na\nb\n"]);
    expect(out).toBe("api-1  | # > @@ -1 +1 @@\napi-1  | # > -A\napi-1  | # > +B\n");
  });

  it("reads the text as written when the reader joined lines", () => {
    const seen: string[] = [];
    const out = redactLinePrefixes("# a\n# b\n", (t) => {
      seen.push(t);
      return t.replace("\n", " ");
    });
    expect(seen).toEqual(["a\nb\n", "# a\n# b\n"]);
    expect(out).toBe("# a # b\n");
  });

  it("reads a review copy's old and new line numbers as a gutter while both follow on", () => {
    const { seen, read } = recorder();
    const out = redactLinePrefixes("  41   43 │ a\n  42   44 │ b\n  43      │ c\n", read);
    expect(seen).toEqual(["a\nb\n  43      │ c\n"]);
    expect(out).toBe("  41   43 │ A\n  42   44 │ B\n  43      │ C\n");
  });

  it("leaves every row of a table under its column header as it stands: a data frame's, a data.table's", () => {
    for (const table of [
      "    row  mrn name\n0  1000 7712 Yoan\n1  1001 7713 Omer\n2  1002 7714 Ines\n",
      "     name born\n1: Yoan 1998\n2: Omer 2010\n3: Ines 2001\n",
    ]) {
      const { seen, read } = recorder();
      redactLinePrefixes(table, read);
      expect(seen).toEqual([table]);
    }
  });

  it("reads a quoted bar block's lines without their bar; a bare one and a Markdown table's rows stay as they stand", () => {
    const { seen, read } = recorder();
    redactLinePrefixes("> | a\n> |\n> | b\n", read);
    expect(seen).toEqual(["a\n\nb\n"]);
    // The quote comes off; the bars of a bare block and of a table's rows stay.
    for (const table of ["| a\n| b\n", "> | Name |\n> | Yoan |\n", "> | Name | Born\n> | Yoan | 1998\n"]) {
      const rows = recorder();
      redactLinePrefixes(table, rows.read);
      expect(rows.seen).toEqual([table.replace(/^> /gm, "")]);
    }
  });

  it("takes at most three prefixes under each other off", () => {
    const { seen, read } = recorder();
    redactLinePrefixes("# # # # # a\n# # # # # b\n", read);
    expect(seen).toEqual(["# # a\n# # b\n"]);
  });
});
