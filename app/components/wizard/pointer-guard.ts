// Blur validation must not move what the pointer is over. A field validates when it loses focus, and it loses focus on
// mouse down elsewhere: if its error line appeared then, everything below it would move before the mouse up and the
// click would land beside its target (lost radio clicks). So a blur that happens while a pointer is pressed is run
// after the pointer is released and its click has been delivered.

let pressed = false;
let queued: Array<() => void> = [];
let installed = false;

function flush() {
  pressed = false;
  const run = queued;
  queued = [];
  // After the click that follows this pointerup has been dispatched.
  setTimeout(() => run.forEach((fn) => fn()), 0);
}

function install() {
  if (installed || typeof document === "undefined") return;
  installed = true;
  document.addEventListener("pointerdown", () => (pressed = true), true);
  document.addEventListener("pointerup", flush, true);
  document.addEventListener("pointercancel", flush, true);
  // A drag that ends outside the window sends no pointerup here: never keep a validation waiting for long.
  window.addEventListener("blur", flush);
}

// Listening from the start: the first blur must already know whether a pointer is down.
install();

/** Run `fn` now, or once the pressed pointer is released. */
export function afterPointerRelease(fn: () => void): void {
  if (pressed) queued.push(fn);
  else fn();
}

/** Wraps a react-hook-form `onBlur` so its validation waits for the pointer (see above). */
export function deferBlur<E>(onBlur: (event: E) => unknown): (event: E) => void {
  return (event: E) => afterPointerRelease(() => void onBlur(event));
}
