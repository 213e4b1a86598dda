/** Where a member's overview offers the contribution download; "Bijdrage bezorgen" links there. */
export const CONTRIBUTION_ANCHOR = 'contribution-title';
