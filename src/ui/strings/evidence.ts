/** Interface text of the evidence views. */
export const evidenceStrings = {} as const;
