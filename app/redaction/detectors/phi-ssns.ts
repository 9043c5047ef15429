// US social security numbers in free text: dashed or spaced, or nine digits after an SSN label.
import { each, type PhiSpan } from "./phi-span";

const SSN = /(?<![\w.-])(\d{3})([- ])(\d{2})\2(\d{4})(?![\w-]|\.\d)/g;
const SSN_LABELLED =
  /\b(?:ssn|social security(?: number| no\.?| #)?)(?:[ \t]{0,3}(?:is|:|#|=)){0,2}[ \t]{0,3}(\d{9}|\d{3}[- .]\d{2}[- .]\d{4})\b/gi;

export function findSsns(text: string, out: PhiSpan[]) {
  each(SSN, text, (m) => {
    const [area, group, serial] = [m[1], m[3], m[4]];
    if (area === "000" || area === "666" || area[0] === "9" || group === "00" || serial === "0000") return;
    out.push({ start: m.index, end: m.index + m[0].length, type: "ssn" });
  });
  each(SSN_LABELLED, text, (m) => {
    const start = m.index + m[0].length - m[1].length;
    out.push({ start, end: m.index + m[0].length, type: "ssn" });
  });
}
