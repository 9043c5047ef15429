// A Java server's log line names its thread: WildFly's `(EE-ManagedExecutorService-default-Thread-13)`, Tomcat's
// `[http-nio-8080-exec-10]`. Words joined by dashes or underscores, with a number as a word of its own, are a name, not
// a random secret, however long the run (dcm4chee's log in test/corpora/real-artifacts lost its thread name so).
import { describe, it } from "vitest";

import { gone, kept, redact } from "./lib/redact-text";

describe("thread names in a log line", () => {
  it("words and numbers joined by dashes stay; a random run of the same length still goes", () => {
    const out = redact(
      [
        "11:43:27,408 INFO  [org.dcm4chee.arc.audit.AuditService] (EE-ManagedExecutorService-default-Thread-10) Exit spooling",
        "10:00:01,002 DEBUG [o.a.c.Http11Processor] (ManagedScheduledExecutorService_default_Thread_2) Socket closed",
        "10:00:02,003 WARN  sent with kQ7x-Zr2mW9pLc4TvB8nY3hDf6sJa1GuE5 attached",
      ].join("\n"),
    );
    kept(out, "(EE-ManagedExecutorService-default-Thread-10)", "(ManagedScheduledExecutorService_default_Thread_2)");
    gone(out, "kQ7x-Zr2mW9pLc4TvB8nY3hDf6sJa1GuE5");
  });

  it("grouped keys and passphrases (letter groups beside digit groups, not words) still go", () => {
    const keys = [
      "AbcdEfghIjklMnop-2024-QrstUvwxYzab-77",
      "xKqPzRwTvBnMaSdF_4821_LmNoPqRsTuVwXyZa_93",
      "ABCDefghIJKLmnopQRST-0123456789-uvwxYZab",
    ];
    const out = redact(keys.map((k) => `10:00:02,003 WARN  sent with ${k} attached`).join("\n"));
    gone(out, ...keys);
    // In a thread's place (`(…)`) camel-case parts are words, but a part mixing case with no word in it is not.
    gone(redact(`10:00:02,003 WARN  (xKqPzRwTvBnMaSdF_4821_LmNoPqRsTuVwXyZa_93) key`), keys[1]);
  });

  it("a thread name of plain words stays outside brackets too", () => {
    const name = "Default-Executor-Thread-42-worker-pool-HTTP";
    kept(redact(`10:00:02,003 WARN  ${name} Socket closed`), name);
  });

  it("a megabyte-long run of joined words, or of one random-looking part, finishes", () => {
    const MB = 1 << 20;
    for (const text of ["(" + "Thread-7-".repeat(MB / 9) + ")", "(" + "aB3".repeat(MB / 3) + "-x-y)"]) redact(text);
  });
});
