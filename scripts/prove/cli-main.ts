// The command line's entry for the bundle `npm run prove` runs (./cliBundle.ts): the same run()
// bin/korpsplan.js calls, without tsx compiling the sources at every start.

import { run } from '../../cli/main';

void run(process.argv);
