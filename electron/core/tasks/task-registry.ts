/** Long work that the user can cancel by its task id, which progress events carry. */
export class TaskRegistry {
  private readonly running = new Map<string, AbortController>();

  async run<T>(task: string, work: (task: string, signal: AbortSignal) => Promise<T>): Promise<T> {
    const controller = new AbortController();
    this.running.set(task, controller);
    try {
      return await work(task, controller.signal);
    } finally {
      this.running.delete(task);
    }
  }

  cancel(task: string): boolean {
    const controller = this.running.get(task);
    controller?.abort();
    return controller !== undefined;
  }
}
