/** Signed submission packages (DESIGN.md §4): built, written and verified. */
export { createPackageHandlers } from './package-handlers';
export { verifyPackage, type VerifiedPackage } from './verify-package';
export { buildPackage } from './build-package';
export { PACKAGE_LIMITS, type PackageLimits } from './package-limits';
