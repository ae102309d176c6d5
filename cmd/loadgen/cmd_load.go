package main

import (
	"context"
	"flag"
	"io"
)

// loadCommand is "loadgen [run] flags": one load run against -target.
func loadCommand(ctx context.Context, args []string, out io.Writer) error {
	fs := flag.NewFlagSet("loadgen", flag.ContinueOnError)
	var f loadFlags
	f.register(fs, true)
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError(fs, "unexpected argument %q", fs.Arg(0))
	}
	cfg, err := f.config(isSet(fs, "duration"))
	if err != nil {
		return err
	}
	res := runLoad(ctx, cfg)
	writeResult(out, &cfg, res)
	return ctx.Err()
}
