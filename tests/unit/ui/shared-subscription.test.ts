import { describe, expect, it } from 'vitest';
import { subscribeShared, type Listener } from '../../../src/ui/hooks/shared-subscription';

/** A source that counts its starts and stops and publishes when told. */
function countingSource() {
  const counts = { starts: 0, stops: 0 };
  let publish: Listener<string> = () => undefined;
  const start = (publishTo: Listener<string>) => {
    counts.starts += 1;
    publish = publishTo;
    return () => {
      counts.stops += 1;
    };
  };
  return { counts, start, publish: (result: string) => publish(result) };
}

describe('a source shared by the islands of a page', () => {
  it('starts once for every listener, gives a late one the last result at once, and stops with the last', () => {
    const source = countingSource();
    const first: string[] = [];
    const second: string[] = [];
    const stopFirst = subscribeShared('cycle 1', source.start, (result: string) => first.push(result));
    source.publish('read once');
    const stopSecond = subscribeShared('cycle 1', source.start, (result: string) => second.push(result));
    source.publish('changed');
    expect(source.counts.starts).toBe(1);
    expect(first).toEqual(['read once', 'changed']);
    expect(second).toEqual(['read once', 'changed']);

    stopFirst();
    expect(source.counts.stops).toBe(0);
    stopSecond();
    expect(source.counts.stops).toBe(1);
  });

  it('starts anew for a listener after the last one left, and keeps other keys apart', () => {
    const source = countingSource();
    const other = countingSource();
    subscribeShared('cycle 2', source.start, () => undefined)();
    const heard: string[] = [];
    const stop = subscribeShared('cycle 2', source.start, (result: string) => heard.push(result));
    const stopOther = subscribeShared('cycle 3', other.start, () => undefined);
    source.publish('fresh');
    expect(source.counts.starts).toBe(2);
    expect(heard).toEqual(['fresh']);
    expect(other.counts.starts).toBe(1);
    stop();
    stopOther();
  });
});
