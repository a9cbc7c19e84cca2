import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * Builds the React renderer into dist/renderer. The desktop app serves it from app://mrc/ and the
 * browser host from http://127.0.0.1:PORT/; every asset URL is relative (base './'), so both work.
 * Nothing remote is referenced: the app must work with no network at all.
 */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // One bundle, read from the local disk rather than downloaded: AG Grid alone is most of a megabyte.
    chunkSizeWarningLimit: 2000,
  },
});
