import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, ApiError, lastWrittenPosition, newKey, query, type Written } from '../api/client';
import type { Page as Paged, PledgeRegisterItem } from '../api/types';
import { CLASSIFICATIONS, Options, PLEDGE_LEVELS, labelOf } from '../api/vocabulary';
import { useSession } from '../session';
import { DateInput } from '../ui/date-input';
import { dayProblem, formatDay, parseDay } from '../ui/dates';
import { refOf, type Picked } from '../ui/directory';
import { ErrorSummary } from '../ui/error-summary';
import { errorsUnder, Field } from '../ui/field';
import type { Messages } from '../ui/messages';
import { Page } from '../ui/page';
import { PickMany, PickOne, TopicSelect } from '../ui/pickers';
import { useSubmit } from '../ui/use-submit';

type TargetKind = 'none' | 'quantity' | 'amount';
interface FollowUpDraft {
  id: string;
  action: string;
  assignee: string;
  dueDate: string;
}
interface Outcome {
  pledge: Written;
  followUps: Written[];
}

const MESSAGES: Messages = {
  meetingId: 'Choose the meeting again: that one is not on record',
  pledger: 'Choose who pledges',
  beneficiary: 'Choose to whom, or for whose benefit, it is pledged',
  area: 'Choose the area of cooperation',
  level: 'Choose how firm the pledge is',
  commitment: 'Enter what is promised',
  target: 'Enter the target as a number above zero, with its unit or currency',
  targetDate: 'Enter the target date, like 14 October 2024',
  pledgedOn: 'Enter the day it was pledged',
  sourceIds: 'Choose at least one source that records the pledge',
  classification: 'Choose a classification',
};
const followUpMessages = (i: number): Messages => ({
  [`followUps[${i}].action`]: `Enter what follow-up ${i + 1} is to do`,
  [`followUps[${i}].assignee`]: `Enter who follow-up ${i + 1} is assigned to`,
  [`followUps[${i}].dueDate`]: `Enter the date follow-up ${i + 1} is due`,
});
const same = (a: string, b: string) => a.trim().replace(/\s+/g, ' ').toLowerCase() === b.trim().replace(/\s+/g, ' ').toLowerCase();

export function RecordPledge() {
  const { me } = useSession();
  const [params] = useSearchParams();
  const [meeting, setMeeting] = useState<Picked | null>(null);
  const [pledger, setPledger] = useState<Picked | null>(null);
  const [beneficiary, setBeneficiary] = useState<Picked | null>(null);
  const [area, setArea] = useState('');
  const [commitment, setCommitment] = useState('');
  const [level, setLevel] = useState('expressed-intent');
  const [targetKind, setTargetKind] = useState<TargetKind>('none');
  const [figure, setFigure] = useState('');
  const [unit, setUnit] = useState('');
  const [targetDate, setTargetDate] = useState('');
  const [pledgedOn, setPledgedOn] = useState('');
  const [sources, setSources] = useState<Picked[]>([]);
  const [classification, setClassification] = useState('internal');
  const [followUps, setFollowUps] = useState<FollowUpDraft[]>([]);
  const [created, setCreated] = useState<Written | null>(null);
  const [duplicate, setDuplicate] = useState<PledgeRegisterItem | null>(null);
  const duplicateAccepted = useRef(false);
  // Chosen once per form fill: however often the officer presses the button, it is one pledge.
  const pledgeId = useRef(newKey());

  // From a meeting: the pledge was made that day and the meeting's sources say so.
  const meetingId = params.get('meeting');
  useEffect(() => {
    if (!meetingId) return;
    api<{ title: string | null; date: string; sourceIds: string[]; classification: string }>(`/meetings/${meetingId}`).then(
      async (m) => {
        setMeeting({
          kind: 'meeting',
          id: meetingId,
          name: m.title ?? `Meeting of ${formatDay(m.date)}`,
          detail: formatDay(m.date),
          classification: m.classification,
        });
        setPledgedOn((d) => d || formatDay(m.date));
        const cited = await Promise.all(
          m.sourceIds.map((id) =>
            api<{ title: string; publisher: string; publishedOn: string; classification: string }>(`/sources/${id}`).then((s): Picked => ({
              kind: 'source',
              id,
              name: s.title,
              detail: `${s.publisher}, ${formatDay(s.publishedOn)}`,
              classification: s.classification,
            })),
          ),
        ).catch(() => []);
        setSources((s) => (s.length ? s : cited));
      },
      () => undefined,
    );
  }, [meetingId]);

  const target = () => {
    if (targetKind === 'none') return null;
    const n = figure.trim() === '' ? NaN : Number(figure);
    return targetKind === 'quantity' ? { quantity: n, unit: unit.trim() } : { amount: n, currency: unit.trim().toUpperCase() };
  };

  // The pledge and its follow-ups are checked whole before anything is written.
  const check = () => {
    const n = Number(figure);
    const problems: Record<string, string> = created
      ? {}
      : {
          pledger: pledger ? '' : MESSAGES.pledger,
          beneficiary: beneficiary ? '' : MESSAGES.beneficiary,
          area: area ? '' : MESSAGES.area,
          commitment: commitment.trim() ? '' : MESSAGES.commitment,
          target: targetKind === 'none' || (figure.trim() !== '' && n > 0 && unit.trim()) ? '' : MESSAGES.target,
          targetDate: dayProblem(targetDate, null) ?? '',
          pledgedOn: dayProblem(pledgedOn, MESSAGES.pledgedOn) ?? '',
          sourceIds: sources.length ? '' : MESSAGES.sourceIds,
        };
    followUps.forEach((d, i) => {
      const say = followUpMessages(i);
      problems[`followUps[${i}].action`] = d.action.trim() ? '' : say[`followUps[${i}].action`];
      problems[`followUps[${i}].assignee`] = d.assignee.trim() ? '' : say[`followUps[${i}].assignee`];
      problems[`followUps[${i}].dueDate`] = dayProblem(d.dueDate, say[`followUps[${i}].dueDate`]) ?? '';
    });
    return problems;
  };

  /** The same promise between the same parties already on the register (what a double submit left behind). */
  const findDuplicate = async (): Promise<PledgeRegisterItem | null> => {
    if (!pledger || !beneficiary) return null;
    const register = await api<Paged<PledgeRegisterItem>>(`/pledges/register${query({ pledger: pledger.id, beneficiary: beneficiary.id, limit: 500, minPosition: lastWrittenPosition() })}`).catch(
      () => null,
    );
    return register?.items.find((p) => p.pledgeId !== pledgeId.current && same(p.commitment, commitment)) ?? null;
  };

  // The pledge under its own id, then each follow-up under its own: a retry after a lost answer
  // or a refused follow-up lands on the same records instead of doubling them.
  const form = useSubmit<Outcome | null>(
    async () => {
      let pledge = created;
      if (!pledge) {
        if (!duplicateAccepted.current) {
          const found = await findDuplicate();
          if (found) {
            setDuplicate(found);
            return null;
          }
        }
        pledge = await api<Written>('/pledges', {
          method: 'POST',
          body: {
            pledgeId: pledgeId.current,
            pledger: pledger ? refOf(pledger) : undefined,
            beneficiary: beneficiary ? refOf(beneficiary) : undefined,
            area,
            commitment,
            level,
            target: target(),
            targetDate: parseDay(targetDate),
            meetingId: meeting?.id ?? null,
            pledgedOn: parseDay(pledgedOn),
            sourceIds: sources.map((s) => s.id),
            classification,
          },
        });
        setCreated(pledge);
      }
      const written: Written[] = [];
      for (const [i, draft] of followUps.entries()) {
        try {
          written.push(
            await api<Written>('/follow-ups', {
              method: 'POST',
              body: {
                followUpId: draft.id,
                action: draft.action,
                assignee: draft.assignee.trim(),
                dueDate: parseDay(draft.dueDate),
                pledgeId: pledge.id,
                meetingId: meeting?.id ?? null,
                classification,
              },
            }),
          );
        } catch (e) {
          if (!(e instanceof ApiError)) throw e;
          if (e.status === 0)
            throw new ApiError(0, e.code, `The pledge is on record, but the server could not be reached while assigning follow-up ${i + 1}. Press the button again: nothing will be recorded twice.`);
          const fields = Object.fromEntries(Object.entries(e.fields).map(([f, r]) => [`followUps[${i}].${f}`, r]));
          throw new ApiError(e.status, e.code, `The pledge is on record, but follow-up ${i + 1} was refused. Correct it and press the button again.`, fields);
        }
      }
      return { pledge, followUps: written };
    },
    {
      check,
      messages: {
        ...MESSAGES,
        ...Object.assign({}, ...followUps.map((_, i) => followUpMessages(i))),
      },
    },
  );
  const recordAnyway = () => {
    duplicateAccepted.current = true;
    setDuplicate(null);
    void form.submit();
  };
  const f = form.fields;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDuplicate(null);
    void form.submit();
  };

  if (form.done) {
    return (
      <Page title="Pledge recorded">
        <div className="state success" role="status">
          <p>
            The pledge is on record
            {form.done.followUps.length ? `, with ${form.done.followUps.length} follow-up${form.done.followUps.length > 1 ? 's' : ''} assigned` : ''}.
          </p>
          <ul className="actions">
            {pledger && beneficiary && (
              <li>
                <Link to={`/partners/${beneficiary.id}/${pledger.id}`}>See the partnership</Link>
              </li>
            )}
            <li>
              <Link to="/board">Open the follow-up board</Link>
            </li>
            <li>
              <Link to={`/records/pledge/${form.done.pledge.id}`}>See the pledge</Link>
            </li>
            <li>
              <Link to={`/history/pledge/${form.done.pledge.id}`}>See the pledge's history</Link>
            </li>
          </ul>
        </div>
      </Page>
    );
  }

  const updateFollowUp = (i: number, change: Partial<FollowUpDraft>) => setFollowUps(followUps.map((x, j) => (j === i ? { ...x, ...change } : x)));
  return (
    <Page title="Record a pledge" intro="Who promised whom what, how firmly and by when; then who on our side follows it up.">
      <form onSubmit={submit} noValidate className="record-form">
        <ErrorSummary error={form.error} fields={f} note={created ? form.error?.message : undefined} />
        {duplicate && <DuplicateWarning found={duplicate} onRecordAnyway={recordAnyway} />}
        <fieldset disabled={created !== null}>
          <legend>The pledge{created && ' (on record)'}</legend>
          <PickOne label="Made at the meeting (optional)" name="meetingId" kinds={['meeting']} value={meeting} onChange={setMeeting} error={f.meetingId} />
          <div className="row">
            <PickOne label="Who pledges" name="pledger" kinds={['country', 'organisation', 'person']} value={pledger} onChange={setPledger} error={errorsUnder(f, 'pledger')} />
            <PickOne
              label="To whom, or for whose benefit"
              name="beneficiary"
              kinds={['country', 'organisation', 'person']}
              value={beneficiary}
              onChange={setBeneficiary}
              error={errorsUnder(f, 'beneficiary')}
            />
          </div>
          <div className="row">
            <Field label="Area of cooperation" name="area" error={f.area}>
              <TopicSelect value={area} onChange={setArea} />
            </Field>
            <Field label="Level" name="level" error={f.level}>
              <select value={level} onChange={(e) => setLevel(e.target.value)}>
                <Options of={PLEDGE_LEVELS} />
              </select>
            </Field>
          </div>
          <Field label="What is promised" name="commitment" error={f.commitment}>
            <textarea rows={3} value={commitment} onChange={(e) => setCommitment(e.target.value)} />
          </Field>
          <fieldset className="target">
            <legend>Quantified target</legend>
            <div className="row">
              <Field label="Kind of target" error={targetKind === 'none' ? f.target : undefined}>
                <select value={targetKind} onChange={(e) => setTargetKind(e.target.value as TargetKind)}>
                  <option value="none">None</option>
                  <option value="quantity">A count (e.g. 328 settlements)</option>
                  <option value="amount">A sum of money</option>
                </select>
              </Field>
              {targetKind !== 'none' && (
                <>
                  <Field label={targetKind === 'quantity' ? 'Quantity' : 'Amount'} name="target" error={errorsUnder(f, 'target')}>
                    <input type="number" min={0} inputMode="decimal" value={figure} onChange={(e) => setFigure(e.target.value)} />
                  </Field>
                  <Field label={targetKind === 'quantity' ? 'Unit' : 'Currency (ISO 4217)'}>
                    <input type="text" value={unit} placeholder={targetKind === 'quantity' ? 'settlements' : 'EUR'} onChange={(e) => setUnit(e.target.value)} />
                  </Field>
                </>
              )}
              <Field label="Target date (optional)" name="targetDate" error={f.targetDate}>
                <DateInput value={targetDate} onChange={setTargetDate} />
              </Field>
            </div>
          </fieldset>
          <div className="row">
            <Field label="Pledged on" name="pledgedOn" error={f.pledgedOn} hint="For example, 14 October 2024">
              <DateInput value={pledgedOn} onChange={setPledgedOn} />
            </Field>
            <Field label="Classification" name="classification" error={f.classification}>
              <select value={classification} onChange={(e) => setClassification(e.target.value)}>
                <Options of={CLASSIFICATIONS} />
              </select>
            </Field>
          </div>
          <PickMany label="Sources" name="sourceIds" kinds={['source']} value={sources} onChange={setSources} error={errorsUnder(f, 'sourceIds')} />
        </fieldset>

        <fieldset className="follow-ups">
          <legend>Follow-ups</legend>
          {followUps.length === 0 && <p className="muted">None yet. Add one to give someone the next step, with a due date.</p>}
          <ol>
            {followUps.map((d, i) => (
              <li key={d.id} className="row">
                <Field label={`Follow-up ${i + 1}: action`} name={`followUps[${i}].action`} error={f[`followUps[${i}].action`]}>
                  <input type="text" value={d.action} onChange={(e) => updateFollowUp(i, { action: e.target.value })} />
                </Field>
                <Field label={`Follow-up ${i + 1}: assigned to`} name={`followUps[${i}].assignee`} error={f[`followUps[${i}].assignee`]} hint="A staff user id">
                  <input type="text" value={d.assignee} onChange={(e) => updateFollowUp(i, { assignee: e.target.value })} />
                </Field>
                <Field label={`Follow-up ${i + 1}: due`} name={`followUps[${i}].dueDate`} error={f[`followUps[${i}].dueDate`]}>
                  <DateInput value={d.dueDate} onChange={(dueDate) => updateFollowUp(i, { dueDate })} />
                </Field>
                <button type="button" onClick={() => setFollowUps(followUps.filter((_, j) => j !== i))}>
                  Remove follow-up {i + 1}
                </button>
              </li>
            ))}
          </ol>
          <button type="button" onClick={() => setFollowUps([...followUps, { id: newKey(), action: '', assignee: me?.id ?? '', dueDate: '' }])}>
            Add a follow-up
          </button>
        </fieldset>
        <button type="submit" className="primary" disabled={form.busy}>
          {form.busy ? 'Saving…' : created ? 'Assign the follow-ups' : 'Record the pledge'}
        </button>
      </form>
    </Page>
  );
}

function DuplicateWarning({ found, onRecordAnyway }: { found: PledgeRegisterItem; onRecordAnyway: () => void }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), [found]);
  return (
    <div ref={box} className="state warning" role="alert" tabIndex={-1}>
      <p>
        <strong>A pledge like this is already on record:</strong> “{found.commitment}”, pledged on {formatDay(found.pledgedOn)} ({labelOf(PLEDGE_LEVELS, found.level)}, {found.status}). Nothing has
        been recorded yet.
      </p>
      <ul className="actions">
        <li>
          <Link to={`/records/pledge/${found.pledgeId}`}>See the pledge on record</Link>
        </li>
        <li>
          <button type="button" onClick={onRecordAnyway}>
            Record it anyway
          </button>
        </li>
      </ul>
    </div>
  );
}
