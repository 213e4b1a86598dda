/** Where the rating form starts; links land there so the next Tab goes straight into the rating. */
export const RATING_ANCHOR = 'beoordeling';
