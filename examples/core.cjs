// CommonJS: require the package by name.
const { toCivilDate, formatIssue } = require('vn-portal-kit/core');
const assert = require('node:assert/strict');

const bad = toCivilDate('2026-02-30');
assert.equal(bad.ok, false);
console.log('core (CJS):', formatIssue(bad.issues[0], 'en'));
