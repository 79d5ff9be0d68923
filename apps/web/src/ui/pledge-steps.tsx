import { useState, type FormEvent } from 'react';
import { DateInput } from './date-input';
import type { Picked } from './directory';
import { ErrorSummary } from './error-summary';
import { errorsUnder, Field } from './field';
import { partialDateOrNull, partialDateProblem, PARTIAL_DATE_HINT } from './partial-dates';
import { PickMany } from './pickers';
import { StaleNotice, useRevisedWrite } from './record-changes';
import type { Fetched } from './record-kinds';
import { targetProblems, TargetsEditor, toTarget, type TargetDraft } from './targets-editor';
import { useSubmit } from './use-submit';

type Step = 'progress' | 'fulfilment';

const WORDS: Record<Step, { when: string; note: string; button: string; path: string; dateField: string }> = {
  progress: { when: 'Reported on', note: 'What progress was made', button: 'Report the progress', path: 'progress-reports', dateField: 'reportedOn' },
  fulfilment: { when: 'Fulfilled on', note: 'How it was fulfilled (optional)', button: 'Record the fulfilment', path: 'fulfilment', dateField: 'fulfilledOn' },
};

/**
 * A step in a pledge's life, sent with the revision the page opened: progress with every figure
 * reported so far (cumulative, each with its qualifier), or its fulfilment; each with its source.
 */
export function PledgeStep({ step, pledge, onDone, onTakeCurrent }: { step: Step; pledge: Fetched; onDone: () => void; onTakeCurrent: (r: Fetched) => void }) {
  const words = WORDS[step];
  const [when, setWhen] = useState('');
  const [note, setNote] = useState('');
  const [figures, setFigures] = useState<TargetDraft[]>([]);
  const [sources, setSources] = useState<Picked[]>([]);
  const revised = useRevisedWrite('pledge', pledge);
  const messages = {
    [words.dateField]: `Enter when, as precise as the source, or leave it empty`,
    note: 'Say what progress was made',
    sourceIds: 'Choose at least one source that says so',
    ...Object.fromEntries(figures.map((_, i) => [`figures[${i}]`, `Check result ${i + 1}: a number with its unit or currency, or a rating`])),
  };
  const form = useSubmit(
    (key) =>
      revised.write(
        words.path,
        {
          [words.dateField]: partialDateOrNull(when),
          ...(step === 'progress' ? { note: note.trim(), figures: figures.map(toTarget) } : note.trim() ? { note: note.trim() } : {}),
          sourceIds: sources.map((s) => s.id),
        },
        key,
      ),
    {
      check: () => ({
        [words.dateField]: partialDateProblem(when, null) ?? '',
        note: step === 'progress' && !note.trim() ? messages.note : '',
        sourceIds: sources.length ? '' : messages.sourceIds,
        ...targetProblems(figures, 'figures', 'result'),
      }),
      messages,
    },
  );
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await form.submit()) onDone();
  };
  const f = form.fields;
  const figureErrors = Object.fromEntries(figures.map((_, i) => [`figures[${i}]`, errorsUnder(f, `figures[${i}]`) ?? '']).filter(([, m]) => m));
  return (
    <form onSubmit={submit} noValidate className="record-form">
      <ErrorSummary error={form.error} fields={f} />
      {revised.current && (
        <StaleNotice
          kind="pledge"
          opened={pledge}
          current={revised.current}
          onTakeCurrent={() => {
            onTakeCurrent(revised.current as Fetched);
            revised.clear();
            form.reset();
          }}
        />
      )}
      <Field label={words.when} name={words.dateField} error={f[words.dateField]} hint={`${PARTIAL_DATE_HINT}. Leave it empty if the source does not say.`}>
        <DateInput partial value={when} onChange={setWhen} />
      </Field>
      <Field label={words.note} name="note" error={f.note}>
        <textarea rows={3} value={note} onChange={(e) => setNote(e.target.value)} />
      </Field>
      {step === 'progress' && <TargetsEditor value={figures} onChange={setFigures} errors={figureErrors} field="figures" legend="Figures reached so far (cumulative)" noun="result" />}
      <PickMany label="Sources" name="sourceIds" kinds={['source']} value={sources} onChange={setSources} error={errorsUnder(f, 'sourceIds')} />
      <button type="submit" className="primary" disabled={form.busy}>
        {form.busy ? 'Saving…' : words.button}
      </button>
    </form>
  );
}
