// `sana demo`, `sana export`, `sana import`, `sana backup`: filled in by the data commands.
import type { Command } from 'commander';

export function registerDataCommands(program: Command): void {
  void program;
}
