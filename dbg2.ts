import { realCases, scoreCase } from "./test/diagnosis/real-reports";
const rs = realCases().map(scoreCase);
for (const r of rs) console.log(r.pass ? "PASS" : "FAIL", r.id, r.codes.join(","), r.missingCodes.join(","), r.missingMentions.join(","), "|", r.summary.slice(0, 200));
console.log(rs.filter((r) => r.pass).length, "/", rs.length);
