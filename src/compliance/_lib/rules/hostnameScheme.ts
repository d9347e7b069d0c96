import type { HostnameScheme } from '../../../domains/index.js';
import { validateHostname } from '../../../domains/index.js';
import { defineRule } from '../../defineRule.js';

/**
 * `hostnames.scheme`: every host name of the portal is a valid `.gov.vn` name under the scheme in force on the
 * audit date (ND-224-2026/11.4, VP-32-2023/3.3–3.4, TN-40-2012/7.2, ND-43-2011/6), checked by
 * `vn-portal-kit/domains`' `validateHostname` (DNS syntax, suffix, depth for the unit's kind, reserved and
 * expected labels). Its errors are findings of severity `error`, its warnings of severity `warning`.
 */
export const hostnameSchemeRule = defineRule({
  id: 'hostnames.scheme',
  title: { vi: 'Tên miền đúng quy định', en: 'Host names follow the scheme in force' },
  severity: 'error',
  create(ctx) {
    const h = ctx.policy.hostnames;
    if (!h) {
      ctx.notApplicable({ vi: 'Không có quy tắc đặt tên miền', en: 'No host-name scheme applies' });
      return {};
    }
    const scheme = h.scheme as HostnameScheme;
    return {
      finish() {
        const { portal } = ctx.inventory;
        if (portal.hostnames.length === 0) {
          ctx.report({
            message: { vi: 'Bản kê khai không có tên miền nào', en: 'The inventory lists no host name' },
            citation: h.citation,
            location: { field: 'portal.hostnames', path: ['portal', 'hostnames'] },
            remediation: { vi: 'Khai báo tên miền của cổng', en: 'List the portal’s host names' },
          });
          return;
        }
        const pattern =
          scheme.rules.find((r) => r.kind === portal.unit.kind)?.pattern ??
          scheme.rules[0]?.pattern ??
          'tentinhthanh.gov.vn';
        portal.hostnames.forEach((entry, i) => {
          const own = entry.purpose === 'main';
          const r = validateHostname(entry.host, {
            scheme,
            asOf: ctx.asOf,
            ...(own
              ? {
                  kind: portal.unit.kind,
                  unit: {
                    name: portal.unit.name,
                    kind: portal.unit.kind,
                    ...(portal.unit.abbreviation ? { label: portal.unit.abbreviation } : {}),
                  },
                }
              : {}),
          });
          for (const issue of r.issues) {
            ctx.report({
              severity: issue.severity === 'error' ? 'error' : 'warning',
              message: {
                vi: `Tên miền ${entry.host.slice(0, 100)}: ${issue.message.vi}`,
                en: `Host name ${entry.host.slice(0, 100)}: ${issue.message.en}`,
              },
              citation: issue.citation ?? h.citation,
              location: {
                field: 'portal.hostnames',
                item: entry.host.slice(0, 200),
                path: ['portal', 'hostnames', i, 'host'],
              },
              evidence: {
                host: entry.host.slice(0, 300),
                purpose: entry.purpose,
                code: issue.code,
                scheme: h.schemeId,
              },
              remediation: {
                vi: `Đặt tên miền theo ${h.schemeId} (mẫu ${pattern})`,
                en: `Name the host under ${h.schemeId} (pattern ${pattern})`,
              },
            });
          }
        });
      },
    };
  },
});
