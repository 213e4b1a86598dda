import { TeamFileError } from '../../domain/contribution/file-error';
import { MAX_TEAM_FILE_BYTES } from '../../domain/contribution/read-file';

/** The bytes of a chosen file; one too large for a team file is refused before it is read. */
export async function fileBytes(file: File): Promise<Uint8Array> {
  if (file.size > MAX_TEAM_FILE_BYTES) throw new TeamFileError('tooLarge');
  return new Uint8Array(await file.arrayBuffer());
}
