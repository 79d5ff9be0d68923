import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, ApiError, newKey, readQuery, type Written } from '../api/client';
import type { Page as Paged, PledgeRegisterItem } from '../api/types';
import { CLASSIFICATIONS, DOCUMENT_KINDS, Options, PLEDGE_LEVELS, labelOf } from '../api/vocabulary';
import { useSession } from '../session';
import { DateInput } from '../ui/date-input';
import { dayProblem, formatDay, parseDay } from '../ui/dates';
import { refOf, type Picked } from '../ui/directory';
import { ErrorSummary } from '../ui/error-summary';
import { DRAFT_DATE_HINT, firstProblems, PageOrDraft, SubmitOrSave, type DraftEdit } from '../ui/draft-edit';
import { errorsUnder, Field } from '../ui/field';
import type { Messages } from '../ui/messages';
import { Page } from '../ui/page';
import { PickMany, PickOne, TopicsPicker } from '../ui/pickers';
import { partialDateOrNull, partialDateProblem, PARTIAL_DATE_HINT } from '../ui/partial-dates';
import { linkProblems, PledgeLinksEditor, type LinkDraft } from '../ui/pledge-links';
import { targetProblems, TargetsEditor, toTarget, type TargetDraft } from '../ui/targets-editor';
import { StaffSelect } from '../ui/team-staff';
import { useSubmit } from '../ui/use-submit';

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
  pledgers: 'Choose who pledges from the list, or leave it empty if the source does not say',
  beneficiaries: 'Choose to whom, or for whose benefit, it is pledged',
  beneficiaryGroup: 'Shorten the name of the group',
  pledgerGroup: 'Shorten the name of the group',
  mutual: 'A mutual pledge needs at least two parties who pledge',
  areas: 'Choose the areas of cooperation',
  level: 'Choose how firm the pledge is',
  commitment: 'Enter what is promised',
  targets: 'Check the targets: each a number with its unit or currency, or a rating',
  targetDate: 'Enter the target date as precise as the source, like 2026 or Q4 2026',
  pledgedOn: 'Enter when it was pledged as precise as the source, or leave it empty',
  documentId: 'Choose the signed document again: that one is not on record',
  sourceIds: 'Choose at least one source that records the pledge',
  classification: 'Choose a classification',
};
const followUpMessages = (i: number): Messages => ({
  [`followUps[${i}].action`]: `Enter what follow-up ${i + 1} is to do`,
  [`followUps[${i}].assignee`]: `Choose who follow-up ${i + 1} is assigned to`,
  [`followUps[${i}].dueDate`]: `Enter the date follow-up ${i + 1} is due`,
});
const same = (a: string, b: string) => a.trim().replace(/\s+/g, ' ').toLowerCase() === b.trim().replace(/\s+/g, ' ').toLowerCase();

/** What a draft of a pledge holds ("From a press release"): the form opens prefilled with it. */
export interface PledgeFields {
  pledgers: Picked[];
  pledgerGroup: string;
  beneficiaries: Picked[];
  beneficiaryGroup: string;
  areas: string[];
  commitment: string;
  level: string;
  targets: TargetDraft[];
  targetDate: string;
}

/** Records a pledge; given `draft`, edits a drafted pledge instead, with only the fields a draft holds. */
export function RecordPledge({ draft }: { draft?: DraftEdit<PledgeFields> } = {}) {
  const { me } = useSession();
  const [params] = useSearchParams();
  const [meeting, setMeeting] = useState<Picked | null>(null);
  const [pledgers, setPledgers] = useState<Picked[]>(draft?.initial.pledgers ?? []);
  const [beneficiaries, setBeneficiaries] = useState<Picked[]>(draft?.initial.beneficiaries ?? []);
  const [beneficiaryGroup, setBeneficiaryGroup] = useState(draft?.initial.beneficiaryGroup ?? '');
  const [pledgerGroup, setPledgerGroup] = useState(draft?.initial.pledgerGroup ?? '');
  const [mutual, setMutual] = useState(false);
  const [areas, setAreas] = useState<string[]>(draft?.initial.areas ?? []);
  const [commitment, setCommitment] = useState(draft?.initial.commitment ?? '');
  const [level, setLevel] = useState(draft?.initial.level ?? 'expressed-intent');
  const [targets, setTargets] = useState<TargetDraft[]>(draft?.initial.targets ?? []);
  const [links, setLinks] = useState<LinkDraft[]>([]);
  const [signedDocument, setSignedDocument] = useState<{ id: string; title: string } | null>(null);
  const linked = useRef(new Set<string>());
  const [targetDate, setTargetDate] = useState(draft?.initial.targetDate ?? '');
  const [pledgedOn, setPledgedOn] = useState('');
  const [sources, setSources] = useState<Picked[]>([]);
  const [classification, setClassification] = useState('internal');
  const [followUps, setFollowUps] = useState<FollowUpDraft[]>([]);
  const [created, setCreated] = useState<Written | null>(null);
  const [duplicate, setDuplicate] = useState<PledgeRegisterItem | null>(null);
  const duplicateAccepted = useRef(false);
  // Chosen once per form fill: however often the officer presses the button, it is one pledge.
  const pledgeId = useRef(newKey());

  // A follow-up added before the session said who I am goes to me once it does, unless chosen.
  useEffect(() => {
    if (me?.id) setFollowUps((rows) => rows.map((f) => (f.assignee ? f : { ...f, assignee: me.id })));
  }, [me?.id]);

  // From a signed document: the pledge follows from it.
  const documentId = params.get('document');
  useEffect(() => {
    if (!documentId) return;
    api<{ title: string | null; kind: string; signedOn: string | null }>(`/documents/${documentId}`).then(
      (d) => setSignedDocument({ id: documentId, title: d.title ?? `${labelOf(DOCUMENT_KINDS, d.kind)}${d.signedOn ? ` signed ${formatDay(d.signedOn)}` : ''}` }),
      () => undefined,
    );
  }, [documentId]);

  // From a meeting: the pledge was made that day and the meeting's sources say so.
  const meetingId = params.get('meeting');
  useEffect(() => {
    if (!meetingId) return;
    api<{ title: string | null; date: string | null; sourceIds: string[]; classification: string }>(`/meetings/${meetingId}`).then(
      async (m) => {
        const when = m.date ? formatDay(m.date) : 'date not stated';
        setMeeting({
          kind: 'meeting',
          id: meetingId,
          name: m.title ?? `Meeting of ${when}`,
          detail: when,
          classification: m.classification,
        });
        if (m.date) setPledgedOn((d) => d || formatDay(m.date));
        const cited = await Promise.all(
          m.sourceIds.map((id) =>
            api<{ title: string | null; publisher: string; publishedOn: string | null; classification: string }>(`/sources/${id}`).then((s): Picked => ({
              kind: 'source',
              id,
              name: s.title ?? s.publisher,
              detail: `${s.publisher}, ${s.publishedOn ? formatDay(s.publishedOn) : 'undated'}`,
              classification: s.classification,
            })),
          ),
        ).catch(() => []);
        setSources((s) => (s.length ? s : cited));
      },
      () => undefined,
    );
  }, [meetingId]);

  const drafted = (): PledgeFields => ({ pledgers, pledgerGroup, beneficiaries, beneficiaryGroup, areas, commitment, level, targets, targetDate });
  // The pledge and its follow-ups are checked whole before anything is written.
  const check = () => {
    // A draft's sources are the release's: the commit sets them.
    if (draft) return firstProblems({ commitment: commitment.trim() ? '' : MESSAGES.commitment, ...targetProblems(targets), targetDate: partialDateProblem(targetDate, null) ?? '' }, draft.check(drafted()));
    const problems: Record<string, string> = created
      ? {}
      : {
          mutual: mutual && pledgers.length < 2 ? MESSAGES.mutual : '',
          commitment: commitment.trim() ? '' : MESSAGES.commitment,
          ...targetProblems(targets),
          targetDate: partialDateProblem(targetDate, null) ?? '',
          pledgedOn: partialDateProblem(pledgedOn, null) ?? '',
          sourceIds: sources.length ? '' : MESSAGES.sourceIds,
        };
    Object.assign(problems, linkProblems(links.filter((l) => !linked.current.has(l.key))));
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
    const [pledger, beneficiary] = [pledgers[0], beneficiaries[0]];
    if (!pledger || !beneficiary) return null;
    const register = await api<Paged<PledgeRegisterItem>>(`/pledges/register${readQuery({ pledger: pledger.id, beneficiary: beneficiary.id, limit: 500 })}`).catch(
      () => null,
    );
    return register?.items.find((p) => p.pledgeId !== pledgeId.current && same(p.commitment, commitment)) ?? null;
  };

  // The pledge under its own id, then each follow-up under its own: a retry after a lost answer
  // or a refused follow-up lands on the same records instead of doubling them.
  const form = useSubmit<Outcome | null>(
    async () => {
      if (draft) {
        await draft.save(drafted());
        return null;
      }
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
            pledgers: pledgers.map(refOf),
            beneficiaries: beneficiaries.map(refOf),
            beneficiaryGroup: beneficiaryGroup.trim() || null,
            pledgerGroup: pledgerGroup.trim() || null,
            mutual,
            areas,
            commitment,
            level,
            targets: targets.map(toTarget),
            targetDate: partialDateOrNull(targetDate),
            meetingId: meeting?.id ?? null,
            documentId: signedDocument?.id ?? null,
            pledgedOn: partialDateOrNull(pledgedOn),
            sourceIds: sources.map((s) => s.id),
            classification,
          },
        });
        setCreated(pledge);
      }
      // Each link once, with the pledge's revision as it moves on: a retry skips those made.
      for (const [i, link] of links.entries()) {
        if (linked.current.has(link.key) || !link.other) continue;
        try {
          pledge = await api<Written>(`/pledges/${pledge.id}/links`, {
            method: 'POST',
            ifMatch: pledge.revision,
            body: { relation: link.relation, otherPledgeId: link.other.id, certainty: link.confirmed ? 'confirmed' : 'tentative' },
          });
          linked.current.add(link.key);
          setCreated(pledge);
        } catch (e) {
          if (!(e instanceof ApiError)) throw e;
          const why = e.code === 'LINK.CYCLE' ? `Link ${i + 1} would make a circle: that pledge is already part of, or follows from, this one` : `Choose the pledge that link ${i + 1} points to again`;
          // Said in words already: FORM.INVALID keeps useSubmit from rewording it.
          throw new ApiError(e.status, 'FORM.INVALID', `The pledge is on record, but link ${i + 1} was refused. Correct it and press the button again.`, { [`links[${i}].otherPledgeId`]: why });
        }
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
        ...Object.fromEntries(targets.map((_, i) => [`targets[${i}]`, `Check target ${i + 1}: a number with its unit or currency, or a rating`])),
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

  if (form.done && !draft) {
    return (
      <Page title="Pledge recorded">
        <div className="state success" role="status">
          <p>
            The pledge is on record
            {form.done.followUps.length ? `, with ${form.done.followUps.length} follow-up${form.done.followUps.length > 1 ? 's' : ''} assigned` : ''}.
          </p>
          <ul className="actions">
            {pledgers[0] && beneficiaries[0] && (
              <li>
                <Link to={`/partners/${beneficiaries[0].id}/${pledgers[0].id}`}>See the partnership</Link>
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
    <PageOrDraft draft={draft} title="Record a pledge" intro="Who promised whom what, how firmly and by when; then who on our side follows it up.">
      <form onSubmit={submit} noValidate className="record-form" aria-label={draft?.name}>
        <ErrorSummary error={form.error} fields={f} note={created ? form.error?.message : undefined} />
        {duplicate && <DuplicateWarning found={duplicate} onRecordAnyway={recordAnyway} />}
        <fieldset disabled={created !== null}>
          <legend>The pledge{created && ' (on record)'}</legend>
          {!draft && <PickOne label="Made at the meeting (optional)" name="meetingId" kinds={['meeting']} value={meeting} onChange={setMeeting} error={f.meetingId} />}
          {signedDocument && (
            <div className={`field${f.documentId ? ' invalid' : ''}`}>
              <span className="label">Follows from the signed document</span>
              <span className="chip">
                {signedDocument.title}
                <button type="button" id="field-documentId" className="link" aria-label={`Clear the signed document: ${signedDocument.title}`} onClick={() => setSignedDocument(null)}>
                  ×
                </button>
              </span>
              {f.documentId && <small className="field-error">{f.documentId}</small>}
            </div>
          )}
          <PickMany
            label="Who pledges"
            name="pledgers"
            kinds={['country', 'organisation', 'person']}
            value={pledgers}
            onChange={setPledgers}
            error={errorsUnder(f, 'pledgers')}
            hint="One or several: the parties of a memorandum, a pool of institutions. Leave it empty if the source does not say who."
          />
          <Field label="Or pledged by a named group (optional)" name="pledgerGroup" error={f.pledgerGroup} hint="In words, when no party on record stands for it: the member states of the Organization of Turkic States">
            <input type="text" value={pledgerGroup} onChange={(e) => setPledgerGroup(e.target.value)} />
          </Field>
          <PickMany
            label="To whom, or for whose benefit"
            name="beneficiaries"
            kinds={['country', 'organisation', 'person']}
            value={beneficiaries}
            onChange={setBeneficiaries}
            error={errorsUnder(f, 'beneficiaries')}
          />
          <div className="row">
            <Field label="For the benefit of a named group (optional)" name="beneficiaryGroup" error={f.beneficiaryGroup} hint="In words: Central Asia, the member states of the CIS">
              <input type="text" value={beneficiaryGroup} onChange={(e) => setBeneficiaryGroup(e.target.value)} />
            </Field>
            <div className={`field check${f.mutual ? ' invalid' : ''}`} hidden={!!draft}>
              <label>
                <input id="field-mutual" type="checkbox" checked={mutual} onChange={(e) => setMutual(e.target.checked)} aria-describedby={f.mutual ? 'field-mutual-error' : undefined} /> Mutual: each party pledges to the others (a memorandum)
              </label>
              {f.mutual && (
                <small id="field-mutual-error" className="field-error">
                  {f.mutual}
                </small>
              )}
            </div>
          </div>
          <TopicsPicker legend="Areas of cooperation" value={areas} onChange={setAreas} error={errorsUnder(f, 'areas')} />
          <div className="row">
            <Field label="Level" name="level" error={f.level}>
              <select value={level} onChange={(e) => setLevel(e.target.value)}>
                <Options of={PLEDGE_LEVELS} />
              </select>
            </Field>
          </div>
          <Field label="What is promised" name="commitment" error={f.commitment}>
            <textarea rows={3} value={commitment} onChange={(e) => setCommitment(e.target.value)} />
          </Field>
          <TargetsEditor value={targets} onChange={setTargets} errors={Object.fromEntries(targets.map((_, i) => [`targets[${i}]`, errorsUnder(f, `targets[${i}]`) ?? '']).filter(([, m]) => m))} />
          <Field label="Target date (optional)" name="targetDate" error={f.targetDate} hint={draft ? `${DRAFT_DATE_HINT}. Empty: no deadline stated.` : 'As precise as the source: by 2026, Q4 2026, 31 December 2026. Empty: no deadline stated.'}>
            <DateInput partial value={targetDate} onChange={setTargetDate} />
          </Field>
          <div className="row" hidden={!!draft}>
            <Field label="Pledged on" name="pledgedOn" error={f.pledgedOn} hint={`${PARTIAL_DATE_HINT}. Leave it empty if the source does not say.`}>
              <DateInput partial value={pledgedOn} onChange={setPledgedOn} />
            </Field>
            <Field label="Classification" name="classification" error={f.classification}>
              <select value={classification} onChange={(e) => setClassification(e.target.value)}>
                <Options of={CLASSIFICATIONS} />
              </select>
            </Field>
          </div>
          {!draft && <PickMany label="Sources" name="sourceIds" kinds={['source']} value={sources} onChange={setSources} error={errorsUnder(f, 'sourceIds')} />}
        </fieldset>
        {!draft && <PledgeLinksEditor value={links} onChange={setLinks} errors={Object.fromEntries(Object.entries(f).filter(([k]) => k.startsWith('links[')))} pledgeId={pledgeId.current} />}

        <fieldset className="follow-ups" hidden={!!draft}>
          <legend>Follow-ups</legend>
          {followUps.length === 0 && <p className="muted">None yet. Add one to give someone the next step, with a due date.</p>}
          <ol>
            {followUps.map((d, i) => (
              <li key={d.id} className="row">
                <Field label={`Follow-up ${i + 1}: action`} name={`followUps[${i}].action`} error={f[`followUps[${i}].action`]}>
                  <input type="text" value={d.action} onChange={(e) => updateFollowUp(i, { action: e.target.value })} />
                </Field>
                <Field label={`Follow-up ${i + 1}: assigned to`} name={`followUps[${i}].assignee`} error={f[`followUps[${i}].assignee`]} hint="A member of staff, or a desk">
                  <StaffSelect value={d.assignee} me={me?.id} onChoose={(assignee) => updateFollowUp(i, { assignee })} />
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
        <SubmitOrSave draft={draft} busy={form.busy} label={created ? 'Assign the follow-ups' : 'Record the pledge'} />
      </form>
    </PageOrDraft>
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
