// A Worker stand-in that runs the real worker handler on the next tick, like a worker thread would (structured clone
// in, messages out); `fail` makes it behave like a script that did not load, `silent` like one that started but never
// answers, `delay` like a busy one that answers its questions one after another, each `delay` ms after the last.
import { handleWorkerMessage } from "~/evidence/worker/worker-scope";

export class FakeWorker extends EventTarget {
  terminated = false;
  fail = false;
  silent = false;
  delay = 0;
  private busyUntil = 0;
  received: unknown[] = [];
  postMessage(data: unknown) {
    this.received.push(data);
    if (this.silent) return;
    this.busyUntil = Math.max(Date.now(), this.busyUntil) + this.delay;
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
    }, this.busyUntil - Date.now());
  }
  terminate() {
    this.terminated = true;
  }
  /** As the client's `createWorker` wants it. */
  asWorker(): Worker {
    return this as unknown as Worker;
  }
}
