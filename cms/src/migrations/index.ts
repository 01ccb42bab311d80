import * as migration_20261202_051931_baseline from './20261202_051931_baseline';
import * as migration_20261202_141536_site_build_jobs from './20261202_141536_site_build_jobs';
import * as migration_20261202_190927_collaborative_program from './20261202_190927_collaborative_program';
import * as migration_20261202_192936_safety_answers from './20261202_192936_safety_answers';
import * as migration_20261202_221316_safety_operations from './20261202_221316_safety_operations';
import * as migration_20261203_065121_readers from './20261203_065121_readers';
import * as migration_20261203_124848_source_locale from './20261203_124848_source_locale';
import * as migration_20261203_130744_ready_gate from './20261203_130744_ready_gate';
import * as migration_20261204_192105_interface_text from './20261204_192105_interface_text';

export const migrations = [
  {
    up: migration_20261202_051931_baseline.up,
    down: migration_20261202_051931_baseline.down,
    name: '20261202_051931_baseline',
  },
  {
    up: migration_20261202_141536_site_build_jobs.up,
    down: migration_20261202_141536_site_build_jobs.down,
    name: '20261202_141536_site_build_jobs',
  },
  {
    up: migration_20261202_190927_collaborative_program.up,
    down: migration_20261202_190927_collaborative_program.down,
    name: '20261202_190927_collaborative_program',
  },
  {
    up: migration_20261202_192936_safety_answers.up,
    down: migration_20261202_192936_safety_answers.down,
    name: '20261202_192936_safety_answers',
  },
  {
    up: migration_20261202_221316_safety_operations.up,
    down: migration_20261202_221316_safety_operations.down,
    name: '20261202_221316_safety_operations',
  },
  {
    up: migration_20261203_065121_readers.up,
    down: migration_20261203_065121_readers.down,
    name: '20261203_065121_readers',
  },
  {
    up: migration_20261203_124848_source_locale.up,
    down: migration_20261203_124848_source_locale.down,
    name: '20261203_124848_source_locale',
  },
  {
    up: migration_20261203_130744_ready_gate.up,
    down: migration_20261203_130744_ready_gate.down,
    name: '20261203_130744_ready_gate',
  },
  {
    up: migration_20261204_192105_interface_text.up,
    down: migration_20261204_192105_interface_text.down,
    name: '20261204_192105_interface_text'
  },
];
