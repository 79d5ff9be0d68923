/**
 * How two parties engaged, aligned with the CAMEO verb codes (04x "Consult", 057 "Sign formal agreement")
 * and the PLOVER event types with their mode, so a later export can code each record without guessing.
 */
export const ENGAGEMENT_KINDS = {
  visit: { cameo: '042', plover: { event: 'CONSULT', mode: 'visit' } },
  host: { cameo: '043', plover: { event: 'CONSULT', mode: 'host' } },
  'third-location': { cameo: '044', plover: { event: 'CONSULT', mode: 'third-party' } },
  multilateral: { cameo: '040', plover: { event: 'CONSULT', mode: 'multilateral' } },
  call: { cameo: '041', plover: { event: 'CONSULT', mode: 'phone' } },
  negotiation: { cameo: '046', plover: { event: 'CONSULT', mode: 'negotiate' } },
  'agreement-signed': { cameo: '057', plover: { event: 'AGREE', mode: 'sign' } },
  // A ceremony where several documents are signed: CAMEO 057 "Sign formal agreement" as for one.
  'signing-ceremony': { cameo: '057', plover: { event: 'AGREE', mode: 'sign' } },
  // An embassy or consulate opened: CAMEO 050 "Engage in diplomatic cooperation" (054, recognition,
  // is a different act); PLOVER COOPERATE, diplomatic.
  'mission-opening': { cameo: '050', plover: { event: 'COOPERATE', mode: 'diplomatic' } },
  // A forum or summit of several parties: CAMEO 040 "Consult", PLOVER CONSULT multilateral.
  forum: { cameo: '040', plover: { event: 'CONSULT', mode: 'multilateral' } },
  summit: { cameo: '040', plover: { event: 'CONSULT', mode: 'multilateral' } },
  // CAMEO has no video conference: 041 "Discuss by telephone" is the remote consultation it has.
  'video-call': { cameo: '041', plover: { event: 'CONSULT', mode: 'phone' } },
  // Talks the source does not place nor say how they were held: CAMEO 040 "Consult, not specified
  // below", PLOVER CONSULT with no mode, rather than a guess between visit and third location.
  consultation: { cameo: '040', plover: { event: 'CONSULT', mode: 'unspecified' } },
} as const;

export type EngagementKind = keyof typeof ENGAGEMENT_KINDS;

/** As stored in events: the kind plus the codes it had when recorded, so exports read them directly. */
export type Engagement = {
  kind: EngagementKind;
  cameo: string;
  plover: { event: string; mode: string };
};

export function engagement(kind: EngagementKind): Engagement {
  const { cameo, plover } = ENGAGEMENT_KINDS[kind];
  return { kind, cameo, plover: { ...plover } };
}
