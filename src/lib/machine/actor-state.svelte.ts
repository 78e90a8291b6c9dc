// A running XState actor as Svelte state: components read `snapshot` and re-render on change.
import type { AnyActorRef, SnapshotFrom } from 'xstate';

export class ActorState<A extends AnyActorRef> {
	snapshot: SnapshotFrom<A> = $state.raw() as SnapshotFrom<A>;
	readonly #subscription: { unsubscribe(): void };

	constructor(readonly actor: A) {
		this.snapshot = actor.getSnapshot();
		this.#subscription = actor.subscribe((s: SnapshotFrom<A>) => (this.snapshot = s));
	}

	send(event: Parameters<A['send']>[0]) {
		this.actor.send(event);
	}

	stop() {
		this.#subscription.unsubscribe();
		this.actor.stop();
	}
}
