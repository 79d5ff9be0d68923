/** What to do about each field of a form, keyed by the API's field name (`delegation.sentBy`). */
export type Messages = Record<string, string>;

/** The id of a field's control, so an error summary can link to it (`#field-delegation-sentBy`). */
export const fieldId = (name: string) => `field-${name.replace(/[^A-Za-z0-9_-]+/g, '-')}`;

/**
 * The API's field errors (`headId must be a UUID`) as what the officer should do, keyed by the
 * form's field: the form's own message for the field (or the nearest field above it), else the
 * field's name in words. The API's wording is written for developers and never shown.
 */
export function toFieldMessages(
  apiFields: Record<string, string>,
  messages: Messages,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, reason] of Object.entries(apiFields)) {
    const key = Object.keys(messages)
      .filter((k) => field === k || field.startsWith(`${k}.`) || field.startsWith(`${k}[`))
      .sort((a, b) => b.length - a.length)[0];
    const gone = /not on record/.test(reason);
    if (key)
      out[key] ??= gone
        ? `${messages[key]}: the one chosen is not on record (or was retracted)`
        : messages[key];
    else
      out[field] ??= gone
        ? `Choose another ${inWords(field)}: the one chosen is not on record (or was retracted)`
        : `Check the ${inWords(field)}`;
  }
  return out;
}

/** `participants[1].side` → `side of participant 2`. */
function inWords(field: string): string {
  const parts = field
    .split('.')
    .reverse()
    .map((part) => {
      const m = /^(\w+)\[(\d+)\]$/.exec(part);
      const words = (m ? m[1].replace(/s$/, '') : part)
        .replace(/Ids?$/, '')
        .replace(/([a-z])([A-Z])/g, '$1 $2')
        .toLowerCase();
      return m ? `${words} ${Number(m[2]) + 1}` : words;
    });
  return parts.join(' of ');
}
