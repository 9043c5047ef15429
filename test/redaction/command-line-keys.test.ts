// A key and its secret passed to a program as bare arguments (`java Main <key> <secret>`, `python send.py <key>
// <secret>`): both go by their shape, side by side on a command line; ids (UUIDs), commits, flags and words stay.
import { describe, it } from "vitest";
import { expectRedacted as check } from "./lib/redact-text";

const KEY = "5be17c02d94fa6e38c1d07b2a9f4e651";
const SECRET = "c04a8e7d13f9b265e0d7a4c18b3f92de";

describe("a key and its secret as bare command-line arguments", () => {
  it("java with a classpath: both generated arguments go, the flags after them stay", () => {
    check(
      `    java -cp "target/*:target/dependency/*" SMSGlobalRESTClientMain Kq7ZrT2mWx9pLs4vBn8c Zx9Kq7ZrT2mWx9pLs4vB false true\n    == Balance ==`,
      ["Kq7ZrT2mWx9pLs4vBn8c", "Zx9Kq7ZrT2mWx9pLs4vB"],
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

describe("review RQ: wrappers, prompts and quotes before a key pair; hex facts", () => {
  const K = "Kq7ZrT2mWx9pLs4vBn8c";
  const S = "Zx9Kq7ZrT2mWx9pLs4vB";

  it("after sudo, an env prefix, time or nohup, the pair goes", () => {
    check(
      `$ sudo python3 send.py ${K} ${S}\n$ API_KEY=x python3 send.py ${K}1 ${S}1\n$ time nohup node send.js ${K}2 ${S}2\n$ sudo -E env DEBUG=1 ruby send.rb ${K}3 ${S}3`,
      [K, S, `${K}1`, `${S}1`, `${K}2`, `${S}2`, `${K}3`, `${S}3`],
      ["sudo python3 send.py", "time nohup node send.js", "ruby send.rb"],
    );
  });

  it("after a cmd.exe prompt and in docker run, the pair goes", () => {
    check(
      `C:\\Users\\dev> java.exe -cp . Main ${K} ${S}\n$ docker run --rm img:1.2 ${K}1 ${S}1`,
      [K, S, `${K}1`, `${S}1`],
      ["> java.exe -cp . Main", "docker run --rm img:1.2"],
    );
  });

  it("quoted arguments go, their quotes stay", () => {
    const out = check(`$ python3 send.py '${K}' "${S}"`, [K, S], ["$ python3 send.py '"]);
    check(out, [], [`' "`]);
  });

  it("hex checksums and a commit range passed to a script stay", () => {
    check(
      "$ python3 bench.py 5f4dcc3b5aa765d61d8327deb882cf99 e99a18c428cb38d5f260853678922e03 0c8651e2f31f5a9b\n$ bash deploy.sh a1b2c3d4e5f6a7b8 b8a7f6e5d4c3b2a1",
      [],
      [
        "5f4dcc3b5aa765d61d8327deb882cf99 e99a18c428cb38d5f260853678922e03 0c8651e2f31f5a9b",
        "a1b2c3d4e5f6a7b8 b8a7f6e5d4c3b2a1",
      ],
    );
  });
});
