/**
 * vn-portal-kit: the regulations of Vietnamese government e-portals as code. This root entry re-exports
 * every module except `units` and `vitest` and `playwright` and `site` (import those from their subpaths).
 * Prefer the subpaths (`vn-portal-kit/calendar`, ...) in browsers: each carries only its own data.
 *
 * @packageDocumentation
 * @module vn-portal-kit
 */
export * from './core/index.js';
export * from './text/index.js';
export * from './calendar/index.js';
export * from './documents/index.js';
export * from './categories/index.js';
export * from './profiles/index.js';
export * from './domains/index.js';
export * from './workflow/index.js';
export * from './royalty/index.js';
export * from './compliance/index.js';
export * from './feeds/index.js';
