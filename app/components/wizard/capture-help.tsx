// "How to capture this", per ID: a closed disclosure under the field (plain HTML: works without JavaScript) with
// where the value is and how to get it (capture-help-words.tsx). The server renders the words in place; in the
// browser they load when a disclosure is first about to open (pointer over it, focus, or the click itself), and a
// disclosure opens once they are there, never empty.
import { useRef, useState, type MouseEvent } from "react";
import { flushSync } from "react-dom";
import { lazyPart } from "~/components/lazy/lazy-part";
import * as rendered from "./capture-help.server";
import { useHydrated } from "~/components/use-hydrated";

export type CapturedId = "xRequestId" | "cernerCorrelationId" | "opcRequestId" | "appId" | "clientId" | "tenantId";

const Words = lazyPart(rendered.CaptureHelpWords, () => import("./capture-help-words").then((m) => m.CaptureHelpWords));
const preload = () => void Words.preload().catch(() => undefined);

export function CaptureHelp({ id }: { id: CapturedId }) {
  const details = useRef<HTMLDetailsElement>(null);
  // The server's HTML has the words: so does the page while it hydrates.
  const [withWords, setWithWords] = useState(!useHydrated());
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
