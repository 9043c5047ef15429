// A key and its secret passed to a program as bare arguments (`java Main <key> <secret>`, `python send.py <key>
// <secret>`): both go by their shape, side by side on a command line; ids (UUIDs), commits, flags and words stay.
import { describe, it } from "vitest";
import { expectRedacted as check } from "./lib/redact-text";

const KEY = "5be17c02d94fa6e38c1d07b2a9f4e651";
const SECRET = "c04a8e7d13f9b265e0d7a4c18b3f92de";

describe("a key and its secret as bare command-line arguments", () => {
  it("java with a classpath: both hex arguments go, the flags after them stay", () => {
    check(
      `    java -cp "target/*:target/dependency/*" SMSGlobalRESTClientMain ${KEY} ${SECRET} false true\n    == Balance ==`,
      [KEY, SECRET],
      ["SMSGlobalRESTClientMain", "false true", "== Balance =="],
    );
  });

  it("after a shell prompt, a python script's mixed-case key and secret", () => {
    check(
      "$ python3 send_sms.py AKx9Qm2Lw7RtZp4N Vb8nK3sQz7Lm2Xw9Rt4YpH6c --to +15551230000\nTraceback (most recent call last):",
      ["AKx9Qm2Lw7RtZp4N", "Vb8nK3sQz7Lm2Xw9Rt4YpH6c"],
      ["send_sms.py", "Traceback (most recent call last):"],
    );
  });

  it("a key already known (redacted elsewhere) still takes its neighbour", () => {
    check(
      `./run-client.sh ${KEY} ${SECRET}\nAuthorization: MAC id="${KEY}",ts="1371782780",mac="Qe7Rk2vXbN0pLs9/TfWc4yHd8uJm3Ao6KiZg5BxnE1q="`,
      [KEY, SECRET],
      ['ts="1371782780"'],
    );
  });

  it("request ids, commits and a lone hex id on a command line stay", () => {
    check(
      "node replay.js 6cb0fa34-d090-455e-9319-a5fd1d99cca1 7f3a9c21-0001-4e2b-8c3d-5a6b7c8d9e0f\n./compare.sh 0c8651e2f31f5a9b1c2d3e4f5a6b7c8d9e0f1a2b f317e01aa2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7\njava Lookup 12724066 c04a8e7d",
      [],
      [
        "6cb0fa34-d090-455e-9319-a5fd1d99cca1 7f3a9c21-0001-4e2b-8c3d-5a6b7c8d9e0f",
        "0c8651e2f31f5a9b1c2d3e4f5a6b7c8d9e0f1a2b f317e01aa2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7",
        "java Lookup 12724066 c04a8e7d",
      ],
    );
  });

  it("prose with two hex ids is no command line", () => {
    check(`The trace ${KEY} ${SECRET} failed at 10:02`, [], [`${KEY} ${SECRET}`]);
  });
});
