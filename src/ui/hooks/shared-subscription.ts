/** Takes each result a source publishes. */
export type Listener<T> = (result: T) => void;

/** A source started once for all its listeners, with the last result it published. */
interface SharedSource {
  listeners: Set<Listener<never>>;
  latest: { result: unknown } | undefined;
  stop: () => void;
}

const sources = new Map<string, SharedSource>();

/**
 * Listens to the source named `key`, started by `start` once for every listener on the page: two islands of one
 * page that show the same records read them once, not once each. A listener that comes later gets the last
 * result at once; the source stops when its last listener goes, and starts anew for the next.
 */
export function subscribeShared<T>(
  key: string,
  start: (publish: Listener<T>) => () => void,
  listener: Listener<T>,
): () => void {
  let source = sources.get(key);
  if (source) {
    source.listeners.add(listener);
    if (source.latest) listener(source.latest.result as T);
  } else {
    const created: SharedSource = {
      listeners: new Set([listener]),
      latest: undefined,
      stop: () => undefined,
    };
    sources.set(key, created);
    created.stop = start((result) => {
      created.latest = { result };
      for (const each of created.listeners) (each as Listener<T>)(result);
    });
    source = created;
  }
  const ofKey = source;
  return () => {
    ofKey.listeners.delete(listener);
    if (ofKey.listeners.size > 0) return;
    ofKey.stop();
    if (sources.get(key) === ofKey) sources.delete(key);
  };
}
