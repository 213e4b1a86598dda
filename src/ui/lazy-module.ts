import { useEffect, useState } from 'preact/hooks';

/**
 * A module loaded when the view that needs it first renders, for code most visits never run or that shows only
 * after data the page waits for anyway: undefined while it loads, 'failed' when it cannot be fetched (the
 * network gone before the service worker kept the site).
 */
export function useLazyModule<M>(load: () => Promise<M>): M | 'failed' | undefined {
  const [loaded, setLoaded] = useState<{ module: M } | 'failed'>();
  useEffect(() => {
    let current = true;
    load().then(
      (module) => current && setLoaded({ module }),
      () => current && setLoaded('failed'),
    );
    return () => {
      current = false;
    };
  }, []);
  return loaded === 'failed' ? loaded : loaded?.module;
}
