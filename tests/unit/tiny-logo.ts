/** A real 8 × 4 PNG (one blue), small enough to write out: a logo for tests of storage and exports. */
export const TINY_LOGO_PNG = new Uint8Array(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAgAAAAECAIAAAA8r+mnAAAAEUlEQVR4nGOQj+/HihioJwEAg/4hoV7KZn0AAAAASUVORK5CYII=',
    'base64',
  ),
);
