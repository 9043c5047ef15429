// Objects printed by programs and pasted instead of JSON: PHP print_r and var_dump, Ruby's hash-rocket inspect, Go's
// %+v and %#v, PowerShell's list view. Each pair's key says what its value is, as a JSON key would. Synthetic values,
// real shapes (test/corpora/real-artifacts/dump-*).
import { describe, expect, it } from "vitest";
import { readPrintedPairs } from "~/redaction/printed-pairs";
import { LINEAR, growth, repeat, slicedGrowth } from "../hostile/work-meter";
import { expectRedacted as gone, redact } from "./lib/redact-text";

const values = (text: string) => readPrintedPairs(text).map((g) => g.map((p) => [p.key, text.slice(p.start, p.end)]));

describe("printed objects: the pairs read", () => {
  it("print_r on one line, the last value before the closing parenthesis", () => {
    expect(values("Array ( [access_token] => 0/4fa9c2 [expires_in] => 3600 [name] => Jane Roe )")).toEqual([
      [
        ["access_token", "0/4fa9c2"],
        ["expires_in", "3600"],
        ["name", "Jane Roe"],
      ],
    ]);
  });

  it("var_dump: the string after its length, on the same line or the next; a nested object is no value", () => {
    const text = '  ["token"]=>\n  string(8) "a b\\"c d"\n  ["data"]=> object(stdClass)#3 (1) {\n  ["id"]=> int(54)';
    expect(values(text)).toEqual([
      [
        ["token", 'a b\\"c d'],
        ["id", "54"],
      ],
    ]);
  });

  it("Go %+v: a value runs to the next field; an empty field stays empty", () => {
    expect(values('data="&{Name:Jane Roe DisplayName: Login:jroe Attributes:map[]}"')).toEqual([
      [
        ["name", "Jane Roe"],
        ["login", "jroe"],
      ],
    ]);
  });

  it("Go %#v: quoted values after a type name, apart by commas", () => {
    expect(values('&oauth2.Token{AccessToken:"gho_x1", TokenType:"bearer", Expiry:time.Time{wall:0}}')).toEqual([
      [
        ["accessToken", "gho_x1"],
        ["tokenType", "bearer"],
        // A nested struct is read on its own.
        ["wall", "0"],
      ],
    ]);
  });

  it("Ruby hash-rocket keys, symbols and strings", () => {
    expect(values('{:email=>"jr@example.org", "nickname"=>"Jane", :tasks=>["A"]}')).toEqual([
      [
        ["email", "jr@example.org"],
        ["nickname", "Jane"],
      ],
    ]);
  });

  it("PowerShell's list view: two or more lines with their colons in one column", () => {
    expect(values("GivenName   : Jane\nSurname     : Roe\nEnabled     : True\n\nnot : a list")).toEqual([
      [
        ["givenName", "Jane"],
        ["surname", "Roe"],
        ["enabled", "True"],
      ],
    ]);
  });

  it("a Go value whose quote never closes ends at its line: a struct on the next line is still read", () => {
    const text = 'note {Msg:"it\'s broken\n&oauth2.Token{AccessToken:"kq8Zt2LmN4pQ7rS1vX3yB6cD9fG0hJ"}';
    expect(values(text)).toEqual([[["accessToken", "kq8Zt2LmN4pQ7rS1vX3yB6cD9fG0hJ"]]]);
  });

  it("nothing in code, prose or JSON", () => {
    expect(values('$a = ["k" => 1]; if (x) { y: 1 } {"name": "Jane"} a => b')).toEqual([]);
  });
});

describe("printed objects: what a user sees", () => {
  it("print_r's token and login go; lifetimes and scope stay", () => {
    gone(
      "//Array ( [access_token] => 0/39bd9b07b8fdhfg [expires_in] => 7200 [openid] => oQx7Ta81Km2ZpL0wYq3 " +
        "[scope] => snsapi_login [username] => tquarrie )",
      ["0/39bd9b07b8fdhfg", "tquarrie"],
      ["[expires_in] => 7200", "[scope] => snsapi_login"],
    );
  });

  it("var_dump's tokens go, and the name and e-mail of the user object under them", () => {
    gone(
      '["access_token"]=> string(18) "0/7c1d9e2fa33b4cdd"\n["token_type"]=> string(6) "bearer"\n' +
        '["data"]=> object(stdClass)#3 (2) {\n  ["name"]=> string(9) "Tamsin Qu"\n' +
        '  ["email"]=> string(13) "tq@example.org" }\n["refresh_token"]=>\nstring(18) "0/4e6a0c19d2b85f7a"',
      ["0/7c1d9e2fa33b4cdd", "0/4e6a0c19d2b85f7a", "Tamsin Qu", "tq@example.org"],
      ['["token_type"]=> string(6) "bearer"'],
    );
  });

  it("Go %+v: the person's name goes and an empty struct stays as printed", () => {
    const out = gone(
      'msg="user" data="&{Name:Tamsin Quarrie Email:tq@example.org Login:tquarrie}"',
      ["Tamsin", "Quarrie", "tq@example.org", "tquarrie"],
      ["data=", "Email:", "Login:"],
    );
    expect(out).not.toContain("Name:Tamsin");
    gone(
      'data="&{Name: DisplayName: Login: Username: Email: Upn: Attributes:map[]}"',
      [],
      ["&{Name: DisplayName: Login: Username: Email: Upn: Attributes:map[]}"],
    );
  });

  it("Ruby hash-rocket: a person's name beside an e-mail goes; a page's name stays", () => {
    gone(
      '{:name=>"Tamsin Quarrie", :email=>"tq@example.org", :id=>"42"}',
      ["Tamsin Quarrie", "tq@example.org"],
      [':id=>"42"'],
    );
    gone(
      '#<Page {:access_token=>"EAAGx9Tq2LmZ0pW7", :name=>"Cause Club", :id=>"3801"}>',
      ["EAAGx9Tq2LmZ0pW7"],
      [':name=>"Cause Club"'],
    );
  });

  it("WeChat's openid and unionid name a person's account and go; the scope named openid stays", () => {
    gone(
      "Array ( [openid] => oQx7Ta81Km2ZpL0wYq3bN5cE [scope] => snsapi_login [unionid] => o98wZv14RE-XUBYEU4ab )\n" +
        "scope=openid profile, openid: true",
      ["oQx7Ta81Km2ZpL0wYq3bN5cE", "o98wZv14RE-XUBYEU4ab"],
      ["scope=openid profile", "openid: true", "[scope] => snsapi_login"],
    );
  });

  it("a compound `…_name` key names a thing unless its first word is a person's (`customer_name`)", () => {
    gone(
      '{:app_name=>"mike", :email=>"tq@example.org", :customer_name=>"Tamsin Quarrie"}',
      ["Tamsin Quarrie"],
      [':app_name=>"mike"'],
    );
  });

  it("a person's city and postal code go beside their name or e-mail; a city alone in a log stays", () => {
    gone(
      "Patient created JdbcPatient{id=23, first_name='Tamsin', last_name='Quarrie', city='Kielce', zip='25-001', " +
        "email='tq@example.org', admissions=null}",
      ["Tamsin", "Quarrie", "Kielce", "25-001", "tq@example.org"],
      ["admissions=null", "JdbcPatient{id=23"],
    );
    gone("Array ( [email] => tq@example.org [address_postal_code] => 94114 [address_city] => Oakland )", [
      "94114",
      "Oakland",
    ]);
    gone("INFO region=eu city=Frankfurt latency=42ms", [], ["city=Frankfurt"]);
  });

  it("PowerShell's list view: a directory user's names and login go", () => {
    gone(
      "DisplayName       : Tamsin Quarrie\nGivenName         : Tamsin\nSamAccountName    : tquarrie\nEnabled           : True",
      ["Tamsin", "Quarrie", "tquarrie"],
      ["Enabled           : True", "DisplayName       : "],
    );
  });

  it.each([
    [
      "print_r",
      "Array\n(\n    [given] => Maria\n    [family] => Gonzalez\n    [birthDate] => 1961-04-12\n    [id] => 12724066\n)",
    ],
    [
      "var_dump",
      '["family"]=>\n  string(8) "Gonzalez"\n  ["birth_date"]=>\n  string(10) "1961-04-12"\n  ["id"]=> int(12724066)',
    ],
    [
      "PowerShell's list view",
      "Id                : 12724066\nBirthDate         : 1961-04-12\nFamily            : Gonzalez",
    ],
    ["Ruby 3.4 inspect", '{id: "12724066", family: "Gonzalez", birth_date: "1961-04-12"}'],
    ["a Python dict", "{'id': '12724066', 'family': 'Gonzalez', 'birth_date': '1961-04-12'}"],
    ["Go %+v", "&{ID:12724066 Family:Gonzalez BirthDate:1961-04-12}"],
  ])(
    "%s: a person's record (a birth date under its key) loses the date and the name beside it; the id stays",
    (_, text) => {
      gone(text, ["Gonzalez", "1961-04-12"], ["12724066"]);
    },
  );

  it("a name's key alone makes no person's record: a font family and a release date stay", () => {
    gone("Array\n(\n    [family] => Roboto\n    [releaseDate] => 2024-04-12\n)", [], ["Roboto", "2024-04-12"]);
  });

  it("Ruby 3.4 and Python pairs are read: a secret under its key goes", () => {
    gone(
      '{access_token: "kq8Zt2LmN4pQ7rS1vX3yB6cD9fG0hJ", expires_in: 3600}',
      ["kq8Zt2LmN4pQ7rS1vX3yB6cD9fG0hJ"],
      ["3600"],
    );
    expect(values("{'password': 'hunter2hunter2', 'scope': 'launch'}")).toEqual([
      [
        ["password", "hunter2hunter2"],
        ["scope", "launch"],
      ],
    ]);
  });

  it("reads PHP var_export's and Perl Data::Dumper's single-quoted pairs", () => {
    expect(values("array (\n  'grant_type' => 'authorization_code',\n  'code' => 'it\\'s',\n)")).toEqual([
      [
        ["grant_type", "authorization_code"],
        ["code", "it\\'s"],
      ],
    ]);
  });

  it("redacting the output again changes nothing", () => {
    const once = redact("Array ( [access_token] => 0/39bd9b07b8fdhfg [name] => Tamsin Quarrie [email] => t@q.org )");
    expect(redact(once)).toBe(once);
  });
});

describe("printed objects: hostile input", () => {
  const MB = 1_000_000;
  it.each([
    ["print_r pairs with no line break", "[k] => v "],
    ["var_dump openers with no string", '["k"]=>\n'],
    ["var_dump strings with no closing quote", '["k"]=> string(99) "abc'],
    ["Go fields in one unclosed struct", "{A:{B:x C:"],
    ["Go struct openers", "&{Name:"],
    ["hash rockets", ':k=>"v", '],
    ["list-view lines", "Key    : value\n"],
    ["Go fields of one struct", "{Name:Jane Roe Email:x "],
    ["print_r lines", "[name] => Jane Roe\n"],
    ["brackets", "[[[[=>"],
    ["Python pairs", "{'k': 'v', "],
    ["Ruby 3.4 pairs with no closing quote", ', k: "abc'],
    ["var_export pairs, each value's quote escaped", "'k' => '\\"],
    ["var_export keys with a value of the other quote", "'code' => \"x'"],
  ])("%s (1 MB) finishes", (_label, fragment) => {
    const text = fragment.repeat(Math.ceil(MB / fragment.length));
    expect(readPrintedPairs(text).length).toBeGreaterThanOrEqual(0);
    expect(typeof redact(text)).toBe("string");
    // The reader's work and the characters it cuts grow as the input does (4× the input, not 16× the work).
    expect(growth(repeat(fragment), readPrintedPairs, 16_000)).toBeLessThan(LINEAR);
    expect(slicedGrowth(repeat(fragment), readPrintedPairs, 16_000)).toBeLessThan(LINEAR);
  });
});
