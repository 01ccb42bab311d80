import * as migration_20261202_051931_baseline from './20261202_051931_baseline';

export const migrations = [
  {
    up: migration_20261202_051931_baseline.up,
    down: migration_20261202_051931_baseline.down,
    name: '20261202_051931_baseline'
  },
];
