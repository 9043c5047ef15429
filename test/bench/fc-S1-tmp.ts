import { findNames } from "~/redaction/detectors/phi-names";
import { loadRealArtifacts } from "../eval/lib/real-artifacts";
const texts = loadRealArtifacts().map((a) => a.text);
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
for (const t of texts) findNames(t, []);
const s = cpu(); for (let r = 0; r < 15; r++) for (const t of texts) findNames(t, []);
console.log(((cpu() - s) / 15).toFixed(0), "ms per pass");
