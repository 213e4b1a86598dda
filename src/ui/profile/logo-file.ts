import { MAX_LOGO_BYTES, sniffLogoType, type Logo } from '../../domain/lsc-profile';
import { LogoSchema } from '../../domain/lsc-profile-schema';
import * as strings from '../strings';

const text = strings.profile.logo;

/** The pixel size the browser decodes the image to; throws when it cannot decode it. */
async function decodedSize(bytes: Uint8Array, type: string): Promise<{ width: number; height: number }> {
  const bitmap = await createImageBitmap(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
  const size = { width: bitmap.width, height: bitmap.height };
  bitmap.close();
  return size;
}

/**
 * A chosen file as the centre's logo, or the Dutch reason it cannot be one: too large, not a PNG or JPEG by its
 * own bytes (an SVG never is: it can carry script), or not decodable. The browser decodes it before anything is
 * stored, so a file that only looks like an image is refused here.
 */
export async function readLogoFile(file: File): Promise<Logo | { problem: string }> {
  if (file.size > MAX_LOGO_BYTES) return { problem: text.tooLarge };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const type = sniffLogoType(bytes);
  if (!type) return { problem: text.notAnImage };
  let size: { width: number; height: number };
  try {
    size = await decodedSize(bytes, type);
  } catch {
    return { problem: text.unreadable };
  }
  const logo = LogoSchema.safeParse({ type, ...size, bytes });
  return logo.success ? logo.data : { problem: text.tooManyPixels };
}
