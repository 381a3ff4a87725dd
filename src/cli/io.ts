// The command line's view of its surroundings (output streams, terminal, environment), passed into
// `main` so tests can run the real commands in-process and read what they print.
export interface OutStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

export interface CliIO {
  stdout: OutStream;
  stderr: OutStream;
  env: Record<string, string | undefined>;
  cwd: string;
}

export function processIO(): CliIO {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
}

/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function wantsColour(stream: OutStream, env: CliIO["env"]): boolean {
  return stream.isTTY === true && !env.NO_COLOR;
}
