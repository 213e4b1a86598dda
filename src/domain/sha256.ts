/**
 * SHA-256 of the bytes, or of a text's UTF-8 bytes, as lower-case hex: the fingerprint of a backup, a file read
 * in, or an answer file's contents. Needs Web Crypto, which browsers offer on HTTPS and localhost, and Node too.
 */
export async function sha256Hex(data: Uint8Array | string): Promise<string> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
