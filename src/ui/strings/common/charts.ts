export const charts = {
  unavailable:
    'De grafiek kan nu niet getoond worden: de app kon ze niet laden, bijvoorbeeld zonder internet. De tabel geeft dezelfde cijfers; herlaad de pagina zodra je weer verbinding hebt om ook de grafiek te zien.',
} as const;
