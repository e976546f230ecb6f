// Makes sure a Java runtime is installed for the W3C Nu HTML Checker (vnu.jar) that `npm run test:site`
// runs over every built page. vnu-jar's own Java download is never used. Node's own modules only.
import { spawnSync } from 'node:child_process';
import { JAVA_COMMAND as JAVA, JAVA_PACKAGE } from './lib/java.ts';

const hasJava = (): boolean => {
  const result = spawnSync(JAVA, ['-version'], { stdio: 'ignore' });
  return !result.error && result.status === 0;
};

if (hasJava()) process.exit(0);

if (process.getuid?.() === 0) {
  console.log(`${JAVA} not found; installing Debian's ${JAVA_PACKAGE} package…`);
  for (const args of [['update'], ['install', '-y', JAVA_PACKAGE]]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit' });
    if (result.error || result.status !== 0) {
      console.error(`apt-get ${args.join(' ')} failed${result.error ? `: ${result.error.message}` : ''}.`);
      process.exit(1);
    }
  }
  if (hasJava()) process.exit(0);
  console.error(`apt-get finished, but \`${JAVA} -version\` still fails.`);
  process.exit(1);
}

console.error(
  `Java is needed for the HTML checker (vnu.jar): run \`sudo apt-get install -y ${JAVA_PACKAGE}\` (Debian/Ubuntu) and try again.`,
);
process.exit(1);
