/** The error `run` throws, or undefined: lets a test assert on the error's fields. */
export function catchError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}
