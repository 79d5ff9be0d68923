import { useEffect, useMemo, useState } from 'react';
import countries from 'i18n-iso-countries';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { PlotFigure, type PlotBuild } from './chart-plot';
import { countryName } from './words';

type Shape = Feature<Geometry, { name: string }>;

let shapes: Promise<Shape[]> | null = null;
/** Natural Earth's 1:110m countries (world-atlas), bundled with the app: no map server is needed. */
function worldShapes(): Promise<Shape[]> {
  shapes ??= Promise.all([import('world-atlas/countries-110m.json'), import('topojson-client')]).then(([world, topojson]) => {
    const topology = (world.default ?? world) as unknown as Parameters<typeof topojson.feature>[0];
    const collection = topojson.feature(topology, (topology as unknown as { objects: Record<string, never> }).objects.countries) as unknown as FeatureCollection<Geometry, { name: string }>;
    return collection.features;
  });
  return shapes;
}

/**
 * Engagements per country, shaded on a world map (Equal Earth projection) with a legend; the
 * countries too small for this scale are named beside it, and every figure is in a table below.
 */
export function WorldMap({ counts, period }: { counts: { country: string; engagements: number }[]; period: string }) {
  const [world, setWorld] = useState<Shape[] | null>(null);
  useEffect(() => {
    void worldShapes().then(setWorld);
  }, []);
  const byNumeric = useMemo(() => new Map(counts.map((c) => [countries.alpha3ToNumeric(c.country) ?? '', c])), [counts]);
  const drawn = new Set((world ?? []).map((f) => String(f.id)));
  const tooSmall = counts.filter((c) => !drawn.has(countries.alpha3ToNumeric(c.country) ?? ''));
  const engaged = (world ?? []).filter((f) => byNumeric.has(String(f.id)));
  // The ten most engaged are named on the map; every country is in the table below it.
  const labelled = [...engaged].sort((a, b) => byNumeric.get(String(b.id))!.engagements - byNumeric.get(String(a.id))!.engagements).slice(0, 10);
  const options = useMemo(
    (): PlotBuild => (Plot) => ({
      projection: 'equal-earth' as const,
      width: 960,
      height: 470,
      color: { type: 'sqrt' as const, scheme: 'blues' as const, legend: true, label: 'Engagements', zero: true },
      r: { range: [3, 12] as [number, number] },
      style: { fontSize: '12px' },
      marks: [
        Plot.sphere({ stroke: '#c9d3e3' }),
        Plot.geo(world ?? [], { fill: '#eceff4', stroke: '#ffffff', strokeWidth: 0.5 }),
        Plot.geo(engaged, {
          fill: (f: Shape) => byNumeric.get(String(f.id))?.engagements,
          stroke: '#33415c',
          strokeWidth: 0.6,
          title: (f: Shape) => {
            const c = byNumeric.get(String(f.id))!;
            return `${countryName(c.country)}: ${c.engagements} engagement${c.engagements === 1 ? '' : 's'}`;
          },
        }),
        // A marker and a name on each engaged country, so that Luxembourg shows as well as Kazakhstan.
        Plot.dot(engaged, Plot.geoCentroid({ r: (f: Shape) => byNumeric.get(String(f.id))?.engagements, fill: '#b3261e', fillOpacity: 0.75, stroke: '#ffffff' })),
        Plot.text(labelled, Plot.geoCentroid({ text: (f: Shape) => countryName(byNumeric.get(String(f.id))!.country), dy: -16, fontWeight: 'bold', stroke: '#ffffff', strokeWidth: 3, fill: '#1f2d46' })),
      ],
    }),
    [world, engaged.length, byNumeric],
  );
  const summary = counts.map((c) => `${countryName(c.country)} ${c.engagements}`).join(', ');
  return (
    <>
      <PlotFigure
        caption={`Engagements per country, ${period}`}
        summary={summary}
        options={options}
        hasData={counts.length > 0 && world !== null}
        empty={counts.length ? 'Loading the map…' : `No meeting, visit or pledge is on record ${period}. Choose a wider period.`}
        table={<CountryTable counts={counts} />}
      />
      {tooSmall.length > 0 && (
        <p className="muted">
          Too small to see at this scale: {tooSmall.map((c) => `${countryName(c.country)} (${c.engagements})`).join(', ')}.
        </p>
      )}
    </>
  );
}

export function CountryTable({ counts }: { counts: { country: string; engagements: number }[] }) {
  return (
    <table className="data">
      <thead>
        <tr>
          <th scope="col">Country</th>
          <th scope="col" className="num">
            Engagements
          </th>
        </tr>
      </thead>
      <tbody>
        {counts.map((c) => (
          <tr key={c.country}>
            <td>{countryName(c.country)}</td>
            <td className="num">{c.engagements}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
