import type { Proposed, Span } from './draft.types';

export const stated = <T>(
  value: T,
  span: Span | null,
  basis: Proposed<T>['basis'] = 'text',
): Proposed<T> =>
  basis === 'text' ? { value, span, stated: true } : { value, span, stated: true, basis };

export const notStated = <T>(span: Span | null = null): Proposed<T> => ({
  value: null,
  span,
  stated: false,
});
