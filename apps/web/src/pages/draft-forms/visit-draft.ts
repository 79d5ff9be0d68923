import type { DraftEdit } from '../../ui/draft-edit';
import { formatPartialDate, partialDateOrNull } from '../../ui/partial-dates';
import type { VisitFields } from '../log-visit';
import { DRAFT_DATE, isDraftDate, partyWords, pickedFor } from './draft-parties';
import { PARTY_MISSING, PERSON_MISSING } from './meeting-draft';
import { notStated, renameBy, saveRenamed, type SaveValue } from './draft-save';

/** A visit in the press-release shape. */
export interface VisitValue {
  delegation_of: string;
  head: { name: string | null; title: string };
  host_country: string | null;
  start: string | null;
  end: string | null;
  kind: string;
}

/** "official visit" is a kind of visit the form lists; other words ("planned: working visit") are its purpose. */
const KIND = /^(official|state|working|private|transit) visit$/i;

/** The form's fields for a drafted visit, and the visit back from them; people and parties by name. */
export async function visitDraft(
  value: VisitValue,
  name: string,
  save: SaveValue,
  cancel: () => void,
): Promise<DraftEdit<VisitFields>> {
  const kind = KIND.exec(value.kind)?.[1].toLowerCase() ?? '';
  const initial: VisitFields = {
    kind,
    sentBy: value.delegation_of
      ? await pickedFor(value.delegation_of, ['country', 'organisation'], PARTY_MISSING)
      : null,
    head: value.head.name ? await pickedFor(value.head.name, ['person'], PERSON_MISSING) : null,
    headTitle: notStated(value.head.title),
    host: value.host_country
      ? await pickedFor(
          value.host_country,
          ['country'],
          'as the release names it: choose the country',
        )
      : null,
    startDate: value.start ? formatPartialDate(value.start) : '',
    endDate: value.end ? formatPartialDate(value.end) : '',
    purpose: kind ? '' : notStated(value.kind),
  };
  const toValue = (f: VisitFields): VisitValue => ({
    ...value,
    delegation_of: f.sentBy ? partyWords(f.sentBy) : '',
    head: { name: f.head ? partyWords(f.head) : null, title: f.headTitle.trim() || 'not stated' },
    host_country: f.host ? partyWords(f.host) : null,
    start: partialDateOrNull(f.startDate),
    end: partialDateOrNull(f.endDate),
    kind:
      f.kind === initial.kind && f.purpose === initial.purpose
        ? value.kind
        : f.kind
          ? `${f.kind} visit`
          : f.purpose.trim() || 'not stated',
  });
  const check = (f: VisitFields) => ({
    startDate: isDraftDate(partialDateOrNull(f.startDate)) ? '' : DRAFT_DATE,
    endDate: isDraftDate(partialDateOrNull(f.endDate)) ? '' : DRAFT_DATE,
    purpose:
      f.kind && f.purpose.trim()
        ? 'A draft holds the kind of visit or, when it is none of the kinds listed, its purpose: clear one of them'
        : '',
  });
  const rename = renameBy({
    delegation_of: 'delegation.sentBy',
    host_country: 'hostCountry',
    start: 'startDate',
    end: 'endDate',
    kind: 'kind',
  });
  return {
    name,
    initial,
    check,
    cancel,
    save: (f) =>
      saveRenamed(save, toValue(f) as unknown as Record<string, unknown>, (field) =>
        rename(field)
          .replace(/^head\.name/, 'delegation.headId')
          .replace(/^head\.title/, 'delegation.headTitle'),
      ),
  };
}
