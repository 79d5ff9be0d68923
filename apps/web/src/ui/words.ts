import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';

// The API names countries from the same package and locale, so both say "Luxembourg" alike.
countries.registerLocale(en);

/** `LUX` → `Luxembourg`; anything that is not an alpha-3 code is returned as it is. */
export function countryName(code: string): string {
  return (/^[A-Z]{3}$/.test(code) && countries.getName(code, 'en')) || code;
}

/** `MeetingRecorded` → `Meeting recorded`; `FollowUpAssigned` → `Follow-up assigned`. */
export function eventLabel(type: string): string {
  const words = type
    .replace(/FollowUp/g, 'Follow-up')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A record field's name in words: `sourceIds` → `Sources`, `record.startDate` → `Start date`. */
export function fieldLabel(path: string): string {
  const last = path.split('.').pop() ?? path;
  const words = last
    .replace(/Ids$/, 's')
    .replace(/Id$/, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A code of the API (`open`, `bilateral`, `third-location`) read as a word: `Open`, `Bilateral`, `Third location`. */
export function codeLabel(code: string): string {
  const words = code.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
