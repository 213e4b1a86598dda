/** The code that writes a contribution, fetched when a member downloads one: app pages stay within their JS budget. */
export const loadContributionWriter = () =>
  Promise.all([
    import('../../domain/contribution/contribution-file'),
    import('../../domain/contribution/read-file'),
  ]);

/** The code that reads an invitation and opens it, fetched when a member chooses the file. */
export const loadInvitationReader = () =>
  Promise.all([
    import('../../domain/contribution/invitation-file'),
    import('../../domain/contribution/read-file'),
    import('../../storage/contribution-store'),
  ]);
