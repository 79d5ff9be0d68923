/** The areas of cooperation every installation starts with; admins add more with `TopicAdded`. */
export const SEED_TOPICS: ReadonlyArray<{ slug: string; label: string }> = [
  { slug: 'fintech', label: 'Financial technology' },
  { slug: 'green-energy', label: 'Green energy' },
  { slug: 'pharmaceuticals', label: 'Pharmaceuticals' },
  { slug: 'transport-infrastructure', label: 'Transport infrastructure' },
  { slug: 'security', label: 'Security' },
  { slug: 'regional-security', label: 'Regional security and stability' },
  { slug: 'sustainable-development', label: 'Sustainable development' },
  { slug: 'trade', label: 'Trade' },
  { slug: 'investment', label: 'Investment' },
  { slug: 'satellite-communications', label: 'Satellite communications' },
  { slug: 'aviation', label: 'Aviation and air cargo' },
  { slug: 'technology', label: 'Technology and modernisation' },
  { slug: 'political-relations', label: 'Political relations' },
  { slug: 'multilateral-cooperation', label: 'Cooperation in international organisations' },
];
