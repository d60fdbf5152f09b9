/**
 * GraphiQL, bundled: Apollo's landing page loads from a CDN and cannot work offline, so the
 * server serves this page instead, talking to /graphql on its own origin.
 */
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';

const fetcher = createGraphiQLFetcher({ url: `${window.location.origin}/graphql` });
createRoot(document.getElementById('graphiql')!).render(createElement(GraphiQL, { fetcher }));
