import {
  cite,
  createIssue,
  type DateInput,
  err,
  type Issue,
  localized,
  ok,
  type Result,
} from '../core/index.js';
import { checkLabel, MAX_HOSTNAME_LENGTH } from './_lib/checkLabel.js';
import { checkSchemeDate, findException, findRule, reservedReason } from './_lib/resolveLabel.js';
import { isAllDigits, nameParts } from './_lib/words.js';
import type { HostnameScheme, HostnameUnitKind } from './HostnameScheme.js';
import type { HostnameUnit } from './HostnameUnit.js';
import { suggestLabels } from './suggestLabels.js';

/**
 * Options of {@link validateHostname}.
 *
 * @example
 * ```ts
 * import { type ValidateHostnameOptions, validateHostname } from 'vn-portal-kit/domains';
 * const options: ValidateHostnameOptions = { suffix: '' };
 * validateHostname('portal.example', options).ok //=> true
 * ```
 */
export interface ValidateHostnameOptions {
  /** The scheme the name must follow: suffix, depth and reserved labels. Without it only DNS syntax and `.gov.vn` are checked. */
  readonly scheme?: HostnameScheme;
  /** The suffix to require when no scheme is given. Default `'gov.vn'`; `''` for none. */
  readonly suffix?: string;
  /** The kind of unit the name claims to belong to: its rule's depth is required. */
  readonly kind?: HostnameUnitKind;
  /** The unit the name claims to belong to: a warning when its label is none of the unit's candidates. */
  readonly unit?: HostnameUnit;
  /** The day the name is for: a warning when the scheme is not in force then. */
  readonly asOf?: DateInput;
}

/**
 * What {@link validateHostname} learnt about a valid host name.
 *
 * @example
 * ```ts
 * import { unwrap } from 'vn-portal-kit/core';
 * import { validateHostname } from 'vn-portal-kit/domains';
 * unwrap(validateHostname('Sotttt.VinhPhuc.gov.vn.')).hostname //=> 'sotttt.vinhphuc.gov.vn'
 * ```
 */
export interface HostnameInfo {
  /** The host name, lowercased, without a trailing dot. */
  readonly hostname: string;
  /** Its labels, left to right. */
  readonly labels: readonly string[];
  /** The number of labels (`gov` and `vn` included). */
  readonly level: number;
  /** The kinds of unit of the scheme whose rule allows this depth (or the claimed kind). */
  readonly kinds: readonly HostnameUnitKind[];
  /** The id of the scheme service it names (`'public-services'` for `dichvucong.…`), if any. */
  readonly service?: string;
}

const MAX_INPUT = 4096;

/**
 * Validates a host name: DNS syntax (RFC 1035 §2.3.1 and §2.3.4: letters, digits and hyphens, labels of
 * 1–63 octets, at most 253 characters; RFC 1123 §2.1: not all digits; RFC 5891 §4.2.3.1: no `--` in
 * positions 3–4, so no IDN `xn--` labels: Vietnamese rules require names without diacritics), the `.gov.vn`
 * suffix, and with a scheme the depth its rules give for the claimed kind (or for any kind), reserved
 * labels, and, when the unit is given, a warning when its label is none of the unit's candidates (the
 * regulation's own examples, such as TN-40-2012/7.2's `sokhdt`, are always accepted). A trailing dot and
 * capitals are accepted (capitals with a warning). Never throws.
 *
 * @param host - the host name
 * @param options - {@link ValidateHostnameOptions}
 * @returns `{ ok, value, issues }` or `{ ok: false, issues }`
 *
 * @example
 * ```ts
 * import { validateHostname } from 'vn-portal-kit/domains';
 * import { HOSTNAMES_ND_224_2026, HOSTNAMES_TN_40_2012 } from 'vn-portal-kit/profiles';
 * validateHostname('sokhdt.thainguyen.gov.vn', { scheme: HOSTNAMES_TN_40_2012, unit: { name: 'Sở Kế hoạch và Đầu tư', kind: 'department' } }).issues //=> []
 * validateHostname('xn--otr-8na.hanoi.gov.vn').issues.map((i) => i.code) //=> ['domains.label-idn']
 * validateHostname('daotru.tamdao.vinhphuc.gov.vn', { scheme: HOSTNAMES_ND_224_2026, kind: 'commune' }).issues.map((i) => i.code) //=> ['domains.level-unexpected']
 * validateHostname('-abc.example.com').issues.map((i) => i.code) //=> ['domains.label-hyphen-edge', 'domains.suffix']
 * ```
 */
export function validateHostname(host: string, options: ValidateHostnameOptions = {}): Result<HostnameInfo> {
  const issues: Issue[] = [];
  if (typeof host !== 'string') {
    return err([
      createIssue(
        'domains.hostname-not-text',
        localized('Tên miền phải là chuỗi ký tự', 'The host name must be a string'),
        {
          path: [],
        },
      ),
    ]);
  }
  let name = host.length > MAX_INPUT ? host.slice(0, MAX_INPUT) : host;
  const trimmed = name.trim();
  if (trimmed !== name) {
    issues.push(
      createIssue(
        'domains.hostname-whitespace',
        localized('Đã bỏ khoảng trắng ở hai đầu', 'Surrounding white space removed'),
        {
          path: [],
          severity: 'warning',
        },
      ),
    );
    name = trimmed;
  }
  if (name.endsWith('.')) name = name.slice(0, -1);
  const lower = name.toLowerCase();
  if (lower !== name && /^[\x20-\x7e]*$/.test(name)) {
    issues.push(
      createIssue(
        'domains.hostname-uppercase',
        localized(
          'Tên miền có chữ hoa; đã chuyển thành chữ thường',
          'The host name has capitals; lowercased',
        ),
        { path: [], severity: 'warning', citation: cite('RFC-1035/2.3.3') },
      ),
    );
  }
  name = lower;
  if (host.length > MAX_HOSTNAME_LENGTH + 1 || name.length > MAX_HOSTNAME_LENGTH) {
    issues.push(
      createIssue(
        'domains.hostname-too-long',
        localized(
          `Tên miền dài ${host.length} ký tự, quá 253`,
          `The host name is ${host.length} characters long, over 253`,
        ),
        { path: [], citation: cite('RFC-1035/2.3.4'), details: { length: host.length } },
      ),
    );
  }
  if (name === '') {
    issues.push(
      createIssue('domains.hostname-empty', localized('Tên miền rỗng', 'Empty host name'), { path: [] }),
    );
    return err(issues);
  }
  const labels = name.split('.');
  for (let i = 0; i < labels.length; i++) issues.push(...checkLabel(labels[i] ?? '', [i]));

  const scheme = options.scheme;
  const suffix = scheme?.suffix ?? options.suffix ?? 'gov.vn';
  const suffixLabels = suffix === '' ? [] : suffix.split('.');
  if (suffix !== '' && !(name.endsWith(`.${suffix}`) && labels.length > suffixLabels.length)) {
    issues.push(
      createIssue(
        'domains.suffix',
        localized(
          `Tên miền phải kết thúc bằng “.${suffix}” (tên miền .gov.vn dành cho cơ quan nhà nước)`,
          `The host name must end with “.${suffix}” (.gov.vn names are reserved for state bodies)`,
        ),
        { path: [], citation: cite('TT-24-2015/13.1'), details: { suffix } },
      ),
    );
  }

  let kinds: HostnameUnitKind[] = [];
  let service: string | undefined;
  if (scheme !== undefined) {
    const dated = checkSchemeDate(scheme, options.asOf, ['asOf']);
    issues.push(...dated.issues);
    const level = labels.length;
    const first = labels[0] ?? '';
    const kind = options.kind ?? options.unit?.kind;
    const fits = (k: HostnameUnitKind): boolean => {
      const rule = findRule(scheme, k);
      return (
        rule !== undefined && (rule.levelIsMinimum === true ? level >= rule.level : level === rule.level)
      );
    };
    if (kind === undefined) {
      const svc = scheme.services.find((s) => s.label === first);
      if (svc !== undefined) {
        const parentRule = scheme.rules.find((r) => svc.under.includes(r.kind) && r.level + 1 === level);
        if (parentRule !== undefined) service = svc.id;
      }
      kinds = scheme.rules.filter((r) => fits(r.kind)).map((r) => r.kind);
      if (service === undefined && kinds.length === 0) {
        issues.push(levelIssue(scheme, level, undefined));
      }
    } else {
      const rule = findRule(scheme, kind);
      if (rule === undefined) {
        issues.push(
          createIssue(
            'domains.kind-not-in-scheme',
            localized(
              `Quy định ${scheme.id} không đặt tên miền cho loại đơn vị “${kind}”`,
              `The scheme ${scheme.id} has no host-name rule for “${kind}”`,
            ),
            { path: [], citation: scheme.citation },
          ),
        );
      } else if (!fits(kind)) {
        issues.push(levelIssue(scheme, level, kind));
      } else {
        kinds = [kind];
        const reserved = reservedReason(scheme, first);
        if (reserved !== undefined) {
          issues.push(
            createIssue(
              'domains.label-reserved',
              localized(
                `Nhãn “${first}” được dành riêng (${reserved.vi})`,
                `Label “${first}” is reserved (${reserved.en})`,
              ),
              { path: [0], details: { label: first } },
            ),
          );
        }
        if (options.unit !== undefined && !issues.some((i) => i.severity === 'error')) {
          const warning = candidateWarning(scheme, options.unit, name, first);
          if (warning !== undefined) issues.push(warning);
        }
      }
    }
  }
  if (issues.some((i) => i.severity === 'error')) return err(issues);
  return ok(
    { hostname: name, labels, level: labels.length, kinds, ...(service !== undefined ? { service } : {}) },
    issues,
  );
}

function levelIssue(scheme: HostnameScheme, level: number, kind: HostnameUnitKind | undefined): Issue {
  const rules = kind === undefined ? scheme.rules : scheme.rules.filter((r) => r.kind === kind);
  const expected = rules.map(
    (r) => `${r.kind}: ${r.levelIsMinimum === true ? '≥' : ''}${r.level} (${r.pattern})`,
  );
  const citation = rules[0]?.citation ?? scheme.citation;
  return createIssue(
    'domains.level-unexpected',
    localized(
      `Tên miền cấp ${level} không khớp quy định ${scheme.id}: ${expected.join('; ')}`,
      `A level-${level} name does not fit the scheme ${scheme.id}: ${expected.join('; ')}`,
    ),
    { path: [], citation, details: { level, expected } },
  );
}

function candidateWarning(
  scheme: HostnameScheme,
  unit: HostnameUnit,
  hostname: string,
  label: string,
): Issue | undefined {
  const rule = findRule(scheme, unit.kind);
  if (rule?.examples?.some((e) => e.hostname === hostname)) return undefined;
  if (typeof unit.label === 'string' && unit.label.toLowerCase() === label) return undefined;
  if (findException(scheme, unit)?.label === label) return undefined;
  const suggested = suggestLabels(unit, rule !== undefined ? { rule } : {});
  if (!suggested.ok) return undefined;
  const labels = suggested.value.map((c) => c.label);
  if (labels.includes(label)) return undefined;
  // Forms made by collision resolution: a type prefix, or a numeric suffix on a candidate.
  const type = nameParts(unit.name, unit.kind).typeWord?.word;
  for (const base of labels) {
    if (type !== undefined && label === type + base) return undefined;
    if (label.startsWith(base)) {
      const rest = label.slice(base.length).replace(/^-/, '');
      if (isAllDigits(rest)) return undefined;
    }
  }
  return createIssue(
    'domains.label-not-candidate',
    localized(
      `Nhãn “${label}” không khớp tên “${unit.name.slice(0, 80)}”; gợi ý: ${labels.slice(0, 3).join(', ')}`,
      `Label “${label}” does not match the name “${unit.name.slice(0, 80)}”; suggestions: ${labels.slice(0, 3).join(', ')}`,
    ),
    {
      path: [0],
      severity: 'warning',
      citation: rule?.citation ?? scheme.citation,
      details: { label, candidates: labels },
    },
  );
}
