// @vitest-environment jsdom
// The hydration flag: false in the server's HTML and in the render that hydrates it (so they match: no hydration
// error), true once the page is interactive, and at once for a part mounted after that.
import { act, cleanup, render, screen } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { hydrateRoot } from "react-dom/client";
import { afterEach, describe, expect, it } from "vitest";
import { useHydrated } from "~/components/use-hydrated";

const seen: boolean[] = [];

function Flag() {
  const hydrated = useHydrated();
  seen.push(hydrated);
  return <p data-testid="flag">{hydrated ? "interactive" : "static"}</p>;
}

afterEach(() => {
  cleanup();
  seen.length = 0;
});

describe("useHydrated", () => {
  it("is false in the server's HTML and while hydrating, then true", async () => {
    const container = document.createElement("div");
    container.innerHTML = renderToString(<Flag />);
    expect(container.textContent).toBe("static");
    document.body.append(container);
    await act(async () => {
      hydrateRoot(container, <Flag />);
    });
    expect(seen).toEqual([false, false, true]);
    expect(container.textContent).toBe("interactive");
    container.remove();
  });

  it("is true at once for a part mounted on an interactive page", () => {
    render(<Flag />);
    expect(seen).toEqual([true]);
    expect(screen.getByTestId("flag").textContent).toBe("interactive");
  });
});
