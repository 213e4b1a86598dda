import type { ComponentChildren, ComponentType, FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import * as strings from './strings';

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

/**
 * A component whose code loads when it first renders (a form or editor that opens on a click, a section only some
 * cycles show): `placeholder` while it loads, and a Dutch alert instead of it when its code cannot be fetched.
 */
export function lazyComponent<P extends object>(
  load: () => Promise<ComponentType<P>>,
  placeholder: ComponentChildren = null,
): FunctionComponent<P> {
  // Once loaded, every later opening (the form opened a second time) shows at once, without the placeholder.
  let loaded: ComponentType<P> | undefined;
  const loadOnce = async (): Promise<ComponentType<P>> => (loaded ??= await load());
  return function LazyComponent(props: P) {
    const fetched = useLazyModule(loadOnce);
    const Component = loaded ?? fetched;
    if (Component === 'failed') return <p role="alert">{strings.app.loadFailed}</p>;
    return Component ? <Component {...props} /> : <>{placeholder}</>;
  };
}
