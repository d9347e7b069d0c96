import {
  type Citation,
  createIssue,
  type DateInput,
  type Issue,
  type IssuePath,
  type LocalizedText,
  localized,
} from '../core/index.js';
import { MAX_HOSTNAME_LENGTH } from './_lib/checkLabel.js';
import { checkPlanOptions } from './_lib/checkPlanOptions.js';
import { kindNotInScheme } from './_lib/kindNotInScheme.js';
import { checkSchemeDate, findRule, resolveLabel } from './_lib/resolveLabel.js';
import { MAX_LABEL_LENGTH } from './_lib/shortenLabel.js';
import { isTerritorial, nameParts, splitWords } from './_lib/words.js';
import type { HostnameLabelSource } from './buildHostname.js';
import type { HostnameScheme } from './HostnameScheme.js';
import type { HostnameUnit } from './HostnameUnit.js';

/**
 * A unit to plan: a {@link HostnameUnit} with the units it sits under, nearest first (default: the plan's
 * `parents` option).
 *
 * @example
 * ```ts
 * import type { PlanUnit } from 'vn-portal-kit/domains';
 * const u: PlanUnit = { name: 'Xã Đạo Trù', kind: 'commune', code: '08944', parents: [{ name: 'Huyện Tam Đảo', kind: 'district', code: '248' }, { name: 'Tỉnh Vĩnh Phúc', kind: 'province', code: '26' }] };
 * u.parents?.length //=> 2
 * ```
 */
export interface PlanUnit extends HostnameUnit {
  /** The units it sits under, nearest first. */
  readonly parents?: readonly HostnameUnit[];
}

/**
 * How `planHostnames` resolves labels that collide in one namespace (the same parent host name) after
 * folding. Units are ranked by code (units without a code last), then by name; the first keeps the plain
 * label (`keepBase: 'first'`); the others, in rank order across the namespace, try each step in order:
 * `type-prefix` puts the unit-type word before the label (`phuongdongtien`) for the first province,
 * district or commune of each type other than the holder's; `numeric-suffix` appends the smallest free number from `suffixStart`
 * (`vanlang2`). A label is free when no unit has it and no unit wants it as its plain label.
 *
 * @example
 * ```ts
 * import type { CollisionPolicy } from 'vn-portal-kit/domains';
 * const policy: CollisionPolicy = { keepBase: 'none', steps: ['numeric-suffix'], suffixSeparator: '-' };
 * policy.steps //=> ['numeric-suffix']
 * ```
 */
export interface CollisionPolicy {
  /** `'first'` (default): the first unit by rank keeps the plain label; `'none'`: every colliding unit is renamed. */
  readonly keepBase?: 'first' | 'none';
  /** Steps tried in order for the others. Default `['type-prefix', 'numeric-suffix']`. */
  readonly steps?: readonly ('type-prefix' | 'numeric-suffix')[];
  /** First number of the numeric suffix. Default 2. */
  readonly suffixStart?: number;
  /** What goes between the label and the number: `''` (default, `vanlang2`) or `'-'` (`vanlang-2`). */
  readonly suffixSeparator?: '' | '-';
}

/**
 * Options of {@link planHostnames}.
 *
 * @example
 * ```ts
 * import { type PlanHostnamesOptions, planHostnames } from 'vn-portal-kit/domains';
 * import { HOSTNAMES_ND_224_2026 } from 'vn-portal-kit/profiles';
 * const options: PlanHostnamesOptions = {
 *   scheme: HOSTNAMES_ND_224_2026,
 *   parents: [{ name: 'Tỉnh Thái Nguyên', kind: 'province' }],
 *   overrides: { 'Phổ Yên': 'thixaphoyen' },
 * };
 * planHostnames([{ name: 'Xã Phổ Yên', kind: 'commune' }], options).assignments[0]?.hostname //=> 'thixaphoyen.thainguyen.gov.vn'
 * ```
 */
export interface PlanHostnamesOptions {
  /** The host-name scheme. */
  readonly scheme: HostnameScheme;
  /** Parents of the units that do not list their own, nearest first (e.g. `[province]`). */
  readonly parents?: readonly HostnameUnit[];
  /** The day the plan is for: a warning when the scheme is not in force then. */
  readonly asOf?: DateInput;
  /**
   * Labels fixed by the caller (e.g. the observed department labels), keyed by unit code or by name (with or
   * without its type word; compared lowercase, diacritics kept).
   */
  readonly overrides?: Readonly<Record<string, string>>;
  /**
   * Labels already in use (a previous plan), keyed like `overrides`. They are kept, which makes a plan stable:
   * adding a unit then never renames the others.
   */
  readonly previous?: Readonly<Record<string, string>>;
  /** More labels no unit may take (besides the scheme's services and reserved labels). */
  readonly reserved?: readonly string[];
  /** How collisions are resolved ({@link CollisionPolicy}). */
  readonly collisionPolicy?: CollisionPolicy;
}

/**
 * The host name given to one unit of a plan.
 *
 * @example
 * ```ts
 * import type { HostnameAssignment } from 'vn-portal-kit/domains';
 * const a: Pick<HostnameAssignment, 'hostname' | 'strategy'> = { hostname: 'vanlang2.thainguyen.gov.vn', strategy: 'numeric-suffix' };
 * a.strategy //=> 'numeric-suffix'
 * ```
 */
export interface HostnameAssignment {
  /** The unit, as given. */
  readonly unit: PlanUnit;
  /** Its host name. */
  readonly hostname: string;
  /** Its own label. */
  readonly label: string;
  /** The label before collision resolution. */
  readonly baseLabel: string;
  /** Where the label came from. */
  readonly strategy: HostnameLabelSource;
  /** Why, in Vietnamese and English. */
  readonly reason: LocalizedText;
  /** The provision behind the shape. */
  readonly citation?: Citation;
}

/**
 * Units whose labels collided in one namespace, and what each got.
 *
 * @example
 * ```ts
 * import type { HostnameCollision } from 'vn-portal-kit/domains';
 * const c: Pick<HostnameCollision, 'label' | 'cause'> = { label: 'vanlang', cause: 'fold' };
 * c.cause //=> 'fold'
 * ```
 */
export interface HostnameCollision {
  /** The parent host name the labels sit under (`thainguyen.gov.vn`). */
  readonly namespace: string;
  /** The label they all wanted. */
  readonly label: string;
  /**
   * `fold`: distinct names that fold to the same label; `reserved`: a reserved or service label; `pinned`: a
   * label pinned, overridden or already in use.
   */
  readonly cause: 'fold' | 'reserved' | 'pinned';
  /** The units involved, in rank order, with the label each received. */
  readonly units: readonly {
    readonly unit: HostnameUnit;
    readonly label: string;
    readonly strategy: HostnameLabelSource;
  }[];
}

/**
 * A plan of host names.
 *
 * @example
 * ```ts
 * import type { HostnamePlan } from 'vn-portal-kit/domains';
 * const empty: HostnamePlan = { assignments: [], collisions: [], issues: [] };
 * empty.assignments.length //=> 0
 * ```
 */
export interface HostnamePlan {
  /** One per distinct input unit that could be named, sorted by host name. */
  readonly assignments: readonly HostnameAssignment[];
  /** Every collision found, sorted by namespace and label. */
  readonly collisions: readonly HostnameCollision[];
  /** Warnings (collisions, shortened labels, ...) and errors (units that could not be named). */
  readonly issues: readonly Issue[];
}

interface Node {
  readonly key: string;
  readonly unit: HostnameUnit;
  readonly parent: Node | undefined;
  readonly depth: number;
  readonly path: IssuePath;
  input: boolean;
  failed: boolean;
  label?: string;
  baseLabel?: string;
  strategy?: HostnameLabelSource;
  reason?: LocalizedText;
  citation?: Citation;
  hostname?: string;
}

function nfcKey(text: string): string {
  return splitWords(text)
    .map((w) => w.text)
    .join(' ');
}

function compareNodes(a: Node, b: Node): number {
  const ca = a.unit.code;
  const cb = b.unit.code;
  if (ca !== cb) {
    if (ca === undefined) return 1;
    if (cb === undefined) return -1;
    if (ca.length !== cb.length && /^[0-9]+$/.test(ca) && /^[0-9]+$/.test(cb)) return ca.length - cb.length;
    return ca < cb ? -1 : 1;
  }
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

function lookup(table: Readonly<Record<string, string>> | undefined, unit: HostnameUnit): string | undefined {
  if (table === undefined) return undefined;
  if (unit.code !== undefined && Object.hasOwn(table, unit.code)) return table[unit.code];
  const full = nfcKey(unit.name);
  const bare = nameParts(unit.name, unit.kind)
    .bare.map((w) => w.text)
    .join(' ');
  for (const [key, value] of Object.entries(table)) {
    const k = nfcKey(key);
    if (k === full || k === bare) return value;
  }
  return undefined;
}

/**
 * Plans the host names of many units at once (a province's communes, departments, districts): each gets its
 * label by the scheme (pinned `label`, `overrides`, `previous`, the scheme's exceptions, else the rule's best
 * candidate), then every collision inside a namespace (the same parent host name) after folding is detected
 * and resolved by the documented {@link CollisionPolicy}; reserved and service labels are never given out.
 * Parents are planned too (their collisions reported) but only the input units are assigned.
 *
 * Deterministic and order-independent: the same units in any order give the same plan (units are ranked by
 * code, then name). Stable: adding a unit changes no other unit's label unless the new unit wants the same
 * label and ranks first; pass the labels in use as `previous` and no existing unit is ever renamed.
 * Never throws on bad units: they get error issues and no assignment. `overrides`, `previous`, `reserved` and
 * `collisionPolicy` of the wrong shape (e.g. read from a JSON file) give `domains.option-invalid` errors and
 * that part is ignored.
 *
 * @param units - the units to name ({@link PlanUnit})
 * @param options - {@link PlanHostnamesOptions}
 * @returns `{ assignments, collisions, issues }`
 *
 * @example
 * ```ts
 * import { planHostnames } from 'vn-portal-kit/domains';
 * import { HOSTNAMES_ND_224_2026 } from 'vn-portal-kit/profiles';
 * const plan = planHostnames(
 *   [
 *     { name: 'Xã Văn Lăng', kind: 'commune', code: '02200' },
 *     { name: 'Xã Văn Lang', kind: 'commune', code: '02100' },
 *     { name: 'Phường Phổ Yên', kind: 'commune', code: '05800' },
 *   ],
 *   { scheme: HOSTNAMES_ND_224_2026, parents: [{ name: 'Tỉnh Thái Nguyên', kind: 'province', code: '19' }] },
 * );
 * plan.assignments.map((a) => a.hostname) //=> ['phoyen.thainguyen.gov.vn', 'vanlang.thainguyen.gov.vn', 'vanlang2.thainguyen.gov.vn']
 * plan.collisions.map((c) => c.label) //=> ['vanlang']
 * ```
 */
export function planHostnames(units: readonly PlanUnit[], options: PlanHostnamesOptions): HostnamePlan {
  if (!Array.isArray(units)) throw new TypeError('planHostnames: units must be an array of { name, kind }');
  if (options === null || typeof options !== 'object' || options.scheme === undefined) {
    throw new TypeError('planHostnames: options.scheme (a HostnameScheme) is required');
  }
  const { scheme } = options;
  const issues: Issue[] = [...checkSchemeDate(scheme, options.asOf, ['asOf']).issues];
  const checked = checkPlanOptions(options, issues);
  const policy = checked.policy;
  const keepBase = policy.keepBase ?? 'first';
  const steps = policy.steps ?? ['type-prefix', 'numeric-suffix'];
  const suffixStart = policy.suffixStart ?? 2;
  const sep = policy.suffixSeparator ?? '';
  const reserved = new Set<string>(checked.reserved);
  for (const s of scheme.services) reserved.add(s.label);
  for (const r of scheme.reservedLabels) reserved.add(r.label);
  const nodes = new Map<string, Node>();
  /** The same unit object met again (shared parents): skips building its key. */
  const byObject = new Map<HostnameUnit, Node>();
  const rules = new Map(scheme.rules.map((r) => [r.kind, r] as const));

  /**
   * Adds a unit and its parents (`chain[from..]`, nearest first) to the node graph, once per distinct unit.
   * `chain[from - 1]` is `unit` itself; `from === 1` for the input unit.
   */
  const addNode = (
    unit: HostnameUnit,
    chain: readonly HostnameUnit[],
    from: number,
    inputIndex: number,
  ): Node | undefined => {
    if (
      unit === null ||
      typeof unit !== 'object' ||
      typeof unit.name !== 'string' ||
      typeof unit.kind !== 'string'
    ) {
      issues.push(
        createIssue(
          'domains.unit-invalid',
          localized('Đơn vị phải có name và kind', 'A unit needs a name and a kind'),
          {
            path: from === 1 ? [inputIndex] : [inputIndex, 'parents', from - 2],
          },
        ),
      );
      return undefined;
    }
    let parent: Node | undefined;
    if (from < chain.length) {
      parent = addNode(chain[from] as HostnameUnit, chain, from + 1, inputIndex);
      if (parent === undefined) return undefined;
    }
    const seen = byObject.get(unit);
    if (seen !== undefined && seen.parent === parent) return seen;
    const own = unit.code !== undefined ? `#${unit.code}` : nfcKey(unit.name.slice(0, 1000));
    const key = `${parent === undefined ? '' : parent.key}/${unit.kind}:${own}`;
    const found = nodes.get(key);
    if (found !== undefined) {
      byObject.set(unit, found);
      return found;
    }
    const node: Node = {
      key,
      unit,
      parent,
      depth: chain.length - from,
      path: from === 1 ? [inputIndex] : [inputIndex, 'parents', from - 2],
      input: false,
      failed: false,
    };
    nodes.set(key, node);
    byObject.set(unit, node);
    return node;
  };

  const inputs: Node[] = [];
  for (let i = 0; i < units.length; i++) {
    const unit = units[i] as PlanUnit;
    const chain = unit?.parents ?? options.parents ?? [];
    const rule = unit !== null && typeof unit === 'object' ? rules.get(unit.kind) : undefined;
    if (unit !== null && typeof unit === 'object' && typeof unit.kind === 'string') {
      if (rule === undefined) {
        issues.push(kindNotInScheme(scheme, unit.kind, [i, 'kind']));
        continue;
      }
      let matches = chain.length === rule.under.length;
      for (let j = 0; matches && j < chain.length; j++) matches = chain[j]?.kind === rule.under[j];
      if (!matches) {
        const kinds = chain.map((p) => p?.kind);
        issues.push(
          createIssue(
            'domains.parents-mismatch',
            localized(
              `Theo ${rule.citation.id}, “${String(unit.name).slice(0, 80)}” phải nằm dưới: ${rule.under.join(' → ') || '(hậu tố)'}`,
              `Under ${rule.citation.id}, “${String(unit.name).slice(0, 80)}” sits under: ${rule.under.join(' → ') || '(the suffix)'}`,
            ),
            {
              path: [i, 'parents'],
              citation: rule.citation,
              details: { expected: rule.under, given: kinds },
            },
          ),
        );
        continue;
      }
    }
    const node = addNode(unit, [unit, ...chain], 1, i);
    if (node === undefined) continue;
    if (node.input) {
      issues.push(
        createIssue(
          'domains.duplicate-unit',
          localized('Đơn vị bị lặp lại; chỉ đặt tên một lần', 'The unit is listed twice; named once'),
          { path: [i], severity: 'warning', details: { first: node.path } },
        ),
      );
      continue;
    }
    node.input = true;
    inputs.push(node);
  }

  const collisions: HostnameCollision[] = [];
  const byDepth = [...nodes.values()].sort((a, b) => a.depth - b.depth);
  const maxDepth = byDepth.length > 0 ? (byDepth[byDepth.length - 1] as Node).depth : -1;
  for (let depth = 0; depth <= maxDepth; depth++) {
    const groups = new Map<string, Node[]>();
    for (const node of byDepth) {
      if (node.depth !== depth) continue;
      if (node.parent !== undefined && (node.parent.failed || node.parent.hostname === undefined)) {
        node.failed = true;
        continue;
      }
      const ns = node.parent?.hostname ?? scheme.suffix;
      const list = groups.get(ns);
      if (list === undefined) groups.set(ns, [node]);
      else list.push(node);
    }
    for (const [ns, group] of [...groups.entries()].sort((a, b) =>
      a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0,
    )) {
      planNamespace(ns, group.sort(compareNodes));
    }
  }

  function planNamespace(ns: string, group: Node[]): void {
    const isReserved = (label: string): boolean => reserved.has(label);
    const taken = new Map<string, Node>();
    const generated: Node[] = [];
    // 1. Labels fixed by the caller claim first, in rank order.
    for (const node of group) {
      const pinned = typeof node.unit.label === 'string';
      const override = pinned ? undefined : lookup(checked.overrides, node.unit);
      const previous = pinned || override !== undefined ? undefined : lookup(checked.previous, node.unit);
      const fixedLabel = pinned ? node.unit.label : (override ?? previous);
      if (fixedLabel === undefined) {
        generated.push(node);
        continue;
      }
      const source = pinned ? undefined : override !== undefined ? 'override' : 'previous';
      const r = resolveLabel(node.unit, scheme, node.path, {
        ...(source !== undefined ? { override: { label: fixedLabel, source } } : {}),
      });
      issues.push(...r.issues);
      if (r.value === undefined) {
        generated.push(node);
        continue;
      }
      const label = r.value.label;
      const holder = taken.get(label);
      if (holder !== undefined || isReserved(label)) {
        issues.push(
          createIssue(
            holder !== undefined ? 'domains.pinned-collision' : 'domains.label-reserved',
            holder !== undefined
              ? localized(
                  `Nhãn cố định “${label}” đã được dùng cho “${holder.unit.name}”; đặt nhãn khác theo chính sách xử lý trùng`,
                  `Fixed label “${label}” is already used by “${holder.unit.name}”; another label is chosen by the collision policy`,
                )
              : localized(
                  `Nhãn cố định “${label}” được dành riêng; đặt nhãn khác`,
                  `Fixed label “${label}” is reserved; another label is chosen`,
                ),
            { path: node.path, details: { label, namespace: ns } },
          ),
        );
        generated.push(node);
        continue;
      }
      taken.set(label, node);
      node.label = label;
      node.baseLabel = label;
      node.strategy = r.value.strategy;
      node.reason = r.value.reason;
      const citation = findRule(scheme, node.unit.kind)?.citation;
      if (citation !== undefined) node.citation = citation;
    }
    // 2. Everyone else: base labels, then collisions.
    const wanted = new Map<string, Node[]>();
    for (const node of generated) {
      // A fixed label that could not be honoured is dropped: the unit is named like the others.
      let unit = node.unit;
      if (unit.label !== undefined) {
        const { label: _dropped, ...free } = unit;
        unit = free;
      }
      const r = resolveLabel(unit, scheme, node.path);
      for (const issue of r.issues) issues.push(issue);
      if (r.value === undefined) {
        node.failed = true;
        continue;
      }
      node.baseLabel = r.value.label;
      node.strategy = r.value.strategy;
      node.reason = r.value.reason;
      if (r.value.citation !== undefined) node.citation = r.value.citation;
      const list = wanted.get(r.value.label);
      if (list === undefined) wanted.set(r.value.label, [node]);
      else list.push(node);
    }
    const blocked = (label: string): boolean => taken.has(label) || wanted.has(label) || isReserved(label);
    interface Conflict {
      base: string;
      cause: HostnameCollision['cause'];
      holder: Node | undefined;
      holderType: string | undefined;
      members: Node[];
      why: LocalizedText;
      prefixed: Set<string>;
    }
    const conflicts: Conflict[] = [];
    const losers: { node: Node; conflict: Conflict }[] = [];
    // Winners first: a base label wanted by one unit only, or the first by rank of a colliding group.
    // Winners do not depend on the order of the groups (their labels are distinct); `wanted` is in rank order.
    for (const [base, members] of wanted) {
      const fixedHolder = taken.get(base);
      const baseReserved = isReserved(base);
      if (members.length === 1 && fixedHolder === undefined && !baseReserved) {
        const only = members[0] as Node;
        only.label = base;
        taken.set(base, only);
        continue;
      }
      const cause: HostnameCollision['cause'] =
        members.length > 1 ? 'fold' : fixedHolder !== undefined ? 'pinned' : 'reserved';
      const names = members.map((m) => `“${m.unit.name.slice(0, 80)}”`).join(', ');
      const why =
        cause === 'fold'
          ? localized(
              `các tên ${names} cùng thành “${base}” khi bỏ dấu`,
              `the names ${names} all fold to “${base}”`,
            )
          : cause === 'pinned'
            ? localized(
                `nhãn “${base}” đã được cố định cho đơn vị khác`,
                `the label “${base}” is fixed for another unit`,
              )
            : localized(`nhãn “${base}” được dành riêng`, `the label “${base}” is reserved`);
      let holder = fixedHolder;
      let rest = members;
      if (keepBase === 'first' && fixedHolder === undefined && !baseReserved) {
        const first = members[0] as Node;
        first.label = base;
        taken.set(base, first);
        first.reason = localized(
          `${first.reason?.vi ?? ''}; giữ nhãn gốc vì đứng đầu theo mã (${why.vi})`,
          `${first.reason?.en ?? ''}; keeps the plain label as the first by code (${why.en})`,
        );
        holder = first;
        rest = members.slice(1);
      }
      const conflict: Conflict = {
        base,
        cause,
        holder: fixedHolder,
        holderType: holder === undefined ? undefined : typeOf(holder),
        members,
        why,
        prefixed: new Set(),
      };
      conflicts.push(conflict);
      for (const node of rest) losers.push({ node, conflict });
    }
    // Then the others, in rank order across the whole namespace: a unit never takes a label before a
    // better-ranked one, so adding a last-ranked unit cannot rename anyone.
    losers.sort((a, b) => compareNodes(a.node, b.node));
    for (const { node: m, conflict } of losers) {
      const { base, why } = conflict;
      const type = nameParts(m.unit.name, m.unit.kind).typeWord;
      let done = false;
      for (const step of steps) {
        if (step === 'type-prefix') {
          // Only territorial units: an agency's label already starts with its type (so, ban, ...).
          if (type === undefined || !isTerritorial(m.unit.kind)) continue;
          if (type.word === conflict.holderType || conflict.prefixed.has(type.word)) continue;
          const label = fitLabel(type.word, base, '');
          if (blocked(label)) continue;
          conflict.prefixed.add(type.word);
          assign(
            m,
            label,
            'type-prefix',
            localized(
              `Trùng nhãn: ${why.vi}; thêm từ chỉ loại “${type.word}” phía trước`,
              `Collision: ${why.en}; unit-type prefix “${type.word}” added`,
            ),
          );
          done = true;
          break;
        }
        for (let n = suffixStart; n < suffixStart + 100_000; n++) {
          const label = fitLabel('', base, `${sep}${n}`);
          if (blocked(label)) continue;
          assign(
            m,
            label,
            'numeric-suffix',
            localized(
              `Trùng nhãn: ${why.vi}; thêm số thứ tự ${n}`,
              `Collision: ${why.en}; number ${n} appended`,
            ),
          );
          done = true;
          break;
        }
        if (done) break;
      }
      if (!done) {
        m.failed = true;
        issues.push(
          createIssue(
            'domains.collision-unresolved',
            localized(
              `Không giải quyết được trùng nhãn “${base}” với chính sách đã chọn`,
              `The collision on “${base}” cannot be resolved with the chosen policy`,
            ),
            { path: m.path, details: { label: base, namespace: ns } },
          ),
        );
      }
    }
    for (const { base, cause, holder, members, why } of conflicts) {
      const involved = holder !== undefined ? [holder, ...members] : members;
      collisions.push({
        namespace: ns,
        label: base,
        cause,
        units: involved.map((m) => ({ unit: m.unit, label: m.label ?? '', strategy: m.strategy ?? 'full' })),
      });
      issues.push(
        createIssue(
          'domains.collision',
          localized(
            `Trùng nhãn “${base}” dưới ${ns}: ${why.vi}; đã xử lý: ${involved.map((m) => m.label ?? '—').join(', ')}`,
            `Label “${base}” collides under ${ns}: ${why.en}; resolved as: ${involved.map((m) => m.label ?? '—').join(', ')}`,
          ),
          {
            path: (members[0] as Node).path,
            severity: 'warning',
            details: { namespace: ns, label: base, cause },
          },
        ),
      );
    }
    for (const node of group) {
      if (node.failed || node.label === undefined) {
        node.failed = true;
        continue;
      }
      const hostname = `${node.label}.${ns}`;
      if (hostname.length > MAX_HOSTNAME_LENGTH) {
        node.failed = true;
        issues.push(
          createIssue(
            'domains.hostname-too-long',
            localized(
              `Tên miền “${hostname}” quá 253 ký tự`,
              `The host name “${hostname}” is over 253 characters`,
            ),
            { path: node.path, citation: { id: 'RFC-1035/2.3.4' } },
          ),
        );
        continue;
      }
      node.hostname = hostname;
    }

    function assign(m: Node, label: string, strategy: HostnameLabelSource, reason: LocalizedText): void {
      m.label = label;
      m.strategy = strategy;
      m.reason = reason;
      taken.set(label, m);
    }
  }

  const assignments: HostnameAssignment[] = [];
  for (const node of inputs) {
    if (node.failed || node.hostname === undefined || node.label === undefined) continue;
    assignments.push({
      unit: node.unit as PlanUnit,
      hostname: node.hostname,
      label: node.label,
      baseLabel: node.baseLabel ?? node.label,
      strategy: node.strategy ?? 'full',
      reason: node.reason ?? localized('', ''),
      ...(node.citation !== undefined ? { citation: node.citation } : {}),
    });
  }
  assignments.sort((a, b) => (a.hostname < b.hostname ? -1 : a.hostname > b.hostname ? 1 : 0));
  collisions.sort((a, b) =>
    a.namespace !== b.namespace
      ? a.namespace < b.namespace
        ? -1
        : 1
      : a.label < b.label
        ? -1
        : a.label > b.label
          ? 1
          : 0,
  );
  return { assignments, collisions, issues };
}

function typeOf(node: Node): string | undefined {
  return nameParts(node.unit.name, node.unit.kind).typeWord?.word;
}

/** `prefix + base + suffix`, the base cut so the label stays within 63 characters. */
function fitLabel(prefix: string, base: string, suffix: string): string {
  const room = MAX_LABEL_LENGTH - prefix.length - suffix.length;
  return prefix + (base.length > room ? base.slice(0, room) : base) + suffix;
}
