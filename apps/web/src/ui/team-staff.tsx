import { useEffect, useState, type SelectHTMLAttributes } from 'react';
import { api } from '../api/client';

export interface Staff {
  people: { id: string; desks: string[] }[];
  desks: string[];
}

const DESK = 'desk:';

/** `desk:Central Asia` → `Central Asia desk`; `anna` → `anna`, or `you` when it is the reader. */
export function assigneeLabel(assignee: string, me?: string | null): string {
  if (assignee.startsWith(DESK)) return `${assignee.slice(DESK.length)} desk`;
  return me && assignee === me ? 'you' : assignee;
}

let cached: Promise<Staff> | null = null;

/** Who work can be assigned to: asked once per page load (staff change rarely). */
export function useStaff(): Staff | null {
  const [staff, setStaff] = useState<Staff | null>(null);
  useEffect(() => {
    cached ??= api<Staff>('/staff').catch((error: unknown) => {
      cached = null;
      throw error;
    });
    let current = true;
    cached.then((s) => current && setStaff(s), () => current && setStaff({ people: [], desks: [] }));
    return () => {
      current = false;
    };
  }, []);
  return staff;
}

/**
 * The staff picker: a desk, or a member of staff by name with their desks beside it. A native
 * select, so the keyboard, screen readers and Field's label and error work as for any control.
 */
export function StaffSelect({
  value,
  onChoose,
  me,
  ...rest
}: { value: string; onChoose: (assignee: string) => void; me?: string | null } & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'>) {
  const staff = useStaff();
  // Until the staff arrive, the chosen assignee is an option of its own, so the choice shows (and holds).
  const known = value === '' || (!!staff && (staff.people.some((p) => p.id === value) || staff.desks.some((d) => `${DESK}${d}` === value)));
  return (
    <select {...rest} value={value} onChange={(e) => onChoose(e.target.value)}>
      <option value="">{staff ? 'Choose a person or a desk' : 'Loading the staff…'}</option>
      {!known && <option value={value}>{assigneeLabel(value, me)}</option>}
      {staff && staff.desks.length > 0 && (
        <optgroup label="Desks">
          {staff.desks.map((desk) => (
            <option key={desk} value={`${DESK}${desk}`}>
              {desk} desk
            </option>
          ))}
        </optgroup>
      )}
      {staff && (
        <optgroup label="People">
          {staff.people.map((person) => (
            <option key={person.id} value={person.id}>
              {person.id === me ? `${person.id} (you)` : person.id}
              {person.desks.length ? ` — ${person.desks.join(', ')}` : ''}
            </option>
          ))}
        </optgroup>
      )}
    </select>
  );
}
