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
    rollupOptions: {
      input: { index: here('index.html'), graphiql: here('graphiql.html') },
      // GraphiQL's dependencies mark modules "use client" for React server components, which a
      // static page has none of: about a thousand lines of warnings per build that say nothing
      // about this code. Warnings about anything else still print.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && /node_modules/.test(warning.id ?? ''))
          return;
        warn(warning);
      },
    },
  },
  worker: { format: 'es' },
});
