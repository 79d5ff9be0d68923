import { useEffect, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, ApiError, type Written } from '../api/client';
import { CLASSIFICATIONS, Options, PLEDGE_LEVELS } from '../api/vocabulary';
import { useSession } from '../session';
import { refOf, type Picked } from '../ui/directory';
import { errorsUnder, Field, FormError } from '../ui/field';
import { Page } from '../ui/page';
import { PickMany, PickOne, TopicSelect } from '../ui/pickers';
import { useSubmit } from '../ui/use-submit';

type TargetKind = 'none' | 'quantity' | 'amount';
interface FollowUpDraft {
  key: number;
  action: string;
  assignee: string;
  dueDate: string;
}
interface Outcome {
  pledge: Written;
  followUps: Written[];
}

/** Follow-up field errors, kept apart from the pledge's: `followUps[0].dueDate`. */
class FollowUpFailed extends ApiError {}

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

  // From a meeting: the pledge was made that day and the meeting's sources say so.
  const meetingId = params.get('meeting');
  useEffect(() => {
    if (!meetingId) return;
    api<{ title: string | null; date: string; sourceIds: string[]; classification: string }>(`/meetings/${meetingId}`).then(
      async (m) => {
        setMeeting({ kind: 'meeting', id: meetingId, name: m.title ?? `Meeting of ${m.date}`, detail: m.date, classification: m.classification });
        setPledgedOn((d) => d || m.date);
        const cited = await Promise.all(
          m.sourceIds.map((id) =>
            api<{ title: string; publisher: string; publishedOn: string; classification: string }>(`/sources/${id}`).then(
              (s): Picked => ({ kind: 'source', id, name: s.title, detail: `${s.publisher}, ${s.publishedOn}`, classification: s.classification }),
            ),
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

  // The pledge first (once), then each follow-up tied to it; a failed follow-up leaves the pledge on
  // record, and a retry replays the follow-ups already written (same Idempotency-Key) instead of doubling them.
  const form = useSubmit<Outcome>(async (key) => {
    const pledge =
      created ??
      (await api<Written>('/pledges', {
        method: 'POST',
        idempotencyKey: key,
        body: {
          pledger: pledger ? refOf(pledger) : undefined,
          beneficiary: beneficiary ? refOf(beneficiary) : undefined,
          area,
          commitment,
          level,
          target: target(),
          targetDate: targetDate || null,
          meetingId: meeting?.id ?? null,
          pledgedOn,
          sourceIds: sources.map((s) => s.id),
          classification,
        },
      }));
    setCreated(pledge);
    const written: Written[] = [];
    for (const [i, draft] of followUps.entries()) {
      try {
        written.push(
          await api<Written>('/follow-ups', {
            method: 'POST',
            idempotencyKey: `${key}-${draft.key}`,
            body: { action: draft.action, assignee: draft.assignee, dueDate: draft.dueDate, pledgeId: pledge.id, meetingId: meeting?.id ?? null, classification },
          }),
        );
      } catch (e) {
        if (!(e instanceof ApiError)) throw e;
        const fields = Object.fromEntries(Object.entries(e.fields).map(([f, r]) => [`followUps[${i}].${f}`, r]));
        throw new FollowUpFailed(e.status, e.code, `The pledge is on record, but follow-up ${i + 1} was refused: ${e.message}`, fields);
      }
    }
    return { pledge, followUps: written };
  });
  const f = form.fields;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void form.submit();
  };

  if (form.done) {
    return (
      <Page title="Pledge recorded">
        <div className="state success" role="status">
          <p>
            The pledge is on record{form.done.followUps.length ? `, with ${form.done.followUps.length} follow-up${form.done.followUps.length > 1 ? 's' : ''} assigned` : ''}.
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
        {form.error instanceof FollowUpFailed ? (
          <div className="state error" role="alert">
            <p>{form.error.message}</p>
          </div>
        ) : (
          <FormError error={form.error} shown={['pledger', 'beneficiary', 'area', 'commitment', 'level', 'target', 'targetDate', 'meetingId', 'pledgedOn', 'sourceIds', 'classification']} />
        )}
        <fieldset disabled={created !== null}>
          <legend>The pledge{created && ' (on record)'}</legend>
          <PickOne label="Made at the meeting (optional)" kinds={['meeting']} value={meeting} onChange={setMeeting} error={f.meetingId} />
          <div className="row">
            <PickOne label="Who pledges" kinds={['country', 'organisation', 'person']} value={pledger} onChange={setPledger} error={errorsUnder(f, 'pledger')} />
            <PickOne label="To whom, or for whose benefit" kinds={['country', 'organisation', 'person']} value={beneficiary} onChange={setBeneficiary} error={errorsUnder(f, 'beneficiary')} />
          </div>
          <div className="row">
            <Field label="Area of cooperation" error={f.area}>
              <TopicSelect value={area} onChange={setArea} />
            </Field>
            <Field label="Level" error={f.level}>
              <select value={level} onChange={(e) => setLevel(e.target.value)}>
                <Options of={PLEDGE_LEVELS} />
              </select>
            </Field>
          </div>
          <Field label="What is promised" error={f.commitment}>
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
                  <Field label={targetKind === 'quantity' ? 'Quantity' : 'Amount'} error={errorsUnder(f, 'target')}>
                    <input type="number" min={0} inputMode="decimal" value={figure} onChange={(e) => setFigure(e.target.value)} />
                  </Field>
                  <Field label={targetKind === 'quantity' ? 'Unit' : 'Currency (ISO 4217)'}>
                    <input type="text" value={unit} placeholder={targetKind === 'quantity' ? 'settlements' : 'EUR'} onChange={(e) => setUnit(e.target.value)} />
                  </Field>
                </>
              )}
              <Field label="Target date (optional)" error={f.targetDate}>
                <input type="date" value={targetDate} onChange={(e) => setTargetDate(e.target.value)} />
              </Field>
            </div>
          </fieldset>
          <div className="row">
            <Field label="Pledged on" error={f.pledgedOn}>
              <input type="date" value={pledgedOn} onChange={(e) => setPledgedOn(e.target.value)} />
            </Field>
            <Field label="Classification" error={f.classification}>
              <select value={classification} onChange={(e) => setClassification(e.target.value)}>
                <Options of={CLASSIFICATIONS} />
              </select>
            </Field>
          </div>
          <PickMany label="Sources" kinds={['source']} value={sources} onChange={setSources} error={errorsUnder(f, 'sourceIds')} />
        </fieldset>

        <fieldset className="follow-ups">
          <legend>Follow-ups</legend>
          {followUps.length === 0 && <p className="muted">None yet. Add one to give someone the next step, with a due date.</p>}
          <ol>
            {followUps.map((d, i) => (
              <li key={d.key} className="row">
                <Field label={`Follow-up ${i + 1}: action`} error={f[`followUps[${i}].action`]}>
                  <input type="text" value={d.action} onChange={(e) => updateFollowUp(i, { action: e.target.value })} />
                </Field>
                <Field label={`Follow-up ${i + 1}: assigned to`} error={f[`followUps[${i}].assignee`]} hint="A staff user id">
                  <input type="text" value={d.assignee} onChange={(e) => updateFollowUp(i, { assignee: e.target.value })} />
                </Field>
                <Field label={`Follow-up ${i + 1}: due`} error={f[`followUps[${i}].dueDate`]}>
                  <input type="date" value={d.dueDate} onChange={(e) => updateFollowUp(i, { dueDate: e.target.value })} />
                </Field>
                <button type="button" onClick={() => setFollowUps(followUps.filter((_, j) => j !== i))}>
                  Remove follow-up {i + 1}
                </button>
              </li>
            ))}
          </ol>
          <button type="button" onClick={() => setFollowUps([...followUps, { key: Date.now(), action: '', assignee: me?.id ?? '', dueDate: '' }])}>
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
