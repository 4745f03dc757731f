// Runs a task one at a time; calls made while it runs collapse into one more run,
// so the last change always wins and registrations never race. Failures are
// reported, never thrown out of a listener.
export function serial(task: () => Promise<void>, report = console.error) {
  let running: Promise<void> | null = null;
  let again = false;
  const run = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        try {
          await task();
        } catch (error) {
          report('Onside: could not refresh the effective settings', error);
        }
      } while (again);
      running = null;
    })();
    return running;
  };
  return run;
}
