/** "1 stelling", "3 stellingen": a count with the word for one or for more. */
export const plural = (count: number, one: string, many: string): string =>
  `${count} ${count === 1 ? one : many}`;
