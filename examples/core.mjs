// ESM: import the package by name and read a Vietnamese civil date whatever the host time zone.

import assert from 'node:assert/strict';
import { toCivilDate } from 'vn-portal-kit/core';

const r = toCivilDate(new Date('2026-11-24T18:30:00Z'));
assert.equal(r.ok && r.value, '2026-11-25');
console.log('core (ESM):', r.ok && r.value);
