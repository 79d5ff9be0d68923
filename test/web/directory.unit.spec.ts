import { Directory } from '../../apps/api/src/web/directory/directory';

const everyone = () => true;

describe('the pickers’ directory', () => {
  const given = (...events: Array<[string, Record<string, unknown>]>) => {
    const directory = new Directory();
    for (const [type, data] of events) directory.apply({ type, data });
    return directory;
  };
  const lux: [string, Record<string, unknown>] = ['CountryRegistered', { code: 'LUX', name: 'Luxembourg', classification: 'public' }];
  const frieden: [string, Record<string, unknown>] = ['PersonRegistered', { personId: 'p1', name: 'Luc Frieden', nationality: 'LUX', classification: 'public' }];
  const pm: [string, Record<string, unknown>] = ['PersonAppointed', { personId: 'p1', positionId: 'x1', title: 'Prime Minister', at: { kind: 'country', id: 'LUX' }, from: '2023-11-17', to: null }];

  it('finds a person by any word of the name or of the post held now, accents and case aside, with the side it represents', () => {
    const directory = given(lux, frieden, pm);
    const [found] = directory.search('prime FRIÉDEN', ['person'], everyone, 10);
    expect(found).toMatchObject({ kind: 'person', id: 'p1', name: 'Luc Frieden', detail: 'Prime Minister (LUX)', side: { kind: 'country', id: 'LUX', name: 'Luxembourg' } });
  });

  it('forgets a post once it has ended, and a record once it is retracted', () => {
    const directory = given(lux, frieden, pm, ['PositionEnded', { personId: 'p1', positionId: 'x1', to: '2030-01-01' }]);
    expect(directory.search('frieden', ['person'], everyone, 10)[0]).toMatchObject({ detail: null, side: null });
    directory.apply({ type: 'PersonRetracted', data: { personId: 'p1', reason: 'duplicate' } });
    expect(directory.search('frieden', ['person'], everyone, 10)).toEqual([]);
  });

  it('finds an organisation by its acronym and follows corrections to its name', () => {
    const directory = given(['OrganisationRegistered', { organisationId: 'o1', name: 'SES Broadband', acronym: 'SES', kind: 'company', classification: 'public' }]);
    expect(directory.search('ses', ['organisation'], everyone, 10).map((e) => e.name)).toEqual(['SES Broadband']);
    directory.apply({ type: 'OrganisationCorrected', data: { organisationId: 'o1', changes: { name: 'SES S.A.' }, reason: 'legal name' } });
    expect(directory.search('ses', ['organisation'], everyone, 10)).toEqual([expect.objectContaining({ name: 'SES S.A.', detail: 'SES' })]);
  });

  it('answers only the kinds asked for, within the caller’s clearance, names starting with the query first', () => {
    const directory = given(
      lux,
      ['SourceRegistered', { sourceId: 's1', type: 'news-agency', publisher: 'Kazinform', title: 'Nurtleu visits Luxembourg', publishedOn: '2024-10-15', classification: 'confidential' }],
      ['MeetingRecorded', { meetingId: 'm1', title: null, date: '2024-10-14', classification: 'internal' }],
    );
    expect(directory.search('lux', ['country', 'source'], everyone, 10).map((e) => e.id)).toEqual(['LUX', 's1']);
    expect(directory.search('lux', ['country', 'source'], (c) => c !== 'confidential', 10).map((e) => e.id)).toEqual(['LUX']);
    expect(directory.search('', ['meeting'], everyone, 10)).toEqual([expect.objectContaining({ name: 'Meeting of 2024-10-14', detail: '2024-10-14' })]);
  });

  it('names a signed document by its title, or by its kind when untitled; an untitled source by its publisher', () => {
    const directory = given(
      ['DocumentSigned', { documentId: 'd1', title: 'Memorandum on Public Health', kind: 'memorandum', signedOn: '2016-07', classification: 'public' }],
      ['DocumentSigned', { documentId: 'd2', title: null, kind: 'joint-statement', signedOn: null, classification: 'public' }],
      ['SourceRegistered', { sourceId: 's1', type: 'news-agency', publisher: 'Kazinform', title: null, publishedOn: null, classification: 'public' }],
    );
    expect(directory.search('', ['document'], everyone, 10)).toEqual([
      expect.objectContaining({ id: 'd2', name: 'Joint statement (title not stated)', detail: 'date not stated' }),
      expect.objectContaining({ id: 'd1', name: 'Memorandum on Public Health', detail: '2016-07' }),
    ]);
    expect(directory.search('kazinform', ['source'], everyone, 10)).toEqual([
      expect.objectContaining({ name: 'Kazinform (untitled)', detail: 'Kazinform, date not stated' }),
    ]);
    directory.apply({ type: 'DocumentRetracted', data: { documentId: 'd1', reason: 'duplicate' } });
    expect(directory.search('health', ['document'], everyone, 10)).toEqual([]);
  });

  it('keeps only the best `limit` hits, in order, wherever in the directory they were found', () => {
    const directory = given(
      ...['Zurich', 'Luxembourg Airport', 'Aéroport de Luxembourg', 'Luxair', 'Banque de Luxembourg', 'Luxinnovation'].map(
        (name, i): [string, Record<string, unknown>] => ['OrganisationRegistered', { organisationId: `o${i}`, name, kind: 'company', classification: 'public' }],
      ),
    );
    expect(directory.search('lux', ['organisation'], everyone, 3).map((e) => e.name)).toEqual(['Luxair', 'Luxembourg Airport', 'Luxinnovation']);
    expect(directory.search('luxembourg', ['organisation'], everyone, 10).map((e) => e.name)).toEqual([
      'Luxembourg Airport',
      'Aéroport de Luxembourg',
      'Banque de Luxembourg',
    ]);
  });
});
