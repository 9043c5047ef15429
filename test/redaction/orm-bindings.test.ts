// An ORM's log of bound parameters (Hibernate's BasicBinder TRACE lines, Hibernate 6's `(n:TYPE) <- [value]`): each
// value judged by the column its `?` stands for in the statement logged above it. Synthetic values in the real layouts
// (test/corpora/real-artifacts holds the public originals: hibernate-*.log/sql).
import { describe, expect, it } from "vitest";
import { redact } from "./lib/redact-text";

describe("ORM bound parameters", () => {
  it("an INSERT's values go by their column; ids and codes stay", () => {
    const text = [
      "Hibernate: ",
      "    insert ",
      "    into",
      "        patient",
      "        (first_name, last_name, mrn, status, id) ",
      "    values",
      "        (?, ?, ?, ?, ?)",
      "2024-03-02 10:11:12.101 TRACE 4242 --- [nio-8080-exec-1] o.h.type.descriptor.sql.BasicBinder      : binding parameter [1] as [VARCHAR] - [Quillon]",
      "2024-03-02 10:11:12.101 TRACE 4242 --- [nio-8080-exec-1] o.h.type.descriptor.sql.BasicBinder      : binding parameter [2] as [VARCHAR] - [Ravensworth]",
      "2024-03-02 10:11:12.102 TRACE 4242 --- [nio-8080-exec-1] o.h.type.descriptor.sql.BasicBinder      : binding parameter [3] as [VARCHAR] - [MRN7730041]",
      "2024-03-02 10:11:12.102 TRACE 4242 --- [nio-8080-exec-1] o.h.type.descriptor.sql.BasicBinder      : binding parameter [4] as [VARCHAR] - [ACTIVE]",
      "2024-03-02 10:11:12.102 TRACE 4242 --- [nio-8080-exec-1] o.h.type.descriptor.sql.BasicBinder      : binding parameter [5] as [BIGINT] - [918273]",
    ].join("\n");
    const out = redact(text);
    for (const v of ["Quillon", "Ravensworth", "MRN7730041"]) expect(out, v).not.toContain(v);
    expect(out).toContain("binding parameter [4] as [VARCHAR] - [ACTIVE]");
    expect(out).toContain("binding parameter [5] as [BIGINT] - [918273]");
  });

  it("a WHERE clause's compared columns, Hibernate 6's format, SQL comments", () => {
    const text = [
      "select p1_0.id from person p1_0 where p1_0.last_name=? and p1_0.birth_date=? and p1_0.tenant=?",
      "binding parameter (1:VARCHAR) <- [Ostrowiecka]",
      "binding parameter (2:DATE) <- [1949-12-01]",
      "binding parameter (3:VARCHAR) <- [ec2458f2-1e24-41c8-b71b-0e701af7583d]",
      "",
      "INSERT INTO Person (createdBy, firstName, lastName, id) VALUES (?, ?, ?, ?)",
      "-- binding parameter [2] as [VARCHAR] - [Eudora]",
      "-- binding parameter [3] as [VARCHAR] - [Lim]",
      "-- binding parameter [4] as [BIGINT]  - [1]",
    ].join("\n");
    const out = redact(text);
    for (const v of ["Ostrowiecka", "1949-12-01", "Eudora", "[Lim]"]) expect(out, v).not.toContain(v);
    expect(out).toContain("<- [ec2458f2-1e24-41c8-b71b-0e701af7583d]");
    expect(out).toContain("-- binding parameter [4] as [BIGINT]  - [1]");
  });
});
