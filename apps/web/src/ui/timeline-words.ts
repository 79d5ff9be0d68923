import { labelOf, PLEDGE_LEVELS } from '../api/vocabulary';
import { formatWhen } from './timeline-dates';
import { codeLabel } from './words';

export { formatWhen, sortKey } from './timeline-dates';

/** The kind of an engagement in words. */
export function engagementKind(kind: unknown): string {
  return ({ meeting: 'Meeting', visit: 'Visit', pledge: 'Pledge' } as Record<string, string>)[String(kind)] ?? codeLabel(String(kind ?? ''));
}

/** An engagement's title in words: a visit's `official visit: …` starts with a capital. */
export function engagementTitle(item: { kind?: unknown; title?: unknown; date?: unknown }): string {
  const title = typeof item.title === 'string' && item.title.trim() ? item.title : null;
  if (!title) return `${engagementKind(item.kind)} on ${formatWhen(item.date)}`;
  return title.charAt(0).toUpperCase() + title.slice(1);
}

/** An engagement's summary in words: a pledge's level, a visit's days. */
export function engagementSummary(item: { kind?: unknown; summary?: unknown }): string {
  if (typeof item.summary !== 'string') return '';
  if (item.kind === 'pledge') return labelOf(PLEDGE_LEVELS, item.summary);
  return formatWhen(item.summary);
}

export { formatFigure, formatPeriod } from './timeline-figures';
