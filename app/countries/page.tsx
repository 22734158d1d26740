import type { Metadata } from 'next';
import Link from 'next/link';
import { StanceMap } from '@/components/stances/stance-map';
import { PositionLegend } from '@/components/stances/position-legend';
import { StanceMatrix } from '@/components/stances/stance-matrix';
import { listCountries, listInitiatives, listRegions } from '@/db/queries/reference';
import { listStances } from '@/db/queries/stances';
import { requirePermission } from '@/lib/auth/guard';
import { can } from '@/lib/auth/roles';
import { formatDate } from '@/lib/dates';
import { MAP_VIEW_LABELS, MAP_VIEWS, type MapView } from '@/lib/map/views';
import { inputClass } from '@/components/field';
import { ExportLink } from '@/components/export/export-link';
import { stancesExportHref } from '@/lib/export/links';

export const metadata: Metadata = { title: 'Stances' };

type SearchParams = { region?: string | string[]; initiative?: string | string[]; view?: string | string[] };
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function CountriesPage(props: { searchParams: Promise<SearchParams> }) {
  const user = await requirePermission('read');
  const params = await props.searchParams;
  const regions = listRegions();
  const initiatives = listInitiatives();
  const region = regions.includes(one(params.region) ?? '') ? one(params.region) : undefined;
  const mapInitiative = initiatives.find((i) => i.slug === one(params.initiative)) ?? initiatives.find((i) => i.slug === 'pipir') ?? initiatives[0];
  const view: MapView = (MAP_VIEWS as readonly string[]).includes(one(params.view) ?? '') ? (one(params.view) as MapView) : 'indo-pacific';

  const current = listStances({ currentOnly: true });
  const withStance = new Set(current.map((s) => s.country));
  const rows = listCountries()
    .filter((c) => !region || c.region === region)
    .sort((a, b) => Number(withStance.has(b.code)) - Number(withStance.has(a.code)) || a.name.localeCompare(b.name));
  const mapPositions = Object.fromEntries(
    current
      .filter((s) => s.initiative === mapInitiative?.slug)
      .map((s) => [s.country, { position: s.position, label: `${s.position} since ${formatDate(s.asOf, s.datePrecision)}` }]),
  );
  const href = (next: Partial<Record<'region' | 'initiative' | 'view', string | undefined>>) => {
    const q = new URLSearchParams();
    const merged = { region, initiative: mapInitiative?.slug, view, ...next };
    for (const [k, v] of Object.entries(merged)) if (v) q.set(k, v);
    return `/countries?${q}`;
  };

  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Stances</h1>
          <p className="text-sm text-slate-600">Where each country stands on each initiative, from the stance ledger.</p>
        </div>
        <div className="no-print flex items-center gap-2">
          <ExportLink href={stancesExportHref({ current: true })} />
          {can(user.role, 'write') ? (
            <Link href="/stances/new" className="rounded-md bg-blue-700 px-3 py-2 text-sm font-medium text-white hover:bg-blue-800">
              Record a stance
            </Link>
          ) : null}
        </div>
      </div>
      <PositionLegend />

      {mapInitiative ? (
        <section aria-labelledby="map-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
          <div className="flex flex-wrap items-end justify-between gap-3">
            <h2 id="map-heading" className="text-lg font-medium">
              Map: {mapInitiative.name}
            </h2>
            <form method="get" action="/countries" aria-label="Map options" className="no-print flex flex-wrap items-end gap-2">
              {region ? <input type="hidden" name="region" value={region} /> : null}
              <input type="hidden" name="view" value={view} />
              <label className="text-sm">
                <span className="block text-slate-700">Initiative on the map</span>
                <select name="initiative" defaultValue={mapInitiative.slug} className={inputClass}>
                  {initiatives.map((i) => (
                    <option key={i.slug} value={i.slug}>
                      {i.name}
                    </option>
                  ))}
                </select>
              </label>
              <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm hover:bg-slate-50">
                Show
              </button>
            </form>
          </div>
          <nav aria-label="Map view" className="no-print flex gap-1 text-xs">
            {MAP_VIEWS.map((v) => (
              <Link
                key={v}
                href={href({ view: v })}
                aria-current={v === view ? 'true' : undefined}
                className={`rounded px-2 py-1 ${v === view ? 'bg-slate-900 text-white' : 'text-slate-600 hover:bg-slate-100'}`}
              >
                {MAP_VIEW_LABELS[v]}
              </Link>
            ))}
          </nav>
          <StanceMap view={view} positions={mapPositions} hrefFor={(code) => `/countries/${code}`} title={`${mapInitiative.name}: current positions`} />
        </section>
      ) : null}

      <section aria-labelledby="matrix-heading" className="space-y-3">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <h2 id="matrix-heading" className="text-lg font-medium">
            Matrix
          </h2>
          <form method="get" action="/countries" aria-label="Matrix filter" className="no-print flex items-end gap-2">
            {mapInitiative ? <input type="hidden" name="initiative" value={mapInitiative.slug} /> : null}
            <input type="hidden" name="view" value={view} />
            <label className="text-sm">
              <span className="block text-slate-700">Region</span>
              <select name="region" defaultValue={region ?? ''} className={inputClass}>
                <option value="">All regions</option>
                {regions.map((r) => (
                  <option key={r} value={r}>
                    {r}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm hover:bg-slate-50">
              Filter
            </button>
          </form>
        </div>
        {current.length ? null : (
          <p className="rounded-lg border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-600">
            No stances recorded yet. Open a country, or an event that shows where a country stands, and record one.
          </p>
        )}
        <StanceMatrix countries={rows} initiatives={initiatives} current={current} />
      </section>
    </div>
  );
}
