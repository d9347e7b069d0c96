/**
 * The package's version, as reports name their tool (SARIF `tool.driver.version`). A constant rather than an
 * import of package.json, so that browser bundles of `vn-portal-kit/compliance` carry no manifest; a test
 * checks it equals package.json's `version`.
 */
export const TOOL_VERSION = '0.1.0';
