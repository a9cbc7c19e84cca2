import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * Builds the React renderer into dist/renderer. The desktop app loads index.html from a file://
 * URL and the browser host serves it from "/", so every asset URL is relative (base './').
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
