// Vite resolves these imports; TypeScript only needs to know they exist.
declare module '*.css';
declare module 'graphiql/setup-workers/vite';
// These ship JavaScript without types; the page only calls their entry points.
declare module 'cytoscape-fcose';
declare module 'react';
declare module 'react-dom/client';
