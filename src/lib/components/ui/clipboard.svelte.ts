// Copying text for someone to paste elsewhere (a ticket, an e-mail). Browsers refuse the
// clipboard often enough (no permission, a page not served securely, a locked-down laptop) that
// refusal is an ordinary outcome: the text then waits selected in a read-only box, so it can be
// copied by hand with Ctrl+C. The message goes to a live region so a screen reader hears it.
import { tick } from 'svelte';

export interface CopyWords {
	/** Said when the text is on the clipboard. */
	copied: string;
	/** Said when the browser refused, and how to copy by hand. */
	failed: string;
}

export class Clipboard {
	/** What the last copy did, for the live region; '' before any. */
	message = $state('');
	/** The text to copy by hand after a refusal, or '' while the clipboard works. */
	refused = $state('');
	/** The box that holds the text to copy by hand: selected after a refusal. */
	box: HTMLTextAreaElement | null | undefined = $state.raw();

	async copy(text: string, words: CopyWords) {
		// Empty the live region first, so a second "Copied" is announced again.
		this.message = '';
		await tick();
		try {
			await navigator.clipboard.writeText(text);
			this.refused = '';
			this.message = words.copied;
		} catch {
			this.refused = text;
			this.message = words.failed;
			await tick();
			this.box?.focus();
			this.box?.select();
		}
	}
}
