import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  INVENTORY_SCHEMA_VERSION,
  InventorySchema,
  inventoryJsonSchema,
  UNIT_KINDS,
} from '../../src/compliance/index.js';
import { PORTAL_FEATURES, type PortalUnitKind, type ProfileFeatureId } from '../../src/profiles/index.js';
import { exampleInventory } from './_fixtures.js';

describe('inventory schema', () => {
  it('the shipped JSON Schema is the generated one (no drift)', () => {
    const shipped = JSON.parse(readFileSync('examples/inventory/inventory.schema.json', 'utf8'));
    expect(shipped).toEqual(inventoryJsonSchema());
    expect(shipped.properties.items.type).toBe('array');
    expect(shipped.properties.portal.required).toEqual(expect.arrayContaining(['name', 'unit']));
  });
  it('the example inventory parses, with defaults applied', () => {
    const r = InventorySchema.safeParse(exampleInventory());
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.data.schemaVersion).toBe(INVENTORY_SCHEMA_VERSION);
    expect(r.data.newsCounts).toEqual([]);
    expect(r.data.items.every((i) => i.classification !== undefined)).toBe(true);
  });
  it('uses the profiles’ unit kinds and feature ids', () => {
    const kinds: readonly PortalUnitKind[] = UNIT_KINDS;
    const features: readonly ProfileFeatureId[] = PORTAL_FEATURES;
    expect(kinds).toContain('commune');
    expect(features).toContain('qa-status-tracking');
  });
  it('rejects wrong types with paths', () => {
    const r = InventorySchema.safeParse({
      schemaVersion: 1,
      portal: { name: 'P', unit: { name: 'U', kind: 'province' } },
      items: [{ id: 1 }],
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path.slice(0, 3)).toEqual(['items', 0, 'id']);
  });
});
