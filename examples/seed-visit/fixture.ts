import { v5 as uuidV5 } from 'uuid';

/**
 * The visit of 14 October 2024 (Kazakh Deputy Prime Minister and Foreign Minister Murat Nurtleu
 * to Luxembourg), as structured data: every fact of the press release in `shared/seed/`.
 * Ids are fixed (derived from readable keys), so loading twice records everything once.
 * Where the release is silent (when a post began, say) the field is null rather than guessed.
 */
const SEED_NAMESPACE = '2f0f5d0e-9a7c-4c1b-8b7e-0d9c2a6e4b10';
export const seedId = (key: string) => uuidV5(key, SEED_NAMESPACE);

const country = (id: string) => ({ kind: 'country' as const, id });
const org = (key: string) => ({ kind: 'organisation' as const, id: seedId(`organisation:${key}`) });
const person = (key: string) => ({ kind: 'person' as const, id: seedId(`person:${key}`) });
const sourceIds = (...keys: string[]) => keys.map((k) => seedId(`source:${k}`));
const DAY = '2024-10-14';

export const sources = [
  {
    key: 'mfa',
    body: {
      type: 'press-release',
      publisher: 'Ministry of Foreign Affairs of the Republic of Kazakhstan (press service)',
      title: 'Kazakh Foreign Minister Murat Nurtleu pays official visit to Luxembourg',
      publishedOn: DAY,
      url: null,
      classification: 'public',
    },
  },
  {
    key: 'kazinform',
    body: {
      type: 'news-agency',
      publisher: 'Kazinform',
      title: 'Nurtleu meets business leaders in Luxembourg: Cargolux, SES, Sarens',
      publishedOn: DAY,
      url: null,
      classification: 'public',
    },
  },
];

export const countries = ['KAZ', 'LUX', 'BEL', 'ESP'];

export const organisations = [
  {
    key: 'eu',
    body: {
      name: 'European Union',
      acronym: 'EU',
      kind: 'intergovernmental-body',
      homeCountry: null,
      sector: null,
    },
  },
  {
    key: 'sarens',
    body: {
      name: 'Sarens',
      acronym: null,
      kind: 'company',
      homeCountry: 'BEL',
      sector: 'heavy lifting and engineered transport',
    },
  },
  {
    key: 'cargolux',
    body: {
      name: 'Cargolux',
      acronym: null,
      kind: 'company',
      homeCountry: 'LUX',
      sector: 'air cargo',
    },
  },
  {
    key: 'ses',
    body: {
      name: 'SES',
      acronym: 'SES',
      kind: 'company',
      homeCountry: 'LUX',
      sector: 'satellite communications (SES Broadband)',
    },
  },
  {
    key: 'eib',
    body: {
      name: 'European Investment Bank',
      acronym: 'EIB',
      kind: 'international-financial-institution',
      homeCountry: 'LUX',
      sector: 'development finance',
    },
  },
].map((o) => ({
  ...o,
  body: { ...o.body, classification: 'public', sourceIds: sourceIds('mfa') },
}));

export const people = [
  {
    key: 'nurtleu',
    body: { name: 'Murat Nurtleu', nationality: 'KAZ' },
    positions: [
      { title: 'Deputy Prime Minister and Minister of Foreign Affairs', at: country('KAZ') },
    ],
  },
  {
    key: 'frieden',
    body: { name: 'Luc Frieden', nationality: 'LUX' },
    positions: [{ title: 'Prime Minister', at: country('LUX') }],
  },
  {
    key: 'bettel',
    body: { name: 'Xavier Bettel', nationality: 'LUX' },
    positions: [
      {
        title: 'Deputy Prime Minister and Minister for Foreign Affairs and Foreign Trade',
        at: country('LUX'),
      },
    ],
  },
  {
    key: 'hendrik-sarens',
    body: { name: 'Hendrik Sarens', nationality: 'BEL' },
    positions: [{ title: 'Executive Director', at: org('sarens') }],
  },
  {
    key: 'calvino',
    body: { name: 'Nadia Calviño', nationality: 'ESP' },
    positions: [{ title: 'President', at: org('eib') }],
  },
].map((p) => ({
  ...p,
  body: { ...p.body, classification: 'public', sourceIds: sourceIds('mfa') },
  positions: p.positions.map((pos) => ({
    ...pos,
    from: null,
    to: null,
    sourceIds: sourceIds('mfa'),
  })),
}));

export const visit = {
  key: 'nurtleu-luxembourg',
  body: {
    kind: 'official',
    delegation: { sentBy: country('KAZ'), headId: person('nurtleu').id, memberIds: [] },
    hostCountry: 'LUX',
    city: 'Luxembourg',
    startDate: DAY,
    endDate: DAY,
    purpose:
      'Attend the 21st meeting of the European Union–Kazakhstan Cooperation Council and enhance cooperation with EU companies',
    sourceIds: sourceIds('mfa'),
    classification: 'public',
  },
};

const nurtleu = { party: person('nurtleu'), side: country('KAZ'), role: 'head of delegation' };
const meeting = (
  key: string,
  fields: {
    title?: string;
    format: string;
    engagementKind: string;
    with: object[];
    topics: string[];
    summary: string;
    sources: string[];
  },
) => ({
  key,
  body: {
    title: fields.title ?? null,
    date: DAY,
    place: { city: 'Luxembourg', country: 'LUX' },
    visitId: seedId(`visit:${visit.key}`),
    format: fields.format,
    participants: [nurtleu, ...fields.with],
    topics: fields.topics,
    summary: fields.summary,
    engagementKind: fields.engagementKind,
    sourceIds: sourceIds(...fields.sources),
    classification: 'public',
  },
});

export const meetings = [
  meeting('cooperation-council', {
    title: '21st meeting of the European Union–Kazakhstan Cooperation Council',
    format: 'council-or-summit-session',
    engagementKind: 'multilateral',
    with: [{ party: org('eu'), side: org('eu'), role: null }],
    topics: ['political-relations', 'trade'],
    summary:
      'The current state of relations between Kazakhstan and the EU and prospects within the Enhanced Partnership and Cooperation Agreement; views exchanged on political, economic and trade cooperation.',
    sources: ['mfa'],
  }),
  meeting('frieden', {
    format: 'bilateral',
    engagementKind: 'visit',
    with: [{ party: person('frieden'), side: country('LUX'), role: null }],
    topics: [
      'fintech',
      'sustainable-development',
      'green-energy',
      'pharmaceuticals',
      'transport-infrastructure',
      'trade',
      'security',
      'regional-security',
    ],
    summary:
      'Key areas of cooperation between Kazakhstan and Luxembourg and promising ones: financial technology, sustainable development through green energy, pharmaceuticals and transport infrastructure projects. Both sides reaffirmed the need to deepen economic ties and expand opportunities for their business communities; Kazakhstan–EU interaction, trade and security and stability in Central Asia; the international agenda.',
    sources: ['mfa'],
  }),
  meeting('bettel', {
    format: 'bilateral',
    engagementKind: 'visit',
    with: [{ party: person('bettel'), side: country('LUX'), role: null }],
    topics: [
      'security',
      'regional-security',
      'sustainable-development',
      'multilateral-cooperation',
      'political-relations',
    ],
    summary:
      'Luxembourg values Astana’s efforts to strengthen regional security; both share views on global challenges; readiness to enhance cooperation in international security and sustainable development, including within the UN. Both reaffirmed their intention to strengthen bilateral relations at all levels.',
    sources: ['mfa'],
  }),
  meeting('sarens', {
    format: 'bilateral',
    engagementKind: 'visit',
    with: [{ party: person('hendrik-sarens'), side: org('sarens'), role: 'executive director' }],
    topics: ['transport-infrastructure', 'investment'],
    summary:
      'Prospects for expanding Sarens’ activities in Kazakhstan, including several new infrastructure projects.',
    sources: ['mfa'],
  }),
  meeting('cargolux', {
    format: 'bilateral',
    engagementKind: 'visit',
    with: [{ party: org('cargolux'), side: org('cargolux'), role: 'representatives' }],
    topics: ['aviation', 'transport-infrastructure'],
    summary:
      'Cargolux expressed interest in expanding flights to Kazakhstan and using the infrastructure of domestic airports.',
    sources: ['kazinform'],
  }),
  meeting('ses', {
    format: 'bilateral',
    engagementKind: 'visit',
    with: [{ party: org('ses'), side: org('ses'), role: 'management of SES Broadband' }],
    topics: ['satellite-communications'],
    summary:
      'Projects to provide the internet to remote villages in Kazakhstan; SES intends to connect 328 settlements via European satellites.',
    sources: ['kazinform'],
  }),
  meeting('eib', {
    format: 'bilateral',
    engagementKind: 'visit',
    with: [{ party: person('calvino'), side: org('eib'), role: null }],
    topics: ['investment', 'technology'],
    summary: 'The possibility of implementing investment and technological projects in Kazakhstan.',
    sources: ['mfa'],
  }),
];

const meetingId = (key: string) => seedId(`meeting:${key}`);

export const statements = [
  {
    key: 'frieden-reliable-partner',
    body: {
      speaker: { kind: 'person', id: person('frieden').id },
      text: 'Luxembourg views Kazakhstan as a reliable partner in Central Asia and sees great potential for further deepening trade and economic cooperation between our countries',
      form: 'direct',
      meetingId: meetingId('frieden'),
      saidOn: DAY,
      sourceIds: sourceIds('mfa'),
      classification: 'public',
    },
  },
  {
    key: 'frieden-readiness',
    body: {
      speaker: { kind: 'person', id: person('frieden').id },
      text: 'Expressed readiness to support the Kazakh side in its efforts to modernize key sectors of the economy and implement advanced technologies.',
      form: 'reported',
      meetingId: meetingId('frieden'),
      saidOn: DAY,
      sourceIds: sourceIds('mfa'),
      classification: 'public',
    },
  },
  {
    key: 'nurtleu-important-partner',
    body: {
      speaker: { kind: 'person', id: person('nurtleu').id },
      text: 'Luxembourg is an important partner for Kazakhstan within the EU.',
      form: 'reported',
      meetingId: meetingId('frieden'),
      saidOn: DAY,
      sourceIds: sourceIds('mfa'),
      classification: 'public',
    },
  },
  {
    key: 'bettel-regional-security',
    body: {
      speaker: { kind: 'person', id: person('bettel').id },
      text: 'Luxembourg greatly values Astana’s efforts in strengthening regional security; both countries share common views on global challenges.',
      form: 'reported',
      meetingId: meetingId('bettel'),
      saidOn: DAY,
      sourceIds: sourceIds('mfa'),
      classification: 'public',
    },
  },
];

export const indicators = [
  {
    key: 'lux-kaz-fdi-since-2005',
    body: {
      measures: 'gross inflow of direct investment from Luxembourg into Kazakhstan',
      figure: { amount: 2_900_000_000, currency: 'USD' },
      // "Since 2005 … has reached": the start is the year 2005, the end the day it was said.
      period: { from: '2005-01-01', to: DAY },
      from: country('LUX'),
      to: country('KAZ'),
      statedById: person('nurtleu').id,
      meetingId: meetingId('frieden'),
      sourceIds: sourceIds('mfa'),
      classification: 'public',
    },
  },
];

/**
 * Pledges and intentions expressed, as `POST /pledges` bodies. The release reports intentions,
 * readiness, interest and prospects, never a promise: each is at the weakest level,
 * `expressed-intent`; only SES's is quantified (328 settlements). None has a target date.
 */
export const pledges = [
  {
    key: 'ses-328-settlements',
    body: {
      pledger: org('ses'),
      beneficiary: country('KAZ'),
      area: 'satellite-communications',
      commitment:
        'Provide 328 settlements in Kazakhstan with stable internet via European satellites',
      level: 'expressed-intent',
      target: { quantity: 328, unit: 'settlements' },
      targetDate: null,
      meetingId: meetingId('ses'),
      pledgedOn: DAY,
      sourceIds: sourceIds('kazinform'),
      classification: 'public',
    },
  },
  {
    key: 'cargolux-flights',
    body: {
      pledger: org('cargolux'),
      beneficiary: country('KAZ'),
      area: 'aviation',
      commitment: 'Expand flights to Kazakhstan and use the infrastructure of domestic airports',
      level: 'expressed-intent',
      target: null,
      targetDate: null,
      meetingId: meetingId('cargolux'),
      pledgedOn: DAY,
      sourceIds: sourceIds('kazinform'),
      classification: 'public',
    },
  },
  {
    key: 'luxembourg-modernisation-support',
    body: {
      pledger: country('LUX'),
      beneficiary: country('KAZ'),
      area: 'technology',
      commitment:
        'Support Kazakhstan in modernising key sectors of the economy and implementing advanced technologies',
      level: 'expressed-intent',
      target: null,
      targetDate: null,
      meetingId: meetingId('frieden'),
      pledgedOn: DAY,
      sourceIds: sourceIds('mfa'),
      classification: 'public',
    },
  },
  {
    key: 'luxembourg-security-sustainable-development',
    body: {
      pledger: country('LUX'),
      beneficiary: country('KAZ'),
      area: 'security',
      commitment:
        'Enhance cooperation in international security and sustainable development, including within the UN',
      level: 'expressed-intent',
      target: null,
      targetDate: null,
      meetingId: meetingId('bettel'),
      pledgedOn: DAY,
      sourceIds: sourceIds('mfa'),
      classification: 'public',
    },
  },
  {
    key: 'sarens-infrastructure-projects',
    body: {
      pledger: org('sarens'),
      beneficiary: country('KAZ'),
      area: 'transport-infrastructure',
      commitment:
        'Expand Sarens’ activities in Kazakhstan, including implementing several new infrastructure projects',
      level: 'expressed-intent',
      target: null,
      targetDate: null,
      meetingId: meetingId('sarens'),
      pledgedOn: DAY,
      sourceIds: sourceIds('mfa'),
      classification: 'public',
    },
  },
  {
    key: 'eib-investment-technology-projects',
    body: {
      pledger: org('eib'),
      beneficiary: country('KAZ'),
      area: 'investment',
      commitment: 'Explore implementing investment and technological projects in Kazakhstan',
      level: 'expressed-intent',
      target: null,
      targetDate: null,
      meetingId: meetingId('eib'),
      pledgedOn: DAY,
      sourceIds: sourceIds('mfa'),
      classification: 'public',
    },
  },
];

const pledgeId = (key: string) => seedId(`pledge:${key}`);

/**
 * What the ministry's staff follow up, as `POST /follow-ups` bodies. The release says nothing of
 * them: they are the desk's own (hence `internal`). The assignee is the member of staff loading
 * the example (the loader asks `GET /auth/me`), since staff ids differ between installations.
 */
export const followUps = [
  {
    key: 'ses-settlement-list',
    body: {
      action:
        'Obtain from SES the list of the 328 settlements and a connection schedule; pass both to the Ministry of Digital Development',
      dueDate: '2024-11-15',
      pledgeId: pledgeId('ses-328-settlements'),
      meetingId: meetingId('ses'),
      classification: 'internal',
    },
  },
  {
    key: 'eib-project-shortlist',
    body: {
      action: 'Prepare a shortlist of investment and technology projects to put to the EIB',
      dueDate: '2024-12-16',
      pledgeId: pledgeId('eib-investment-technology-projects'),
      meetingId: meetingId('eib'),
      classification: 'internal',
    },
  },
];
