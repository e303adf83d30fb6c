// Below-the-fold content loads when the reader gets near it (as Framework's examples do with visibility()): the
// document list holds most of the page's bytes and would otherwise keep every chart above it waiting.

/** Resolves once `element` comes within `margin` of the viewport. */
export function whenVisible(element: Element, margin = "600px"): Promise<void> {
  return new Promise((resolve) => {
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        resolve();
      },
      {rootMargin: margin}
    );
    observer.observe(element);
  });
}
