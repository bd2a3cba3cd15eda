import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { t } from './lib/i18n';
import { sv } from './lib/i18n/sv';
import { say } from './lib/i18n/say';
import { useTexts } from './lib/io/texts';

// io reports in the person's language; it is handed the catalogue here (it does not import i18n).
useTexts(t, say, sv);

const target = document.getElementById('app');
if (!target) throw new Error('#app saknas i index.html');
export default mount(App, { target });
