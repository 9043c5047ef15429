// The worker pool's task: the same runTask the routes would run inline (app/api/tasks.ts). The answer goes back as
// bytes moved (transferred) to the request thread, never as a string it would have to copy: a redaction answer can
// be tens of MB.
import { move, transferableSymbol, valueSymbol } from "piscina";
import { runTask, type HeavyTask } from "../app/api/tasks";
import { answerBytes } from "../app/api/answer";

export default async function run(task: HeavyTask) {
  const answer = answerBytes(await runTask(task));
  const bytes = answer.body as Uint8Array;
  return move({ [transferableSymbol]: [bytes.buffer], [valueSymbol]: answer } as never);
}
