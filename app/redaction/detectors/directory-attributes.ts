// What an LDAP attribute's name says its values are: the names SAML attributes carry too (X.520, RFC 4519,
// inetOrgPerson, eduPerson, Entra's claim URIs, Okta's `user.firstName`), and their OIDs. Read by the SAML reader and the
// LDIF reader alike.

/** LDAP attribute OIDs (X.520, RFC 4519, eduPerson, inetOrgPerson) that name a person's data. */
const OIDS: Record<string, string> = {
  "2.5.4.3": "cn",
  "2.5.4.4": "sn",
  "2.5.4.7": "locality",
  "2.5.4.9": "street",
  "2.5.4.16": "postaladdress",
  "2.5.4.17": "postalcode",
  "2.5.4.20": "telephonenumber",
  "2.5.4.42": "givenname",
  "0.9.2342.19200300.100.1.1": "uid",
  "0.9.2342.19200300.100.1.3": "mail",
  "0.9.2342.19200300.100.1.41": "mobile",
  "2.16.840.1.113730.3.1.3": "employeenumber",
  "2.16.840.1.113730.3.1.241": "displayname",
  "1.3.6.1.4.1.5923.1.1.1.2": "edupersonnickname",
  "1.3.6.1.4.1.5923.1.1.1.6": "edupersonprincipalname",
};

const group = (type: string, words: string) => words.split(" ").map((w) => [w, type] as const);
/** What an attribute's name (its last segment after `/:#.` — `…/claims/givenname`, Okta's and Salesforce's
 *  `user.firstName` — lower case, letters and digits only) says its values are. */
const PERSON_ATTRIBUTES = new Map<string, string>([
  ...group(
    "name",
    "name givenname firstname sn surname lastname familyname displayname cn commonname fullname middlename nickname edupersonnickname " +
      // XUA's user name (XSPA subject-id), the Swiss EPR's principal.
      "subjectid principalname",
  ),
  ...group("email", "mail email emailaddress otheremail otheremails digitaladdress"),
  ...group(
    "user_name",
    "uid username userprincipalname upn samaccountname windowsaccountname edupersonprincipalname login",
  ),
  ...group("phone", "mobile mobilephone telephonenumber phone phonenumber homephone cellphone"),
  // Places smaller than a state: SPID's domicile and birth place, Entra's `…/claims/locality`, LDAP's `l`.
  ...group(
    "address",
    "address streetaddress street postaladdress homeaddress postalcode zip zipcode locality city county " +
      "domicilestreetaddress domicilepostalcode domicilemunicipality domicileprovince placeofbirth countyofbirth",
  ),
  ...group("birth_date", "dateofbirth birthdate dob"),
  ...group(
    "identifier",
    "fiscalnumber ssn employeeid employeenumber nationalidentifier personalidentifier idcard taxid personalnumber gln principalid",
  ),
  // IHE XUA: the XACML resource-id is the patient's id in CX form (`id^^^&1.2.3&ISO`); its id part goes.
  ...group("patient_cx", "resourceid"),
]);

/** The person-data type an attribute's name (its last segment after `/:#.`, lower case, letters and digits only) or
 *  its OID (`urn:oid:2.5.4.42`) announces, if any. */
export function directoryAttributeType(name: string): string | undefined {
  const oid = /^urn:oid:([\d.]{1,80})$/.exec(name.trim());
  const last = oid
    ? (OIDS[oid[1]] ?? "")
    : name
        .trim()
        .split(/[/:#.]/)
        .pop()!;
  return PERSON_ATTRIBUTES.get(last.toLowerCase().replace(/[^a-z0-9]/g, ""));
}
