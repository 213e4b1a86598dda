import { CONTRIBUTION_FILE } from '../../domain/contribution/contribution-file';
import { TeamFileError } from '../../domain/contribution/file-error';
import type { ReadContribution } from '../../domain/contribution/import-plan';
import { readTeamFile } from '../../domain/contribution/read-file';
import { fileBytes } from './file-bytes';

/**
 * Reads contribution files one after the other, reporting after each how many are done; a file that
 * cannot be read becomes an entry with its reason, so the others still go in.
 */
export async function readContributionFiles(
  files: readonly File[],
  onProgress: (read: number) => void,
): Promise<ReadContribution[]> {
  const results: ReadContribution[] = [];
  for (const file of files) {
    try {
      results.push({
        fileName: file.name,
        result: { ok: true, file: await readTeamFile(await fileBytes(file), CONTRIBUTION_FILE) },
      });
    } catch (error) {
      if (!(error instanceof TeamFileError)) throw error;
      results.push({ fileName: file.name, result: { ok: false, error } });
    }
    onProgress(results.length);
  }
  return results;
}
