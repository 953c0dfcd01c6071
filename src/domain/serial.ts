/**
 * Runs async tasks one after another, each starting when the previous has settled (failed or not).
 * Stateful readers (the calls feed, a lead's timeline) use it so two callers never advance the same
 * cursor at once, which would read a page twice.
 */
export function createSerial(): <T>(task: () => Promise<T>) => Promise<T> {
  let queue: Promise<unknown> = Promise.resolve()
  return <T>(task: () => Promise<T>): Promise<T> => {
    const result = queue.then(task, task)
    queue = result.catch(() => undefined)
    return result
  }
}
