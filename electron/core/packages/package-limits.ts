/** What a package may be before its bytes are trusted: a laptop opens packages from e-mail and USB sticks. */
export interface PackageLimits {
  /** The package file itself. */
  fileBytes: number;
  entries: number;
  /** Bytes inflated over all entries, counted while inflating. */
  inflatedBytes: number;
  /** Inflated bytes per compressed byte, for an entry that inflates past a megabyte. */
  ratio: number;
  manifestBytes: number;
}

export const PACKAGE_LIMITS: PackageLimits = {
  fileBytes: 1024 ** 3,
  entries: 10_000,
  inflatedBytes: 2 * 1024 ** 3,
  ratio: 500,
  manifestBytes: 4 * 1024 ** 2,
};

/** Files of a package that the manifest does not list: itself, and its signature. */
export const UNLISTED = new Set(['manifest.json', 'manifest.json.minisig']);
