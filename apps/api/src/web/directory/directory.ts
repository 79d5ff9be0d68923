/**
 * The pickers' directory: every party (country, organisation, person), source, visit, meeting and signed document on record, by
 * name, so a form can offer "Lux…" → Luxembourg, Luc Frieden, SES. Pure: it is fed the events of
 * those streams and answers searches; `DirectoryFeed` keeps it current from the log.
 */
export type DirectoryKind = 'country' | 'organisation' | 'person' | 'source' | 'visit' | 'meeting' | 'document';

export interface DirectoryEntry {
  kind: DirectoryKind;
  /** Alpha-3 for a country, else the record's UUID. */
  id: string;
  name: string;
  /** What tells two similar names apart: an acronym, a current title, a publisher and date. */
  detail: string | null;
  classification: string;
  /** For a person: whom they represent by their latest post held (a default side at a meeting). */
  side?: { kind: 'country' | 'organisation'; id: string; name: string } | null;
}

interface Position {
  positionId: string;
  title: string;
  atId: string;
  atKind: 'country' | 'organisation';
  to: string | null;
}

type Data = Record<string, unknown>;
const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);

/** An entry with its text folded once, when it is written, rather than on every search. */
interface Stored {
  entry: DirectoryEntry;
  /** Name, detail and id folded; the folded name is its first `nameLength` characters. */
  haystack: string;
  nameLength: number;
}

/** One search hit with what orders it: names starting with the query first, then by name. */
interface Hit {
  entry: DirectoryEntry;
  startsWithQuery: boolean;
}

export class Directory {
  /** By kind, so a search for parties does not wade through every meeting on record. */
  private readonly entries = new Map<DirectoryKind, Map<string, Stored>>();
  private readonly positions = new Map<string, Position[]>();

  apply(event: { type: string; data: Data }): void {
    const d = event.data;
    switch (event.type) {
      case 'CountryRegistered':
        return this.put({ kind: 'country', id: String(d.code), name: String(d.name), detail: String(d.code), classification: String(d.classification ?? 'public') });
      case 'OrganisationRegistered':
        return this.put({ kind: 'organisation', id: String(d.organisationId), name: String(d.name), detail: organisationDetail(d), classification: String(d.classification) });
      case 'OrganisationCorrected':
        return this.correct('organisation', String(d.organisationId), d.changes as Data, (e, c) => ({ ...e, detail: organisationDetail({ acronym: e.detail, ...c }) }));
      case 'PersonRegistered':
        return this.put({ kind: 'person', id: String(d.personId), name: String(d.name), detail: null, classification: String(d.classification) });
      case 'PersonCorrected':
        return this.correct('person', String(d.personId), d.changes as Data);
      case 'PersonAppointed':
        return this.appoint(String(d.personId), { positionId: String(d.positionId), title: String(d.title), ...at(d.at), to: text(d.to) });
      case 'PositionEnded':
        return this.editPosition(String(d.personId), String(d.positionId), { to: text(d.to) });
      case 'PositionCorrected': {
        const c = (d.changes ?? {}) as Data;
        return this.editPosition(String(d.personId), String(d.positionId), {
          ...(text(c.title) ? { title: String(c.title) } : {}),
          ...(c.at ? at(c.at) : {}),
          ...('to' in c ? { to: text(c.to) } : {}),
        });
      }
      case 'SourceRegistered':
        return this.put({ kind: 'source', id: String(d.sourceId), name: text(d.title) ?? `${d.publisher} (untitled)`, detail: `${d.publisher}, ${text(d.publishedOn) ?? 'date not stated'}`, classification: String(d.classification) });
      case 'SourceCorrected':
        return this.correct('source', String(d.sourceId), d.changes as Data, (e, c) => ({ ...e, name: text(c.title) ?? e.name }));
      case 'VisitRecorded':
        return this.put({ kind: 'visit', id: String(d.visitId), name: text(d.purpose) ?? `Visit to ${d.hostCountry} (purpose not stated)`, detail: `${text(d.city) ?? 'city not stated'}, ${text(d.startDate) ?? 'not stated'} to ${text(d.endDate) ?? 'not stated'}`, classification: String(d.classification) });
      case 'MeetingRecorded':
        return this.put({ kind: 'meeting', id: String(d.meetingId), name: text(d.title) ?? text(d.formatName) ?? (text(d.date) ? `Meeting of ${d.date}` : 'Meeting, date not stated'), detail: text(d.date) ?? 'date not stated', classification: String(d.classification) });
      case 'VisitCorrected':
      case 'MeetingCorrected': {
        const kind = event.type === 'VisitCorrected' ? 'visit' : 'meeting';
        const c = (d.changes ?? {}) as Data;
        return this.correct(kind, String(d.visitId ?? d.meetingId), c, (e) => ({ ...e, name: text(c.title) ?? text(c.purpose) ?? e.name, detail: text(c.date) ?? e.detail }));
      }
      case 'VisitRetracted':
        return void this.ofKind('visit').delete(String(d.visitId));
      case 'MeetingRetracted':
        return void this.ofKind('meeting').delete(String(d.meetingId));
      case 'OrganisationRetracted':
        return void this.ofKind('organisation').delete(String(d.organisationId));
      case 'PersonRetracted':
        return void this.ofKind('person').delete(String(d.personId));
      case 'SourceRetracted':
        return void this.ofKind('source').delete(String(d.sourceId));
      case 'DocumentSigned':
        return this.put({ kind: 'document', id: String(d.documentId), name: documentName(d), detail: text(d.signedOn) ?? 'date not stated', classification: String(d.classification) });
      case 'DocumentCorrected':
        return this.correct('document', String(d.documentId), d.changes as Data, (e, c) => ({ ...e, name: text(c.title) ?? e.name, detail: text(c.signedOn) ?? e.detail }));
      case 'DocumentRetracted':
        return void this.ofKind('document').delete(String(d.documentId));
    }
  }

  /**
   * Matches every word of `query` against the name and detail, case- and accent-insensitively,
   * among the entries the caller may see; a person's posts are read the same way (below). Only
   * the best `limit` hits are kept while scanning: a log of a million events holds hundreds of
   * thousands of entries, and sorting every hit would hold up the request thread.
   */
  search(query: string, kinds: DirectoryKind[], visible: (classification: string) => boolean, limit: number): DirectoryEntry[] {
    if (limit < 1) return [];
    const q = fold(query);
    const words = q.split(/\s+/).filter(Boolean);
    const best: Hit[] = [];
    for (const [kind, store] of this.entries) {
      if (!kinds.includes(kind)) continue;
      for (const { entry: stored, haystack: own, nameLength } of store.values()) {
        if (!visible(stored.classification)) continue;
        const entry = kind === 'person' ? this.withPosts(stored, visible) : stored;
        const haystack = entry === stored ? own : haystackOf(entry);
        if (!words.every((w) => haystack.includes(w))) continue;
        keepBest(best, { entry, startsWithQuery: q.length <= nameLength && own.startsWith(q) }, limit);
      }
    }
    return best.map((hit) => hit.entry);
  }

  private put(entry: DirectoryEntry): void {
    this.ofKind(entry.kind).set(entry.id, { entry, haystack: haystackOf(entry), nameLength: fold(entry.name).length });
  }

  private ofKind(kind: DirectoryKind): Map<string, Stored> {
    let store = this.entries.get(kind);
    if (!store) this.entries.set(kind, (store = new Map()));
    return store;
  }

  private correct(kind: DirectoryKind, id: string, changes: Data = {}, more?: (e: DirectoryEntry, c: Data) => DirectoryEntry): void {
    const existing = this.ofKind(kind).get(id)?.entry;
    if (!existing) return;
    let next: DirectoryEntry = {
      ...existing,
      ...(text(changes.name) ? { name: String(changes.name) } : {}),
      ...(text(changes.classification) ? { classification: String(changes.classification) } : {}),
    };
    if (more) next = more(next, changes);
    this.put(next);
  }

  private appoint(personId: string, position: Position): void {
    this.positions.set(personId, [...(this.positions.get(personId) ?? []).filter((p) => p.positionId !== position.positionId), position]);
  }

  private editPosition(personId: string, positionId: string, change: Partial<Position>): void {
    this.positions.set(personId, (this.positions.get(personId) ?? []).map((p) => (p.positionId === positionId ? { ...p, ...change } : p)));
  }

  /**
   * A person's detail is the posts they hold now (the latest appointed first), where they hold
   * them; a post at a place the caller may not see is left out, so its name never leaks.
   */
  private withPosts(entry: DirectoryEntry, visible: (classification: string) => boolean): DirectoryEntry {
    const place = (p: Position) => this.ofKind(p.atKind).get(p.atId)?.entry;
    const held = (this.positions.get(entry.id) ?? [])
      .filter((p) => p.to === null && (!place(p) || visible(place(p)!.classification)))
      .reverse();
    const detail = held.map((p) => `${p.title} (${p.atKind === 'country' ? p.atId : this.nameOf(p.atKind, p.atId)})`).join('; ');
    const side = held[0] ? { kind: held[0].atKind, id: held[0].atId, name: this.nameOf(held[0].atKind, held[0].atId) } : null;
    return { ...entry, detail: detail || null, side };
  }

  private nameOf(kind: DirectoryKind, id: string): string {
    return this.ofKind(kind).get(id)?.entry.name ?? id;
  }
}

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
const haystackOf = (entry: DirectoryEntry) => fold(`${entry.name} ${entry.detail ?? ''} ${entry.id}`);
const byName = new Intl.Collator().compare;
const before = (a: Hit, b: Hit) => (a.startsWithQuery !== b.startsWithQuery ? a.startsWithQuery : byName(a.entry.name, b.entry.name) < 0);

/** Inserts `hit` in order after its equals (so ties keep the order they were found in), keeping at most `limit`. */
function keepBest(best: Hit[], hit: Hit, limit: number): void {
  if (best.length === limit && !before(hit, best[limit - 1])) return;
  let at = best.length;
  while (at > 0 && before(hit, best[at - 1])) at--;
  best.splice(at, 0, hit);
  if (best.length > limit) best.pop();
}
const organisationDetail = (d: Data) => text(d.acronym);
const at = (ref: unknown): Pick<Position, 'atId' | 'atKind'> => {
  const r = (ref ?? {}) as Data;
  return { atId: String(r.id ?? ''), atKind: r.kind === 'organisation' ? 'organisation' : 'country' };
};

/** The streams the directory reads. */
export const DIRECTORY_STREAM_PREFIXES = ['country-', 'organisation-', 'person-', 'source-', 'visit-', 'meeting-', 'document-'];

/** A document by its title, or in words by its kind when the source gives none. */
function documentName(d: Data): string {
  const kind = String(d.kind ?? 'document').replace(/-/g, ' ');
  return text(d.title) ?? `${kind[0].toUpperCase()}${kind.slice(1)} (title not stated)`;
}
