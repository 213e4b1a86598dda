/** The code that writes a contribution, fetched when a member downloads one: app pages stay within their JS budget. */
export const loadContributionWriter = () =>
  Promise.all([
    import('../../domain/contribution/contribution-file'),
    import('../../domain/contribution/read-file'),
  ]);

/** The code that reads contributions (their schema, and zod), fetched when the coordinator chooses files. */
export const loadContributionReader = () => import('./read-contribution-files');

/** The code that writes an invitation, fetched when the coordinator downloads one. */
export const loadInvitationWriter = () =>
  Promise.all([
    import('../../domain/contribution/invitation-file'),
    import('../../domain/contribution/read-file'),
  ]);

/** The code that reads an invitation and opens it, fetched when a member chooses the file. */
export const loadInvitationReader = () =>
  Promise.all([
    import('../../domain/contribution/invitation-file'),
    import('../../domain/contribution/read-file'),
    import('../../storage/contribution-store'),
  ]);

/**
 * What a refused team file gets said about it, fetched when one is refused: the start page, which offers to
 * open an invitation, then does not load the words of the whole contributions view. A refusal comes from the
 * reader above, so this is fetched only once that code is here.
 */
export const loadFileMessages = () => import('./import-messages');
