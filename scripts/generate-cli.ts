// Thin wrapper: `npm run --silent generate -- path/to/article.txt`. Logic lives in lib/generate/cli.ts.
import { runCli } from "@/lib/generate/cli";

const result = runCli(process.argv.slice(2));
if (result.stdout) process.stdout.write(result.stdout);
if (result.stderr) process.stderr.write(result.stderr);
process.exitCode = result.code;
