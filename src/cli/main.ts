/**
 * The `closer` command. Each area registers its own subcommand (`registerXCommand(program)`),
 * all of them thin adapters over the use cases in src/app/.
 */
import { Command, CommanderError } from 'commander';
import { registerCommands } from './commands/index.js';
import { CliExit } from './output.js';

export async function main(argv: string[]): Promise<number> {
  const program = new Command();
  program
    .name('closer')
    .description(
      'Private, local help for when a partner is pulling away: possible causes, the trend over time, and a plan.\nNothing leaves this machine.',
    )
    .showHelpAfterError('(run `closer --help` for the commands)')
    .exitOverride();
  registerCommands(program);
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (error) {
    if (error instanceof CliExit) return error.exitCode;
    if (error instanceof CommanderError) {
      // Help and version output are successful exits; usage errors are bad input (exit 2).
      if (error.exitCode === 0) return 0;
      return 2;
    }
    process.stderr.write(
      `closer: unexpected failure: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 1;
  }
}
