// Importing the package registers the three elements before Vue mounts them, so Vue sees their
// properties and sets `:data` as a property, not an attribute.
import 'conflict-charts';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
