/**
 * GraphiQL, bundled: Apollo's landing page loads from a CDN and cannot work offline, so the
 * server serves this page instead, talking to /graphql on its own origin. It opens on the
 * example queries (one tab each), and its page has a link back to the explorer.
 */
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { EXAMPLE_QUERIES } from './example-queries.ts';

const fetcher = createGraphiQLFetcher({ url: `${window.location.origin}/graphql` });
createRoot(document.getElementById('graphiql')!).render(
  createElement(GraphiQL, {
    fetcher,
    defaultTabs: EXAMPLE_QUERIES.map((example) => ({ query: example.query })),
  }),
);
