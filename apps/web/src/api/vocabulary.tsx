/** The API's enumerations, as the write API validates them (see /docs). */
export const MEETING_FORMATS = [
  ['bilateral', 'Bilateral'],
  ['multilateral', 'Multilateral'],
  ['council-or-summit-session', 'Council or summit session'],
  ['call', 'Call'],
  ['negotiation-round', 'Negotiation round'],
] as const;

export const ENGAGEMENT_KINDS = [
  ['visit', 'Visit (CAMEO 042)'],
  ['host', 'Hosting a visit (043)'],
  ['third-location', 'Meeting at a third location (044)'],
  ['multilateral', 'Multilateral (040)'],
  ['call', 'Call (041)'],
  ['negotiation', 'Negotiation (046)'],
  ['agreement-signed', 'Agreement signed (057)'],
] as const;

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

export const CLASSIFICATIONS = [
  ['internal', 'Internal'],
  ['public', 'Public'],
  ['confidential', 'Confidential'],
] as const;

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
