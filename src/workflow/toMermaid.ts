import type { MachineDefinition } from './MachineDefinition.js';

function node(id: string): string {
  return id.replace(/[^A-Za-z0-9_]/g, '_');
}

function label(text: string): string {
  return text.replace(/[:;"#\n\r]/g, ' ').trim();
}

/**
 * Renders a machine as a Mermaid `stateDiagram-v2`: each state with its Vietnamese name, each transition
 * labelled with its event, the roles allowed and its citation. Use `language: 'en'` for English names.
 *
 * @example
 * ```ts
 * import { toMermaid, buildApprovalMachine } from 'vn-portal-kit/workflow';
 * import type { EditorialPolicy } from 'vn-portal-kit/workflow';
 * const c = { id: 'QN-3069-2021/10.2' };
 * const policy: EditorialPolicy = {
 *   regulationId: 'QN-3069-2021',
 *   roles: [{ id: 'member', name: { vi: 'Thành viên', en: 'Member' }, citation: c }, { id: 'head', name: { vi: 'Trưởng Ban', en: 'Head' }, citation: c }],
 *   permissions: [
 *     { action: 'draft', roles: ['member'], citation: c }, { action: 'submit', roles: ['member'], citation: c },
 *     { action: 'review', roles: ['member'], citation: c }, { action: 'approve', roles: ['head'], citation: c },
 *     { action: 'publish', roles: ['head'], citation: c },
 *   ],
 *   approvalRequired: [c],
 * };
 * toMermaid(buildApprovalMachine(policy)).split('\n')[0] //=> 'stateDiagram-v2'
 * ```
 */
export function toMermaid(machine: MachineDefinition, options: { language?: 'vi' | 'en' } = {}): string {
  const lang = options.language ?? 'vi';
  const lines = ['stateDiagram-v2'];
  for (const s of machine.states) lines.push(`  state "${label(s.name[lang])}" as ${node(s.id)}`);
  const start = machine.start;
  const startRoles = [...new Set(start.permissions.flatMap((p) => p.roles))].join(', ');
  lines.push(`  [*] --> ${node(start.to)} : ${label(`${start.event} (${startRoles})`)}`);
  for (const t of machine.transitions) {
    const roles = [...new Set(t.permissions.flatMap((p) => p.roles))].join(', ');
    for (const f of t.from)
      lines.push(`  ${node(f)} --> ${node(t.to)} : ${label(`${t.event} (${roles}) ${t.citation.id}`)}`);
  }
  for (const s of machine.states) if (s.tags?.includes('final')) lines.push(`  ${node(s.id)} --> [*]`);
  return lines.join('\n');
}
