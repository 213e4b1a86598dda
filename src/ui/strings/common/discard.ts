/** Asked in the page before a form's typed text is thrown away ("Annuleren"). */
export const discard = {
  question: 'Wat je typte weggooien?',
  explanation:
    'Wat je in dit formulier typte, is nog niet bewaard. Weggooien kan niet ongedaan worden gemaakt.',
  confirm: 'Weggooien',
  keep: 'Verder typen',
} as const;
