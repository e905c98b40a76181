// Importing the package registers the three elements before Svelte mounts them, so Svelte finds
// their property setters and passes `data={rows}` as a property, not an attribute.
import 'conflict-charts';
import { mount } from 'svelte';
import App from './App.svelte';

mount(App, { target: document.getElementById('app')! });
