import { useState, type FormEvent } from 'react';
import { ApiError } from '../api/client';
import { ErrorSummary } from './error-summary';
import { linkProblems, newLink, PledgeLinksEditor, type LinkDraft } from './pledge-links';
import { StaleNotice, useRevisedWrite } from './record-changes';
import type { Fetched } from './record-kinds';
import { useSubmit } from './use-submit';

/** Links a pledge on record to another: part of an envelope, follows from, the same project reported again. */
export function PledgeLinkStep({ pledge, onDone, onTakeCurrent }: { pledge: Fetched; onDone: () => void; onTakeCurrent: (r: Fetched) => void }) {
  const [links, setLinks] = useState<LinkDraft[]>([newLink()]);
  const revised = useRevisedWrite('pledge', pledge);
  const field = 'links[0].otherPledgeId';
  const form = useSubmit(
    async (key) => {
      const [link] = links;
      try {
        return await revised.write('links', { relation: link.relation, otherPledgeId: link.other?.id, certainty: link.confirmed ? 'confirmed' : 'tentative' }, key);
      } catch (e) {
        if (e instanceof ApiError && e.code === 'LINK.CYCLE')
          throw new ApiError(422, 'FORM.INVALID', e.message, { [field]: 'That link would make a circle: the other pledge is already part of, or follows from, this one' });
        throw e;
      }
    },
    { check: () => linkProblems(links), messages: { [field]: 'Choose the other pledge again: that one is not on record' } },
  );
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await form.submit()) onDone();
  };
  return (
    <form onSubmit={submit} noValidate className="record-form">
      <ErrorSummary error={form.error} fields={form.fields} />
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
      <PledgeLinksEditor value={links} onChange={(v) => setLinks(v.length ? v.slice(0, 1) : [newLink()])} errors={form.fields} pledgeId={pledge.id} single />
      <button type="submit" className="primary" disabled={form.busy}>
        {form.busy ? 'Saving…' : 'Link the pledges'}
      </button>
    </form>
  );
}
