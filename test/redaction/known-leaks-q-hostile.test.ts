// The shapes read for this round's known leaks on hostile input (token auth-params, user ids named by a prefix, a
// name that spells its e-mail, a key and secret as command-line arguments, mongosh documents, DynamoDB typed values,
// a frame of names and cities, Erlang maps): the work grows linearly with the input and a megabyte of each finishes.
import { describe } from "vitest";
import { itIsLinearAndFinishes, jsonArray, MB, redactDetected } from "../hostile/lib/hostile-tables";

const KEY = "5be17c02d94fa6e38c1d07b2a9f4e651";

describe("hostile input for the known-leak shapes", () => {
  itIsLinearAndFinishes([
    ["token auth-params on header lines", 'Authorization: Token token="a8f3c9e1b2d4", email="j@x.org"\n'],
    ["token auth-params on one line", 'Authorization: Bearer token="a8f3", realm="r", '],
    ["token auth-param quotes never closed", 'Authorization: Bearer token="a8f3 '],
    ["escaped token auth-params", 'Authorization: Token token=\\"a8f3\\", '],
    ["user ids named by a prefix in one query", "delegatedUserId=maria&on_behalf_user_id=jroe&"],
    ["prefixed user id keys glued", "GET /a?xuserid=maria&yy_userid=jroe\n"],
    ["key and secret on command lines", `java Main ${KEY} ${KEY} false\n`],
    ["key-shaped arguments on one command line", `${KEY} `],
    ["prompts before launchers", "$ java $ python3 ./a "],
    [
      "wrappers and quoted pairs on command lines",
      "$ sudo -E env A=1 nohup python3 a.py 'Kq7ZrT2mWx9pLs4vBn8c' \"Zx9Kq7ZrT2mWx9pLs4vB\"\n",
    ],
    ["wrapper words on one line", "sudo env A=1 time -p nohup "],
    ["cmd.exe prompts", "C:\\a> C:\\b> java "],
    ["spaced token auth-params", 'Authorization: Bearer token = "a8f3", realm = "r"\nBearer access_token = a8f3 '],
    ["scheme words before params", "Bearer token = Bearer access_token=Bearer "],
    [
      "mongosh documents",
      "{\n  _id: ObjectId('66d6'),\n  dateOfBirth: ISODate('2002-05-06'),\n  location: 'Surat',\n},\n",
    ],
    // ObjectId( is the reader's gate: without it the reader never runs.
    ["mongosh member lines never closed", "ObjectId(\n  location: 'Surat\n"],
    ["DynamoDB typed values", "'CUSTOMER_NAME' : {S: 'Jo Roe'}, 'CUSTOMER_CITY' : {S: 'Pune'},\n"],
    ["DynamoDB openings without a value", "'K' : {S: {S: "],
    ["Erlang maps of binaries", '#{<<"name">> => <<"Jo Roe">>, birthdate => <<"1961-04-12">>}, '],
    ["Erlang map arrows without a binary", 'a => <<"a => <<"'],
    ["frames of names and cities", "           name    city\n0    Jane Roe  Boston\n"],
  ]);
  itIsLinearAndFinishes(
    [
      ["records whose name spells the e-mail", jsonArray('{"name":"jroe12345","email":"jroe12345@example.com"},')],
      ["records with long names beside e-mails", jsonArray('{"name":"' + "a".repeat(200) + '","email":"a@b.co"},')],
    ],
    [
      ["one command line of a megabyte", "java Main " + `${KEY} `.repeat(MB / 33)],
      ["one Bearer token param never closed", 'Authorization: Bearer token="' + "a".repeat(MB)],
      ["one frame row of a megabyte", "      name  city\n0  " + "Jane Roe ".repeat(MB / 9) + "\n"],
      ["one DynamoDB value never closed", "'CUSTOMER_CITY' : {S: '" + "a".repeat(MB)],
    ],
    redactDetected,
  );
});
