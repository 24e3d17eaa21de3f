/**
 * Sends NOTIFY after appends, at most one at a time and at most one per `windowMs`: pokes that arrive
 * while one is pending are answered by a single further NOTIFY. A NOTIFY inside the append transaction would make PostgreSQL
 * commit notifying transactions one by one (its notification queue lock), which capped concurrent
 * writers at the rate of one; a separate, coalesced NOTIFY after the commit wakes the same listeners.
 * Every append committed before a poke is covered by a NOTIFY sent after that poke.
 */
export class CoalescingNotifier {
  private inFlight: Promise<void> | undefined;
  private again = false;

  constructor(
    private readonly send: () => Promise<void>,
    private readonly onError: (error: unknown) => void,
    /** Each NOTIFY waits this long for further appends to cover. */
    private readonly windowMs = 5,
  ) {}

  poke(): void {
    if (this.inFlight) {
      this.again = true;
      return;
    }
    this.inFlight = this.sendUntilQuiet();
  }

  /** Resolves once no NOTIFY is in flight (before closing the pool). */
  async drain(): Promise<void> {
    await this.inFlight;
  }

  private async sendUntilQuiet(): Promise<void> {
    do {
      this.again = false;
      await new Promise((resolve) => setTimeout(resolve, this.windowMs));
      try {
        await this.send();
      } catch (error) {
        this.onError(error);
      }
    } while (this.pokedDuringSend());
    this.inFlight = undefined;
  }

  // A method, not the field: poke() flips it while the send is awaited.
  private pokedDuringSend(): boolean {
    return this.again;
  }
}
