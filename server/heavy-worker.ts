// The worker pool's task: the same runTask the routes would run inline (app/api/tasks.ts).
import { runTask, type HeavyTask } from "../app/api/tasks";

export default function run(task: HeavyTask) {
  return runTask(task);
}
