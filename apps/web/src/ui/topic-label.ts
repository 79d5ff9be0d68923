import { useCallback } from 'react';
import type { Topic } from '../api/types';
import { topicVocabulary } from './directory';
import { useResource } from './use-resource';
import { codeLabel } from './words';

/**
 * A topic's label from the vocabulary (`fintech` → `Financial technology`), for any page; a
 * merged-away slug shows its survivor's label.
 */
export function useTopicLabel(): (slug: string) => string {
  const topics = useResource<Topic[]>(topicVocabulary, 'topics');
  return useCallback(
    (slug: string) =>
      topics.data?.find((t) => t.slug === slug || t.merged?.includes(slug))?.label ??
      codeLabel(slug),
    [topics.data],
  );
}
