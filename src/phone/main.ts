// The phone's page as its own small app: the built server answers /j/CODE with this entry's
// index.html. A phone then downloads Svelte's runtime for this page only, Yjs and the room's
// words, not the SvelteKit router and the facilitator app's shared chunks (together over the
// 60 KB gzip budget for a phone on a venue's Wi-Fi). No service worker: a phone has no use for the
// app offline, and on plain http on a LAN address it could not register one anyway.
import { mount } from 'svelte';
import '../app.css';
import { locale } from '$lib/i18n/locale.svelte';
import PhonePage from '$lib/components/phone/PhonePage.svelte';

const code = decodeURIComponent(location.pathname.split('/')[2] ?? '');
const token = decodeURIComponent(location.hash.slice(1));

await locale.ready;
mount(PhonePage, { target: document.body, props: { code, token } });
