/** Zip archives read without trusting their directory's sizes, and written byte for byte the same for the same entries. */
export { readZipDirectory, type ZipDirectory, type ZipEntry } from './zip-directory';
export { unpackZipEntry, UnsupportedZipMethod } from './unpack-zip-entry';
export { writeZip, type ZipInput } from './write-zip';
