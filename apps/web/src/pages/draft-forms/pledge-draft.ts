import { newKey } from '../../api/client';
import type { DraftEdit } from '../../ui/draft-edit';
import { formatPartialDate, partialDateOrNull } from '../../ui/partial-dates';
import { FIGURE_QUALIFIERS } from '../../ui/figure-qualifiers';
import type { TargetDraft } from '../../ui/targets-editor';
import type { PledgeFields } from '../record-pledge';
import {
  DRAFT_DATE,
  isDraftDate,
  knownParty,
  partsOf,
  partyWords,
  type DraftPicked,
} from './draft-parties';
import { keptWords, renameBy, saveRenamed, topicWords, type SaveValue } from './draft-save';

/** A pledge in the press-release shape. */
export interface PledgeValue {
  by: string | null;
  to: string | null;
  area: string | null;
  what: string;
  level: string;
  quantity: { value: number; unit: string } | null;
  amount: { value: number; currency: string; qualifier: string | null } | null;
  target_date: string | null;
  status: string;
}

/** The draft's levels (words of the release) and the form's (the API's). */
const LEVELS: Record<string, string> = {
  intent: 'expressed-intent',
  pledge: 'pledge',
  commitment: 'firm-commitment',
  agreement: 'signed-agreement',
};
const LEVEL_WORDS = Object.fromEntries(
  Object.entries(LEVELS).map(([words, code]) => [code, words]),
);

/** The areas of a pledge as the importer parts them: by commas, not those inside brackets. */
const areasOf = (area: string | null) =>
  area ? area.split(/,\s+(?![^(]*\))/).map((a) => a.trim()) : [];

/**
 * The parties of `by` or `to` as the form holds them: those on record (or countries) as picks, by
 * name; the rest in words as the named group, which is what the commit makes of them.
 */
async function partiesOf(
  party: string | null,
): Promise<{ picked: DraftPicked[]; group: string; words: string[] }> {
  const parts = partsOf(party);
  const found = await Promise.all(
    parts.map((p) => knownParty(p, ['country', 'organisation', 'person'])),
  );
  const words = parts.filter((_, i) => !found[i]);
  return {
    picked: found.filter((p): p is DraftPicked => p !== null),
    group: words.join(' and '),
    words,
  };
}

const target = (
  kind: TargetDraft['kind'],
  figure: number,
  unit: string,
  qualifier: string,
): TargetDraft => ({ key: newKey(), kind, qualifier, figure: String(figure), unit, ofTotal: '' });
const qualifierOf = (words: string | null) => (words ?? '').replace(/ \(.*\)$/, '');

/** The form's fields for a drafted pledge, and the pledge back from them; its status is kept as proposed. */
export async function pledgeDraft(
  value: PledgeValue,
  name: string,
  save: SaveValue,
  cancel: () => void,
): Promise<DraftEdit<PledgeFields>> {
  const topics = await topicWords();
  const [by, to] = await Promise.all([partiesOf(value.by), partiesOf(value.to)]);
  const targets: TargetDraft[] = [];
  if (value.amount) {
    const q = qualifierOf(value.amount.qualifier);
    targets.push(
      target(
        'amount',
        value.amount.value,
        value.amount.currency,
        (FIGURE_QUALIFIERS as readonly string[]).includes(q) ? q : '',
      ),
    );
  }
  if (value.quantity)
    targets.push(target('quantity', value.quantity.value, value.quantity.unit, ''));
  const initial: PledgeFields = {
    pledgers: by.picked,
    pledgerGroup: by.group,
    beneficiaries: to.picked,
    beneficiaryGroup: to.group,
    areas: areasOf(value.area).map(topics.slugOf),
    commitment: value.what,
    level: LEVELS[value.level] ?? 'expressed-intent',
    targets,
    targetDate: value.target_date ? formatPartialDate(value.target_date) : '',
  };
  const areasBack = keptWords(areasOf(value.area), initial.areas);
  // A group left as proposed keeps the release's parts ("Sarens+Cargolux", not "Sarens and
  // Cargolux"); the same parties as proposed keep the release's order.
  const partyOf = (
    picked: DraftPicked[],
    group: string,
    was: typeof by,
    proposed: string | null,
  ) => {
    const parts = [
      ...picked.map(partyWords),
      ...(group.trim() === was.group ? was.words : group.trim() ? [group.trim()] : []),
    ];
    const same = [...parts].sort().join('+') === [...partsOf(proposed)].sort().join('+');
    return same && proposed ? proposed : parts.join('+') || null;
  };
  const toValue = (f: PledgeFields): PledgeValue => {
    const amount = f.targets.find((t) => t.kind === 'amount');
    const quantity = f.targets.find((t) => t.kind === 'quantity');
    const keptQualifier =
      value.amount && qualifierOf(value.amount.qualifier) === amount?.qualifier
        ? value.amount.qualifier
        : null;
    return {
      ...value,
      by: partyOf(f.pledgers, f.pledgerGroup, by, value.by),
      to: partyOf(f.beneficiaries, f.beneficiaryGroup, to, value.to),
      area: areasBack(f.areas, topics.labelOf).join(', ') || null,
      what: f.commitment.trim(),
      level: LEVEL_WORDS[f.level] ?? f.level,
      amount: amount
        ? {
            value: Number(amount.figure),
            currency: amount.unit.trim().toUpperCase(),
            qualifier: keptQualifier ?? (amount.qualifier || null),
          }
        : null,
      quantity: quantity ? { value: Number(quantity.figure), unit: quantity.unit.trim() } : null,
      target_date: partialDateOrNull(f.targetDate),
    };
  };
  const check = (f: PledgeFields) => {
    const seen = new Set<string>();
    const problems: Record<string, string> = {
      targetDate: isDraftDate(partialDateOrNull(f.targetDate)) ? '' : DRAFT_DATE,
    };
    f.targets.forEach((t, i) => {
      const twice = seen.has(t.kind);
      seen.add(t.kind);
      problems[`targets[${i}]`] =
        t.kind === 'rating'
          ? `A draft holds no rating: remove target ${i + 1}, and add it to the pledge once committed`
          : twice
            ? `A draft holds one sum of money and one count: remove target ${i + 1}, and add it to the pledge once committed`
            : t.ofTotal.trim()
              ? `A draft holds no total: clear the total of target ${i + 1}`
              : '';
    });
    return problems;
  };
  const rename = renameBy({
    by: 'pledgers',
    to: 'beneficiaries',
    area: 'areas',
    what: 'commitment',
    level: 'level',
    target_date: 'targetDate',
  });
  return {
    name,
    initial,
    check,
    cancel,
    save: (f) => {
      const written = toValue(f);
      const at = (kind: string) => f.targets.findIndex((t) => t.kind === kind);
      return saveRenamed(save, written as unknown as Record<string, unknown>, (field) =>
        rename(field)
          .replace(/^amount\b.*/, `targets[${at('amount')}]`)
          .replace(/^quantity\b.*/, `targets[${at('quantity')}]`),
      );
    },
  };
}
