// What the editors' command-line tools share: how they refuse and how they read their arguments.
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

/** Prints `<command>: <message>` to stderr and exits with status 1. */
export function refuser(command: string): (message: string) => never {
  return (message) => {
    console.error(`${command}: ${message}`);
    process.exit(1);
  };
}

/** The command's flags and positional arguments; refuses, with the usage line, an argument it does not take. */
export function readArguments<T extends ParseArgsOptionsConfig>(options: T, refuse: (message: string) => never, usage: string) {
  try {
    return parseArgs({ options, allowPositionals: true });
  } catch (error) {
    return refuse(`${(error as Error).message}\n${usage}`);
  }
}
