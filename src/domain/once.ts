/**
 * A value made on first use and kept. For what is costly to make and often not needed on a page at all: the
 * first `Intl` formatter of a page loads the locale's data (about 20 ms on a school laptop), which a module
 * that builds one when it loads would spend before the page can answer the user.
 */
export function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => {
    made ??= { value: make() };
    return made.value;
  };
}
