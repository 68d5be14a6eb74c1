/**
 * Makes `window.matchMedia` answer as a screen `width` px wide (min-width / max-width clauses), for antd's breakpoints
 * and useIsMobile. Returns the function that puts the previous matchMedia back.
 */
export function setViewportWidth(width: number): () => void {
  const previous = window.matchMedia;
  window.matchMedia = ((query: string) => {
    const clauses = [...query.matchAll(/\((min|max)-width:\s*([\d.]+)px\)/g)];
    const matches = clauses.length > 0 && clauses.every(([, kind, px]) => (kind === 'min' ? width >= Number(px) : width <= Number(px)));
    return mediaQueryList(query, matches);
  }) as typeof window.matchMedia;
  return () => {
    window.matchMedia = previous;
  };
}

/** A MediaQueryList that answers `matches` and never changes (jsdom has no matchMedia of its own). */
export function mediaQueryList(query: string, matches: boolean): MediaQueryList {
  return {
    matches,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  };
}
