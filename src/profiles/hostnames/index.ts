export {
  COMMON_RESERVED_LABELS,
  HOCHIMINHCITY_EXCEPTION,
  HOSTNAME_SERVICES,
  hostnameServices,
} from './common.js';
export { HOSTNAMES_ND_43_2011 } from './nd43_2011.js';
export { HOSTNAMES_ND_224_2026 } from './nd224_2026.js';
export { BA_RIA_VUNG_TAU_DEPARTMENT_LABELS } from './observedLabels.js';
export { HOSTNAMES_TN_40_2012 } from './tn40_2012.js';
export { HOSTNAMES_VP_32_2023 } from './vp32_2023.js';
