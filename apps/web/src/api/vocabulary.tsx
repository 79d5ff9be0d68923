/** The API's enumerations, as the write API validates them (see /docs). */
export const MEETING_FORMATS = [
  ['bilateral', 'Bilateral'],
  ['multilateral', 'Multilateral'],
  ['council-or-summit-session', 'Council or summit session'],
  ['call', 'Call'],
  ['video-call', 'Video call'],
  ['negotiation-round', 'Negotiation round'],
] as const;

export const ENGAGEMENT_KINDS = [
  ['visit', 'Visit'],
  ['host', 'Hosting a visit'],
  ['third-location', 'Meeting at a third location'],
  ['multilateral', 'Multilateral'],
  ['call', 'Call'],
  ['negotiation', 'Negotiation'],
  ['agreement-signed', 'Agreement signed'],
  ['signing-ceremony', 'Signing ceremony'],
  ['mission-opening', 'Opening of an embassy or consulate'],
  ['forum', 'Forum'],
  ['summit', 'Summit'],
  ['video-call', 'Video call'],
  ['consultation', 'Talks (where and how not stated)'],
] as const;

/** Formats that are one session of several parties: they take a name and their member parties. */
export const MULTILATERAL_FORMATS: readonly string[] = ['multilateral', 'council-or-summit-session'];

export const VISIT_KINDS = [
  ['official', 'Official'],
  ['state', 'State'],
  ['working', 'Working'],
  ['private', 'Private'],
  ['transit', 'Transit'],
] as const;

export const PLEDGE_LEVELS = [
  ['expressed-intent', 'Expressed intent'],
  ['pledge', 'Pledge'],
  ['firm-commitment', 'Firm commitment'],
  ['signed-agreement', 'Signed agreement'],
] as const;

export const DOCUMENT_KINDS = [
  ['memorandum', 'Memorandum (of understanding)'],
  ['agreement', 'Agreement'],
  ['joint-statement', 'Joint statement'],
  ['treaty', 'Treaty'],
  ['protocol', 'Protocol'],
  ['declaration', 'Declaration'],
  ['programme', 'Programme'],
  ['other', 'Other'],
] as const;

export const CLASSIFICATIONS = [
  ['internal', 'Internal'],
  ['public', 'Public'],
  ['confidential', 'Confidential'],
] as const;

/** The label people read for a code of one of these lists; the code itself only if it is not listed. */
export function labelOf(list: readonly (readonly [string, string])[], code: string | null | undefined): string {
  return list.find(([value]) => value === code)?.[1] ?? code ?? '';
}

export function Options({ of }: { of: readonly (readonly [string, string])[] }) {
  return (
    <>
      {of.map(([value, label]) => (
        <option key={value} value={value}>
          {label}
        </option>
      ))}
    </>
  );
}
