// The W3C Nu HTML Checker (vnu.jar from the npm package vnu-jar), run once over many pages: one JVM
// start checks them all, which is what makes checking every built page of three builds affordable.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JAVA_COMMAND } from './java.ts';

/** The checker's jar, as the vnu-jar package ships it (its Java downloader is never used). */
export const VNU_JAR = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

/** One message of the checker's JSON output (the fields read here). */
interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: 'warning' | 'fatal' | 'io' | 'schema' | 'internal';
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

/** One thing the checker said about a page. */
export interface VnuProblem {
  /** The page's absolute path. */
  file: string;
  /** The line the problem ends on (0 when the checker gives none). */
  line: number;
  message: string;
}

/** What the checker said about a set of pages. */
export interface VnuReport {
  errors: VnuProblem[];
  warnings: VnuProblem[];
}

/** A problem as `file:line: message`, the file relative to `relativeTo`. */
export const formatProblem = (p: VnuProblem, relativeTo: string): string =>
  `${path.relative(relativeTo, p.file).split(path.sep).join('/')}:${p.line}: ${p.message}`;

/**
 * Checks the HTML files `files` (absolute paths) with vnu.jar in one run. Rejects when Java cannot be
 * started (run scripts/ensure-java.ts) or the checker's output is not the JSON it promises.
 */
export function vnuCheck(files: readonly string[]): Promise<VnuReport> {
  const args = ['-Xss2m', '-jar', VNU_JAR, '--format', 'json', '--stdout', '--exit-zero-always', ...files];
  return new Promise((resolve, reject) => {
    const child = spawn(JAVA_COMMAND, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.on('error', (cause) =>
      reject(new Error(`Could not start ${JAVA_COMMAND} for vnu.jar (see scripts/ensure-java.ts)`, { cause })),
    );
    child.on('close', (code) => {
      let messages: VnuMessage[];
      try {
        messages = (JSON.parse(out) as { messages: VnuMessage[] }).messages;
      } catch {
        reject(new Error(`vnu.jar exited with ${code} and no JSON report:\n${err || out}`));
        return;
      }
      const line = (m: VnuMessage): VnuProblem => ({
        file: m.url ? fileURLToPath(m.url) : '(no file)',
        line: m.lastLine ?? 0,
        message: m.message,
      });
      resolve({
        errors: messages.filter((m) => m.type !== 'info').map(line),
        warnings: messages.filter((m) => m.type === 'info' && m.subType === 'warning').map(line),
      });
    });
  });
}
