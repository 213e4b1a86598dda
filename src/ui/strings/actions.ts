/** Interface text of the actions views. */
export const actionStrings = {} as const;
