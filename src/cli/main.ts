// The `outward` command. The analyser-backed `check` arrives with the analyser issue.
process.stderr.write('outward: not implemented yet\n');
process.exit(2);
