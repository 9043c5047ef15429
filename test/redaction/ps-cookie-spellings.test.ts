// "Copy as PowerShell" edited by hand: a cookie's value with PowerShell's doubled quote inside, the constructor called
// with -ArgumentList or as [System.Net.Cookie]::new(…). The whole value goes; the name stays (review RB, L1).
import { expect, it } from "vitest";
import { redact } from "./lib/redact-text";

it("a PowerShell cookie's value goes whole, in every way of building the cookie", () => {
  for (const [line, secret] of [
    [
      `$session.Cookies.Add((New-Object System.Net.Cookie('sid', 'it''s-secret-ABC123', '/', 'example.org')))`,
      "s-secret-ABC123",
    ],
    [
      `$session.Cookies.Add((New-Object System.Net.Cookie("sid", "abc""DEF123secretvalue", "/", "example.org")))`,
      "DEF123secretvalue",
    ],
    [`$c = New-Object System.Net.Cookie -ArgumentList "sid","Zq81mWx7Kp2rT9", "/", "example.org"`, "Zq81mWx7Kp2rT9"],
    [`$c = [System.Net.Cookie]::new("sid","Zq81mWx7Kp2rT9")`, "Zq81mWx7Kp2rT9"],
  ]) {
    const out = redact(line);
    expect(out, line).not.toContain(secret);
    expect(out, line).toMatch(/["']sid["']/);
  }
});
