// What every browser test starts with: a masthead server on a free
// loopback port (its address read from its first line of output), and
// Debian's Chromium with the flags CI needs. Never a downloaded browser.
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { chromium } from "playwright-core";

/** Starts `masthead ARGS…` (`serve … --addr 127.0.0.1:0`); resolves with
 * the process and its base URL once it listens. */
export async function serve(bin, args, options = {}) {
  const server = spawn(bin, args, { stdio: ["ignore", "pipe", "inherit"], ...options });
  const lines = createInterface({ input: server.stdout });
  const base = await new Promise((resolve, reject) => {
    lines.on("line", (l) => {
      const m = l.match(/http:\/\/[0-9.:]+/);
      if (m) resolve(m[0]);
    });
    server.on("exit", (code) => reject(new Error(`masthead exited with ${code}`)));
  });
  return { server, base };
}

/** Debian's Chromium, headless, as CI runs it. */
export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}
