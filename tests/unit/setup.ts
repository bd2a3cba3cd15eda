// io is handed its texts by the entry point (src/main.ts, each worker); the unit tests are one.
import { t } from '$lib/i18n';
import { sv } from '$lib/i18n/sv';
import { say } from '$lib/i18n/say';
import { useTexts } from '$lib/io/texts';

useTexts(t, say, sv);
