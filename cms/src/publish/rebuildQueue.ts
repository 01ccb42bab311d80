/**
 * Turns a stream of "something public changed" into site builds: changes within the debounce
 * window make one build, and a build never starts while another runs — changes that arrive
 * meanwhile wait for it to finish and then make the next one.
 */
export interface Change {
  collection: string
  id: string | null
  title: string
  operation: 'publish' | 'update' | 'unpublish' | 'delete'
  at: string
  by: string | null
}

export interface QueueOptions {
  debounceMs: () => number
  /** Builds the site for these changes; failures are the builder's to record. */
  build: (changes: Change[]) => Promise<void>
}

export class RebuildQueue {
  #pending: Change[] = []
  #timer: NodeJS.Timeout | null = null
  #running: Promise<void> | null = null

  constructor(private readonly options: QueueOptions) {}

  request(change: Change): void {
    this.#pending.push(change)
    this.#schedule()
  }

  get pending(): readonly Change[] {
    return this.#pending
  }

  get running(): boolean {
    return this.#running !== null
  }

  /** Resolves once nothing is waiting and nothing is running. */
  async idle(): Promise<void> {
    while (this.#timer || this.#running) {
      if (this.#running) await this.#running
      else await new Promise((resolve) => setTimeout(resolve, 20))
    }
  }

  #schedule(): void {
    if (this.#timer) clearTimeout(this.#timer)
    this.#timer = setTimeout(() => this.#start(), this.options.debounceMs())
  }

  #start(): void {
    this.#timer = null
    // The running build reschedules what arrived meanwhile when it ends.
    if (this.#running || this.#pending.length === 0) return
    const batch = this.#pending.splice(0)
    this.#running = this.options
      .build(batch)
      .catch(() => {})
      .finally(() => {
        this.#running = null
        if (this.#pending.length > 0 && !this.#timer) this.#schedule()
      })
  }
}
