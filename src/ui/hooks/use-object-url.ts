import { useEffect, useState } from 'preact/hooks';

/**
 * An object URL for the bytes while the component shows them, revoked when they change or it unmounts, so a
 * picture shown from the database does not stay in memory after it is gone.
 */
export function useObjectUrl(bytes: Uint8Array | undefined, type: string): string | undefined {
  const [url, setUrl] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (!bytes) {
      setUrl(undefined);
      return undefined;
    }
    const created = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
    setUrl(created);
    return () => URL.revokeObjectURL(created);
  }, [bytes, type]);
  return url;
}
