// Whether a `name` beside a gender names a person. People have a gender, but so do a lab's reference ranges
// (`{"name":"Hemoglobin","gender":"female","low":12.0}`), a study's cohorts (`"Adult Women"`), an app's test cases and
// a demo account: a gender alone does not make a record a person's. It does with a person's other keys beside it (an
// e-mail, a phone, an address, a given or family name, a birth date), or when the value itself reads as a person's
// name (two to four name-shaped words, none of them a cohort's, an analyte's or a product's word).
import type { JObject } from "./json-ast";
import { readsAsPersonsName } from "./display-names";

/** A person's sex or gender, under any of its spellings (compared without `_`/`-` and case). */
const GENDER_KEYS = new Set(["gender", "sex", "gendercode", "sexcode", "administrativegender", "sexatbirth"]);
/** Keys only a person's record holds beside a gender. */
const PERSON_KEYS = new Set(
  "email emailaddress mail phone phonenumber telephone mobile telecom address homeaddress family given familyname givenname firstname lastname surname middlename birthdate dob dateofbirth".split(
    " ",
  ),
);
/** Words of what else carries a gender: cohorts and populations, lab analytes and ranges, apps, charts, test cases. */
const RECORD_WORDS = new Set(
  "adult adults women woman men man male males female females boys boy girls girl child children infant infants newborn newborns neonatal pediatric paediatric elderly senior seniors smoker smokers nonsmokers cohort cohorts group population patients total direct indirect free serum plasma blood urine level levels count panel range ranges reference normal fasting random chart charts growth app demo sample example default filter case".split(
    " ",
  ),
);

const normal = (key: string) => key.toLowerCase().replace(/[_-]/g, "");

/** 0: no gender key; 1: a gender alone; 2: a gender beside a person's other keys. Read once per object. */
const seen = new WeakMap<JObject, number>();
function genderedRecord(parent: JObject): number {
  let known = seen.get(parent);
  if (known === undefined) {
    let gender = false;
    let person = false;
    for (const key of parent.keys) {
      const k = normal(key);
      if (GENDER_KEYS.has(k)) gender = true;
      else if (PERSON_KEYS.has(k)) person = true;
    }
    seen.set(parent, (known = gender ? (person ? 2 : 1) : 0));
  }
  return known;
}

/** Two to four words that read as a person's name, none of them a cohort's, an analyte's or a product's word. */
function readsAsGenderedName(value: string): boolean {
  const words = value.trim().split(/\s+/);
  return (
    words.length >= 2 &&
    words.length <= 4 &&
    readsAsPersonsName(value.trim()) &&
    !words.some((w) => RECORD_WORDS.has(w.toLowerCase()))
  );
}

/** Whether `value`, the `name` of `parent`, names a person by the gender beside it. */
export const namesGenderedPerson = (parent: JObject, value: string): boolean => {
  const record = genderedRecord(parent);
  return record === 2 || (record === 1 && readsAsGenderedName(value));
};
