// Builds the React web app from src/web into dist/web, which the Fastify server serves on the same origin.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const root = path.dirname(fileURLToPath(import.meta.url));
// The dev server forwards /api to a running `sana serve` so cookies stay same-origin.
const apiTarget = process.env.SANA_API_URL ?? 'http://localhost:3101';

export default defineConfig({
  root: path.join(root, 'src/web'),
  publicDir: path.join(root, 'src/web/public'),
  plugins: [react()],
  build: {
    outDir: path.join(root, 'dist/web'),
    emptyOutDir: true,
    assetsDir: 'assets',
    // The polyfill is injected as inline code, which the CSP (script-src 'self') would refuse; every browser we support has modulepreload.
    modulePreload: { polyfill: false },
    sourcemap: false,
    rolldownOptions: {
      output: {
        // The framework every page needs gets one well-named chunk; page code stays split per route.
        codeSplitting: { groups: [{ name: 'framework', test: /node_modules[\\/](react|react-dom|react-router|scheduler|i18next|react-i18next|cookie|set-cookie-parser)[\\/]/ }] },
      },
    },
  },
  server: {
    port: 5173,
    proxy: { '/api': { target: apiTarget, changeOrigin: false } },
  },
});
