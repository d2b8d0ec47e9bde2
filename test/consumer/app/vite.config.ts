import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// A plain Vite + React app, as `npm create vite` makes it. Source maps on, so a failure points at
// the packages' published sources.
export default defineConfig({
  plugins: [react()],
  build: { sourcemap: true },
});
