package main

import (
	"bufio"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// errNoRSS is returned when /proc/<pid>/status has no VmRSS line.
var errNoRSS = errors.New("no VmRSS line")

// parseVmRSS returns the VmRSS of a /proc/<pid>/status text in bytes.
func parseVmRSS(status string) (int64, error) {
	sc := bufio.NewScanner(strings.NewReader(status))
	for sc.Scan() {
		rest, ok := strings.CutPrefix(sc.Text(), "VmRSS:")
		if !ok {
			continue
		}
		f := strings.Fields(rest)
		if len(f) != 2 || f[1] != "kB" {
			return 0, fmt.Errorf("VmRSS %q: want a number and kB", strings.TrimSpace(rest))
		}
		kb, err := strconv.ParseInt(f[0], 10, 64)
		if err != nil {
			return 0, fmt.Errorf("VmRSS %q: %w", f[0], err)
		}
		return kb << 10, nil
	}
	return 0, errNoRSS
}
