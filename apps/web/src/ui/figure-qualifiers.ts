/** The qualifiers a source puts before a figure ("more than 12,000 jobs"), as the API takes them. */
export const FIGURE_QUALIFIERS = [
  'about',
  'approximately',
  'some',
  'at least',
  'more than',
  'over',
  'up to',
  'less than',
  'under',
  'nearly',
  'almost',
] as const;
