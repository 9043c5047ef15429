// The readers added for identity-provider artifacts (a private key's body without its PEM lines, SAML attribute values
// and NameIDs, a user account's display name) on hostile input: the work grows linearly with the input (counted
// operations, see test/hostile/work-meter.ts), and a megabyte of each trigger finishes.
import { describe } from "vitest";
import { repeat } from "../hostile/work-meter";
import { itFinishes, itGrowsLinearly, MB, megabytesOf, type NamedText } from "../hostile/lib/hostile-tables";
const KEY_LINE = "MIIBOwIBAAJBAKb5uPq5PeX0R2jepo/GZxbu5tEWTNCv05pQ/VOQODiCHRBT1SCR";

const UNITS: NamedText[] = [
  ["key-opening tokens too short to be keys", "MIIBOwIBAAJBAKb5uPq5PeX0R2jepo/G "],
  ["short Ed25519 key openings, too short to be keys", "MC4CAQAwBQYDK2VwBCIEIJtauPwLzbPO "],
  ["padded key lines, each then a variable", `${KEY_LINE}==\nOTHER=${KEY_LINE}\n`],
  ["full key lines, each then a word", `${KEY_LINE}\nThen `],
  ["escaped key lines", `${KEY_LINE}\\n`],
  ["concatenated key lines", `"${KEY_LINE}" +\n    `],
  ["key lines with trailing blanks, each then a word", `${KEY_LINE}   \nThen `],
  ["SAML attributes never closed", '<saml:Attribute Name="givenname">'],
  ["self-closing SAML person attributes, each then a value", '<saml:Attribute Name="sn"/><saml:AttributeValue>x</'],
  [
    "SAML attributes never closed, a new prefix each",
    '<p1:Attribute Name="sn"><p1:AttributeValue>Roe</p1:AttributeValue><p2:',
  ],
  ["SAML CDATA values never closed", '<saml:Attribute Name="sn"><saml:AttributeValue><![CDATA[Roe'],
  ["SAML attribute values never closed", '<saml:Attribute Name="sn"><saml:AttributeValue>Roe'],
  ["SAML NameIDs never closed", "<saml:NameID>jroe"],
  [
    "closed SAML attributes naming a person",
    '<saml:Attribute Name="sn"><saml:AttributeValue>Roe</saml:AttributeValue></saml:Attribute>',
  ],
  ["closed NameIDs", "<saml:NameID>jroe</saml:NameID>"],
  ["user objects with display names", '{"type":"User","displayName":"Jane Roe","alternateId":"j@x.org"},'],
];

describe("hostile input for the identity-provider readers", () => {
  itGrowsLinearly(UNITS);

  const megabytes: NamedText[] = [
    ...megabytesOf(UNITS),
    ["one base64 token a megabyte long, opening like a key", "MIIBOwIBAAJB" + "A".repeat(MB)],
    ["a megabyte of full key lines", repeat(`${KEY_LINE}\n`)(MB)],
    ["a key line, a closing quote and blanks", `${KEY_LINE}"` + " ".repeat(MB)],
    ["a key line, a closing quote, a plus and blanks", `${KEY_LINE}" +\n` + " ".repeat(MB)],
    ["a CDATA value never closed", '<saml:Attribute Name="sn"><saml:AttributeValue><![CDATA[' + "x".repeat(MB)],
    ["an attribute tag's blanks, never closed", "<saml:Attribute" + " ".repeat(MB)],
    ["nested attributes", '<saml:Attribute Name="cn">'.repeat(MB / 26) + "</saml:Attribute>".repeat(8)],
    ["a JSON array of user objects", "[" + '{"type":"User","displayName":"Jane Roe"},'.repeat(MB / 42) + "{}]"],
  ];
  itFinishes(megabytes);
});
