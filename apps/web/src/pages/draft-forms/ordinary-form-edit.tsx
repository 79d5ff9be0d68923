import { useEffect, useRef, useState } from 'react';
import type { DraftEdit } from '../../ui/draft-edit';
import { LogMeeting, type MeetingFields } from '../log-meeting';
import { LogVisit, type VisitFields } from '../log-visit';
import { RecordPledge, type PledgeFields } from '../record-pledge';
import type { SaveValue, Value } from './draft-save';
import { meetingDraft, type MeetingValue } from './meeting-draft';
import { pledgeDraft, type PledgeValue } from './pledge-draft';
import { visitDraft, type VisitValue } from './visit-draft';

/** The kinds of item an ordinary record form can hold, with the form's name; quotes, figures and the source keep the draft's own editor. */
const FORM_NAMES: Record<string, string> = { visits: 'Log a visit', meetings: 'Log a meeting', pledges: 'Record a pledge' };
export const ORDINARY_FORM_KINDS = new Set(Object.keys(FORM_NAMES));

type Opened = { kind: 'meetings'; edit: DraftEdit<MeetingFields> } | { kind: 'pledges'; edit: DraftEdit<PledgeFields> } | { kind: 'visits'; edit: DraftEdit<VisitFields> };

function open(kind: string, value: Value, name: string, save: SaveValue, cancel: () => void): Promise<Opened> {
  if (kind === 'meetings') return meetingDraft(value as unknown as MeetingValue, name, save, cancel).then((edit) => ({ kind, edit }));
  if (kind === 'pledges') return pledgeDraft(value as unknown as PledgeValue, name, save, cancel).then((edit) => ({ kind, edit }));
  return visitDraft(value as unknown as VisitValue, name, save, cancel).then((edit) => ({ kind: 'visits', edit }));
}

/**
 * The ordinary form of the item's kind ("Log a meeting", "Record a pledge", "Log a visit"), prefilled
 * with the item's value, its parties and people looked up by name first; saving edits the item.
 * Focus moves to the form's heading once it is ready (not into a search field, whose list would open).
 */
export function OrdinaryFormEdit({ kind, value, name, save, cancel }: { kind: string; value: Value; name: string; save: SaveValue; cancel: () => void }) {
  const [opened, setOpened] = useState<Opened | null>(null);
  const [failed, setFailed] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    let live = true;
    open(kind, value, name, save, cancel).then(
      (o) => live && setOpened(o),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
    // Opened once per edit: the value it starts from is the one shown when Edit was pressed.
  }, []);
  useEffect(() => {
    if (opened) heading.current?.focus();
  }, [opened]);
  if (failed)
    return (
      <p className="state error" role="alert">
        The form could not be opened: the directory did not answer. Cancel and try again.{' '}
        <button type="button" onClick={cancel}>
          Cancel
        </button>
      </p>
    );
  if (!opened) return <p className="state loading">Opening the form…</p>;
  return (
    <div>
      <h4 ref={heading} tabIndex={-1}>
        The “{FORM_NAMES[kind]}” form, filled in from the draft
      </h4>
      {opened.kind === 'meetings' && <LogMeeting draft={opened.edit} />}
      {opened.kind === 'pledges' && <RecordPledge draft={opened.edit} />}
      {opened.kind === 'visits' && <LogVisit draft={opened.edit} />}
    </div>
  );
}
