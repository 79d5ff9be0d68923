import type { Gazetteer, GazetteerEntry } from '../draft.types';

/**
 * International organisations every desk meets, so that a draft names them even before the
 * directory knows them. The project's own directory is passed in as the gazetteer and comes first.
 */
export const COMMON_ORGANISATIONS: readonly GazetteerEntry[] = [
  {
    name: 'European Union',
    acronym: 'EU',
    code: 'EU',
    aliases: [
      'European Commission',
      'Commission of the European Union',
      'European Council',
      'Council of the European Union',
    ],
  },
  { name: 'United Nations', acronym: 'UN', aliases: ['U.N.'] },
  { name: 'North Atlantic Treaty Organization', acronym: 'NATO' },
  { name: 'Organization for Security and Co-operation in Europe', acronym: 'OSCE' },
  { name: 'Association of Southeast Asian Nations', acronym: 'ASEAN' },
  {
    name: 'Shanghai Cooperation Organisation',
    acronym: 'SCO',
    aliases: ['Shanghai Cooperation Organization'],
  },
  { name: 'Commonwealth of Independent States', acronym: 'CIS' },
  { name: 'Collective Security Treaty Organization', acronym: 'CSTO' },
  { name: 'Eurasian Economic Union', acronym: 'EAEU', aliases: ['EAEU', 'EEU'] },
  {
    name: 'Organization of Turkic States',
    acronym: 'OTS',
    aliases: ['Turkic Council', 'Cooperation Council of Turkic Speaking States'],
  },
  { name: 'Conference on Interaction and Confidence Building Measures in Asia', acronym: 'CICA' },
  {
    name: 'Organisation of Islamic Cooperation',
    acronym: 'OIC',
    aliases: ['Organization of Islamic Cooperation'],
  },
  { name: 'Group of Seven', acronym: 'G7' },
  { name: 'Group of Twenty', acronym: 'G20' },
  { name: 'African Union', acronym: 'AU' },
  { name: 'World Trade Organization', acronym: 'WTO' },
  { name: 'International Monetary Fund', acronym: 'IMF' },
  { name: 'World Bank' },
  { name: 'European Investment Bank', acronym: 'EIB' },
  { name: 'European Bank for Reconstruction and Development', acronym: 'EBRD' },
  { name: 'Asian Development Bank', acronym: 'ADB' },
  { name: 'Asian Infrastructure Investment Bank', acronym: 'AIIB' },
  { name: 'Gulf Cooperation Council', acronym: 'GCC' },
  { name: 'League of Arab States', aliases: ['Arab League'] },
  { name: 'Council of Europe' },
  { name: 'World Health Organization', acronym: 'WHO' },
  { name: 'International Atomic Energy Agency', acronym: 'IAEA' },
  { name: 'Global Counterterrorism Forum', acronym: 'GCTF' },
  { name: 'Asia-Pacific Economic Cooperation', acronym: 'APEC' },
  { name: 'United Nations Educational, Scientific and Cultural Organization', acronym: 'UNESCO' },
];

export const DEFAULT_GAZETTEER: Gazetteer = { organisations: COMMON_ORGANISATIONS };
