import { type HostnameScheme, planHostnames } from '../../domains/index.js';
import { loadAdminUnits, planUnitsOf } from '../../units/index.js';

/** One component site a provincial portal is expected to link to: a commune of the 2026 unit data. */
export interface ExpectedComponent {
  readonly name: string;
  readonly hostname: string;
}

/**
 * The communes of a province (2026 unit data) with the host names the profile's scheme plans for them
 * (`vn-portal-kit/domains`' `planHostnames`). `undefined` when the province is unknown or the profile has no
 * scheme.
 */
export function expectedComponents(province: string, scheme: unknown): ExpectedComponent[] | undefined {
  if (!scheme) return undefined;
  const plan = planUnitsOf(loadAdminUnits('2026'), province);
  if (!plan.ok) return undefined;
  const p = plan.value.province;
  const hosts = planHostnames(plan.value.units, {
    scheme: scheme as HostnameScheme,
    parents: [{ name: p.fullName, kind: 'province', code: p.code }],
  });
  return hosts.assignments.map((a) => ({ name: a.unit.name, hostname: a.hostname }));
}
