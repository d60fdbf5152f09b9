// The explorer and GraphiQL, built into dist/client for the server to serve from its own
// origin: nothing is fetched from a CDN at run time.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  root: here('.'),
  base: '/',
  build: {
    outDir: here('../dist/client'),
    emptyOutDir: true,
    // cytoscape and GraphiQL's Monaco are large by nature; the pages load once per session.
    chunkSizeWarningLimit: 4000,
    rollupOptions: { input: { index: here('index.html'), graphiql: here('graphiql.html') } },
  },
  worker: { format: 'es' },
});
