import { once } from './once';

/**
 * A schema built on first use instead of when its module loads. Every record type's schema is built with zod,
 * and building them all took about 40 ms of every app page's start on a school laptop, in one task, though a
 * page that only reads validates nothing until the user saves. The value stands in for the schema everywhere:
 * zod reads it through the proxy as the schema it makes.
 */
export function lazySchema<T extends object>(make: () => T): T {
  const real = once(make);
  return new Proxy({} as T, {
    get: (_, key) => Reflect.get(real(), key),
    has: (_, key) => Reflect.has(real(), key),
    ownKeys: () => Reflect.ownKeys(real()),
    // The proxy's own target is empty, and a proxy may only report a property it lacks as configurable.
    getOwnPropertyDescriptor: (_, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(real(), key);
      return descriptor && { ...descriptor, configurable: true };
    },
    getPrototypeOf: () => Reflect.getPrototypeOf(real()),
  });
}
