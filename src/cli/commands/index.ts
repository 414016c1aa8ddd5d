import type { Command } from 'commander';
import { registerAssessCommand } from './assess.js';
import { registerPlanCommand } from './plan.js';
import { registerConverseCommand } from './converse.js';
import { registerImportCommand } from './import.js';
import { registerTrendCommand } from './trend.js';
import { registerServeCommand } from './serve.js';
import { registerAnalyzeCommand } from './analyze.js';
import { registerVaultCommand } from './vault.js';

/** One line per area; each area's command lives in its own file beside this one. */
export function registerCommands(program: Command): void {
  registerVaultCommand(program);
  registerAssessCommand(program);
  registerAnalyzeCommand(program);
  registerImportCommand(program);
  registerPlanCommand(program);
  registerConverseCommand(program);
  registerTrendCommand(program);
  registerServeCommand(program);
}
