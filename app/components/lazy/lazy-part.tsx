// A component whose code the browser loads only when it is first shown, while the server still renders it in place.
//
// The server gets the component itself, from a `.server` module (which the Remix compiler leaves out of the browser
// build): the HTML — the no-JavaScript page, the first paint — is complete, with no Suspense fallback left for a
// streamed script to fill in. The browser gets React.lazy over a dynamic import(), which the compiler splits into its
// own chunk; a page that arrives with the part already shown keeps the server's HTML until the chunk is there
// (a dehydrated Suspense boundary), and a part shown later renders nothing for the moment its chunk takes.
import { Suspense, lazy, useState, type ComponentProps, type ComponentType } from "react";

export type LazyPart<P> = ComponentType<P> & {
  /** Starts loading the chunk (e.g. one step ahead), so showing the part later does not wait. */
  preload(): Promise<unknown>;
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any component: its props pass through unchanged
export function lazyPart<C extends ComponentType<any>>(
  rendered: C | undefined,
  load: () => Promise<C>,
): LazyPart<ComponentProps<C>> {
  let loading: Promise<C> | null = null;
  let loaded: C | undefined = rendered;
  const preload = () =>
    (loading ??= load().then((component) => {
      loaded = component;
      return component;
    }));
  const Loaded = lazy(() => preload().then((component) => ({ default: component })));
  function Part(props: ComponentProps<C>) {
    // Chosen once per mount: the component itself when its code is there (no suspending, not even for a tick),
    // else the lazy one. Never switched while mounted, which would remount it and lose its state.
    const [Component] = useState(() => (loaded ?? Loaded) as ComponentType<ComponentProps<C>>);
    return (
      <Suspense fallback={null}>
        <Component {...props} />
      </Suspense>
    );
  }
  return Object.assign(Part, { preload: rendered ? () => Promise.resolve(rendered) : preload });
}
