// Makes one of each kind of Intl object the app uses, then ends. The browser loads the Dutch locale's data for
// a kind once per process, whichever thread asks first, so the page's own first formatter no longer waits for it.
new Intl.Collator('nl-BE').compare('a', 'b');
new Intl.NumberFormat('nl-BE', { style: 'percent' }).format(0.5);
new Intl.DateTimeFormat('nl-BE', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(0);
self.close();
