// A PIN sent to a service under its own key (`pinCode`, `pin_code`, `pin`, `pinNumber`: a card's or an operator's PIN,
// Italy's FSE INI `<pinCode>`): 4 to 8 digits most of the time, so it cannot be told from other numbers by its shape
// and goes whatever it looks like. In India a "PIN code" is a postal code: under the same key in an address record
// (its siblings name a city, a district, a street) it stays.

const PIN_KEYS = new Set(["pin", "pincode", "pinnumber", "pinno"]);
/** Keys that make a record an address (a PIN code beside them is a postal code). */
const ADDRESS_KEYS = [
  "address",
  "addressline1",
  "addressline",
  "line1",
  "street",
  "city",
  "town",
  "village",
  "district",
  "state",
  "locality",
  "landmark",
  "postoffice",
  "taluk",
  "country",
];

/** Whether `key` names a PIN (any case, `_`/`-` aside). */
export const isPinKey = (key: string): boolean => PIN_KEYS.has(key.toLowerCase().replace(/[-_]/g, ""));

/** Whether a record whose members are tested by `has` (a lower-case key) reads as an address. */
export const isAddressRecord = (has: (lowerKey: string) => boolean): boolean => ADDRESS_KEYS.some((k) => has(k));

/** Whether a PIN key's value is a PIN: a value without blanks (a flag such as `"pin": true` is none). */
export const isPinValue = (v: string): boolean => /^[^\s]{3,512}$/.test(v) && !/^(?:true|false|null|yes|no)$/i.test(v);
