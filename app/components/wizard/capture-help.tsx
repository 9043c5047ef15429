// "How to capture this", per ID: a closed disclosure under the field (plain HTML: works without JavaScript) with
// where the value is and how to get it (capture-help-words.tsx). The server renders the words in place; in the
// browser they load when a disclosure is first about to open (pointer over it, focus, or the click itself), and a
// disclosure opens once they are there, never empty.
import { useRef, useState, useSyncExternalStore, type MouseEvent } from "react";
import { flushSync } from "react-dom";
import { lazyPart } from "~/components/lazy/lazy-part";
import * as rendered from "./capture-help.server";

export type CapturedId = "xRequestId" | "cernerCorrelationId" | "opcRequestId" | "appId" | "clientId" | "tenantId";

const Words = lazyPart(rendered.CaptureHelpWords, () => import("./capture-help-words").then((m) => m.CaptureHelpWords));
const preload = () => void Words.preload().catch(() => undefined);

const noSubscription = () => () => undefined;
/** True on the server and while the page hydrates (the server's HTML has the words), false for a later render. */
const useInServerHtml = () =>
  useSyncExternalStore(
    noSubscription,
    () => false,
    () => true,
  );

export function CaptureHelp({ id }: { id: CapturedId }) {
  const details = useRef<HTMLDetailsElement>(null);
  const [withWords, setWithWords] = useState(useInServerHtml());
  const open = (event: MouseEvent) => {
    if (withWords) return;
    // The first opening waits for the words (usually loaded already, from the pointer or the focus).
    event.preventDefault();
    void Words.preload()
      .then(() => flushSync(() => setWithWords(true)))
      .catch(() => undefined)
      .finally(() => details.current?.setAttribute("open", ""));
  };
  return (
    <details className="capture-help" ref={details}>
      <summary onClick={open} onPointerEnter={preload} onFocus={preload}>
        How to capture this
      </summary>
      <ul>{withWords ? <Words id={id} /> : null}</ul>
    </details>
  );
}
