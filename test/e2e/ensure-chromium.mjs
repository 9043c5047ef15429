// Makes sure a Chromium exists for the browser tests, before anything else runs. Order: $CHROMIUM_PATH,
// /usr/bin/chromium, /usr/bin/chromium-browser. If none is found and we are root with apt-get, install Debian's
// `chromium`; otherwise fail with instructions. The browser tests are never skipped silently.
import { execFileSync, spawnSync } from "node:child_process";
import { accessSync, constants } from "node:fs";

const CANDIDATES = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(Boolean);

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function find() {
  return CANDIDATES.find(executable);
}

function hasAptGet() {
  return spawnSync("sh", ["-c", "command -v apt-get"], { stdio: "ignore" }).status === 0;
}

let found = find();
if (!found) {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (isRoot && hasAptGet()) {
    console.log("No Chromium found: installing Debian's chromium package (apt-get install -y chromium)…");
    try {
      execFileSync("apt-get", ["update"], { stdio: "inherit" });
      execFileSync("apt-get", ["install", "-y", "chromium"], {
        stdio: "inherit",
        env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
      });
    } catch {
      console.error("apt-get could not install chromium.");
    }
    found = find();
  }
}

if (!found) {
  console.error(
    [
      "The browser tests need Chromium and none was found.",
      `Looked for: ${CANDIDATES.join(", ")}.`,
      "Install it (Debian/Ubuntu: `sudo apt-get install chromium`), or point CHROMIUM_PATH at a Chromium or Chrome",
      "executable, then run `npm run test:e2e` again.",
    ].join("\n"),
  );
  process.exit(1);
}

console.log(`Chromium for the browser tests: ${found}`);
