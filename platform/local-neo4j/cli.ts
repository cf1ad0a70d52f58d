import { loadConfig } from '../config.ts';
import { localSettings } from '../neo4j-target.ts';
import { LocalNeo4jError } from './errors.ts';
import { start, status, stop } from './instance.ts';

const USAGE = 'usage: npm run neo4j -- start|stop|status';

async function main(command: string | undefined): Promise<void> {
  const settings = localSettings(loadConfig());
  switch (command) {
    case 'start': {
      const t0 = performance.now();
      const handle = await start(settings);
      const seconds = ((performance.now() - t0) / 1000).toFixed(1);
      console.log(
        handle.started
          ? `Neo4j started on ${handle.uri} in ${seconds} s (pid ${handle.pid}, data in ${settings.homeDir})`
          : `Neo4j already running on ${handle.uri} (pid ${handle.pid})`,
      );
      return;
    }
    case 'stop':
      console.log((await stop(settings)) ? 'Neo4j stopped' : 'Neo4j was not running');
      return;
    case 'status': {
      const s = status(settings);
      console.log(
        s.running ? `running, pid ${s.pid}, bolt://127.0.0.1:${s.boltPort}, ${s.homeDir}` : 'not running',
      );
      return;
    }
    default:
      console.error(USAGE);
      process.exitCode = 2;
  }
}

main(process.argv[2]).catch((err: unknown) => {
  console.error(err instanceof LocalNeo4jError || err instanceof Error ? err.message : String(err));
  process.exitCode = 1;
});
