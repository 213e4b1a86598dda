/** How many expectations have a team judgement: on the dashboard and above the bespreekpunten. */
export const consensusProgress = (agreed: number, total: number): string =>
  `${agreed} van ${total} verwachtingen hebben een gezamenlijk oordeel`;
