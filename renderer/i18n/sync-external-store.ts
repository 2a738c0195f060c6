/**
 * react-i18next imports `use-sync-external-store/shim`, a stand-in for React < 18. React 19 has the hook itself
 * (the shim would only hand it over), so the build points that import here and the break window does not carry
 * the shim's bytes.
 */
export { useSyncExternalStore } from 'react';
