// Importing the package registers the three elements before React first renders them, so
// React 19 sees their properties and sets `data` as a property, not an attribute.
import 'conflict-charts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
