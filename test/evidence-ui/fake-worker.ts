// A Worker stand-in that runs the real worker handler on the next tick, like a worker thread would (structured clone
// in, messages out); `fail` makes it behave like a script that did not load, `silent` like one that started but never
// answers.
import { handleWorkerMessage } from "~/evidence/worker/worker-scope";

export class FakeWorker extends EventTarget {
  terminated = false;
  fail = false;
  silent = false;
  received: unknown[] = [];
  postMessage(data: unknown) {
    this.received.push(data);
    if (this.silent) return;
    setTimeout(() => {
      if (this.terminated) return;
      if (this.fail) {
        this.dispatchEvent(new Event("error"));
        return;
      }
      handleWorkerMessage(
        structuredClone(data),
        (message) => {
          if (!this.terminated) this.dispatchEvent(new MessageEvent("message", { data: message }));
        },
        () => 0,
      );
    }, 0);
  }
  terminate() {
    this.terminated = true;
  }
  /** As the client's `createWorker` wants it. */
  asWorker(): Worker {
    return this as unknown as Worker;
  }
}
